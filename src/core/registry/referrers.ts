import { createHash } from 'node:crypto'
import { NixImageError } from '../base/errors.js'
import type { ManifestInfo, RegistryClient } from './client.js'
import { MAX_DOCUMENT_BYTES } from './limits.js'
import { OCI_EMPTY, OCI_INDEX, OCI_MANIFEST } from './media-types.js'
import { entries, parseManifest } from './manifest.js'

// Artifacts attached to an image the OCI 1.1 way (image-spec "Guidelines for Artifact Usage",
// distribution-spec "Listing Referrers"): a manifest whose `subject` is the image, found through
// the registry's referrers API, or, where the registry has none (CNCF Distribution 2.8), through
// the referrers tag schema: an image index tagged `sha256-<hex of the subject digest>`.

/** The empty JSON object `{}` as the spec defines it, for an artifact's config. */
export const EMPTY_JSON = Buffer.from('{}')
export const EMPTY_CONFIG = {
  mediaType: OCI_EMPTY,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
}

interface ImageIndex {
  schemaVersion: 2
  mediaType: string
  manifests: Descriptor[]
}

/** The tag under which the referrers tag schema keeps the index for `digest`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

/** What refers to `subject`, by the API where the registry has it, else by the tag schema. */
export async function listReferrers(
  registry: RegistryClient,
  subject: string,
  artifactType?: string,
): Promise<Descriptor[]> {
  const fromApi = await registry.getReferrers(subject)
  const index = fromApi ? parseIndex(fromApi) : await readTagIndex(registry, subject)
  const manifests = index?.manifests ?? []
  return artifactType ? manifests.filter((descriptor) => descriptor.artifactType === artifactType) : manifests
}

export interface Attached {
  /** The artifact manifest's digest. */
  digest: string
  /** How a client finds it: the registry's referrers API, or the tag schema we maintain. */
  via: 'api' | 'tag'
}

/**
 * What of an artifact's upload needs no subject, begun while the subject is still being pushed:
 * the empty config sent, and the document's upload session opened. Attaching then costs the
 * document's PUT, the manifest and the tag schema's index: one round trip less, and the config's
 * two no more.
 */
export interface BegunUploads {
  config: Promise<unknown>
  session: Promise<URL>
}

export function beginArtifactUploads(registry: RegistryClient): BegunUploads {
  const begun = { config: registry.uploadBlob(EMPTY_JSON), session: registry.startUpload() }
  // Awaited when the artifact is attached; a failure then is that attach's (it starts again).
  begun.config.catch(() => undefined)
  begun.session.catch(() => undefined)
  return begun
}

/** Closes the session of uploads begun for an artifact that is not attached after all. */
export async function abandonUploads(registry: RegistryClient, begun: BegunUploads): Promise<void> {
  const session = await begun.session.catch(() => undefined)
  if (session) await registry.cancelUpload(session).catch(() => undefined)
}

export interface Artifact {
  artifactType: string
  document: Buffer
  title: string
}

/** An artifact's blobs on their way up and its subject's tag schema index being read: all that attaching waits for before the manifest. */
export interface StagedArtifact {
  artifact: Artifact
  /** The layer's (the document's) digest, once both blobs are in the registry. */
  blobs: Promise<string>
  index: Promise<ImageIndex | undefined>
}

/**
 * Starts what attaching `artifact` to the manifest `subjectDigest` needs before its manifest: the
 * empty config and the document uploaded (through `begun` where given: whatever of it failed is
 * done again) and the tag schema's index read, all at once.
 */
export function stageArtifact(
  registry: RegistryClient,
  subjectDigest: string,
  artifact: Artifact,
  begun?: BegunUploads,
): StagedArtifact {
  const index = readTagIndex(registry, subjectDigest)
  const blobs = Promise.all([
    begun ? begun.config.catch(() => registry.uploadBlob(EMPTY_JSON)) : registry.uploadBlob(EMPTY_JSON),
    begun
      ? begun.session
          .then((session) => registry.finishUpload(session, artifact.document))
          .catch(() => registry.uploadBlob(artifact.document))
      : registry.uploadBlob(artifact.document),
  ]).then(([, layer]) => layer)
  // Awaited by attachArtifact; staged work nobody attaches (a push that failed) must not be an unhandled rejection.
  index.catch(() => undefined)
  blobs.catch(() => undefined)
  return { artifact, blobs, index }
}

