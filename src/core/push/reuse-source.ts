import { createHash } from 'node:crypto'
import { mkdir, open, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CHUNK, withDecompressed, type Compression } from '../archive/decompress.js'
import type { LayerPairs, RegistryLayers } from './layer-pairs.js'
import { fileSource, streamSource, walkTar, type ByteSource, type TarEntry } from '../archive/tar.js'
import type { LayerCounts } from '../types.js'

// A push of a changed image that costs what its changed layers cost: skopeo gets a `dir:` image
// (containers/image's directory transport: manifest.json, and each blob in a file named by its
// digest's hex) whose manifest names every unchanged layer by the blob the registry already
// holds, and each changed layer as its uncompressed tar. skopeo finds an unchanged blob at the
// destination with one HEAD request and never opens its file, so those files are not written;
// it compresses and uploads the changed layers only. The manifest has the same type and layer
// order as the one skopeo makes from the docker-archive, so the pushed image is the same.

const SCHEMA2 = 'application/vnd.docker.distribution.manifest.v2+json'
const CONFIG = 'application/vnd.docker.container.image.v1+json'
const GZIP_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip'
const PLAIN_LAYER = 'application/vnd.docker.image.rootfs.diff.tar'
const DIGEST = /^sha256:[a-f0-9]{64}$/

export interface ReuseSource {
  /** The `dir:` image folder for skopeo. */
  dir: string
  layers: LayerCounts
}

interface ArchiveImage {
  config: Buffer
  /** One entry per layer, bottom first: its diff_id and the archive member that holds it. */
  layers: Array<{ diffId: string; member: string }>
}

/** Reads docker save's `manifest.json` and the config it names; undefined when it is not a one-image archive. */
function describeArchive(read: (name: string) => Buffer | undefined): ArchiveImage | undefined {
  const manifestJson = read('manifest.json')
  if (!manifestJson) return undefined
  const entries = JSON.parse(manifestJson.toString('utf8')) as Array<{ Config?: unknown; Layers?: unknown }>
  if (!Array.isArray(entries) || entries.length !== 1) return undefined
  const [{ Config, Layers }] = entries as [{ Config?: unknown; Layers?: unknown }]
  if (typeof Config !== 'string' || !Array.isArray(Layers) || !Layers.every((layer) => typeof layer === 'string'))
    return undefined
  const config = read(Config.replace(/^(\.\/)+/, ''))
  if (!config) return undefined
  const diffIds = (JSON.parse(config.toString('utf8')) as { rootfs?: { diff_ids?: unknown } }).rootfs?.diff_ids
  if (
    !Array.isArray(diffIds) ||
    diffIds.length !== Layers.length ||
    !diffIds.every((id) => typeof id === 'string' && DIGEST.test(id))
  )
    return undefined
  return {
    config,
    layers: (Layers as string[]).map((member, index) => ({
      diffId: diffIds[index] as string,
      member: member.replace(/^(\.\/)+/, ''),
    })),
  }
}

const hex = (digest: string): string => digest.slice('sha256:'.length)

/**
 * Proves every layer the manifest will name by the registry's blob (layer-pairs.ts), each
 * bounded by its member's size in the archive; rejects as soon as one does not hold.
 */
async function proveReused(image: ArchiveImage, layers: RegistryLayers, sizes: Map<string, number>): Promise<void> {
  const proofs = new Map<string, Promise<void>>()
  for (const { diffId, member } of image.layers) {
    if (!layers.pairs.has(diffId) || proofs.has(diffId)) continue
    const size = sizes.get(member)
    if (size === undefined) throw new Error(`the archive has no member ${member} for layer ${diffId}`)
    proofs.set(diffId, layers.prove(diffId, size))
  }
  await Promise.all(proofs.values())
}

/**
 * Writes the `dir:` image: manifest.json, the config, and each changed layer through `place`
 * (which puts the layer's uncompressed bytes at the path given). Undefined when no layer is
 * reusable: then the plain docker-archive push is as cheap.
 */
