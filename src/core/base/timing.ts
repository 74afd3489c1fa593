import type { Logger, StepName, StepTimings } from '../types.js'

// How long each step of a run took: one mechanism for the single image, a set and its images.
// A step's time goes into the result's `timings` and, for a titled step, into the log.

/** `850 ms`, `2.3 s`. */

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** Runs a step in a titled group, noting its time in `timings` and in the log. */
export function stepRunner(timings: StepTimings, logger: Logger) {
  return async <T>(name: StepName, title: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    try {
      return await logger.group(title, work)
    } finally {
      timings[name] = Math.round(performance.now() - started)
      logger.info(`${name}: ${formatMs(timings[name])}`)
    }
  }
}

/** Runs `work`, noting its time in `timings` under `name`, without a group or a log line (a set's images, concurrent). */
export async function timed<T>(timings: StepTimings, name: StepName, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await work()
  } finally {
    timings[name] = Math.round(performance.now() - started)
  }
}
