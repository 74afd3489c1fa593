import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import { CACHE_STATE, TEMP_DIR_STATE } from './state.js'

// Runs after the job's steps, whatever happened to main: saves the binary cache folder when main
// added to it (what was built is kept even when the push failed), and removes the folder holding
// the auth file. It trusts only the state main saved, never inputs, which a later step cannot
// change anyway.
async function post(): Promise<void> {
  if (core.getState(CACHE_STATE.key)) {
    // The cache code loads only for jobs that carry a cache.
    const { saveCarriedCache } = await import('./cache.js')
    await saveCarriedCache().catch((error: unknown) =>
      core.warning(`could not save the binary cache: ${(error as Error).message}`),
    )
  }
  const tempDir = core.getState(TEMP_DIR_STATE)
  if (tempDir) {
    rmSync(tempDir, { recursive: true, force: true })
    core.info(`Removed ${tempDir}`)
  }
}

await post()
