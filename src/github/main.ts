import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { failureMessage } from '../adapter/exit.js'
import { NixImageError } from '../core/errors.js'
import { forGithubLog } from '../core/escape.js'
import { pushImage } from '../core/pipeline.js'
import { privateTempDir } from '../core/temp.js'
import type { PushResult } from '../core/types.js'
import { ensureNix } from './install-nix.js'
import { childEnv, maskSecrets, readInputs, type ActionInputs } from './inputs.js'
import { actionsLogger } from './logger.js'
import { setOutputs } from './outputs.js'
import { TEMP_DIR_STATE } from './state.js'
import { writeFailureSummary, writeSummary, writeVerifySummary } from './summary.js'

async function run(): Promise<void> {
  maskSecrets()
  // The auth file and unpacked archives live here; the post step removes it even when this
  // step is cancelled or killed before its own cleanup runs.
  // On the runner's cancel (SIGINT, then SIGTERM) it is removed at once and children are stopped.
  const tempDir = privateTempDir(process.env.RUNNER_TEMP || tmpdir())
  core.saveState(TEMP_DIR_STATE, tempDir)

  const inputs = readInputs(process.env)
  await ensureNix({ ...inputs.nix, tempDir })
  const result = await pushImage({ ...inputs.push, tempDir, ...childEnv(process.env, inputs.githubToken) }, actionsLogger)

  setOutputs(result)
  core.notice(result.skipped ? `${result.ref} is already in the registry (${result.digest})` : result.reason, { title: 'nix-image' })
  if (inputs.summary) await writeSummary(result)
  if (inputs.verify.patterns.length) await verifyDeployManifests(inputs, result)
}

/** After the push, so the image a fixed manifest names exists: stale references fail the step. */
async function verifyDeployManifests(inputs: ActionInputs, result: PushResult): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  // The YAML code loads only for runs that check manifests.
  const { verifyPushedImage } = await import('../core/manifests.js')
  const { report, fix } = await core.group('Verify deploy manifests', () => verifyPushedImage(result, inputs.push.image, inputs.verify, workspace))
  if (!fix) {
    core.info(`${report.findings.length} reference(s) to ${report.image} point at ${report.tag}`)
    return
  }
  for (const finding of report.findings.filter((finding) => !finding.ok)) {
    // Both come from the repository's files: escaped like every log line.
    core.error(forGithubLog(`found ${finding.found}, expected ${finding.expected}`), { title: 'stale image reference', file: forGithubLog(finding.file), startLine: finding.line })
  }
  if (inputs.summary) await writeVerifySummary(report, fix)
  throw new NixImageError(`deploy manifests reference ${report.image} at another tag than ${report.tag}; fix with: ${fix}`)
}

run().catch(async (error: unknown) => {
  // User errors are one line that says what to fix; anything else is a bug, reported with its stack.
  const message = failureMessage(error)
  core.setFailed(message)
  if (core.getInput('summary') !== 'false') await writeFailureSummary(message.split('\n')[0] ?? message).catch(() => undefined)
})
