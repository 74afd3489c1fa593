import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from '../base/exec.js'
import { NixImageError } from '../base/errors.js'
import { folderWithin } from '../base/files.js'
import {
  forgetEntries,
  hasEntry,
  localCacheKey,
  markUsed,
  pruneLocalCache,
  DEFAULT_MAX_BYTES,
  KEY_FILES,
} from './file-cache.js'
import { stderrFailure } from '../nix/log.js'
import { buildClosureOutputs, invalidPaths, pathInfos, type PathInfo } from '../nix/store.js'
import { parseSecretKey, validatePublicKey, type SigningKey } from './signing-key.js'
import { describeReport } from '../report/cache.js'
import {
  type BinaryCacheOptions,
  type CacheReport,
  type Logger,
  type PathCount,
  SECRET_KEY_VARIABLE,
} from '../types.js'
import { storePathHash } from '../nix/store-path.js'
import { fileUrlPath, isBinaryCacheUrl, queryParams, shownUrl, withSecretKey } from './store-url.js'

const FEATURES = ['--extra-experimental-features', 'nix-command']

/** A cache the run reads from and writes to, settled before the build. */
interface Target {
  url: string
  /** The URL as logs show it: no user or password. */
  shown: string
  /** The folder of a `file://` cache: uploads go through a staging folder (see stagedUpload). */
  dir?: string
  /** The cache the CI carries (cache: true): its entries are marked and pruned. */
  carried?: { maxBytes: number; keyGenerated: boolean }
  keyFile?: string
}

export interface PreparedCaches {
  targets: Target[]
  trustedKeys: string[]
}

/** Checks the options before anything runs: URLs, keys. Returns the signing key when one is given. */
export function checkCacheOptions(options: BinaryCacheOptions): SigningKey | undefined {
  if (options.url !== undefined && (!options.url.trim() || /[\s\u0000-\u001f]/.test(options.url))) {
    throw new NixImageError(
      `binary-cache '${options.url}' is not a store URL: give one Nix accepts, e.g. s3://bucket, https://cache.example.com or file:///path`,
    )
  }
  for (const key of options.publicKeys) validatePublicKey(key, 'binary-cache-public-key')
  if (options.secretKey !== undefined) return parseSecretKey(options.secretKey, SECRET_KEY_VARIABLE)
  if (options.secretKeyFile !== undefined) {
    if (!existsSync(options.secretKeyFile)) {
      throw new NixImageError(
        `binary-cache-secret-key-file ${options.secretKeyFile} does not exist: give the file nix-store --generate-binary-cache-key wrote`,
      )
    }
    return undefined
  }
  return undefined
}

/**
 * Settles the caches of a run: the signing key goes to a 0600 file in the run's private folder
 * (Nix reads it from there; it is on no command line and in no environment), the carried folder
 * gets its key, and every key that signs what the run uploads is trusted for substitution.
 */
export async function prepareCaches(
  options: BinaryCacheOptions,
  tempDir: string,
  logger: Logger,
): Promise<PreparedCaches> {
  let key = checkCacheOptions(options)
  let keyFile = options.secretKeyFile
  if (keyFile) key = parseSecretKey(await readFile(keyFile, 'utf8'), `binary-cache-secret-key-file ${keyFile}`)
  if (key && !keyFile) {
    keyFile = join(tempDir, 'binary-cache-signing-key')
    await writeFile(keyFile, `${key.secret}\n`, { mode: 0o600 })
  }
  const targets: Target[] = []
  const trusted = new Set(options.publicKeys)
  if (key) trusted.add(key.publicKey)
  if (options.url) {
    const url = options.url.trim()
    const dir = fileUrlPath(url)
    if (!keyFile)
      logger.warn(
        `no signing key for ${shownUrl(url)} (${SECRET_KEY_VARIABLE} or binary-cache-secret-key-file): what is uploaded is unsigned, and Nix substitutes nothing unsigned from it`,
      )
    targets.push({ url, shown: shownUrl(url), dir, keyFile })
  }
  if (options.localDir) {
    // Entries are written and pruned there: a committed link, or one the CI cache restored, must
    // not lead that elsewhere.
    for (const folder of [options.localDir, join(options.localDir, 'nar')])
      await folderWithin(folder, 'binary cache folder', process.cwd())
    const local = await localCacheKey(options.localDir, key)
    const localKeyFile = local.key === key ? keyFile : join(options.localDir, KEY_FILES.secret)
    trusted.add(local.key.publicKey)
    if (local.generated) logger.info(`Generated the signing key ${local.key.publicKey} for ${options.localDir}`)
    targets.push({
      url: `file://${options.localDir}`,
      shown: options.localDir,
      dir: options.localDir,
      carried: { maxBytes: options.localMaxBytes ?? DEFAULT_MAX_BYTES, keyGenerated: local.generated },
      keyFile: localKeyFile,
    })
  }
  return { targets, trustedKeys: [...trusted] }
}

