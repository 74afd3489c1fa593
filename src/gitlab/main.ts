#!/usr/bin/env node
import { tmpdir } from 'node:os'
import { failureMessage } from '../adapter/exit.js'
import { NixImageError } from '../core/errors.js'
import { formatMs, pushImage } from '../core/pipeline.js'
import { privateTempDir } from '../core/temp.js'
import type { Logger, PushResult } from '../core/types.js'
import { annotatePipeline, pipelineContext } from './api.js'
import { writeDotenv } from './dotenv.js'
import { readInputs, type ComponentInputs } from './inputs.js'
import { gitlabLogger } from './logger.js'

// The GitLab component's job: inputs (as variables) → core options → push → dotenv and API notes.

async function run(): Promise<void> {
  const logger = gitlabLogger()
  const inputs = readInputs(process.env)
  const result = await pushImage({ ...inputs.push, tempDir: privateTempDir(tmpdir()) }, logger)
  await writeDotenv(inputs.dotenvFile, result)
  logger.info(result.reason)
  logger.info(`${inputs.dotenvFile}: NIX_IMAGE_DIGEST_REF=${result.digestRef || '(none yet)'}`)
  logger.info(`Timings: ${Object.entries(result.timings).map(([step, ms]) => `${step} ${formatMs(ms)}`).join(', ')}`)
  const token = inputs.api.token
  if (token) {
    await logger.group('Note the image on the pipeline', () =>
      annotatePipeline(result, pipelineContext(process.env), { token, mergeRequestNote: inputs.api.mergeRequestNote }, logger),
    )
  }
  if (inputs.verify.patterns.length) await verifyDeployManifests(inputs, result, logger)
}

/** After the push, so the image a fixed manifest names exists: stale references fail the job. */
async function verifyDeployManifests(inputs: ComponentInputs, result: PushResult, logger: Logger): Promise<void> {
  // The YAML code loads only for runs that check manifests.
  const { verifyPushedImage } = await import('../core/manifests.js')
  const { report, fix } = await logger.group('Verify deploy manifests', () =>
    verifyPushedImage(result, inputs.push.image, inputs.verify, process.cwd()),
  )
  for (const finding of report.findings.filter((finding) => !finding.ok)) {
    logger.info(`${finding.file}:${finding.line}: found ${finding.found}, expected ${finding.expected}`)
  }
  if (fix) throw new NixImageError(`deploy manifests reference ${report.image} at another tag than ${report.tag}; fix with: ${fix}`)
}

run().catch((error: unknown) => {
  const message = failureMessage(error)
  process.stderr.write(`\u001b[31mnix-image: error: ${message}\u001b[0m\n`)
  process.exit(1)
})
