// A promise's outcome held as a value: work begun beside another (the SBOM's reading beside a
// push) is awaited, and its failure surfaces where the value is used, not as an unhandled rejection.

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }

export const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )

export function unwrap<T>(settled: Settled<T> | undefined): Promise<T> {
  if (!settled) return Promise.reject(new Error('it was not read'))
  return settled.ok ? Promise.resolve(settled.value) : Promise.reject(settled.error)
}
