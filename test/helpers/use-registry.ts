import { afterAll, beforeAll } from 'vitest'
import { startRegistry, type TestRegistry, type TokenAuth } from './registry.js'

// Apart from registry.ts, which the benchmarks import outside vitest.

export interface RegistryOptions {
  /** Token auth against this token server instead of htpasswd. */
  token?: TokenAuth
}

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
  const running = (): TestRegistry => {
    if (!started) throw new Error('the test registry is used before beforeAll started it')
    return started
  }
  return {
    get host() {
      return running().host
    },
    get username() {
      return running().username
    },
    get password() {
      return running().password
    },
    get dataDir() {
      return running().dataDir
    },
    get authFile() {
      return running().authFile
    },
    blobCount: () => running().blobCount(),
    stop: () => running().stop(),
  }
}