/**
 * `nix build` options that make the caches substituters, trusted through their keys (never by
 * turning signature checks off). `fallback`: a path whose download fails (a damaged NAR, a cache
 * gone mid-build) is built instead of failing the build.
 */
export function substituterArgs(caches: PreparedCaches): string[] {
  const args = [
    '--option',
    'fallback',
    'true',
    '--option',
    'extra-substituters',
    caches.targets.map((target) => target.url).join(' '),
  ]
  if (caches.trustedKeys.length) args.push('--option', 'extra-trusted-public-keys', caches.trustedKeys.join(' '))
  return args
}

/** What the store lacks of the image's build closure, asked after evaluation and before the build. */
export interface Snapshot {
  outputs: string[]
  missing: string[]
}

export async function snapshotBuildClosure(drvPath: string, env?: NodeJS.ProcessEnv): Promise<Snapshot> {
  const outputs = await buildClosureOutputs(drvPath, env)
  return { outputs, missing: await invalidPaths(outputs, env) }
}

/**
 * After a successful build: tells built from substituted paths and uploads the built ones.
 *
 * How the built paths are known: the outputs of the build closure that were missing before the
 * build and are valid after it were realised by this run; of those, Nix marks the ones it built
 * `ultimate` (`nix path-info --json`), never the ones it substituted. Both questions are local
 * store queries that read the same on Nix 2.8 and 2.26, with or without a daemon. Parsing
 * `--log-format internal-json` would need the build's log rewritten for users, and a
 * `post-build-hook` needs a trusted user (root's nix.conf) on daemon installs.
 *
 * A cache that is down or refuses is a warning: the image is pushed anyway.
 */
export async function updateCaches(
  caches: PreparedCaches,
  snapshot: Snapshot,
  exclude: string[],
  env: NodeJS.ProcessEnv | undefined,
  logger: Logger,
): Promise<CacheReport> {
  const stillMissing = new Set(await invalidPaths(snapshot.missing, env))
  const realised = await pathInfos(
    snapshot.missing.filter((path) => !stillMissing.has(path)),
    env,
  )
  // The image itself goes to the registry, not to the cache: it changes on every run that builds.
  const skip = new Set(exclude)
  const built = realised.filter((info) => info.ultimate && !skip.has(info.path))
  const substituted = realised.filter((info) => !info.ultimate)
  const worthKeeping = built.filter((info) => !isImageAssembly(info, realised))
  const report: CacheReport = {
    caches: caches.targets.map((target) => target.shown),
    built: count(built),
    substituted: count(substituted),
    fromCache: { paths: 0, bytes: 0 },
    uploaded: { paths: 0, bytes: 0 },
    uploadMs: 0,
    warnings: [],
  }
  const fromCache = new Map<string, PathInfo>()
  const started = performance.now()
  for (const target of caches.targets) {
    for (const info of await cachedPaths(target, substituted, env)) fromCache.set(info.path, info)
    try {
      const uploaded = await upload(target, worthKeeping, env, logger)
      report.uploaded.paths += uploaded.paths
      report.uploaded.bytes += uploaded.bytes
    } catch (error) {
      const message = `could not upload to the binary cache ${target.shown}: ${(error as Error).message}; the image is pushed anyway`
      report.warnings.push(message)
      logger.warn(message)
    }
    if (target.carried && target.dir) {
      await markUsed(
        target.dir,
        [...built, ...substituted].map((info) => info.path).filter((path) => hasEntry(target.dir as string, path)),
      )
      const left = await pruneLocalCache(target.dir, target.carried.maxBytes)
      report.local = {
        dir: target.dir,
        entries: left.entries,
        bytes: left.bytes,
        dropped: left.dropped,
        keyGenerated: target.carried.keyGenerated,
      }
    }
  }
  report.uploadMs = Math.round(performance.now() - started)
  report.fromCache = count([...fromCache.values()])
  logger.info(describeReport(report))
  return report
}

