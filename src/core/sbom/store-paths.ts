import { readFile } from 'node:fs/promises'
import { compressionOf, withDecompressed } from '../archive/decompress.js'
import { NixImageError } from '../base/errors.js'
import { fileSource, streamSource, walkTar, type ByteSource } from '../archive/tar.js'
import type { ImageKind } from '../types.js'
import { imageStorePath, storePathInMember } from '../nix/store-path.js'

// Which Nix store paths an image holds, read from the image itself: the member names of its
// layer tars (`nix/store/<hash>-<name>/…`), or the paths nix2container's JSON puts in its layers.
// A path needed only to build the image is in neither, so it is never listed.

export interface ReadOptions {
  env?: NodeJS.ProcessEnv
}

/**
 * The store paths of a built image, sorted. `file` is what the push reads: a docker-archive
 * (plain, gzip or zstd; a stream image's output written to a file) or nix2container's JSON.
 */
export async function imageStorePaths(file: string, kind: ImageKind, options: ReadOptions = {}): Promise<string[]> {
  const paths = kind === 'nix2container' ? await nix2containerPaths(file, options) : await archivePaths(file, options)
  return [...paths].sort()
}

/**
 * nix2container's JSON (`types/types.go` there): `layers[].paths[].path`, after the `rewrite` an
 * option may apply; a layer given as a ready tar (`layer-path`, e.g. from `fromImage`) is read.
 */
async function nix2containerPaths(file: string, options: ReadOptions): Promise<Set<string>> {
  let image: {
    layers?: Array<{
      'layer-path'?: string
      paths?: Array<{ path?: string; options?: { rewrite?: { regex?: string; repl?: string } } }>
    }>
  }
  try {
    image = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new NixImageError(`cannot read nix2container's image JSON ${file}: ${(error as Error).message}`)
  }
  const paths = new Set<string>()
  for (const layer of image.layers ?? []) {
    for (const entry of layer.paths ?? []) {
      if (!entry.path) continue
      // copyToRoot-style entries are rewritten out of /nix/store (to `/`): then that path is not
      // in the image as a store path, though the paths it refers to are (listed on their own).
      const rewrite = entry.options?.rewrite
      const placed = rewrite?.regex ? entry.path.replace(new RegExp(rewrite.regex), rewrite.repl ?? '') : entry.path
      if (imageStorePath(placed)) paths.add(placed)
    }
    const tar = layer['layer-path']
    if (tar) {
      await withArchive(tar, options, (source) =>
        walkTar(source, async (entry) => {
          const path = storePathInMember(entry.name)
          if (path) paths.add(path)
        }),
      )
    }
  }
  return paths
}

/**
 * A docker-archive's store paths: every outer member that is a layer tar is walked in place,
 * and manifest.json (which nixpkgs writes last) says which members are the image's layers.
 */
async function archivePaths(file: string, options: ReadOptions): Promise<Set<string>> {
  const byMember = new Map<string, Set<string>>()
  let manifest: Buffer | undefined
  const walk = (source: ByteSource) =>
    walkTar(source, async (entry, outer) => {
      const name = entry.name.replace(/^\.\//, '')
      if (name === 'manifest.json') {
        manifest = await outer.read(entry.size)
        return manifest.length
      }
      if (!name.endsWith('.tar') && !name.startsWith('blobs/')) return 0
      const found = new Set<string>()
      byMember.set(name, found)
      // Counts what the nested walk reads, so a member that is no tar after all is skipped exactly.
      let consumed = 0
      const counted: ByteSource = {
        read: async (length) => {
          const bytes = await outer.read(length)
          consumed += bytes.length
          return bytes
        },
        skip: async (length) => {
          await outer.skip(length)
          consumed += length
        },
      }
      try {
        return await walkTar(
          counted,
          async (inner) => {
            const path = storePathInMember(inner.name)
            if (path) found.add(path)
          },
          entry.size,
        )
      } catch {
        // Not a tar (an OCI layout's config blob, a compressed layer): checked against manifest.json below.
        byMember.delete(name)
        return consumed
      }
    })

  await withArchive(file, options, walk)
  if (!manifest) throw new NixImageError(`${file} is not a docker-archive: it has no manifest.json`)
  const layers = (JSON.parse(manifest.toString('utf8')) as Array<{ Layers?: string[] }>)[0]?.Layers ?? []
  const paths = new Set<string>()
  for (const layer of layers) {
    const found = byMember.get(layer.replace(/^\.\//, ''))
    if (!found) throw new NixImageError(`cannot read layer ${layer} of ${file}: it is not a plain tar`)
    for (const path of found) paths.add(path)
  }
  return paths
}

/** Opens the archive plain (seeking over data), or decompresses gzip or zstd as a stream. */
async function withArchive<T>(file: string, options: ReadOptions, use: (source: ByteSource) => Promise<T>): Promise<T> {
  const compression = await compressionOf(file)
  if (compression === 'none') return fileSource(file, use)
  return withDecompressed(file, compression, options.env, async (stream) => {
    const source = streamSource(stream)
    const result = await use(source)
    // Read to the end (the archive's padding), so a decompressing child is not left blocked on a pipe.
    await source.skip(Number.MAX_SAFE_INTEGER)
    return result
  })
}