async function writeSource(
  dir: string,
  image: ArchiveImage,
  pairs: LayerPairs,
  place: (member: string, target: string) => Promise<number | undefined>,
): Promise<ReuseSource | undefined> {
  if (!image.layers.some((layer) => pairs.has(layer.diffId))) return undefined
  const descriptors: Array<{ mediaType: string; size: number; digest: string }> = []
  const placed = new Map<string, number>()
  let uploaded = 0
  for (const { diffId, member } of image.layers) {
    const reused = pairs.get(diffId)
    if (reused) {
      descriptors.push({ mediaType: GZIP_LAYER, size: reused.size, digest: reused.digest })
      continue
    }
    let size = placed.get(diffId)
    if (size === undefined) {
      size = await place(member, join(dir, hex(diffId)))
      if (size === undefined) return undefined
      placed.set(diffId, size)
      uploaded++
    }
    descriptors.push({ mediaType: PLAIN_LAYER, size, digest: diffId })
  }
  const configDigest = `sha256:${createHash('sha256').update(image.config).digest('hex')}`
  await writeFile(join(dir, hex(configDigest)), image.config)
  // Keys in the order containers/image writes them, so a manifest skopeo passes on unchanged
  // (every layer reused) is byte for byte the one a docker-archive push makes.
  const manifest = {
    schemaVersion: 2,
    mediaType: SCHEMA2,
    config: { mediaType: CONFIG, size: image.config.length, digest: configDigest },
    layers: descriptors,
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest))
  await writeFile(join(dir, 'version'), 'Directory Transport Version: 1.1\n')
  return { dir, layers: { uploaded, skipped: image.layers.length - uploaded } }
}

const normalise = (name: string): string => name.replace(/^(\.\/)+/, '')
const isFile = (entry: TarEntry): boolean => entry.type === '0' || entry.type === '7'
// Configs and docker save's manifest.json are a few KiB; anything bigger is not one.
const MAX_JSON = 4 << 20

/** Copies `size` bytes from the source's position into a new file, in 1 MiB pieces. */
async function copyOut(source: ByteSource, size: number, target: string): Promise<void> {
  const file = await open(target, 'wx', 0o600)
  try {
    for (let left = size; left > 0; ) {
      const piece = await source.read(Math.min(CHUNK, left))
      if (piece.length === 0) throw new Error(`${target}: the archive ends inside a layer`)
      await file.write(piece)
      left -= piece.length
    }
  } finally {
    await file.close()
  }
}

/**
 * A plain tar (an uncompressed archive, or what an image stream wrote): a first walk over its
 * headers reads manifest.json and the config, a second copies out the changed layers only.
 */
async function fromTarFile(archive: string, dir: string, layers: RegistryLayers): Promise<ReuseSource | undefined> {
  const { pairs } = layers
  const small = new Map<string, Buffer>()
  const sizes = new Map<string, number>()
  await fileSource(archive, (source) =>
    walkTar(source, async (entry, data) => {
      const name = normalise(entry.name)
      if (isFile(entry)) sizes.set(name, entry.size)
      if (!isFile(entry) || !name.endsWith('.json') || entry.size > MAX_JSON) return 0
      small.set(name, await data.read(entry.size))
      return entry.size
    }),
  )
  const image = describeArchive((name) => small.get(name))
  if (!image) return undefined
  // The registry's blobs are read back while the changed layers are copied out.
  const proven = proveReused(image, layers, sizes)
  proven.catch(() => undefined)
  const wanted = new Map<string, { target: string; size?: number }>()
  const plan = await writeSource(dir, image, pairs, async (member, target) => {
    wanted.set(member, { target })
    return 0
  })
  if (!plan) return undefined
  await fileSource(archive, (source) =>
    walkTar(source, async (entry, data) => {
      const want = wanted.get(normalise(entry.name))
      if (!want || !isFile(entry) || want.size !== undefined) return 0
      await copyOut(data, entry.size, want.target)
      want.size = entry.size
      return entry.size
    }),
  )
  if ([...wanted.values()].some((want) => want.size === undefined)) return undefined
  await proven
  // The manifest names each changed layer with its size: written again now that they are known.
  return writeSource(dir, image, pairs, async (member) => wanted.get(member)?.size)
}

