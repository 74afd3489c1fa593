import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeAuthFile } from '../registry/credentials.js'
import { NixImageError } from '../base/errors.js'
import { fileError } from '../base/files.js'
import { unwrap } from '../base/settled.js'
import { stepRunner } from '../base/timing.js'
import type { RegistryLayers } from '../push/layer-pairs.js'
import { writeManifestFile } from '../push/manifest-file.js'
import { confirmPush, countUploaded } from '../push/confirm.js'
import { pushBuilt, resolveSkopeo } from '../push/push-built.js'
import { build, describeInstallable, storeHolds, type NixContext } from '../nix/nix.js'
import type { PreparedNix } from '../nix/prepare.js'
import { resolveReference, validateTag } from '../registry/reference.js'
import { registryOpener } from '../registry/clients.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import { sbomAndChanges, stageSbom, storePathsReader, type RunSbomArgs } from '../sbom/sbom.js'
import { beginArtifactUploads } from '../registry/referrers.js'
import { readBuiltStorePaths, type ImageContents } from '../sbom/contents.js'
import type { EvaluatedImage, Logger, PushOptions, PushResult, StepName } from '../types.js'

/**
 * One run: evaluate the image to learn its tag, ask the registry, and build and push only when
 * the registry lacks that tag. Nothing is pushed before every input has been checked.
 */
