import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { setPriority, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { streamToFile, unpackArchive } from '../archive/unpack.js'
import { NoZstdError, compressionOf, type Compression } from '../archive/decompress.js'
import { readAuthFile, writeAuthFile } from '../registry/credentials.js'
import { NixImageError } from '../base/errors.js'
import { fileError } from '../base/files.js'
import { describeImage } from '../plan/image.js'
import type { RegistryLayers } from '../push/layer-pairs.js'
import type { ReuseSource } from '../push/reuse-source.js'
import { writeManifestFile } from '../push/manifest-file.js'
import { describeSource, nixpkgsSource, writePackageExpression, type NixpkgsSource } from '../nix/packages.js'
import { build, buildSkopeo, describeInstallable, evaluatePrepared, nixVersion, storeHolds, validateNixPath, type NixContext } from '../nix/nix.js'
import { validateTag } from '../registry/reference.js'
import { RegistryClient, type ManifestInfo } from '../registry/client.js'
import { tagExplanation } from '../report/result.js'
import { loadSbomWriter, resolveReference, sbomAndChanges, stageSbom, type OpenRegistry, type RunSbomArgs } from '../sbom/sbom.js'
import { beginArtifactUploads } from '../registry/referrers.js'
import { readImageContents, type ImageContents } from '../sbom/contents.js'
import { skopeoPlainCopy } from '../push/skopeo-copy-file.js'
import {
  copyArgs,
  copyFlags,
  digestFilePath,
  isRecentEnough,
  runCopy,
  skopeoVersion,
  supports,
  type Skopeo,
} from '../push/skopeo.js'
import type { EvaluatedImage, ImageName, Installable, LayerCounts, Logger, PackageList, PushOptions, PushResult, StepName } from '../types.js'

/**
 * One run: evaluate the image to learn its tag, ask the registry, and build and push only when
 * the registry lacks that tag. Nothing is pushed before every input has been checked.
 */
export async function pushImage(options: PushOptions, logger: Logger, given?: PreparedImage): Promise<PushResult> {
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
  const prepared = given?.nix ?? (await prepareNix(options, logger))
  const { context: nixContext, installable } = prepared
  const registry = given?.registry ?? registryClient(options, options.image, logger)
  // The registry's round trips (HTTPS or not, the auth challenge, a token) need no tag: they run
  // while Nix evaluates. An evaluation error still comes first; the registry's waits for the check.
  const connected = given?.connected ?? registry.connect()
  connected.catch(() => undefined)
  const what = describeInstallable(installable)
  if (given) timings.evaluate = given.evaluateMs
  const evaluated = given?.evaluated ?? (await step('evaluate', `Evaluate ${what}`, () => evaluateImage(prepared, options.tag)))
  const image = options.image.name
  const ref = `${image}:${evaluated.tag}`

  // An image the store holds already needs no build: asked (a query, nothing is built) while the
  // registry is. nix2container's copyTo and builds that fill a binary cache take the build below.
  const held = options.dryRun || options.binaryCache || evaluated.kind === 'nix2container' ? Promise.resolve(false) : storeHolds([evaluated.outPath], nixContext)
  held.catch(() => undefined)
  const existing = await step('check', `Check whether ${ref} exists`, async () => {
    await connected
    return registry.findManifest(evaluated.tag)
  })
  logger.info(existing ? `${ref} exists: ${existing.digest}` : `${ref} is not in the registry`)

  const result = (fields: Pick<PushResult, 'digest' | 'pushed' | 'skipped' | 'reason'> & Partial<PushResult>): PushResult => ({
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
    return result({ digest: existing?.digest ?? '', pushed: false, skipped: Boolean(existing && options.skipExisting), reason })
  }

  const sbomArgs = (subject: ManifestInfo, mayHaveSbom: boolean, storePaths: () => Promise<ImageContents>): RunSbomArgs => ({
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
    throw new NixImageError(`${ref} is not in the registry, and no-build builds nothing: push it first (without no-build)`)
  }
  if (existing && (options.skipExisting || options.noBuild)) {
    // An image pushed before SBOMs were attached gets one now: built (or fetched) locally, never
    // pushed again; with no-build, by a later run that builds.
    const storePaths = (): Promise<ImageContents> =>
      options.noBuild
        ? Promise.reject(new NixImageError('no-build builds nothing: a run that builds attaches the SBOM an image pushed without one lacks'))
        : builtStorePaths(installable, options, evaluated, nixContext, logger)
    const sbom = sbomWanted ? await step('sbom', 'SBOM', () => sbomAndChanges(sbomArgs(existing, true, storePaths))) : {}
    await addExtraTags(registry, existing.digest, extraTags, step)
    await writeManifest(options.manifestFile, existing, evaluated.tag)
    return result({
      digest: existing.digest,
      pushed: false,
      skipped: true,
      reason: `${ref} is already in the registry: nothing built, nothing pushed`,
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
    evaluated.kind === 'nix2container' ? Promise.resolve(undefined) : import('../push/layer-pairs.js').then(({ readLayerPairs }) => readLayerPairs(registry, extraTags, logger))
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
    const caches = binaryCache && options.binaryCache ? await binaryCache.prepareCaches(options.binaryCache, tempDir, logger) : undefined
    // nix2container pushes with the image's copyTo: built in the same Nix call.
    const { built, snapshot } = await step('build', `Build ${what}`, async () => {
      // What the store lacks before the build, to tell afterwards what this run built.
      const snapshot = caches && evaluated.drvPath ? await binaryCache?.snapshotBuildClosure(evaluated.drvPath, nixContext.env) : undefined
      if (await held) {
        logger.info(`${evaluated.outPath} is in the Nix store: nothing to build`)
        return { built: [evaluated.outPath], snapshot }
      }
      const subAttrs = evaluated.kind === 'nix2container' ? ['copyTo'] : []
      return { built: await build(installable, nixContext, subAttrs, caches ? (binaryCache?.substituterArgs(caches) ?? []) : []), snapshot }
    })
    const copyTo = built.find((path) => existsSync(join(path, 'bin', 'copy-to')))
    const outPath = built.find((path) => path !== copyTo) ?? ''
    if (outPath !== evaluated.outPath) {
      logger.warn(`nix build produced ${outPath}, evaluation said ${evaluated.outPath}; pushing what was built`)
    }
    // Before the push: what was built is kept even when the push fails.
    const cache =
      binaryCache && caches && snapshot
        ? await step('cache', `Upload to the binary cache`, () => binaryCache.updateCaches(caches, snapshot, built, nixContext.env, logger))
        : undefined
    const authFile = options.credentials ? await writeAuthFile(tempDir, options.image, options.credentials) : options.authFile
    const layersMayExist = await reusable
    const registryLayers = await pairs
    // A first push attaches its SBOM: what of that needs no digest goes up while skopeo pushes.
    // (A push that fails leaves the upload session to the registry, which expires unused ones:
    // closing it would make the failure's report wait on a registry that may be failing too.)
    const uploads = sbomWanted && !existing ? beginArtifactUploads(registry) : undefined
    const push = await step('push', `Push ${ref}`, () =>
      pushBuilt({ options, installable, evaluated, outPath, copyTo, ref, tempDir, authFile, nixContext, logger, layersMayExist, registryLayers, readStorePaths: sbomWanted, skopeo }),
    )
    // Nothing reads the run's folder after the push (the store paths are read): it goes while
    // the registry is asked.
    removed = removeFolder(tempDir)
    const storePaths = () => unwrap(push.storePaths)
    // The SBOM of the digest skopeo reported is made and uploaded while the registry confirms it.
    const early = uploads && stageSbom({ registry, own: options.image, tag: evaluated.tag, storePaths }, uploads, push.digest)
    // Into an empty repository every layer is uploaded: the pushed manifest says how many.
    const [pushed, counted] = await Promise.all([
      confirmPush(registry, evaluated.tag, ref, push.digest, logger),
      push.layers || layersMayExist ? undefined : countUploaded(registry, push.digest),
    ])
    const layers = push.layers ?? counted
    const sbom = sbomWanted ? await step('sbom', 'SBOM', () => sbomAndChanges({ ...sbomArgs(pushed, Boolean(existing), storePaths), early })) : {}
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

/** What a caller that evaluated already (image-set.ts) hands over, so nothing is done twice. */
export interface PreparedImage {
  nix: PreparedNix
  evaluated: EvaluatedImage
  evaluateMs: number
  registry: RegistryClient
  /** `registry.connect()`, started while Nix evaluated. */
  connected: Promise<void>
}

/** A registry client for `image`, with the run's credentials (given, or from the auth file). */
export function registryClient(options: PushOptions, image: ImageName, logger: Logger): RegistryClient {
  const credentials = options.credentials ?? (options.authFile ? readAuthFile(options.authFile, image) : undefined)
  return new RegistryClient({ image, credentials, insecure: options.insecureRegistry, logger })
}

/** Clients for other repositories: the run's credentials go to its own registry only; elsewhere an auth file's, if any. */
export function registryOpener(options: PushOptions, own: ImageName, logger: Logger): OpenRegistry {
  return (other) => registryClient(other.registry === own.registry ? options : { ...options, credentials: undefined }, other, logger)
}

/**
 * The registry's own answer is the digest to report; skopeo's must agree with it. When they
 * differ, the hash of the manifest the registry serves for the tag settles it.
 */
export async function confirmPush(registry: RegistryClient, tag: string, ref: string, pushedDigest: string, logger: Logger): Promise<ManifestInfo> {
  const pushed = await registry.findManifest(tag)
  if (!pushed) throw new NixImageError(`skopeo reported a push of ${ref}, but the registry does not have it`)
  if (pushed.digest === pushedDigest) return pushed
  const stored = (await registry.getManifest(tag)).info
  logger.warn(`skopeo wrote digest ${pushedDigest}, the registry answers ${pushed.digest} and stores ${stored.digest}; reporting what it stores`)
  return stored
}

/** Runs a step in a titled group, noting its time in `timings` and in the log. */
export function stepRunner(timings: PushResult['timings'], logger: Logger) {
  return async <T>(name: StepName, title: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    try {
      return await logger.group(title, work)
    } finally {
      timings[name] = Math.round(performance.now() - started)
      logger.info(`${name}: ${formatMs(timings[name])}`)
    }
  }
}

export type EvaluateOptions = Pick<PushOptions, 'installable' | 'nixPath' | 'tag' | 'env' | 'nixEnv' | 'tempDir'>

/** What a run evaluates, settled: a package list has become its generated Nix file. */
export interface PreparedNix {
  context: NixContext
  installable: Exclude<Installable, { type: 'packages' }>
  /** `nix --version`, probed beside the evaluation (see nix.ts's evaluatePrepared). */
  version: Promise<string>
}

/**
 * Starts the Nix version probe and settles the `-I` pins. A package list is written out as a
 * Nix file in the run's temp dir, after its nixpkgs pin has been checked.
 */
export async function prepareNix(options: EvaluateOptions, logger: Logger): Promise<PreparedNix> {
  const nixPath = nixPathFor(options.installable, options.nixPath, logger)
  const { installable: given } = options
  // A package list's pin is checked before anything runs.
  const source = given.type === 'packages' ? nixpkgsSource(given.list, nixPath) : undefined
  const env = options.nixEnv ?? options.env
  const version = nixVersion(env)
  version.catch(() => undefined)
  const context = { env, logger, nixPath }
  if (given.type !== 'packages') return { context, installable: given, version }
  return { context, installable: await writePackageFile(given.list, source ?? nixpkgsSource(given.list, nixPath), options.tempDir ?? tmpdir(), logger), version }
}

async function writePackageFile(list: PackageList, source: NixpkgsSource, dir: string, logger: Logger): Promise<PreparedNix['installable']> {
  if (source.type === 'unpinned') {
    logger.warn('nixpkgs is not pinned (allow-unpinned): the image, and its tag, change whenever NIX_PATH or the channel does')
  }
  const installable = await writePackageExpression(list, source, dir)
  logger.info(`${describeInstallable(installable)} (nixpkgs: ${describeSource(source)}) as ${installable.file}`)
  logger.debug(readFileSync(installable.file, 'utf8'))
  return installable
}

/** Learns the image's kind, out path and tag by evaluation alone: nothing is built. */
export async function evaluateImage(prepared: PreparedNix, tag: string | undefined): Promise<EvaluatedImage> {
  const what = describeInstallable(prepared.installable)
  const evaluated = describeImage(await evaluatePrepared(prepared), what, tag)
  prepared.context.logger.info(`Tag ${evaluated.tag}: ${tagExplanation(evaluated)} — kind ${evaluated.kind}`)
  return evaluated
}

/** The image's tag and what else evaluation tells, for the commands that build nothing. */
export async function evaluateOnly(options: EvaluateOptions, logger: Logger): Promise<EvaluatedImage> {
  return evaluateImage(await prepareNix(options, logger), options.tag)
}

export interface PushContext {
  options: PushOptions
  installable: PreparedNix['installable']
  evaluated: EvaluatedImage
  outPath: string
  /** nix2container's copyTo, built with the image. */
  copyTo?: string
  ref: string
  tempDir: string
  authFile: string | undefined
  nixContext: NixContext
  logger: Logger
  /** The repository has tags, so some layers may be there already. */
  layersMayExist: boolean
  /** Read the image's store paths (for the SBOM) while skopeo pushes. */
  readStorePaths?: boolean
  /** Uncompressed layers the repository holds, with their blobs to prove; none: push the archive as it is. */
  registryLayers?: RegistryLayers
  /** skopeo, when already being found. */
  skopeo?: Promise<Skopeo>
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }

const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )

export function unwrap<T>(settled: Settled<T> | undefined): Promise<T> {
  if (!settled) return Promise.reject(new Error('the store paths were not read'))
  return settled.ok ? Promise.resolve(settled.value) : Promise.reject(settled.error)
}

/**
 * Reads the store paths of `file` (what skopeo reads) alongside the push, yielding to skopeo:
 * headers only in a plain tar, or in the plain copy skopeo unpacks into `skopeoUnpacksIn`; a
 * compressed archive otherwise is decompressed once more. Settles before the temporary files go.
 */
async function alongside<T>(
  file: string | undefined,
  context: PushContext,
  push: () => Promise<T>,
  skopeoUnpacksIn?: string,
): Promise<[T, Settled<ImageContents> | undefined]> {
  const pushing = push()
  // Awaited below: a failure before then is not an unhandled rejection.
  pushing.catch(() => undefined)
  const read = (path: string): Promise<ImageContents> => readImageContents(path, context.evaluated.kind, context.options)
  const reading = !file || !context.readStorePaths ? undefined : settle(skopeoUnpacksIn ? fromSkopeoCopy(file, skopeoUnpacksIn, pushing, read, context.logger) : read(file))
  if (reading) yieldToSkopeo()
  // skopeo is running: the CycloneDX library compiles in the time it leaves idle.
  if (context.readStorePaths) loadSbomWriter().catch(() => undefined)
  try {
    return [await pushing, await reading]
  } finally {
    await reading
  }
}

/**
 * A gzip archive's contents, read from the plain copy skopeo ≥ 1.10 makes of it in `dir` (see
 * skopeo-copy-file.ts): headers only, no second decompression. Where that copy is not found
 * complete, or does not read as a whole tar, the archive itself once skopeo is done with it.
 */
async function fromSkopeoCopy(
  archive: string,
  dir: string,
  pushing: Promise<unknown>,
  read: (path: string) => Promise<ImageContents>,
  logger: Logger,
): Promise<ImageContents> {
  const copy = await skopeoPlainCopy(archive, dir, pushing)
  if (copy) {
    try {
      // The copy's name may be gone by now (skopeo removes it); its open descriptor is not.
      const contents = await read(`/proc/self/fd/${copy.fd}`)
      logger.debug(`store paths read from skopeo's plain copy of ${archive}`)
      return contents
    } catch (error) {
      logger.debug(`skopeo's copy of ${archive} did not read as a whole tar (${(error as Error).message})`)
    } finally {
      await copy.close()
    }
  }
  await pushing.catch(() => undefined)
  logger.debug(`store paths read from ${archive} itself`)
  return read(archive)
}

/**
 * What the SBOM does during the push (reading the store paths, decompressing an archive where
 * skopeo does not, `nix path-info`, compiling the CycloneDX library) takes the cores skopeo's
 * compression wants: every thread of this process, and the children it starts from now on,
 * yield to it (nice 10; skopeo keeps the priority it started with), so that work fills the time
 * skopeo leaves idle. A process cannot raise its priority again without privilege, so the rest
 * of the run stays at 10: it is a few requests.
 */
function yieldToSkopeo(): void {
  try {
    for (const thread of readdirSync('/proc/self/task')) setPriority(Number(thread), 10)
  } catch {
    // Not Linux's /proc, or not allowed: only speed is lost.
  }
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
  return readBuiltStorePaths(outPath, evaluated.kind, options, logger)
}

/** The store paths of a built image (a stream image's output written to a file first). */
export async function readBuiltStorePaths(outPath: string, kind: EvaluatedImage['kind'], options: Pick<PushOptions, 'env' | 'nixEnv' | 'tempDir'>, logger: Logger): Promise<ImageContents> {
  if (kind !== 'stream') return readImageContents(outPath, kind, options)
  const tempDir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'nix-image-'))
  try {
    return await readImageContents(await streamToFile(outPath, tempDir, logger, options.env), 'stream', options)
  } finally {
    await removeFolder(tempDir)
  }
}

/** Copies the built image to the registry the way its kind needs; returns skopeo's digest. */
export async function pushBuilt(context: PushContext): Promise<{
  digest: string
  layers?: LayerCounts
  skopeo: NonNullable<PushResult['skopeo']>
  storePaths?: Settled<ImageContents>
}> {
  const { options, evaluated, outPath, ref, tempDir, authFile, logger } = context
  const digestFile = digestFilePath(tempDir)
  // Whatever a push writes on the side (skopeo, nix2container's copy-to, a stream script) goes to
  // the run's private folder, removed with it, never to a shared /tmp or /var/tmp.
  const env = { ...(options.env ?? process.env), TMPDIR: tempDir }
  const copyContext = { env, logger, destination: ref }
  if (!context.layersMayExist) logger.info(`${options.image.name} holds no tags yet: pushing every layer without checking for it first`)

  if (evaluated.kind === 'nix2container') {
    // copy-to runs nix2container's patched skopeo (it has the `nix:` transport) on the image JSON.
    const { copyTo } = context
    if (!copyTo) throw new Error(`copyTo of ${outPath} was not built`)
    const command = join(copyTo, 'bin', 'copy-to')
    // nix2container ships a current skopeo: it has every flag.
    const flags = copyFlags({ authFile, digestFile, insecure: options.insecureRegistry, features: { precomputeDigests: context.layersMayExist, retryTimes: true } })
    logger.info(`Pushing with nix2container's copy-to (${copyTo})`)
    const [copied, storePaths] = await alongside(outPath, context, () => runCopy(command, [...flags, `docker://${ref}`], digestFile, copyContext))
    return { ...copied, storePaths, skopeo: { path: command, version: 'nix2container', source: 'nix2container' } }
  }

  // Finding skopeo (a `--version` call, or a Nix build) runs while the archive is read.
  const skopeoReady = context.skopeo ?? resolveSkopeo(context.installable, context.nixContext, options.env)
  skopeoReady.catch(() => undefined)
  let archive = outPath
  if (evaluated.kind === 'stream') archive = await streamToFile(outPath, tempDir, logger, env)
  let compression: Compression = evaluated.kind === 'stream' ? 'none' : await compressionOf(archive)
  // A `.tar.zst` becomes a plain tar once, for the layer reuse, skopeo and the SBOM alike.
  if (compression === 'zstd') {
    const unpacked = await unpackZstd(archive, tempDir, env, logger)
    if (unpacked) [archive, compression] = [unpacked, 'none']
  }
  const source = await reuseSourceFor(context, archive, compression, env)
  const skopeo = await skopeoReady
  logger.info(`Pushing with skopeo ${skopeo.version} (${skopeo.source === 'system' ? 'from PATH' : `built with Nix: ${skopeo.path}`})`)
  const common = { destination: ref, authFile, digestFile, insecure: options.insecureRegistry, tempDir }
  const retryTimes = supports(skopeo, 'retryTimes')

  if (source) {
    const [reused, storePaths] = await alongside(archive, context, () => pushReusingLayers(source, skopeo, common, env, logger))
    if (reused) return { ...reused, storePaths }
  }

  if (compression === 'gzip' && !supports(skopeo, 'gzipArchive')) {
    logger.info(`skopeo ${skopeo.version} cannot read gzip archives (fixed in 1.10): unpacking to a temporary tar`)
    ;[archive, compression] = [await unpackArchive(archive, 'gzip', tempDir, env), 'none']
  }
  const args = copyArgs({
    ...common,
    source: `docker-archive:${archive}`,
    features: { precomputeDigests: context.layersMayExist && supports(skopeo, 'precomputeDigests'), retryTimes },
  })
  // skopeo ≥ 1.10 decompresses a gzip archive into the run's folder itself: the SBOM reads that copy.
  const skopeoUnpacksIn = compression === 'gzip' ? tempDir : undefined
  const [copied, storePaths] = await alongside(archive, context, () => runCopy(skopeo.path, args, digestFile, copyContext), skopeoUnpacksIn)
  return { ...copied, storePaths, skopeo }
}

/** A `.tar.zst` unpacked to a plain tar (see archive.ts), or undefined where no `zstd` program is at hand. */
async function unpackZstd(archive: string, tempDir: string, env: NodeJS.ProcessEnv, logger: Logger): Promise<string | undefined> {
  logger.info('Unpacking the zstd archive to a temporary tar (the zstd program is faster at it than skopeo)')
  try {
    return await unpackArchive(archive, 'zstd', tempDir, env)
  } catch (error) {
    if (!(error instanceof NoZstdError)) throw error
    logger.info(`no zstd program on PATH: skopeo reads ${archive} itself`)
    return undefined
  }
}

/**
 * The `dir:` image that names the registry's blob for each unchanged layer (see reuse-source.ts),
 * or undefined when nothing is reusable or the archive cannot be read that way.
 */
async function reuseSourceFor(context: PushContext, archive: string, compression: Compression, env: NodeJS.ProcessEnv): Promise<ReuseSource | undefined> {
  const { logger, registryLayers } = context
  if (!registryLayers || registryLayers.pairs.size === 0) return undefined
  const [{ reuseSource }, { LayerProofError, LostLayerError }] = await Promise.all([import('../push/reuse-source.js'), import('../push/layer-proof.js')])
  return reuseSource(archive, compression, context.tempDir, registryLayers, env).catch((error: Error) => {
    // A blob that does not hold what an earlier image's config says: someone wrote a lying config.
    if (error instanceof LayerProofError) logger.warn(`Not reusing the registry's layers (pushing every layer): ${error.message}`)
    else if (error instanceof LostLayerError) logger.warn(`${error.message}; pushing every layer`)
    else logger.info(`Not reusing the registry's layers: ${error.message}`)
    return undefined
  })
}

/**
 * Pushes the `dir:` image: only the changed layers are read, compressed and uploaded, and the
 * plan says how many. Undefined when the registry lost a blob it listed (then the archive).
 */
async function pushReusingLayers(
  source: ReuseSource,
  skopeo: Skopeo,
  common: { destination: string; authFile: string | undefined; digestFile: string; insecure: boolean; tempDir: string },
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<{ digest: string; layers: LayerCounts; skopeo: Skopeo } | undefined> {
  const { uploaded, skipped } = source.layers
  logger.info(`${skipped} layer${skipped === 1 ? '' : 's'} already in the registry (not read, not compressed); uploading ${uploaded}`)
  const args = copyArgs({ ...common, source: `dir:${source.dir}`, features: { precomputeDigests: false, retryTimes: supports(skopeo, 'retryTimes') } })
  try {
    const { digest } = await runCopy(skopeo.path, args, common.digestFile, { env, logger, destination: common.destination })
    return { digest, layers: source.layers, skopeo }
  } catch (error) {
    // skopeo reads an unchanged layer's file only when the registry lacks its blob after all
    // (deleted since it was listed): the file is absent, so push the whole archive instead.
    if (!(error instanceof Error) || !error.message.includes(source.dir)) throw error
    logger.warn(`the registry no longer holds a layer it listed (${error.message}); pushing every layer`)
    return undefined
  }
}

/** The system's skopeo when it is recent enough, else the one from the run's pinned nixpkgs. */
async function resolveSkopeo(installable: Installable, context: NixContext, env: NodeJS.ProcessEnv | undefined): Promise<Skopeo> {
  // skopeo runs with the tools' environment: Nix's may hold the workflow token.
  const version = await skopeoVersion('skopeo', env)
  if (version && isRecentEnough({ version })) return { path: 'skopeo', version, source: 'system' }
  context.logger.info(
    version
      ? `skopeo ${version} on PATH is older than 1.6 (no --dest-precompute-digests): building skopeo with Nix`
      : 'no skopeo on PATH: building skopeo with Nix',
  )
  const path = join(await buildSkopeo(installable, context), 'bin', 'skopeo')
  const built = await skopeoVersion(path, env)
  if (!built) throw new NixImageError(`the skopeo built with Nix (${path}) does not run`)
  return { path, version: built, source: 'nix' }
}

async function countUploaded(registry: RegistryClient, digest: string): Promise<LayerCounts | undefined> {
  try {
    const { layers } = JSON.parse((await registry.getManifest(digest)).body.toString('utf8')) as { layers?: unknown }
    return Array.isArray(layers) ? { uploaded: layers.length, skipped: 0 } : undefined
  } catch {
    return undefined
  }
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

/** Flakes pin nixpkgs in flake.lock and ignore `-I`; say so instead of silently dropping it. */
function nixPathFor(installable: Installable, nixPath: string[], logger: Logger): string[] {
  if (nixPath.length === 0) return []
  if (installable.type === 'flake') {
    logger.warn(`nix-path ${nixPath.join(' ')} is ignored for the flake ${installable.ref}: its flake.lock is the pin`)
    return []
  }
  const checked = validateNixPath(nixPath)
  logger.info(`Nix path: ${checked.join(' ')}`)
  return checked
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}
