import { NixImageError } from './errors.js'
import type { Logger } from '../types.js'

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** First delay; each later one doubles, with full jitter. */
  baseDelayMs: number
  /** No single wait is longer than this, whatever `Retry-After` asks. */
  maxDelayMs: number
  /** No new attempt starts once this much time has gone, so slow failures stay bounded too. */
  deadlineMs: number
}

// Five attempts with waits of at most 0.5 + 1 + 2 + 4 s: a registry that refuses connections
// fails in seconds; one that swallows them (each attempt waits for its timeout) within the deadline.
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000, deadlineMs: 30_000 }

/**
 * A push (one skopeo copy) is retried by count alone: a copy of a large image may run for minutes
 * before a reset ends it, and a deadline counted from the first attempt's start would give it no
 * second attempt. Each attempt skips the blobs earlier ones uploaded, so attempts converge; waits
 * stay bounded by maxDelayMs. skopeo gets no `--retry-times` of its own: it wraps the same whole
 * copy in its own loop (containers/common retry.IfNecessary around copy.Image), so the two would
 * multiply (4 × 5 copies for one fault class) and only this loop logs and classifies the fault.
 */
export const PUSH_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  deadlineMs: Number.POSITIVE_INFINITY,
}

/** Thrown by an operation to ask for another attempt; `retryAfterMs` is the server's wish. */
export class TransientError extends NixImageError {
  override name = 'TransientError'
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}

/** Retries `operation` on `TransientError` only; the last failure says how often it was tried. */
export async function withRetry<T>(
  what: string,
  operation: () => Promise<T>,
  logger: Logger,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  const started = Date.now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      const backoff = Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
      const delay = Math.min(policy.maxDelayMs, Math.max(backoff, error.retryAfterMs ?? 0))
      const elapsed = Date.now() - started
      if (attempt >= policy.attempts || elapsed + delay > policy.deadlineMs) {
        throw new NixImageError(
          `${error.message} (gave up after ${attempt} attempts in ${(elapsed / 1000).toFixed(1)} s)`,
        )
      }
      logger.warn(
        `${what}: ${error.message}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`,
      )
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
