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

/**
 * The run's source key, or why the source is not eligible (said in one line); undefined when
 * records are off. `quiet`: the line was said already (the Action asked before installing Nix).
 */
export async function sourceEligibility(
  options: PushOptions,
  logger: Logger,
  quiet = false,
): Promise<Eligibility | undefined> {
  const eligibility = await keyOf(options)
  if (eligibility && !eligibility.eligible && !quiet) logger.info(`No source record: ${eligibility.why}; evaluating`)
  return eligibility
}

async function keyOf(options: PushOptions): Promise<Eligibility | undefined> {
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
  return sourceKey(options, { nix, cwd: process.cwd(), env: toolEnvOf(options) }, expression)
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
 * Records the source → image after a single image's run that pushed it or found it (`manifest`:
 * what the registry stores for it, as the run confirmed or found it). Skipped (one line) where
 * the run changed what the key saw (Nix writing flake.lock makes the tree dirty); a record that
 * cannot be written is a warning, never a failed push.
 */
export async function recordSource(
  registry: RegistryClient,
  eligibility: Eligibility | undefined,
  options: PushOptions,
  image: { evaluated: EvaluatedImage; manifest: ManifestInfo | undefined },
  result: PushResult,
  logger: Logger,
): Promise<void> {
  const { evaluated, manifest } = image
  if (!eligibility?.eligible || !(result.pushed || result.skipped) || manifest?.digest !== result.digest) return
  try {
    const again = await keyOf({ ...options, sourceRecord: { nix: eligibility.key.nix } })
    if (!again?.eligible || again.id !== eligibility.id) {
      logger.info('Not recording the source: the run changed what its key covers (flake.lock written?)')
      return
    }
    await writeRecord(registry, eligibility.id, eligibility.key, manifest, evaluated)
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
