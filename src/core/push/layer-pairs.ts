import type { RegistryClient } from '../registry/client.js'
import type { Logger } from '../types.js'
import { limiter } from '../base/concurrency.js'

// What the registry already holds for this repository, as pairs of an uncompressed layer
// (an image config's `rootfs.diff_ids`) and the compressed blob that holds it (the same image
// manifest's `layers`). A docker-archive names each layer's uncompressed digest in its own
// config, so an unchanged layer is known without reading it, and skopeo can be told the
// registry's blob instead of compressing the layer again to learn its digest.

/** The compressed blob in the repository that holds one uncompressed layer. */
export interface RegistryLayer {
  digest: string
  size: number
}

/** Uncompressed digest (diff_id) → the repository's gzip blob of it, as an earlier image's config claims. */
export type LayerPairs = Map<string, RegistryLayer>

/** The pairs a push may reuse, each only once proven to hold its layer (layer-proof.ts). */
export interface RegistryLayers {
  readonly pairs: LayerPairs
  /**
   * Resolves once the blob paired with `diffId` is shown to hold that layer of `uncompressedSize`
   * bytes, and rejects with a LayerProofError where it does not. Each pair is read once however
   * often it is asked for; the first ask starts the read, so a caller asks as early as it knows.
   */
  prove(diffId: string, uncompressedSize: number): Promise<void>
}

const DIGEST = /^sha256:[a-f0-9]{64}$/
const IMAGE_MANIFESTS = new Set([
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
])
// Only gzip blobs: they are what a push of a docker-archive makes (Docker v2 schema 2 has no
// zstd), so reusing one changes nothing a puller sees.
const GZIP_LAYERS = new Set([
  'application/vnd.docker.image.rootfs.diff.tar.gzip',
  'application/vnd.oci.image.layer.v1.tar+gzip',
])
// An image config is a few KiB; anything near this is not one.
const MAX_CONFIG_BYTES = 4 << 20

/** How many earlier images a push reads (two small JSON documents each, in parallel). */
export const MAX_PREVIOUS_IMAGES = 4
/** Blobs read back at once to prove them: enough to fill a link, few enough for two cores to hash. */
const PROOFS_AT_ONCE = 4

const isSize = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0

/**
 * Pairs each diff_id of one image with its blob, from the image's manifest and config as the
 * registry serves them. Anything unexpected (another manifest type, a digest that is not
 * sha256, counts that differ, a layer that is not gzip) pairs nothing rather than something wrong.
 */
export function pairLayers(manifest: unknown, contentType: string, config: unknown): LayerPairs {
  const pairs: LayerPairs = new Map()
  const m = manifest as { schemaVersion?: unknown; mediaType?: unknown; layers?: unknown }
  const mediaType = typeof m?.mediaType === 'string' ? m.mediaType : contentType
  if (m?.schemaVersion !== 2 || !IMAGE_MANIFESTS.has(mediaType) || !Array.isArray(m.layers)) return pairs
  const diffIds = (config as { rootfs?: { type?: unknown; diff_ids?: unknown } })?.rootfs
  if (diffIds?.type !== 'layers' || !Array.isArray(diffIds.diff_ids) || diffIds.diff_ids.length !== m.layers.length)
    return pairs
  for (const [index, layer] of (m.layers as unknown[]).entries()) {
    const diffId = diffIds.diff_ids[index] as unknown
    const {
      mediaType: type,
      digest,
      size,
      urls,
    } = (layer ?? {}) as { mediaType?: unknown; digest?: unknown; size?: unknown; urls?: unknown }
    if (typeof diffId !== 'string' || !DIGEST.test(diffId)) return new Map()
    if (typeof type !== 'string' || typeof digest !== 'string' || !DIGEST.test(digest) || !isSize(size))
      return new Map()
    // Foreign layers live outside the registry: nothing to reuse there.
    if (!GZIP_LAYERS.has(type) || urls !== undefined) continue
    pairs.set(diffId, { digest, size })
  }
  return pairs
}

/** The config descriptor of an image manifest, when it is a sane one. */
function configOf(manifest: unknown): RegistryLayer | undefined {
  const config = (manifest as { config?: { digest?: unknown; size?: unknown } })?.config
  if (
    typeof config?.digest !== 'string' ||
    !DIGEST.test(config.digest) ||
    !isSize(config.size) ||
    config.size > MAX_CONFIG_BYTES
  )
    return undefined
  return { digest: config.digest, size: config.size }
}

/** Reads one earlier image (manifest, then config) and pairs its layers; a bad one pairs nothing. */
async function readPairs(registry: RegistryClient, tag: string, logger: Logger): Promise<LayerPairs> {
  try {
    const { info, body } = await registry.getManifest(tag)
    const manifest = JSON.parse(body.toString('utf8')) as unknown
    const config = configOf(manifest)
    if (!config) return new Map()
    // getBlob refuses bytes that do not hash to the digest; a 404 throws and pairs nothing.
    const configBody = await registry.getBlob(config.digest)
    return pairLayers(manifest, info.mediaType.split(';')[0]!.trim(), JSON.parse(configBody.toString('utf8')))
  } catch (error) {
    logger.debug(`not reusing layers of ${tag}: ${(error as Error).message}`)
    return new Map()
  }
}

/**
 * The layers the repository holds, from a few of its images: the extra tags first (a moving
 * tag such as `latest` names the image a push most likely shares layers with), then tags from
 * the registry's list. Reading them costs a few small requests, made while Nix builds.
 */
export async function readLayerPairs(
  registry: RegistryClient,
  extraTags: string[],
  logger: Logger,
): Promise<RegistryLayers> {
  const listed = await registry.listTags(100).catch(() => [])
  const existing = new Set(listed)
  const candidates = [
    ...new Set([...extraTags.filter((tag) => existing.has(tag) || listed.length === 100), ...listed]),
  ].slice(0, MAX_PREVIOUS_IMAGES)
  const pairs: LayerPairs = new Map()
  for (const found of await Promise.all(candidates.map((tag) => readPairs(registry, tag, logger)))) {
    for (const [diffId, layer] of found) pairs.set(diffId, layer)
  }
  if (candidates.length > 0)
    logger.info(
      `The registry holds ${pairs.size} layer${pairs.size === 1 ? '' : 's'} of ${candidates.join(', ')} to reuse`,
    )
  return provable(registry, pairs)
}

/** Pairs whose proofs read the registry's blobs, a few at a time, each once. */
export function provable(registry: RegistryClient, pairs: LayerPairs): RegistryLayers {
  const proofs = new Map<string, Promise<void>>()
  const gate = limiter(PROOFS_AT_ONCE)
  const prove = async (diffId: string, uncompressedSize: number): Promise<void> => {
    const blob = pairs.get(diffId)
    if (!blob) throw new Error(`no blob in the registry is paired with ${diffId}`)
    const { proveLayer } = await import('./layer-proof.js')
    await gate(() => proveLayer(registry, blob, diffId, uncompressedSize))
  }
  return {
    pairs,
    prove(diffId, uncompressedSize) {
      let proof = proofs.get(diffId)
      if (!proof) {
        proof = prove(diffId, uncompressedSize)
        // Asked early, awaited later (or never, when the push gives up on reuse first).
        proof.catch(() => undefined)
        proofs.set(diffId, proof)
      }
      return proof
    },
  }
}
