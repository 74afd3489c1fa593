import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { failureMessage } from '../adapter/exit.js'
import { NixImageError } from '../core/base/errors.js'
import { forGithubLog } from '../core/base/escape.js'
import { pushFromRecord, pushImages } from '../core/run/push.js'
import { which } from '@actions/io'
import { privateTempDir } from '../core/base/temp.js'
import type { PushResult, SetResult } from '../core/types.js'
import type { Pushed, StaleManifests } from '../core/deploy/verify-after-push.js'
import { ensureNix } from './install-nix.js'
import { childEnv, maskSecrets, readInputs, type ActionInputs } from './inputs.js'
import { actionsLogger } from './logger.js'
import { setOutputs, setSetOutputs } from './outputs.js'
import { TEMP_DIR_STATE } from './state.js'
import { writeFailureSummary, writeSetSummary, writeSummary, writeVerifySummary } from './summary.js'

async function run(): Promise<void> {
  maskSecrets()
  // The auth file and unpacked archives live here; the post step removes it even when this
  // step is cancelled or killed before its own cleanup runs.
  // On the runner's cancel (SIGINT, then SIGTERM) it is removed at once and children are stopped.
  const tempDir = privateTempDir(process.env.RUNNER_TEMP || tmpdir())
  core.saveState(TEMP_DIR_STATE, tempDir)

  const inputs = readInputs(process.env)
  // A rerun of a commit pushed before is answered by its source record before Nix is installed:
  // the key names the Nix this step would install where the runner has none.
  const onPath = await which('nix', false)
  const sourceRecord =
    inputs.push.sourceRecord === false
      ? false
      : {
          nix: onPath || inputs.nix.install === 'false' ? undefined : `installer:${inputs.nix.installerUrl}`,
          checked: true,
        }
  // Outside tempDir (the post step removes that): later steps hand this file to actions/attest-sbom.
  const sbomFile =
    inputs.push.sbom === false
      ? undefined
      : join(process.env.RUNNER_TEMP || tmpdir(), `nix-image-sbom-${process.pid}.cdx.json`)
  const early = childEnv(process.env, inputs.githubToken, inputs.nix.extraConfig)
  const recorded = sourceRecord
    ? await pushFromRecord({ ...inputs.push, sourceRecord, sbomFile, tempDir, ...early }, actionsLogger)
    : undefined
  // install-nix: true still installs it, for later steps that use it.
  const installed =
    recorded && inputs.nix.install !== 'true'
      ? false
      : await ensureNix({ ...inputs.nix, tempDir, trustUser: Boolean(inputs.push.binaryCache) })
  if (recorded) return reportSingle(inputs, recorded)
  let binaryCache = inputs.push.binaryCache
  if (inputs.carryCache && binaryCache) {
    const { cacheKeys, carriedCacheDir, restoreCarriedCache } = await import('./cache.js')
    const dir = carriedCacheDir(process.env.RUNNER_TEMP || tmpdir())
    await core.group('Restore the binary cache', () => restoreCarriedCache(dir, cacheKeys(process.env, inputs.push)))
    binaryCache = { ...binaryCache, localDir: dir }
  }
  const children = childEnv(process.env, inputs.githubToken, installed ? '' : inputs.nix.extraConfig)
  const outcome = await pushImages(
    { ...inputs.push, sourceRecord, sbomFile, binaryCache, tempDir, ...children },
    actionsLogger,
  )
  if ('set' in outcome) return reportSet(inputs, outcome.set)
  return reportSingle(inputs, outcome.single)
}

/** One image: its outputs, a notice, the summary and the deploy manifests' check. */
async function reportSingle(inputs: ActionInputs, result: PushResult): Promise<void> {
  setOutputs(result)
  core.notice(result.skipped ? `${result.ref} is already in the registry (${result.digest})` : result.reason, {
    title: 'nix-image',
  })
  if (inputs.summary) await writeSummary(result)
  if (inputs.verify.patterns.length) {
    const [stale] = await verifyDeployManifests(inputs, { single: result, image: inputs.push.image })
    if (stale) {
      if (inputs.summary) await writeVerifySummary(stale.report, stale.fix)
      throw new NixImageError(stale.message)
    }
  }
}

/** A set: the `images` output, a summary row per image, one error annotation per failure. */
async function reportSet(inputs: ActionInputs, result: SetResult): Promise<void> {
  setSetOutputs(result)
  if (inputs.verify.patterns.length) {
    for (const { name, reason } of await verifyDeployManifests(inputs, { set: result.images }))
      result.failed.push({ name, reason })
  }
  if (inputs.summary) await writeSetSummary(result)
  // Reasons may quote Nix's and the registry's words: escaped like every log line.
  for (const entry of result.images) core.info(forGithubLog(`${entry.name || '.'}: ${entry.reason}`))
  if (result.failed.length === 0) return
  for (const { name, reason } of result.failed)
    core.error(forGithubLog(reason), { title: forGithubLog(`nix-image: ${name || '.'}`) })
  // The summary lists every failure already: the failure summary would replace nothing.
  throw new SetFailure(
    `${result.failed.length} of the set failed: ${result.failed.map(({ name }) => name || '.').join(', ')}`,
  )
}

class SetFailure extends NixImageError {}

/** After the push, so the image a fixed manifest names exists: each stale reference annotated where it is. */
async function verifyDeployManifests(inputs: ActionInputs, pushed: Pushed): Promise<StaleManifests[]> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  // The YAML code loads only for runs that check manifests.
  const { verifyAfterPush } = await import('../core/deploy/verify-after-push.js')
  const { stale, failures, passed } = await core.group('Verify deploy manifests', () =>
    verifyAfterPush(pushed, inputs.verify, workspace),
  )
  if (failures.length === 0) core.info(passed)
  for (const finding of stale) {
    // Both come from the repository's files: escaped like every log line.
    core.error(forGithubLog(`found ${finding.found}, expected ${finding.expected}`), {
      title: 'stale image reference',
      file: forGithubLog(finding.file),
      startLine: finding.line,
    })
  }
  return failures
}

run().catch(async (error: unknown) => {
  // User errors are one line that says what to fix; anything else is a bug, reported with its stack.
  const message = failureMessage(error)
  core.setFailed(message)
  if (error instanceof SetFailure) return
  if (core.getInput('summary') !== 'false')
    await writeFailureSummary(message.split('\n')[0] ?? message).catch(() => undefined)
})
