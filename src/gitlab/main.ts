#!/usr/bin/env node
import { tmpdir } from 'node:os'
import { failureMessage } from '../adapter/exit.js'
import { forLog } from '../core/base/escape.js'
import { NixImageError } from '../core/base/errors.js'
import { pushImages } from '../core/run/push.js'
import { formatMs } from '../core/base/timing.js'
import { privateTempDir } from '../core/base/temp.js'
import type { Logger, SetResult } from '../core/types.js'
import type { Pushed, StaleManifests } from '../core/deploy/verify-after-push.js'
import { annotatePipeline, annotateSetPipeline, pipelineContext } from './api.js'
import { dotenvReport, setDotenvReport, writeDotenv } from './dotenv.js'
import { readInputs, type ComponentInputs } from './inputs.js'
import { gitlabLogger } from './logger.js'

// The GitLab component's job: inputs (as variables) → core options → push → dotenv and API notes.

async function run(): Promise<void> {
  const logger = gitlabLogger()
  const inputs = readInputs(process.env)
  const outcome = await pushImages({ ...inputs.push, tempDir: privateTempDir(tmpdir()) }, logger)
  if ('set' in outcome) return reportSet(inputs, outcome.set, logger)
  const result = outcome.single
  await writeDotenv(inputs.dotenvFile, dotenvReport(result, inputs.dotenvPrefix))
  logger.info(result.reason)
  logger.info(`${inputs.dotenvFile}: ${inputs.dotenvPrefix}_DIGEST_REF=${result.digestRef || '(none yet)'}`)
  logger.info(
    `Timings: ${Object.entries(result.timings)
      .map(([step, ms]) => `${step} ${formatMs(ms)}`)
      .join(', ')}`,
  )
  const token = inputs.api.token
  if (token) {
    await logger.group('Note the image on the pipeline', () =>
      annotatePipeline(
        result,
        pipelineContext(process.env),
        { token, mergeRequestNote: inputs.api.mergeRequestNote },
        logger,
      ),
    )
  }
  if (inputs.verify.patterns.length) {
    const [stale] = await verifyDeployManifests(inputs, { single: result, image: inputs.push.image }, logger)
    if (stale) throw new NixImageError(stale.message)
  }
}

/** A set: the dotenv names per image, one log line per image, one error line per failure. */
async function reportSet(inputs: ComponentInputs, result: SetResult, logger: Logger): Promise<void> {
  // Written whatever failed: the images that were pushed are there for later jobs.
  await writeDotenv(inputs.dotenvFile, setDotenvReport(result, inputs.dotenvPrefix))
  for (const entry of result.images)
    logger.info(`${entry.name || 'index'}: ${entry.reason}${entry.digestRef ? ` (${entry.digestRef})` : ''}`)
  logger.info(`${inputs.dotenvFile}: ${result.images.length} image(s) under ${inputs.dotenvPrefix}_<NAME>_*`)
  if (inputs.verify.patterns.length) {
    for (const { name, reason } of await verifyDeployManifests(inputs, { set: result.images }, logger))
      result.failed.push({ name, reason })
  }
  const token = inputs.api.token
  if (token) {
    await logger.group('Note the images on the pipeline', () =>
      annotateSetPipeline(
        result,
        inputs.push.image.name,
        pipelineContext(process.env),
        { token, mergeRequestNote: inputs.api.mergeRequestNote },
        logger,
      ),
    )
  }
  if (result.failed.length) {
    for (const { name, reason } of result.failed)
      process.stderr.write(`\u001b[31mnix-image: error: ${forLog(`${name || 'index'}: ${reason}`)}\u001b[0m\n`)
    process.exit(1)
  }
}

/** After the push, so the image a fixed manifest names exists: each stale reference logged where it is. */
async function verifyDeployManifests(
  inputs: ComponentInputs,
  pushed: Pushed,
  logger: Logger,
): Promise<StaleManifests[]> {
  // The YAML code loads only for runs that check manifests.
  const { staleLine, verifyAfterPush } = await import('../core/deploy/verify-after-push.js')
  const { stale, failures, passed } = await logger.group('Verify deploy manifests', () =>
    verifyAfterPush(pushed, inputs.verify, process.cwd()),
  )
  if (failures.length === 0) logger.info(passed)
  for (const finding of stale) logger.info(staleLine(finding))
  return failures
}

run().catch((error: unknown) => {
  const message = failureMessage(error)
  process.stderr.write(`\u001b[31mnix-image: error: ${message}\u001b[0m\n`)
  process.exit(1)
})
