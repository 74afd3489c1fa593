import { NixImageError } from '../base/errors.js'
import { visible } from '../base/escape.js'
import { isStorePath } from '../nix/store-path.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import { MANIFEST_TYPES, OCI_MANIFEST } from '../registry/media-types.js'
import { EMPTY_CONFIG, EMPTY_JSON } from '../registry/referrers.js'
import { isDigest, validateTag } from '../registry/reference.js'
import type { EvaluatedImage, ImageKind, TagSource } from '../types.js'
import { canonicalKey, type SourceKey } from './key.js'

// The source record: after a run pushed (or found) the image a source evaluates to, an OCI 1.1
// artifact says so. Its `subject` is the image, so a registry with the referrers API lists it as
// the image's referrer, and it is tagged after the source's key (key.ts), so a later run for the
// same source finds it in one request, without Nix. It holds the key in full and what evaluation
// told about the image; a run believes it only after checking both, and the image's tag still
// naming the subject, against the registry.

export const SOURCE_RECORD_TYPE = 'application/vnd.nix-image.source-record.v1+json'
const KEY_ANNOTATION = 'dev.nix-image.source.key'
const IMAGE_ANNOTATION = 'dev.nix-image.source.image'
/** Records are a few hundred bytes; anything near this is not one. */
const MAX_RECORD_BYTES = 64 << 10

/** The tag a source's record lives under: `nix-image-source-` and 40 hex digits of its key's hash. */
export const recordTag = (keyId: string): string => `nix-image-source-${keyId.slice(0, 40)}`

/** What a record tells about the image, as evaluation would: enough for a skipping run's report. */
export type RecordedImage = Pick<
  EvaluatedImage,
  'tag' | 'outPath' | 'drvName' | 'kind' | 'tagSource' | 'imageName' | 'imageTag'
>

export interface FoundRecord {
  image: RecordedImage
  /** The image's manifest, as the record names it and the tag still does. */
  manifest: ManifestInfo
}

/** The artifact manifest of a record. */
export function recordManifest(key: SourceKey, subject: ManifestInfo, image: EvaluatedImage): Buffer {
  const recorded: RecordedImage = {
    tag: image.tag,
    outPath: image.outPath,
    drvName: image.drvName,
    kind: image.kind,
    tagSource: image.tagSource,
    ...(image.imageName ? { imageName: image.imageName } : {}),
    ...(image.imageTag ? { imageTag: image.imageTag } : {}),
  }
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: SOURCE_RECORD_TYPE,
      config: EMPTY_CONFIG,
      layers: [EMPTY_CONFIG],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations: { [KEY_ANNOTATION]: canonicalKey(key), [IMAGE_ANNOTATION]: JSON.stringify(recorded) },
    }),
  )
}

/**
 * Writes the record under its tag: one request where the repository holds the empty config blob
 * already (an SBOM put it there); else the blob first.
 */
export async function writeRecord(
  registry: RegistryClient,
  keyId: string,
  key: SourceKey,
  subject: ManifestInfo,
  image: EvaluatedImage,
): Promise<void> {
  const manifest = recordManifest(key, subject, image)
  try {
    await registry.putManifest(recordTag(keyId), OCI_MANIFEST, manifest)
  } catch {
    await registry.uploadBlob(EMPTY_JSON)
    await registry.putManifest(recordTag(keyId), OCI_MANIFEST, manifest)
  }
}

/**
 * The record of this key, checked: undefined when there is none. A record that is malformed, made
 * for another key, or whose image's tag no longer names its subject throws a NixImageError that
 * says why (the caller then evaluates).
 */
export async function readRecord(
  registry: RegistryClient,
  keyId: string,
  key: SourceKey,
): Promise<FoundRecord | undefined> {
  const found = await registry.getManifestIfPresent(recordTag(keyId))
  if (!found) return undefined
  const { subject, image } = parseRecord(found.body, key)
  const current = await registry.findManifest(image.tag)
  if (!current) throw new NixImageError(`the source record names ${image.tag}, which the registry no longer has`)
  if (current.digest !== subject.digest)
    throw new NixImageError(
      `the source record names ${image.tag} at ${subject.digest}, but the tag now names ${current.digest}`,
    )
  return { image, manifest: current }
}

/** A record's manifest, every field checked as the hostile input it may be. */
export function parseRecord(body: Buffer, key: SourceKey): { subject: ManifestInfo; image: RecordedImage } {
  const refuse = (why: string) => new NixImageError(`the source record is not one nix-image wrote (${why})`)
  if (body.length > MAX_RECORD_BYTES) throw refuse('too large')
  let manifest: { artifactType?: unknown; subject?: Record<string, unknown>; annotations?: Record<string, unknown> }
  try {
    manifest = JSON.parse(body.toString('utf8')) as typeof manifest
  } catch {
    throw refuse('not JSON')
  }
  if (typeof manifest !== 'object' || manifest === null || manifest.artifactType !== SOURCE_RECORD_TYPE)
    throw refuse('another artifact type')
  const annotations = manifest.annotations
  if (typeof annotations !== 'object' || annotations === null) throw refuse('no annotations')
  // The key in full, not only its hash in the tag: a record is never taken for another source.
  if (annotations[KEY_ANNOTATION] !== canonicalKey(key)) throw refuse('made for another source')
  const subject = manifest.subject
  if (typeof subject !== 'object' || subject === null) throw refuse('no subject')
  const { mediaType, digest, size } = subject
  if (typeof digest !== 'string' || !isDigest(digest)) throw refuse('its subject has no sha256 digest')
  if (typeof mediaType !== 'string' || !MANIFEST_TYPES.includes(mediaType))
    throw refuse('its subject is not an image manifest')
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0) throw refuse('its subject has no size')
  const image = parseImage(annotations[IMAGE_ANNOTATION], refuse)
  return { subject: { mediaType, digest, size }, image }
}

const KINDS: readonly ImageKind[] = ['docker-archive', 'stream', 'nix2container']
const TAG_SOURCES: readonly TagSource[] = ['imageTag', 'outPath', 'option']

function parseImage(text: unknown, refuse: (why: string) => Error): RecordedImage {
  let image: Record<string, unknown>
  try {
    image = JSON.parse(typeof text === 'string' ? text : '') as Record<string, unknown>
  } catch {
    throw refuse('no image')
  }
  const { tag, outPath, drvName, kind, tagSource, imageName, imageTag } = image ?? {}
  const plain = (value: unknown): value is string =>
    typeof value === 'string' && value.length <= 256 && visible(value) === value
  if (typeof tag !== 'string') throw refuse('no tag')
  try {
    validateTag(tag)
  } catch {
    throw refuse('its tag is not a tag')
  }
  if (typeof outPath !== 'string' || !isStorePath(outPath)) throw refuse('its out path is not a store path')
  if (!plain(drvName) || !/^[A-Za-z0-9+._?=-]+$/.test(drvName)) throw refuse('its derivation name is not one')
  if (!KINDS.includes(kind as ImageKind)) throw refuse('its image kind is unknown')
  if (!TAG_SOURCES.includes(tagSource as TagSource)) throw refuse('its tag source is unknown')
  if (imageName !== undefined && !plain(imageName)) throw refuse('its image name is not plain text')
  if (imageTag !== undefined && !plain(imageTag)) throw refuse('its image tag is not plain text')
  return {
    tag,
    outPath,
    drvName,
    kind: kind as ImageKind,
    tagSource: tagSource as TagSource,
    ...(imageName !== undefined ? { imageName: imageName as string } : {}),
    ...(imageTag !== undefined ? { imageTag: imageTag as string } : {}),
  }
}
