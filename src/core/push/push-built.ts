import { readdirSync } from 'node:fs'
import { setPriority } from 'node:os'
import { join } from 'node:path'
import { streamToFile, unpackArchive } from '../archive/unpack.js'
import { NoZstdError, compressionOf, type Compression } from '../archive/decompress.js'
import { NixImageError } from '../base/errors.js'
import { settle, type Settled } from '../base/settled.js'
import { buildSkopeo } from '../nix/build.js'
import type { NixContext } from '../nix/nix.js'
import type { PreparedNix } from '../nix/prepare.js'
import type { RegistryLayers } from './layer-pairs.js'
import type { ReuseSource } from './reuse-source.js'
import { skopeoPlainCopy } from './skopeo-copy-file.js'
import {
  copyArgs,
  copyFlags,
  digestFilePath,
  isRecentEnough,
  runCopy,
  skopeoVersion,
  supports,
  type Skopeo,
} from './skopeo.js'
import type { EvaluatedImage, Installable, LayerCounts, Logger, PushOptions, PushResult } from '../types.js'
import { toolEnvOf } from '../base/children.js'

// One built image copied to the registry the way its kind needs: nix2container's copy-to, or
// skopeo from the archive (a stream image's output written to a file first, a `.tar.zst` unpacked
// once), reusing the layers the repository holds. What the caller reads from the pushed file
// (the SBOM's store paths) is read alongside, yielding to skopeo.

/** What a caller reads from the file skopeo pushes while skopeo pushes it. */
export interface PushReader<T> {
  /** Reads the image file (or skopeo's plain copy of it, as a `/proc/self/fd/` path). */
  read: (path: string) => Promise<T>
  /** Called once skopeo runs: work that fills the time it leaves idle (loading the SBOM writer). */
  started?: () => void
}

export interface PushContext<T = unknown> {
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
  /** What to read from the pushed file while skopeo pushes (the SBOM's store paths). */
  reader?: PushReader<T>
  /** Uncompressed layers the repository holds, with their blobs to prove; none: push the archive as it is. */
  registryLayers?: RegistryLayers
  /** skopeo, when already being found. */
  skopeo?: Promise<Skopeo>
}

/**
 * Reads `file` (what skopeo reads) with the context's reader alongside the push, yielding to skopeo:
 * headers only in a plain tar, or in the plain copy skopeo unpacks into `skopeoUnpacksIn`; a
 * compressed archive otherwise is decompressed once more. Settles before the temporary files go.
 */
