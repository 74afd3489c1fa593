import * as core from '@actions/core'
import { join } from 'node:path'
import { carriedCacheIdentity, fingerprint } from '../adapter/carried-cache.js'
import type { PushOptions } from '../core/types.js'
import { CACHE_STATE } from './state.js'

// `cache: true` on GitHub: a `file://` binary cache folder carried between runs by the Actions
// cache (@actions/cache: the v2 service on github.com, v1 on GHES), restored in main before the
// build and saved in post, and only when the run added or dropped an entry.

/**
 * The folder: the same path in every run (the Actions cache's version is a hash of the paths, so
 * restore finds only what was saved from the same path), under the runner's temp folder.
 */
export const carriedCacheDir = (runnerTemp: string): string => join(runnerTemp, 'nix-image-binary-cache')

export interface CacheKeys {
  key: string
  restoreKeys: string[]
}

/**
 * Entries are immutable, so each run saves under its own key; restore takes the newest entry of
 * the same repository, image and branch, else of the same image on any branch the run may read
 * (GitHub lets a branch read its own and the default branch's caches).
 */
export function cacheKeys(env: NodeJS.ProcessEnv, push: Pick<PushOptions, 'installable' | 'image'>): CacheKeys {
  const clean = (text: string): string => text.replace(/[^A-Za-z0-9._/-]+/g, '-').slice(0, 100)
  const image = carriedCacheIdentity(push)
  const prefix = `nix-image-binary-cache-${clean(env.GITHUB_REPOSITORY || 'repository')}-${image}-`
  const branch = clean(env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || 'unknown')
  const run = `${env.GITHUB_RUN_ID || Date.now()}-${env.GITHUB_RUN_ATTEMPT || '1'}`
  return { key: `${prefix}${branch}-${run}`, restoreKeys: [`${prefix}${branch}-`, prefix] }
}

/** Restores the folder; a cache service that fails is a warning (the run builds what it must). */
export async function restoreCarriedCache(dir: string, keys: CacheKeys): Promise<void> {
  const cache = await import('@actions/cache')
  if (!cache.isFeatureAvailable()) {
    core.warning('cache: true, but the Actions cache service is not available to this job: nothing restored or saved')
    return
  }
  try {
    const hit = await cache.restoreCache([dir], keys.key, keys.restoreKeys)
    core.info(
      hit ? `Restored the binary cache from ${hit}` : 'No binary cache saved yet for this image: starting an empty one',
    )
  } catch (error) {
    core.warning(`could not restore the binary cache: ${(error as Error).message}`)
  }
  core.saveState(CACHE_STATE.dir, dir)
  core.saveState(CACHE_STATE.key, keys.key)
  core.saveState(CACHE_STATE.fingerprint, await fingerprint(dir))
}

/** In post: saves the folder when main changed it. */
export async function saveCarriedCache(): Promise<void> {
  const dir = core.getState(CACHE_STATE.dir)
  const key = core.getState(CACHE_STATE.key)
  if (!dir || !key) return
  if ((await fingerprint(dir)) === core.getState(CACHE_STATE.fingerprint)) {
    core.info('The binary cache is unchanged: not saving it')
    return
  }
  const cache = await import('@actions/cache')
  try {
    // -1: the library warned why (another job saving the same key, the service's limits).
    const id = await cache.saveCache([dir], key)
    core.info(id === -1 ? 'The binary cache was not saved' : `Saved the binary cache as ${key}`)
  } catch (error) {
    core.warning(`could not save the binary cache: ${(error as Error).message}`)
  }
}
