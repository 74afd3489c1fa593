import { afterAll, beforeAll } from 'vitest'
import { startRegistry, type TestRegistry } from './registry.js'

// Its own file: the benchmarks import registry.ts outside vitest, where these hooks cannot run.

/** startRegistry's options: token auth against a token server instead of htpasswd. */
type RegistryOptions = NonNullable<Parameters<typeof startRegistry>[0]>

/**
 * The test file's Distribution: started before its tests (in the order this is called among the
 * file's `beforeAll`s), stopped after them. The handle reads the running registry, so it is used
 * inside tests and hooks, never at the file's top level. `options` may be a function, for options
 * an earlier `beforeAll` makes (a token server's address).
 */
export function useRegistry(options: RegistryOptions | (() => RegistryOptions) = {}): TestRegistry {
  let started: TestRegistry | undefined
  beforeAll(async () => {
    started = await startRegistry(typeof options === 'function' ? options() : options)
  })
  afterAll(async () => {
    await started?.stop()
  })
  // Each read goes to the running registry (its methods close over their state, not `this`).
  return new Proxy({} as TestRegistry, {
    get(_target, key) {
      if (!started) throw new Error('the test registry is used before beforeAll started it')
      return Reflect.get(started, key)
    },
  })
}
