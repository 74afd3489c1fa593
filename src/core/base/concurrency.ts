/** Runs `work` on every item, at most `limit` at a time. */
export async function mapLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
}

/**
 * A gate for work that arrives one piece at a time: each call runs its work once fewer than
 * `limit` others are running, in the order called.
 */
export function limiter(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  const waiting: Array<() => void> = []
  let running = 0
  return async (work) => {
    if (running < limit) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await work()
    } finally {
      // The slot passes to the next waiting piece, or is freed.
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}
