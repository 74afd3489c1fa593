import { NixImageError } from '../base/errors.js'
import { formatBytes } from '../base/words.js'
import { sha256Digest } from './answers.js'
import type { ManifestInfo, RegistryClient } from './client.js'
import { MAX_DOCUMENT_BYTES } from './limits.js'
import { isIndex, OCI_EMPTY, OCI_INDEX, OCI_MANIFEST } from './media-types.js'
import { descriptors, entries, parseManifest, type Descriptor } from './manifest.js'

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

export type { Descriptor }

/** A referrers index as read: what may be followed, and every entry as written, for writing it back. */
interface ImageIndex {
  /** The hash of the bytes read, and the registry's ETag: what a write checks it replaces. */
  digest: string
  etag?: string
  /** The entries nix-image may follow (descriptors with a sha256 digest). */
  referrers: Descriptor[]
  /** Every object entry as the registry holds it: another client's, in a form we do not follow, is kept. */
  manifests: Array<Record<string, unknown>>
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
  const index = fromApi
    ? parseIndex(fromApi, `the referrers of ${subject}`, registry)
    : await readTagIndex(registry, subject).catch(skipNotIndex(registry))
  const referrers = index?.referrers ?? []
  return artifactType ? referrers.filter((descriptor) => descriptor.artifactType === artifactType) : referrers
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

/** An artifact's blobs on their way up: all that attaching waits for before the manifest. */
export interface StagedArtifact {
  artifact: Artifact
  /** The layer's (the document's) digest, once both blobs are in the registry. */
  blobs: Promise<string>
}

/**
 * Starts what attaching `artifact` needs before its manifest: the empty config and the document
 * uploaded (through `begun` where given: whatever of it failed is done again). The tag schema's
 * index is not read here: read this early, it would be seconds old when written back.
 */
export function stageArtifact(registry: RegistryClient, artifact: Artifact, begun?: BegunUploads): StagedArtifact {
  const blobs = Promise.all([
    begun ? begun.config.catch(() => registry.uploadBlob(EMPTY_JSON)) : registry.uploadBlob(EMPTY_JSON),
    begun
      ? begun.session
          .then((session) => registry.finishUpload(session, artifact.document))
          .catch(() => registry.uploadBlob(artifact.document))
      : registry.uploadBlob(artifact.document),
  ]).then(([, layer]) => layer)
  // Awaited by attachArtifact; staged work nobody attaches (a push that failed) must not be an unhandled rejection.
  blobs.catch(() => undefined)
  return { artifact, blobs }
}

/**
 * Pushes a staged artifact's manifest, referring to `subject`, and, where the registry does not
 * index referrers itself, adds it to the tag schema's index, keeping whatever other referrers
 * (signatures, attestations) are listed there. Round trips dominate (the document is a few
 * KiB): after the staged uploads, the manifest, then the index (read, written, read again),
 * which must name only manifests the registry has.
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
  const digest = sha256Digest(body)
  const answer = await registry.putManifest(digest, OCI_MANIFEST, body)
  // A registry with the referrers API must answer such a PUT with OCI-Subject, and then lists
  // the artifact itself; without the header, clients look for the tag schema's index.
  if (answer.ociSubject) return { digest, via: 'api' }
  await addToTagIndex(registry, subject.digest, {
    mediaType: OCI_MANIFEST,
    digest,
    size: body.length,
    artifactType: artifact.artifactType,
  }).catch((error: unknown) => {
    if (error instanceof NotAnIndex) {
      throw new NixImageError(
        `${error.message}: left as it is, so the artifact ${digest} is in the registry but not listed there; delete or retag what the tag holds`,
      )
    }
    throw error
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
  const layers = descriptors(parseManifest(body).layers, `the artifact ${descriptor.digest}`, registry.logger)
  const layer = layers.find((candidate) => candidate.mediaType === descriptor.artifactType) ?? layers[0]
  if (!layer) throw new NixImageError(`the ${descriptor.artifactType ?? ''} artifact ${descriptor.digest} has no layer`)
  // Refused before reading when it says it is too large; getBlob stops one that lies about it.
  if (layer.size > MAX_DOCUMENT_BYTES) {
    throw new NixImageError(
      `the ${descriptor.artifactType ?? ''} artifact ${descriptor.digest} is ${layer.size} bytes, more than the ${formatBytes(MAX_DOCUMENT_BYTES)} a document may have`,
    )
  }
  return registry.getBlob(layer.digest, MAX_DOCUMENT_BYTES)
}

/**
 * The referrers tag schema's index for `subject`, if the tag exists. A tag holding anything but
 * an index (an image manifest, say) is another client's mistake or a trap: the distribution spec
 * has a client report it and leave the tag alone, so this throws a NotAnIndex.
 */
async function readTagIndex(registry: RegistryClient, subject: string): Promise<ImageIndex | undefined> {
  const tag = referrersTag(subject)
  const found = await registry.getManifestIfPresent(tag)
  if (!found) return undefined
  const document = parseManifest(found.body)
  const named = typeof document.mediaType === 'string' ? document.mediaType : found.info.mediaType
  if (
    !isIndex(found.info) ||
    !isIndex({ mediaType: named }) ||
    document.config !== undefined ||
    document.layers !== undefined
  ) {
    throw new NotAnIndex(`the referrers tag ${tag} holds a ${named} (${found.info.digest}), not an image index`)
  }
  return parseIndex(found.body, `the referrers tag ${tag}`, registry, found.etag)
}

/** A referrers tag that holds no index: listing warns and finds nothing there; attaching refuses to overwrite it. */
class NotAnIndex extends NixImageError {}

const skipNotIndex =
  (registry: RegistryClient) =>
  (error: unknown): undefined => {
    if (!(error instanceof NotAnIndex)) throw error
    registry.logger.warn(`${error.message}: its referrers are not read`)
    return undefined
  }

/**
 * Writes of the tag schema's index per attach: each after the last was overwritten by another
 * client (or refused as stale), so two attaching at once converge in a write or two.
 */
const INDEX_WRITES = 4
/** How long a write settles before the last read, at least: twice the write itself, which on loopback is longer than another writer's read-to-write, and little beside a push. */
const SETTLE_MIN_MS = 10
const SETTLE_MAX_MS = 2000

/**
 * Reads the index, appends, keeping every other referrer (signatures, attestations), writes it
 * back and reads it again, since the spec leaves concurrent writers to clients: two runs
 * attaching to one subject may both read the index before either writes, and the second write
 * would drop the first's entry. The write is conditional (If-Match
 * the ETag read, or If-None-Match for a new tag), which a registry that honours it refuses when
 * the index moved; CNCF Distribution 2.8 ignores it, so the read after the write is what tells.
 * An index that lost the entry is merged again and rewritten, a few times at most. Another
 * writer seen, on a registry that never refused a stale write, is a warning: a client writing
 * later from an older read can still drop the entry, and nothing here can prevent it.
 */
async function addToTagIndex(registry: RegistryClient, subject: string, descriptor: Descriptor): Promise<void> {
  const tag = referrersTag(subject)
  const listed = (index: ImageIndex | undefined): boolean =>
    Boolean(index?.referrers.some((entry) => entry.digest === descriptor.digest))
  let index = await readTagIndex(registry, subject)
  if (listed(index)) return
  let contended = false
  let refused = false
  for (let writes = 0; ; ) {
    if (writes === INDEX_WRITES) {
      throw new NixImageError(
        `another client rewrote the referrers tag ${tag} after each of ${INDEX_WRITES} writes, dropping ${descriptor.digest}: the artifact is in the registry but not listed; run again to list it`,
      )
    }
    if (writes > 0) {
      // Dropped, or refused as stale: another writer. Two in step would overwrite each other
      // again, so a short random wait breaks the step.
      contended = true
      await pause(50 + Math.random() * 200)
    }
    const started = performance.now()
    const updated = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...(index?.manifests ?? []), descriptor] }
    const condition = !index ? { ifAbsent: true as const } : index.etag ? { ifMatch: index.etag } : undefined
    const written = await registry.putManifest(tag, OCI_INDEX, Buffer.from(JSON.stringify(updated)), condition)
    writes++
    if (written.stale) refused = true
    index = await readTagIndex(registry, subject)
    if (!listed(index)) continue
    // Listed, in an index this run did not write: another writer came after and kept the entry.
    if (!written.stale && index?.digest !== written.digest) contended = true
    // A writer that read before this write may still be writing back its older read: read once
    // more, after about as long as this write took, and write again if the entry is gone.
    await pause(Math.min(SETTLE_MAX_MS, Math.max(SETTLE_MIN_MS, 2 * (performance.now() - started))))
    const settled = await readTagIndex(registry, subject)
    if (!listed(settled)) {
      index = settled
      continue
    }
    if (settled?.digest !== index?.digest) contended = true
    break
  }
  if (contended && !refused) {
    registry.logger.warn(
      `another client wrote the referrers tag ${tag} while this run did: ${descriptor.digest} is listed now, but the registry does not refuse a write from an older read (no If-Match), so a writer that read before this one may still drop it; check with a later run`,
    )
  }
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** An index's entries: the followable ones checked (the rest skipped with a warning), every object kept for writing back. */
function parseIndex(body: Buffer, where: string, registry: RegistryClient, etag?: string): ImageIndex {
  const { manifests } = parseManifest(body)
  return {
    digest: sha256Digest(body),
    etag,
    referrers: descriptors(manifests, where, registry.logger),
    manifests: entries(manifests),
  }
}