// Members this small are kept in memory whatever they are: configs, manifest.json, tiny layers.
const KEEP_IN_MEMORY = 1 << 20

/**
 * A compressed archive, decompressed once as a stream: the order of members is the builder's
 * (nixpkgs writes manifest.json last), so a layer is dropped on the way when its member path
 * names a layer the registry has (dockerTools names layer folders by their diff_id), and written
 * out otherwise. Nothing is compressed. Which layers are reused is decided afterwards from the
 * archive's config alone; a layer dropped under a misleading name makes the plan fail, not lie.
 */
async function fromCompressed(
  archive: string,
  compression: 'gzip' | 'zstd',
  dir: string,
  layers: RegistryLayers,
  env: NodeJS.ProcessEnv | undefined,
): Promise<ReuseSource | undefined> {
  const { pairs } = layers
  const spill = join(dir, 'members')
  await mkdir(spill)
  const kept = new Map<string, Buffer>()
  const written = new Map<string, { path: string; size: number }>()
  const sizes = new Map<string, number>()
  const visit = async (entry: TarEntry, data: ByteSource): Promise<number> => {
    const name = normalise(entry.name)
    if (!isFile(entry)) return 0
    sizes.set(name, entry.size)
    const named = name.split('/').find((part) => pairs.has(`sha256:${part}`))
    if (named !== undefined) {
      // dockerTools' `<diff_id>/layer.tar`: the blob's proof starts now, beside the walk.
      if (name === `${named}/layer.tar`) void layers.prove(`sha256:${named}`, entry.size).catch(() => undefined)
      return 0
    }
    if (entry.size <= KEEP_IN_MEMORY) {
      kept.set(name, await data.read(entry.size))
      return entry.size
    }
    const path = join(spill, String(written.size))
    await copyOut(data, entry.size, path)
    written.set(name, { path, size: entry.size })
    return entry.size
  }
  await withDecompressed(archive, compression, env, async (stream) => {
    const source = streamSource(stream)
    try {
      await walkTar(source, visit)
    } finally {
      // What follows the end block (or a failure) is read and dropped, through the same reader,
      // so the decompressor can finish.
      await source.skip(Number.POSITIVE_INFINITY).catch(() => undefined)
    }
  })
  const image = describeArchive((name) => kept.get(name))
  if (!image) return undefined
  await proveReused(image, layers, sizes)
  return writeSource(dir, image, pairs, async (name, target) => {
    const small = kept.get(name)
    if (small) {
      await writeFile(target, small)
      return small.length
    }
    const spilled = written.get(name)
    if (!spilled) return undefined
    await rename(spilled.path, target)
    return spilled.size
  })
}

/**
 * The `dir:` image for a push that reuses the registry's layers, or undefined when the archive
 * shares no layer with the registry or cannot be read this way (then the docker-archive push).
 * Rejects with a LayerProofError when a blob the registry pairs with a layer does not hold it.
 */
export async function reuseSource(
  archive: string,
  compression: Compression,
  tempDir: string,
  layers: RegistryLayers,
  env?: NodeJS.ProcessEnv,
): Promise<ReuseSource | undefined> {
  if (layers.pairs.size === 0) return undefined
  const dir = join(tempDir, 'reuse')
  await mkdir(dir, { mode: 0o700 })
  if (compression === 'none') return fromTarFile(archive, dir, layers)
  return fromCompressed(archive, compression, dir, layers, env)
}