/**
 * The steps that assemble an image (layer tars, archives): nothing in the build refers to them,
 * and they refer to paths this run built, i.e. to the image's contents. They change whenever the
 * contents do and are quick to redo; keeping them would store the image a second time. Packages
 * are kept: something refers to them (the image's configuration, another package), or they refer
 * only to what was already there (a tool built on cache.nixos.org's). Small files that a step
 * refers to (an image configuration read by streamLayeredImage's script) are kept too.
 */
export function isImageAssembly(info: PathInfo, realised: PathInfo[]): boolean {
  const builtNow = new Set(realised.filter((other) => other.ultimate).map((other) => other.path))
  const referenced = realised.some((other) => other.path !== info.path && other.references.includes(info.path))
  return !referenced && info.references.some((path) => path !== info.path && builtNow.has(path))
}

/** Which of the substituted paths a cache has: those most likely came from it. */
async function cachedPaths(
  target: Target,
  substituted: PathInfo[],
  env: NodeJS.ProcessEnv | undefined,
): Promise<PathInfo[]> {
  if (substituted.length === 0) return []
  if (target.dir) return substituted.filter((info) => hasEntry(target.dir as string, info.path))
  const present = new Set(
    (
      await pathInfos(
        substituted.map((info) => info.path),
        env,
        target.url,
      ).catch(() => [])
    ).map((info) => info.path),
  )
  return substituted.filter((info) => present.has(info.path))
}

async function upload(
  target: Target,
  built: PathInfo[],
  env: NodeJS.ProcessEnv | undefined,
  logger: Logger,
): Promise<PathCount> {
  if (built.length === 0) return { paths: 0, bytes: 0 }
  if (target.dir) return stagedUpload(target, target.dir, built, env, logger)
  // Nix refuses to store a path in a binary cache whose references it lacks ("cannot add … because
  // the reference … is not valid"): a remote cache gets the references it lacks too, once. Nix
  // skips what the cache has, and names each path it copies.
  const closure = await closureOf(
    built.map((info) => info.path),
    env,
  )
  await signIfNeeded(target, closure, env)
  const copied = new Set(
    await nixCopy(
      withSecretKey(target.url, target.keyFile),
      closure.map((info) => info.path),
      env,
    ),
  )
  const own = new Set(built.map((info) => info.path))
  const extra = closure.filter((info) => copied.has(info.path) && !own.has(info.path)).length
  if (extra > 0)
    logger.info(
      `${target.shown} lacked ${extra} path(s) the built ones refer to: uploaded them too (a Nix binary cache holds whole closures)`,
    )
  return count(closure.filter((info) => copied.has(info.path)))
}

/**
 * A `file://` cache gets the built paths alone: Nix writes and signs them into a private staging
 * cache in which each outside reference is a narinfo placeholder (Nix checks only that a
 * reference is listed), then their entries move to the cache. A client substitutes them and takes
 * their references from its other substituters (cache.nixos.org), as Nix does for any path.
 */
