import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { streamToFile } from '../archive/unpack.js'
import { derivationFacts, pathInfos, type DerivationFacts, type PathInfo } from '../nix/store.js'
import { imageStorePaths } from './store-paths.js'
import type { EvaluatedImage, Logger, PackageMeta, PushOptions } from '../types.js'
import { nixEnvOf, toolEnvOf } from '../base/children.js'

// What the SBOM says of an image: its store paths, read from the image itself (store-paths.ts);
// what the local store knows of each, asked while skopeo pushes in ONE `nix path-info --json`
// (NAR hash and size, references, deriver) and ONE `nix show-derivation` of the derivers it has
// (pname, version, which output the path is); and what the evaluation knew of the packages the
// image names (their meta, package-meta.ts), which cost no call here.

/** What the local store knows of a store path. */
export interface StoreFacts {
  /** `sha256-…` (SRI) as `nix path-info --json` prints it on Nix 2.8 and 2.26. */
  narHash: string
  narSize: number
  /** The store paths it refers to (itself included, when it does). */
  references: string[]
  /** From its derivation, where the store has it and mkDerivation set them. */
  pname?: string
  version?: string
  /** Which output of its derivation it is (`out`, `bin`, `dev`…). */
  output?: string
}

export interface ImageContents {
  /** The image's store paths, sorted. */
  paths: string[]
  /** The local store's facts of those it holds (an image substituted whole may hold none). */
  store: Map<string, StoreFacts>
  /** What evaluation knew of the packages the image names, by each output's store path. */
  meta: Map<string, PackageMeta>
}

type ImageMeta = Pick<EvaluatedImage, 'kind' | 'packages'>

export async function readImageContents(
  file: string,
  image: ImageMeta,
  options: Pick<PushOptions, 'env' | 'nixEnv'>,
): Promise<ImageContents> {
  const paths = await imageStorePaths(file, image.kind, { env: toolEnvOf(options) })
  const meta = new Map((image.packages ?? []).flatMap((item) => item.outPaths.map((path) => [path, item] as const)))
  return { paths, store: await storeFacts(paths, nixEnvOf(options)), meta }
}

/** Optional facts: when Nix cannot tell (paths it lacks, a store it cannot open), the SBOM goes without. */
async function storeFacts(paths: string[], env: NodeJS.ProcessEnv | undefined): Promise<Map<string, StoreFacts>> {
  if (paths.length === 0) return new Map()
  const infos = (await pathInfos(paths, env).catch((): PathInfo[] => [])).filter(
    (info) => info.narHash && Number.isSafeInteger(info.narSize),
  )
  // A path substituted from a cache may name a deriver this machine never instantiated.
  const derivers = [
    ...new Set(infos.flatMap((info) => (info.deriver && existsSync(info.deriver) ? [info.deriver] : []))),
  ]
  const derivations = derivers.length
    ? await derivationFacts(derivers, env).catch(() => new Map<string, DerivationFacts>())
    : new Map<string, DerivationFacts>()
  return new Map(
    infos.map((info) => {
      const derivation = info.deriver ? derivations.get(info.deriver) : undefined
      // By name: newer Nix writes a derivation's outputs without the store directory.
      const output =
        derivation && Object.entries(derivation.outputs).find(([, path]) => basename(path) === basename(info.path))?.[0]
      const facts: StoreFacts = { narHash: info.narHash, narSize: info.narSize, references: info.references }
      // The derivation speaks for the path only when the path is one of its outputs.
      if (derivation && output)
        Object.assign(facts, {
          output,
          ...(derivation.pname ? { pname: derivation.pname } : {}),
          ...(derivation.version ? { version: derivation.version } : {}),
        })
      return [info.path, facts]
    }),
  )
}

/** The store paths of a built image (a stream image's output written to a file first). */
export async function readBuiltStorePaths(
  outPath: string,
  image: ImageMeta,
  options: Pick<PushOptions, 'env' | 'nixEnv' | 'tempDir'>,
  logger: Logger,
): Promise<ImageContents> {
  if (image.kind !== 'stream') return readImageContents(outPath, image, options)
  const tempDir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'nix-image-'))
  try {
    return await readImageContents(await streamToFile(outPath, tempDir, logger, toolEnvOf(options)), image, options)
  } finally {
    await rm(tempDir, { recursive: true, force: true })
  }
}
