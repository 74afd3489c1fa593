import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { streamToFile } from '../archive/unpack.js'
import { pathInfos } from '../nix/store.js'
import { imageStorePaths } from './store-paths.js'
import type { ImageKind, Logger, PushOptions } from '../types.js'
import { nixEnvOf, toolEnvOf } from '../base/children.js'

// What the SBOM says of an image: its store paths, read from the image itself (store-paths.ts),
// and what the local Nix store knows of each, its NAR hash and size (nixpkgs' `nix:narinfo:`
// CycloneDX properties), asked in ONE `nix path-info --json` call. Both run while skopeo pushes.

/** A store path's NAR hash (`sha256-…`, SRI, as Nix 2.8 and 2.26 print it) and size in bytes. */
export interface NarInfo {
  narHash: string
  narSize: number
}

export interface ImageContents {
  /** The image's store paths, sorted. */
  paths: string[]
  /** NAR facts of those the local store holds (an image substituted whole may hold none). */
  nar: Map<string, NarInfo>
}

export async function readImageContents(
  file: string,
  kind: ImageKind,
  options: Pick<PushOptions, 'env' | 'nixEnv'>,
): Promise<ImageContents> {
  const paths = await imageStorePaths(file, kind, { env: toolEnvOf(options) })
  return { paths, nar: await narInfos(paths, nixEnvOf(options)) }
}

/** Optional facts: when Nix cannot tell (paths it lacks, a store it cannot open), the SBOM goes without. */
async function narInfos(paths: string[], env: NodeJS.ProcessEnv | undefined): Promise<Map<string, NarInfo>> {
  if (paths.length === 0) return new Map()
  const infos = await pathInfos(paths, env).catch(() => [])
  return new Map(
    infos
      .filter((info) => info.narHash && Number.isSafeInteger(info.narSize))
      .map((info) => [info.path, { narHash: info.narHash, narSize: info.narSize }]),
  )
}

/** The store paths of a built image (a stream image's output written to a file first). */
export async function readBuiltStorePaths(
  outPath: string,
  kind: ImageKind,
  options: Pick<PushOptions, 'env' | 'nixEnv' | 'tempDir'>,
  logger: Logger,
): Promise<ImageContents> {
  if (kind !== 'stream') return readImageContents(outPath, kind, options)
  const tempDir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'nix-image-'))
  try {
    return await readImageContents(await streamToFile(outPath, tempDir, logger, toolEnvOf(options)), 'stream', options)
  } finally {
    await rm(tempDir, { recursive: true, force: true })
  }
}
