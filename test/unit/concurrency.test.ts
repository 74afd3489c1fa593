import { describe, expect, it } from 'vitest'
import { limiter } from '../../src/core/base/concurrency.js'

describe('limiter', () => {
  it('runs at most its limit at once, in the order called, and frees a slot when work fails', async () => {
    const gate = limiter(2)
    let running = 0
    let most = 0
    const started: number[] = []
    const piece = (n: number) =>
      gate(async () => {
        started.push(n)
        running++
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, 5))
        running--
        if (n === 1) throw new Error('piece 1 fails')
        return n
      })
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map(piece))
    expect(most).toBe(2)
    expect(started).toEqual([1, 2, 3, 4, 5])
    expect(results.map((result) => result.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ])
  })
})
