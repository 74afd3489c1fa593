import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import { TEMP_DIR_STATE } from './state.js'

// Runs after the job's steps, whatever happened to main: removes the folder holding the auth file.
// It trusts only the state main saved, never inputs, which a later step cannot change anyway.
const tempDir = core.getState(TEMP_DIR_STATE)
if (tempDir) {
  rmSync(tempDir, { recursive: true, force: true })
  core.info(`Removed ${tempDir}`)
}
