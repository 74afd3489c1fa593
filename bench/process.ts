import { run } from '../src/core/base/exec.js'
import type { FreshRunnerCommand } from '../test/helpers/processes.js'

/** One command; `stdoutFile` sends its output to a file instead of collecting it. */
export interface Command extends FreshRunnerCommand {
  stdoutFile?: string
}

export interface Timed {
  ms: number
  stdout: string
  /** What the commands printed on stderr: their logs, where a fixture's trace counts its evaluations. */
  stderr: string
}

/** Runs the commands one after another and returns their total wall time; any failure stops the benchmark. */
export async function timed(...commands: Command[]): Promise<Timed> {
  const started = performance.now()
  let stdout = ''
  let stderr = ''
  for (const command of commands) {
    const result = await runChecked(command)
    stdout += result.stdout
    stderr += result.stderr
  }
  return { ms: performance.now() - started, stdout, stderr }
}

// The product's own runner: an argv, never a shell; stdout straight into a file when asked.
async function runChecked({
  argv: [command = '', ...args],
  env,
  stdoutFile,
}: Command): Promise<{ stdout: string; stderr: string }> {
  const result = await run(command, args, { env, stdoutFile })
  if (result.exitCode !== 0) {
    throw new Error(
      `${[command, ...args].join(' ')} exited ${result.exitCode}:\n${result.stderr.trim().split('\n').slice(-5).join('\n')}`,
    )
  }
  return result
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
