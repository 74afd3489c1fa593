import { mediaTypeOf } from './answers.js'

// A manifest or index as a registry serves it, parsed in one place. Its fields are the registry's
// claims, typed `unknown` until each reader has checked what it uses.

export interface ManifestDocument {
  mediaType?: unknown
  config?: { digest?: unknown; size?: unknown; mediaType?: unknown }
  layers?: unknown
  manifests?: unknown
}

/** The document's JSON; anything that is not an object reads as an empty one. A body that is no JSON throws. */
export function parseManifest(body: Buffer): ManifestDocument {
  const parsed: unknown = JSON.parse(body.toString('utf8'))
  return typeof parsed === 'object' && parsed !== null ? (parsed as ManifestDocument) : {}
}

/** A descriptor list (`layers`, `manifests`) as an array of objects whose fields are still to check. */
export function entries(list: unknown): Array<Record<string, unknown>> {
  return Array.isArray(list)
    ? list.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : []
}

/** A manifest names its own media type (OCI and Docker v2 both carry `mediaType`). */
export function mediaTypeOfBody(body: Buffer): string | undefined {
  try {
    const { mediaType } = parseManifest(body)
    return typeof mediaType === 'string' ? mediaTypeOf(mediaType) : undefined
  } catch {
    return undefined
  }
}
