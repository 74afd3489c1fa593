import { NixImageError } from '../base/errors.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import { parseManifest } from '../registry/manifest.js'
import type { LayerCounts, Logger } from '../types.js'

// After skopeo: what the registry says it stores, which is what a run reports.

/**
 * The registry's own answer is the digest to report; skopeo's must agree with it. When they
 * differ, the hash of the manifest the registry serves for the tag settles it.
 */
export async function confirmPush(
  registry: RegistryClient,
  tag: string,
  ref: string,
  pushedDigest: string,
  logger: Logger,
): Promise<ManifestInfo> {
  const pushed = await registry.findManifest(tag)
  if (!pushed) throw new NixImageError(`skopeo reported a push of ${ref}, but the registry does not have it`)
  if (pushed.digest === pushedDigest) return pushed
  const stored = (await registry.getManifest(tag)).info
  logger.warn(
    `skopeo wrote digest ${pushedDigest}, the registry answers ${pushed.digest} and stores ${stored.digest}; reporting what it stores`,
  )
  return stored
}

/** Into an empty repository every layer is uploaded: the pushed manifest says how many. */
export async function countUploaded(registry: RegistryClient, digest: string): Promise<LayerCounts | undefined> {
  try {
    const { layers } = parseManifest((await registry.getManifest(digest)).body)
    return Array.isArray(layers) ? { uploaded: layers.length, skipped: 0 } : undefined
  } catch {
    return undefined
  }
}
