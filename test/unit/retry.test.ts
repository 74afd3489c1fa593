import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_RETRY, PUSH_RETRY, TransientError, parseRetryAfter, withRetry } from '../../src/core/base/retry.js'
import type { Logger } from '../../src/core/types.js'

const logger = (): Logger & { warnings: string[] } => {
  const warnings: string[] = []
  return { warnings, info: () => {}, debug: () => {}, warn: (m) => warnings.push(m), group: (_t, fn) => fn() }
}
const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, deadlineMs: 10_000 }

describe('withRetry', () => {
  it('retries a push that failed after running 45 s (the push policy has no deadline from the first start)', async () => {
    let now = 1_000_000
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now)
    const random = vi.spyOn(Math, 'random').mockReturnValue(0)
    try {
      const longFailure = () => async () => {
        now += 45_000 // the attempt ran 45 s, then the connection was reset
        if (longFailure.calls++ === 0) throw new TransientError('connection reset')
        return 'pushed'
      }
      longFailure.calls = 0
      expect(await withRetry('push', longFailure(), logger(), PUSH_RETRY)).toBe('pushed')
      // The request policy would have stopped after that one attempt.
      longFailure.calls = 0
      await expect(withRetry('HEAD', longFailure(), logger(), DEFAULT_RETRY)).rejects.toThrow(
        /gave up after 1 attempts/,
      )
    } finally {
      clock.mockRestore()
      random.mockRestore()
    }
  })

  it('retries transient failures up to the bound, logging each retry', async () => {
    const log = logger()
    const operation = vi.fn(async () => {
      throw new TransientError('answered 503')
    })
    await expect(withRetry('HEAD x', operation, log, fast)).rejects.toThrow(
      /^answered 503 \(gave up after 3 attempts in \d+\.\d s\)$/,
    )
    expect(operation).toHaveBeenCalledTimes(3)
    expect(log.warnings).toHaveLength(2)
    expect(log.warnings[0]).toMatch(/^HEAD x: answered 503; retrying in .* \(attempt 2 of 3\)$/)
  })
  it('does not retry other errors', async () => {
    const operation = vi.fn(async () => {
      throw new Error('401')
    })
    await expect(withRetry('x', operation, logger(), fast)).rejects.toThrow('401')
    expect(operation).toHaveBeenCalledTimes(1)
  })
  it('returns once an attempt succeeds', async () => {
    let calls = 0
    const value = await withRetry(
      'x',
      async () => {
        if (++calls < 2) throw new TransientError('reset')
        return 'ok'
      },
      logger(),
      fast,
    )
    expect(value).toBe('ok')
  })
  it('caps a long Retry-After', async () => {
    const started = Date.now()
    let calls = 0
    await withRetry(
      'x',
      async () => {
        if (++calls < 2) throw new TransientError('429', 60_000)
      },
      logger(),
      { attempts: 2, baseDelayMs: 1, maxDelayMs: 50, deadlineMs: 10_000 },
    )
    expect(Date.now() - started).toBeLessThan(1000)
  })
  it('starts no attempt after the deadline, however many are left', async () => {
    const operation = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30))
      throw new TransientError('timed out')
    })
    const policy = { attempts: 100, baseDelayMs: 1, maxDelayMs: 5, deadlineMs: 100 }
    // 100 attempts allowed, each 30 ms: the deadline stops them after a few (one, on a loaded
    // machine whose timers run late), never all of them.
    await expect(withRetry('x', operation, logger(), policy)).rejects.toThrow(
      /timed out \(gave up after [1-4] attempts in \d+\.\d s\)/,
    )
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000)
    expect(parseRetryAfter(undefined)).toBeUndefined()
    expect(parseRetryAfter('soon')).toBeUndefined()
  })
})