export async function pushImage(options: PushOptions, logger: Logger, given: PreparedImage): Promise<PushResult> {
  const timings: PushResult['timings'] = {}
  const step = stepRunner(timings, logger)

  const extraTags = options.extraTags.map((tag) => validateTag(tag, 'extra-tag'))
  // The binary cache code loads only for runs that use one.
  const binaryCache = options.binaryCache ? await import('../cache/binary-cache.js') : undefined
  if (options.binaryCache) binaryCache?.checkCacheOptions(options.binaryCache)
  const sbomWanted = options.sbom !== false && !options.dryRun
  // Checked before anything runs: a bad reference is an input error, not a warning after the push.
  const compareSpec = options.compareTo ?? extraTags[0]
  const compareTo = sbomWanted && compareSpec ? resolveReference(compareSpec, options.image, 'compare-to') : undefined
  const { nix: prepared, registry, connected } = given
  const { context: nixContext, installable } = prepared
  const what = describeInstallable(installable)
  timings.evaluate = given.evaluateMs
  const { evaluated } = given
  const image = options.image.name
  const ref = `${image}:${evaluated.tag}`

  // An image the store holds already needs no build: asked (a query, nothing is built) while the
  // registry is. nix2container's copyTo and builds that fill a binary cache take the build below.
  const held =
    given.recorded || options.dryRun || options.binaryCache || evaluated.kind === 'nix2container'
      ? Promise.resolve(false)
      : storeHolds([evaluated.outPath], nixContext)
  held.catch(() => undefined)
  const existing =
    given.recorded ??
    (await step('check', `Check whether ${ref} exists`, async () => {
      await connected
      return registry.findManifest(evaluated.tag)
    }))
  logger.info(existing ? `${ref} exists: ${existing.digest}` : `${ref} is not in the registry`)

  const result = (
    fields: Pick<PushResult, 'digest' | 'pushed' | 'skipped' | 'reason'> & Partial<PushResult>,
  ): PushResult => ({
    image,
    tag: evaluated.tag,
    ref,
    digestRef: fields.digest ? `${image}@${fields.digest}` : '',
    outPath: evaluated.outPath,
    kind: evaluated.kind,
    tagSource: evaluated.tagSource,
    dryRun: options.dryRun,
    extraTags,
    timings,
    ...fields,
  })

  if (options.dryRun) {
    const reason = existing
      ? options.skipExisting
        ? `dry run: ${ref} is already in the registry, a run would build and push nothing`
        : `dry run: ${ref} is already in the registry, a run would build and push it again (skip-existing is off)`
      : `dry run: ${ref} is not in the registry, a run would build and push it`
    return result({
      digest: existing?.digest ?? '',
      pushed: false,
      skipped: Boolean(existing && options.skipExisting),
      reason,
    })
  }

  const sbomArgs = (
    subject: ManifestInfo,
    mayHaveSbom: boolean,
    storePaths: () => Promise<ImageContents>,
  ): RunSbomArgs => ({
    registry,
    mayHaveSbom,
    own: options.image,
    openRegistry: registryOpener(options, options.image, logger),
    subject,
    ref,
    tag: evaluated.tag,
    storePaths,
    file: options.sbomFile,
    compareTo,
    logger,
  })

  if (options.noBuild && !existing) {
    throw new NixImageError(
      `${ref} is not in the registry, and no-build builds nothing: push it first (without no-build)`,
    )
  }
  if (existing && (options.skipExisting || options.noBuild)) {
    // An image pushed before SBOMs were attached gets one now: built (or fetched) locally, never
    // pushed again; with no-build, by a later run that builds.
    const storePaths = (): Promise<ImageContents> =>
      given.recorded
        ? Promise.reject(
            new NixImageError(
              'the source record answered this run without Nix: a run that evaluates (source-record: false) attaches the SBOM the image lacks',
            ),
          )
        : options.noBuild
          ? Promise.reject(
              new NixImageError(
                'no-build builds nothing: a run that builds attaches the SBOM an image pushed without one lacks',
              ),
            )
          : builtStorePaths(installable, options, evaluated, nixContext, logger)
    const sbom = sbomWanted
      ? await step('sbom', 'SBOM', () => sbomAndChanges(sbomArgs(existing, true, storePaths)))
      : {}
    await addExtraTags(registry, existing.digest, extraTags, step)
    await writeManifest(options.manifestFile, existing, evaluated.tag)
    return result({
      digest: existing.digest,
      pushed: false,
      skipped: true,
      reason: `${ref} is already in the registry${given.recorded ? ' (its source record answered, without Nix)' : ''}: nothing built, nothing pushed`,
      ...sbom,
    })
  }

  // Asked while Nix builds: into an empty repository no layer can be skipped, so skopeo need not
  // compress every layer once more just to learn its digest.
  const reusable = registry.hasAnyTag()
  // The registry's pairs of uncompressed layers and their blobs, also read while Nix builds:
  // unchanged layers then cost a HEAD request each, not a compression.
  // Loaded on first use, like the HTTP client: a rerun that skips never needs it.
  const pairs: Promise<RegistryLayers | undefined> =
    evaluated.kind === 'nix2container'
      ? Promise.resolve(undefined)
      : import('../push/layer-pairs.js').then(({ readLayerPairs }) => readLayerPairs(registry, extraTags, logger))
  // Found (a `--version` call; where it is missing or too old, a Nix build) while Nix builds the
  // image; nix2container pushes with its own.
  const skopeo = evaluated.kind === 'nix2container' ? undefined : resolveSkopeo(installable, nixContext, options.env)
  skopeo?.catch(() => undefined)
  // Absolute (TMPDIR may be relative): the auth and digest files are option values of skopeo.
  const parent = resolve(options.tempDir ?? tmpdir())
  const tempDir = await mkdtemp(join(parent, 'nix-image-')).catch((error: unknown) => {
    throw fileError('write', 'a temporary folder in', parent, error)
  })
  let removed: Promise<void> | undefined
  try {
    const caches =
      binaryCache && options.binaryCache
        ? await binaryCache.prepareCaches(options.binaryCache, tempDir, logger)
        : undefined
    // nix2container pushes with the image's copyTo: built in the same Nix call.
    const { built, snapshot } = await step('build', `Build ${what}`, async () => {
      // What the store lacks before the build, to tell afterwards what this run built.
      const snapshot =
        caches && evaluated.drvPath
          ? await binaryCache?.snapshotBuildClosure(evaluated.drvPath, nixContext.env)
          : undefined
      if (await held) {
        logger.info(`${evaluated.outPath} is in the Nix store: nothing to build`)
        return { built: [evaluated.outPath], snapshot }
      }
      const subAttrs = evaluated.kind === 'nix2container' ? ['copyTo'] : []
      return {
        built: await build(
          installable,
          nixContext,
          subAttrs,
          caches ? (binaryCache?.substituterArgs(caches) ?? []) : [],
        ),
        snapshot,
      }
    })
    const copyTo = built.find((path) => existsSync(join(path, 'bin', 'copy-to')))
    const outPath = built.find((path) => path !== copyTo) ?? ''
    if (outPath !== evaluated.outPath) {
      logger.warn(`nix build produced ${outPath}, evaluation said ${evaluated.outPath}; pushing what was built`)
    }
    // Before the push: what was built is kept even when the push fails.
    const cache =
      binaryCache && caches && snapshot
        ? await step('cache', `Upload to the binary cache`, () =>
            binaryCache.updateCaches(caches, snapshot, built, nixContext.env, logger),
          )
        : undefined
    const authFile = options.credentials
      ? await writeAuthFile(tempDir, options.image, options.credentials)
      : options.authFile
    const layersMayExist = await reusable
    const registryLayers = await pairs
    // A first push attaches its SBOM: what of that needs no digest goes up while skopeo pushes.
    // (A push that fails leaves the upload session to the registry, which expires unused ones:
    // closing it would make the failure's report wait on a registry that may be failing too.)
    const uploads = sbomWanted && !existing ? beginArtifactUploads(registry) : undefined
    const push = await step('push', `Push ${ref}`, () =>
      pushBuilt({
        options,
        installable,
        evaluated,
        outPath,
        copyTo,
        ref,
        tempDir,
        authFile,
        nixContext,
        logger,
        layersMayExist,
        registryLayers,
        reader: sbomWanted ? storePathsReader(evaluated, options) : undefined,
        skopeo,
      }),
    )
    // Nothing reads the run's folder after the push (the store paths are read): it goes while
    // the registry is asked.
    removed = removeFolder(tempDir)
    const storePaths = () => unwrap(push.read)
    // The SBOM of the digest skopeo reported is made and uploaded while the registry confirms it.
    const early =
      uploads && stageSbom({ registry, own: options.image, tag: evaluated.tag, storePaths }, uploads, push.digest)
    // Into an empty repository every layer is uploaded: the pushed manifest says how many.
    const [pushed, counted] = await Promise.all([
      confirmPush(registry, evaluated.tag, ref, push.digest, logger),
      push.layers || layersMayExist ? undefined : countUploaded(registry, push.digest),
    ])
    const layers = push.layers ?? counted
    const sbom = sbomWanted
      ? await step('sbom', 'SBOM', () => sbomAndChanges({ ...sbomArgs(pushed, Boolean(existing), storePaths), early }))
      : {}
    await addExtraTags(registry, pushed.digest, extraTags, step)
    await writeManifest(options.manifestFile, pushed, evaluated.tag)
    return result({
      ...sbom,
      digest: pushed.digest,
      pushed: true,
      skipped: false,
      skopeo: push.skopeo,
      cache,
      layers,
      reason: existing
        ? `${ref} was already in the registry and was pushed again (skip-existing is off)`
        : `${ref} was not in the registry: built and pushed`,
    })
  } finally {
    await (removed ?? removeFolder(tempDir))
  }
}

