import { NixImageError } from '../base/errors.js'
import type { Logger } from '../types.js'
import { mediaTypeOf } from './answers.js'
import { isDigest } from './reference.js'

// A manifest or index as a registry serves it, parsed in one place. Its fields are the registry's
// claims, typed `unknown` until each reader has checked what it uses.

export interface ManifestDocument {
  mediaType?: unknown
  config?: { digest?: unknown; size?: unknown; mediaType?: unknown }
  layers?: unknown
  manifests?: unknown
}

/** The document's JSON; anything that is not an object reads as an empty one. A body that is no JSON is one line. */
export function parseManifest(body: Buffer, what = 'a manifest the registry answered'): ManifestDocument {
  return parseObject(body, what) as ManifestDocument
}

/** A registry's JSON document (a manifest, an image config) as an object whose fields are still to check; `{}` for any other JSON value. */
export function parseObject(body: Buffer, what: string): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new NixImageError(`${what} is not JSON`)
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {}
}

/** A descriptor list (`layers`, `manifests`) as an array of objects whose fields are still to check. */
export function entries(list: unknown): Array<Record<string, unknown>> {
  return Array.isArray(list)
    ? list.filter(
        (item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item),
      )
    : []
}

/** An entry of an index, a referrers list or a manifest's layers, with the fields nix-image follows checked (image-spec "Descriptors"). */
export interface Descriptor {
  mediaType: string
  /** A sha256 digest: safe in a request path. */
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
  platform?: { os: string; architecture: string; variant?: string }
}

/**
 * The entries of a descriptor list that nix-image may follow: objects with a media type, a sha256
 * digest and a size. The rest (null, a string, a digest with a path in it, another algorithm) are
 * skipped with one warning naming `where`, never followed and never a crash.
 */
export function descriptors(list: unknown, where: string, logger: Pick<Logger, 'warn'>): Descriptor[] {
  const all = Array.isArray(list) ? list : []
  const found: Descriptor[] = []
  for (const item of entries(all)) {
    const { mediaType, digest, size, artifactType, annotations, platform } = item
    if (
      typeof mediaType !== 'string' ||
      typeof digest !== 'string' ||
      !isDigest(digest) ||
      !Number.isSafeInteger(size) ||
      (size as number) < 0
    )
      continue
    found.push({
      mediaType,
      digest,
      size: size as number,
      ...(typeof artifactType === 'string' ? { artifactType } : {}),
      ...(stringRecord(annotations) ? { annotations } : {}),
      ...(platformOf(platform) ?? {}),
    })
  }
  const skipped = all.length - found.length
  if (skipped > 0) {
    logger.warn(
      `${where} lists ${skipped} ${skipped === 1 ? 'entry that is' : 'entries that are'} not a descriptor (an object with a media type, a sha256 digest and a size): skipped`,
    )
  }
  return found
}

const stringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((field) => typeof field === 'string')

function platformOf(value: unknown): { platform: NonNullable<Descriptor['platform']> } | undefined {
  const { os, architecture, variant } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >
  if (typeof os !== 'string' || typeof architecture !== 'string') return undefined
  return { platform: { os, architecture, ...(typeof variant === 'string' && variant ? { variant } : {}) } }
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