/**
 * Pushes a staged artifact's manifest, referring to `subject`, and, where the registry does not
 * index referrers itself, adds it to the tag schema's index, keeping whatever other referrers
 * (signatures, attestations) are listed there. Round trips dominate (the document is a few
 * KiB): after the staged uploads, the manifest, then the index, which must name only manifests
 * the registry has.
 */
export async function attachArtifact(
  registry: RegistryClient,
  subject: ManifestInfo,
  staged: StagedArtifact,
): Promise<Attached> {
  const { artifact } = staged
  const layer = await staged.blobs
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: artifact.artifactType,
    config: EMPTY_CONFIG,
    layers: [
      {
        mediaType: artifact.artifactType,
        digest: layer,
        size: artifact.document.length,
        annotations: { 'org.opencontainers.image.title': artifact.title },
      },
    ],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
  }
  const body = Buffer.from(JSON.stringify(manifest))
  const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
  const answer = await registry.putManifest(digest, OCI_MANIFEST, body)
  // A registry with the referrers API must answer such a PUT with OCI-Subject, and then lists
  // the artifact itself; without the header, clients look for the tag schema's index.
  if (answer.ociSubject) return { digest, via: 'api' }
  await addToTagIndex(registry, subject.digest, await staged.index, {
    mediaType: OCI_MANIFEST,
    digest,
    size: body.length,
    artifactType: artifact.artifactType,
  })
  return { digest, via: 'tag' }
}

/** The document of the first artifact of `artifactType` referring to `subject`, if any. */
export async function fetchArtifact(
  registry: RegistryClient,
  subject: string,
  artifactType: string,
): Promise<{ descriptor: Descriptor; document: Buffer } | undefined> {
  const [descriptor] = await listReferrers(registry, subject, artifactType)
  return descriptor ? { descriptor, document: await fetchDocument(registry, descriptor) } : undefined
}

/** The single layer of an artifact manifest: its document. */
export async function fetchDocument(registry: RegistryClient, descriptor: Descriptor): Promise<Buffer> {
  const { body } = await registry.getManifest(descriptor.digest)
  const layers = entries(parseManifest(body).layers) as unknown as Descriptor[]
  const layer = layers.find((candidate) => candidate.mediaType === descriptor.artifactType) ?? layers[0]
  if (!layer) throw new NixImageError(`the ${descriptor.artifactType ?? ''} artifact ${descriptor.digest} has no layer`)
  return registry.getBlob(layer.digest, MAX_DOCUMENT_BYTES)
}

async function readTagIndex(registry: RegistryClient, subject: string): Promise<ImageIndex | undefined> {
  const found = await registry.getManifestIfPresent(referrersTag(subject))
  return found && parseIndex(found.body)
}

/**
 * Appends to the index as read (`index`), keeping every other referrer (signatures,
 * attestations), and writes it back. The spec leaves concurrent writers to clients; a digest
 * already listed is not added twice.
 */
async function addToTagIndex(
  registry: RegistryClient,
  subject: string,
  index: ImageIndex | undefined,
  descriptor: Descriptor,
): Promise<void> {
  const updated = index ?? { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }
  if (updated.manifests.some((entry) => entry.digest === descriptor.digest)) return
  updated.manifests.push(descriptor)
  await registry.putManifest(referrersTag(subject), OCI_INDEX, Buffer.from(JSON.stringify(updated)))
}

function parseIndex(body: Buffer): ImageIndex {
  const parsed = parseManifest(body) as Partial<ImageIndex>
  return {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    ...parsed,
    manifests: Array.isArray(parsed.manifests) ? parsed.manifests : [],
  }
}