const removeFolder = (path: string): Promise<void> => rm(path, { recursive: true, force: true })

/** What the run hands over after its one evaluation (image-set.ts), so nothing is done twice. */
export interface PreparedImage {
  nix: PreparedNix
  evaluated: EvaluatedImage
  evaluateMs: number
  registry: RegistryClient
  /** `registry.connect()`, started while Nix evaluated. */
  connected: Promise<void>
  /** The image's manifest, when a source record told the image instead of evaluation (no Nix runs). */
  recorded?: ManifestInfo
}

/** The store paths of an image already in the registry: built (a cache hit, usually), then read. */
async function builtStorePaths(
  installable: PreparedNix['installable'],
  options: PushOptions,
  evaluated: EvaluatedImage,
  nixContext: NixContext,
  logger: Logger,
): Promise<ImageContents> {
  logger.info(`Building ${describeInstallable(installable)} to read its store paths for the SBOM (nothing is pushed)`)
  const [outPath = evaluated.outPath] = await build(installable, nixContext)
  return readBuiltStorePaths(outPath, evaluated, options, logger)
}

export async function addExtraTags(
  registry: RegistryClient,
  digest: string,
  tags: string[],
  step: <T>(name: StepName, title: string, work: () => Promise<T>) => Promise<T>,
): Promise<void> {
  if (tags.length === 0) return
  await step('tag', `Tag ${tags.join(', ')}`, async () => {
    for (const tag of tags) await registry.addTag(digest, tag)
  })
}

async function writeManifest(path: string | undefined, manifest: ManifestInfo, tag: string): Promise<void> {
  if (path) await writeManifestFile(path, manifest, tag)
}