async function stagedUpload(
  target: Target,
  dir: string,
  built: PathInfo[],
  env: NodeJS.ProcessEnv | undefined,
  logger: Logger,
): Promise<PathCount> {
  await mkdir(join(dir, 'nar'), { recursive: true })
  const staging = await mkdtemp(join(dir, '.staging-'))
  try {
    const own = new Set(built.map((info) => info.path))
    const references = [...new Set((await referencesOf([...own], env)).filter((path) => !own.has(path)))]
    for (const info of await pathInfos(references, env)) {
      await writeFile(
        join(staging, `${storePathHash(info.path)}.narinfo`),
        `StorePath: ${info.path}\nURL: nar/placeholder.nar\nCompression: none\nNarHash: ${info.narHash}\nNarSize: ${info.narSize}\nReferences: \n`,
      )
    }
    // Entries the cache lists for paths this run had to build were refused (bad signature,
    // damaged NAR): they are replaced, since `nix copy` skips what the destination lists.
    await forgetEntries(dir, [...own])
    // The carried folder is compressed by the CI's cache archive; elsewhere zstd, unless the URL
    // says otherwise: Nix's default xz takes seconds per 50 MiB.
    const params = target.carried ? { compression: 'none' } : { compression: 'zstd', ...queryParams(target.url) }
    await nixCopy(withSecretKey(`file://${staging}`, target.keyFile, params), [...own], env)
    for (const name of await readdir(join(staging, 'nar')).catch(() => [] as string[]))
      await move(join(staging, 'nar', name), join(dir, 'nar', name))
    for (const path of own)
      await move(join(staging, `${storePathHash(path)}.narinfo`), join(dir, `${storePathHash(path)}.narinfo`))
    if (!existsSync(join(dir, 'nix-cache-info')))
      await copyFile(join(staging, 'nix-cache-info'), join(dir, 'nix-cache-info'))
    logger.debug(
      `uploaded ${own.size} path(s) to ${target.shown}, ${references.length} outside reference(s) left to other substituters`,
    )
    return count(built)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/**
 * `--no-recursive`: exactly these paths (Nix 2.8 and 2.26 both have it); Nix orders them by
 * references and skips those the destination has. Returns the paths it copied, from its
 * `copying path '…' to '…'` lines (the same on 2.8 and 2.26).
 */
async function nixCopy(to: string, paths: string[], env: NodeJS.ProcessEnv | undefined): Promise<string[]> {
  const result = await run('nix', [...FEATURES, 'copy', '--no-recursive', '--to', to, ...paths], { env })
  if (result.exitCode !== 0) throw new Error(stderrFailure(result.stderr))
  return [...result.stderr.matchAll(/copying path '([^']+)' to /g)].map((match) => match[1] ?? '')
}

/** Stores that are not binary caches (ssh-ng://, a local store) take no `secret-key`: sign the paths locally first. */
async function signIfNeeded(target: Target, paths: PathInfo[], env: NodeJS.ProcessEnv | undefined): Promise<void> {
  if (!target.keyFile || isBinaryCacheUrl(target.url) || paths.length === 0) return
  const result = await run(
    'nix',
    [...FEATURES, 'store', 'sign', '--key-file', target.keyFile, ...paths.map((info) => info.path)],
    { env },
  )
  if (result.exitCode !== 0) throw new Error(`signing failed: ${stderrFailure(result.stderr)}`)
}

async function closureOf(paths: string[], env: NodeJS.ProcessEnv | undefined): Promise<PathInfo[]> {
  const result = await run('nix-store', ['--query', '--requisites', ...paths], { env })
  if (result.exitCode !== 0) throw new Error(stderrFailure(result.stderr))
  return pathInfos(result.stdout.split('\n').filter(Boolean), env)
}

async function referencesOf(paths: string[], env: NodeJS.ProcessEnv | undefined): Promise<string[]> {
  const result = await run('nix-store', ['--query', '--references', ...paths], { env })
  if (result.exitCode !== 0) throw new Error(stderrFailure(result.stderr))
  return result.stdout.split('\n').filter(Boolean)
}

async function move(from: string, to: string): Promise<void> {
  await rename(from, to).catch(async () => {
    await copyFile(from, to)
    await rm(from, { force: true })
  })
}

function count(infos: PathInfo[]): PathCount {
  return { paths: infos.length, bytes: infos.reduce((sum, info) => sum + info.narSize, 0) }
}
