import { NixImageError } from '../base/errors.js'
import { nixpkgsSource, packageExpression } from '../nix/packages.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import { nixIdentity, sourceKey, type Eligibility } from '../source/key.js'
import { readRecord, writeRecord, type FoundRecord } from '../source/record.js'
import type { EvaluatedImage, Logger, PushOptions, PushResult } from '../types.js'
import { nixEnvOf, toolEnvOf } from '../base/children.js'

// The source record in a run (source/ has the key and the record): before Nix, a run for a
// source that was pushed already asks the registry for its record; after a single image's push
// (or skip), the record is written. Sets are evaluated as before.

/** The run's source key, or why the source is not eligible; undefined when records are off. */
export async function sourceEligibility(options: PushOptions, logger: Logger): Promise<Eligibility | undefined> {
  if (options.sourceRecord === false || !options.skipExisting) return undefined
  const nix = options.sourceRecord?.nix ?? nixIdentity(nixEnvOf(options))
  const { installable } = options
  // A package list's generated expression is a function of the list and its pin: no Nix needed.
  let expression: string | undefined
  if (installable.type === 'packages') {
    const source = nixpkgsSource(installable.list, options.nixPath)
    // A locked flake reference, or a tarball of a commit: a local folder's content is no part of the key.
    const locked =
      source.type === 'flake' ||
      (source.type === 'nix-path' && /^nixpkgs=https:\/\/\S+\/[0-9a-f]{40}\.tar\.gz$/.test(source.entry))
    if (locked) expression = packageExpression(installable.list.packages, source)
  }
  const eligibility = await sourceKey(options, { nix, cwd: process.cwd(), env: toolEnvOf(options) }, expression)
  if (!eligibility.eligible) logger.info(`No source record: ${eligibility.why}; evaluating`)
  return eligibility
}

/**
 * The image the source's record names, when the registry still holds it under its tag; else
 * undefined, with one line saying why the run evaluates.
 */
export async function findRecorded(
  registry: RegistryClient,
  eligibility: Eligibility | undefined,
  logger: Logger,
): Promise<FoundRecord | undefined> {
  if (!eligibility?.eligible) return undefined
  try {
    const found = await readRecord(registry, eligibility.id, eligibility.key)
    if (!found) logger.info(`No source record for ${describeSource(eligibility)}: evaluating`)
    else
      logger.info(
        `Source record: ${describeSource(eligibility)} is ${found.image.tag} (${found.manifest.digest}); Nix is not run`,
      )
    return found
  } catch (error) {
    if (!(error instanceof NixImageError)) throw error
    logger.warn(`Source record refused: ${error.message}; evaluating`)
    return undefined
  }
}

/**
 * Records the source → image after a single image's run that pushed it or found it. Skipped (one
 * line) where the run changed what the key saw (Nix writing flake.lock makes the tree dirty);
 * a record that cannot be written is a warning, never a failed push.
 */
export async function recordSource(
  registry: RegistryClient,
  eligibility: Eligibility | undefined,
  options: PushOptions,
  evaluated: EvaluatedImage,
  result: PushResult,
  logger: Logger,
): Promise<void> {
  if (!eligibility?.eligible || !(result.pushed || result.skipped) || !result.digest) return
  try {
    const again = await sourceEligibility({ ...options, sourceRecord: { nix: eligibility.key.nix } }, logger)
    if (!again?.eligible || again.id !== eligibility.id) {
      logger.info('Not recording the source: the run changed what its key covers (flake.lock written?)')
      return
    }
    const subject: ManifestInfo | undefined = await registry.findManifest(evaluated.tag)
    if (subject?.digest !== result.digest) return
    await writeRecord(registry, eligibility.id, eligibility.key, subject, evaluated)
    logger.info(`Recorded ${describeSource(eligibility)} → ${evaluated.tag}: a rerun needs no Nix`)
  } catch (error) {
    logger.warn(`Could not record the source (a rerun evaluates): ${(error as Error).message}`)
  }
}

function describeSource(eligibility: Extract<Eligibility, { eligible: true }>): string {
  const { source } = eligibility.key
  if (source.type === 'packages') return 'the package list'
  return `commit ${source.commit.slice(0, 12)}${source.dir ? ` (${source.dir})` : ''} #${source.attr}`
}