async function alongside<P, T>(
  file: string | undefined,
  context: PushContext<T>,
  push: () => Promise<P>,
  skopeoUnpacksIn?: string,
): Promise<[P, Settled<T> | undefined]> {
  const pushing = push()
  // Awaited below: a failure before then is not an unhandled rejection.
  pushing.catch(() => undefined)
  const { reader } = context
  const reading =
    !file || !reader
      ? undefined
      : settle(
          skopeoUnpacksIn
            ? fromSkopeoCopy(file, skopeoUnpacksIn, pushing, reader.read, context.logger)
            : reader.read(file),
        )
  if (reading) yieldToSkopeo()
  reader?.started?.()
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
async function fromSkopeoCopy<T>(
  archive: string,
  dir: string,
  pushing: Promise<unknown>,
  read: (path: string) => Promise<T>,
  logger: Logger,
): Promise<T> {
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

/** Copies the built image to the registry the way its kind needs; returns skopeo's digest. */
export async function pushBuilt<T>(context: PushContext<T>): Promise<{
  digest: string
  layers?: LayerCounts
  skopeo: NonNullable<PushResult['skopeo']>
  /** What the reader read, when there is one. */
  read?: Settled<T>
}> {
  const { options, evaluated, outPath, ref, tempDir, authFile, logger } = context
  const digestFile = digestFilePath(tempDir)
  // Whatever a push writes on the side (skopeo, nix2container's copy-to, a stream script) goes to
  // the run's private folder, removed with it, never to a shared /tmp or /var/tmp.
  const env = { ...toolEnvOf(options), TMPDIR: tempDir }
  const copyContext = { env, logger, destination: ref }
  if (!context.layersMayExist)
    logger.info(`${options.image.name} holds no tags yet: pushing every layer without checking for it first`)

  if (evaluated.kind === 'nix2container') {
    // copy-to runs nix2container's patched skopeo (it has the `nix:` transport) on the image JSON.
    const { copyTo } = context
    if (!copyTo) throw new Error(`copyTo of ${outPath} was not built`)
    const command = join(copyTo, 'bin', 'copy-to')
    // nix2container ships a current skopeo: it has every flag.
    const flags = copyFlags({
      authFile,
      digestFile,
      insecure: options.insecureRegistry,
      features: { precomputeDigests: context.layersMayExist, retryTimes: true },
    })
    logger.info(`Pushing with nix2container's copy-to (${copyTo})`)
    const [copied, read] = await alongside(outPath, context, () =>
      runCopy(command, [...flags, `docker://${ref}`], digestFile, copyContext),
    )
    return { ...copied, read, skopeo: { path: command, version: 'nix2container', source: 'nix2container' } }
  }

  // Finding skopeo (a `--version` call, or a Nix build) runs while the archive is read.
  const skopeoReady = context.skopeo ?? resolveSkopeo(context.installable, context.nixContext, toolEnvOf(options))
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
  logger.info(
    `Pushing with skopeo ${skopeo.version} (${skopeo.source === 'system' ? 'from PATH' : `built with Nix: ${skopeo.path}`})`,
  )
  const common = { destination: ref, authFile, digestFile, insecure: options.insecureRegistry, tempDir }
  const retryTimes = supports(skopeo, 'retryTimes')

  if (source) {
    const [reused, read] = await alongside(archive, context, () =>
      pushReusingLayers(source, skopeo, common, env, logger),
    )
    if (reused) return { ...reused, read }
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
  const [copied, read] = await alongside(
    archive,
    context,
    () => runCopy(skopeo.path, args, digestFile, copyContext),
    skopeoUnpacksIn,
  )
  return { ...copied, read, skopeo }
}

/** A `.tar.zst` unpacked to a plain tar (see archive.ts), or undefined where no `zstd` program is at hand. */
async function unpackZstd(
  archive: string,
  tempDir: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<string | undefined> {
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
async function reuseSourceFor(
  context: PushContext<unknown>,
  archive: string,
  compression: Compression,
  env: NodeJS.ProcessEnv,
): Promise<ReuseSource | undefined> {
  const { logger, registryLayers } = context
  if (!registryLayers || registryLayers.pairs.size === 0) return undefined
  const [{ reuseSource }, { LayerProofError, LostLayerError }] = await Promise.all([
    import('../push/reuse-source.js'),
    import('../push/layer-proof.js'),
  ])
  return reuseSource(archive, compression, context.tempDir, registryLayers, env).catch((error: Error) => {
    // A blob that does not hold what an earlier image's config says: someone wrote a lying config.
    if (error instanceof LayerProofError)
      logger.warn(`Not reusing the registry's layers (pushing every layer): ${error.message}`)
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
  logger.info(
    `${skipped} layer${skipped === 1 ? '' : 's'} already in the registry (not read, not compressed); uploading ${uploaded}`,
  )
  const args = copyArgs({
    ...common,
    source: `dir:${source.dir}`,
    features: { precomputeDigests: false, retryTimes: supports(skopeo, 'retryTimes') },
  })
  try {
    const { digest } = await runCopy(skopeo.path, args, common.digestFile, {
      env,
      logger,
      destination: common.destination,
    })
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
export async function resolveSkopeo(
  installable: Installable,
  context: NixContext,
  env: NodeJS.ProcessEnv | undefined,
): Promise<Skopeo> {
  // skopeo runs with the tools' environment: Nix's may hold the workflow token.
  const version = await skopeoVersion('skopeo', env)
  if (version && isRecentEnough({ version })) return { path: 'skopeo', version, source: 'system' }
  // The image's evaluation does not name nixpkgs' skopeo: asking for it there would cost every
  // run, most of which find skopeo on PATH. So this is the run's one second evaluation.
  const why = version
    ? `skopeo ${version} on PATH is older than 1.6 (no --dest-precompute-digests)`
    : 'no skopeo on PATH'
  context.logger.info(`${why}: building skopeo with Nix, from the run's nixpkgs (a second evaluation, of skopeo alone)`)
  const path = join(await buildSkopeo(installable, context), 'bin', 'skopeo')
  const built = await skopeoVersion(path, env)
  if (!built) throw new NixImageError(`the skopeo built with Nix (${path}) does not run`)
  return { path, version: built, source: 'nix' }
}
