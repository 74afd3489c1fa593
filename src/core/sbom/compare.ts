import { diffPackages } from '../report/changes.js'
import { indexEntryFor } from '../registry/image-index.js'
import { fetchArtifact } from '../registry/referrers.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import { parseManifest } from '../registry/manifest.js'
import type { ImageChanges, ImageSide, SbomPackage } from '../types.js'
import { sbomPackages } from './document.js'
import { CYCLONEDX_MEDIA_TYPE, isIndex } from '../registry/media-types.js'

// "What changed": an image read as a diff needs it (digest, size, its SBOM's packages), and two
// images compared, the one a tag pointed at before it moves and the new one.

/** An image as a diff needs it: digest, size, and the packages of its SBOM (undefined without one). */
export async function readImage(
  registry: RegistryClient,
  reference: string,
  ref: string,
  known?: ManifestInfo | null,
): Promise<{ side: ImageSide; packages: SbomPackage[] | undefined } | undefined> {
  // `known`: asked already (null: it is not there).
  const found = known === undefined ? await registry.findManifest(reference) : known
  if (!found) return undefined
  const [size, sbom] = await Promise.all([
    imageSize(registry, found.digest),
    fetchArtifact(registry, found.digest, CYCLONEDX_MEDIA_TYPE),
  ])
  return {
    side: { ref, digest: found.digest, size },
    packages: sbom ? sbomPackages(sbom.document.toString('utf8')) : undefined,
  }
}

/** Config and layers, as stored (compressed); undefined for an index, whose members differ by platform. */
export async function imageSize(registry: RegistryClient, digest: string): Promise<number | undefined> {
  const { body } = await registry.getManifest(digest)
  const manifest = parseManifest(body)
  if (!manifest.config || !Array.isArray(manifest.layers)) return undefined
  const sizes = [manifest.config.size, ...manifest.layers.map((layer: { size?: unknown } | null) => layer?.size)]
  // A registry's manifest is data like any answer: a size that is no count makes the total unknown.
  if (!sizes.every((size) => Number.isSafeInteger(size) && (size as number) >= 0)) return undefined
  return (sizes as number[]).reduce((total, size) => total + size, 0)
}

/**
 * Compares the new image with the one `previous` points at, before a tag moves. Returns why not
 * when it cannot: no such tag yet, or that image carries no SBOM.
 */
export async function compareImages(
  previous: { registry: RegistryClient; reference: string; ref: string; found?: ManifestInfo },
  current: { side: ImageSide; packages: SbomPackage[] },
): Promise<{ changes?: ImageChanges; note?: string }> {
  const before = await readImage(previous.registry, previous.reference, previous.ref, previous.found ?? null)
  if (!before) return { note: noPrevious(previous.ref) }
  if (before.side.digest === current.side.digest)
    return { changes: { from: before.side, to: current.side, added: [], removed: [], changed: [], rebuilt: [] } }
  if (!before.packages)
    return { note: `${previous.ref} (${before.side.digest}) carries no SBOM: nothing to compare with` }
  return { changes: { from: before.side, to: current.side, ...diffPackages(before.packages, current.packages) } }
}

/** Where the compared tag points; an index (a multi-arch image) is read as its image for this image's platform. */
export async function previousImage(
  target: { registry: RegistryClient; reference: string; ref: string },
  own: RegistryClient,
  subject: string,
): Promise<ManifestInfo | undefined> {
  const found = await target.registry.findManifest(target.reference)
  return found && isIndex(found) ? indexEntryFor(target.registry, found, target.ref, own, subject) : found
}

export const noPrevious = (ref: string): string => `${ref} does not exist yet: nothing to compare with`
