import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { ociClient } from './oci.js'
import type { TestRegistry } from './registry.js'

const gunzipAsync = promisify(gunzip)

// A runtime assembles an image from the layers its manifest lists, in that order, and checks
// each against the config's rootfs.diff_ids (the sha256 of the uncompressed layer) at the same
// position: containerd refuses an image where they differ, podman 4.3 runs it anyway. So "the
// image is right" is checked here as a registry serves it, written from the image spec (config's
// rootfs, the manifest's layers) and not from nix-image's code.

const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ')

interface Descriptor {
  mediaType: string
  digest: string
  size: number
}

export interface ServedImage {
  /** The manifest's digest, as the registry serves it. */
  digest: string
  layers: Descriptor[]
  config: {
    architecture?: string
    os?: string
    config?: Record<string, unknown>
    rootfs: { type: string; diff_ids: string[] }
  }
  /** Each layer's sha256, uncompressed, in the manifest's order. */
  layerDiffIds: string[]
}

/** Where a reference (`HOST/REPO:TAG`, `HOST/REPO@DIGEST`, `HOST/REPO:TAG@DIGEST`) points in the test registry. */
function parseReference(registry: TestRegistry, ref: string): { repository: string; reference: string } {
  if (!ref.startsWith(`${registry.host}/`)) throw new Error(`${ref} is not in the test registry ${registry.host}`)
  const path = ref.slice(registry.host.length + 1)
  const at = path.indexOf('@')
  if (at >= 0) return { repository: path.slice(0, at).replace(/:[^/]*$/, ''), reference: path.slice(at + 1) }
  const colon = path.lastIndexOf(':')
  return { repository: path.slice(0, colon), reference: path.slice(colon + 1) }
}

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** The layer's blob, checked against its descriptor, and the sha256 of its bytes uncompressed. */
async function uncompressedDigest(
  oci: ReturnType<typeof ociClient>,
  repository: string,
  layer: Descriptor,
): Promise<string> {
  const response = await oci.get(`${repository}/blobs/${layer.digest}`, '*/*')
  if (response.status !== 200) throw new Error(`blob ${layer.digest}: HTTP ${response.status}`)
  const blob = Buffer.from(await response.arrayBuffer())
  if (sha256(blob) !== layer.digest || blob.length !== layer.size) {
    throw new Error(
      `blob ${layer.digest} as served does not match its descriptor (${blob.length} bytes, ${layer.size} listed)`,
    )
  }
  if (/gzip$/.test(layer.mediaType)) return sha256(await gunzipAsync(blob))
  if (/zstd$/.test(layer.mediaType)) return zstdDigest(blob)
  if (/\.tar$/.test(layer.mediaType)) return sha256(blob)
  throw new Error(`layer media type ${layer.mediaType} is neither a tar, a gzip nor a zstd tar`)
}

/** sha256 of a zstd blob's content (Node 20 has no zstd: the zstd program decompresses). */
function zstdDigest(blob: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const zstd = spawn('zstd', ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] })
    const hash = createHash('sha256')
    let stderr = ''
    zstd.stdout.on('data', (chunk: Buffer) => hash.update(chunk))
    zstd.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    zstd.on('error', reject)
    zstd.on('close', (code) =>
      code === 0 ? resolve(`sha256:${hash.digest('hex')}`) : reject(new Error(`zstd -dc failed: ${stderr.trim()}`)),
    )
    zstd.stdin.end(blob)
  })
}

/**
 * Every image `ref` names, read as the registry serves it (an index: each of its members): the
 * manifest, the config, and each layer fetched, checked against its descriptor and hashed
 * uncompressed.
 */
export async function servedImages(registry: TestRegistry, ref: string): Promise<ServedImage[]> {
  const oci = ociClient(registry)
  const { repository, reference } = parseReference(registry, ref)
  const read = async (reference: string): Promise<ServedImage[]> => {
    const response = await oci.get(`${repository}/manifests/${reference}`, MANIFEST_TYPES)
    if (response.status !== 200) throw new Error(`manifest ${repository}@${reference}: HTTP ${response.status}`)
    const digest = response.headers.get('docker-content-digest') ?? ''
    const manifest = (await response.json()) as { manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] }
    if (manifest.manifests) return (await Promise.all(manifest.manifests.map((member) => read(member.digest)))).flat()
    const layers = manifest.layers ?? []
    const config = (await (
      await oci.get(`${repository}/blobs/${manifest.config?.digest}`, '*/*')
    ).json()) as ServedImage['config']
    const layerDiffIds = await Promise.all(layers.map((layer) => uncompressedDigest(oci, repository, layer)))
    return [{ digest, layers, config, layerDiffIds }]
  }
  return read(reference)
}

/**
 * What is wrong with the layers of served images: each layer, uncompressed, must be the config's
 * diff_id at its position, and there must be as many of each. [] when all is right.
 */
export function layerProblems(images: ServedImage[]): string[] {
  const problems: string[] = []
  for (const image of images) {
    const { diff_ids: diffIds } = image.config.rootfs
    if (diffIds.length !== image.layerDiffIds.length)
      problems.push(`${image.digest}: ${image.layerDiffIds.length} layers, ${diffIds.length} diff_ids`)
    image.layerDiffIds.forEach((diffId, i) => {
      if (diffId !== diffIds[i])
        problems.push(
          `${image.digest}: layer ${i} (${image.layers[i]?.digest}) is ${diffId} uncompressed, the config's diff_id ${i} is ${diffIds[i]}`,
        )
    })
  }
  return problems
}
