import { NixImageError } from '../base/errors.js'
import { visible } from '../base/escape.js'
import { isDigest } from './reference.js'
import { withRetry } from '../base/retry.js'
import { digestHeader, invalidDigest, manifestSize, mediaTypeOf, sha256Digest } from './answers.js'
import { httpRequest, httpStream, type HttpResponse } from './http.js'
import { MANIFEST_TYPES, OCI_INDEX } from './media-types.js'
import { mediaTypeOfBody } from './manifest.js'
import { MAX_MANIFEST_BYTES, MAX_QUOTED_CHARS } from './limits.js'
import { RegistryTransport } from './transport.js'

export interface ManifestInfo {
  /** Always a valid `sha256:<64 hex>`: checked, or computed from the manifest's bytes. */
  digest: string
  mediaType: string
  size: number
}

/**
 * Per registry host, whether it has the referrers API: a registry that has it never answers 404
 * there (distribution-spec "Listing Referrers"), so the first answer holds for every repository
 * of a run (a set's images each have a client of their own) and the others need not ask.
 */
const referrersApi = new Map<string, Promise<boolean>>()

/**
 * A client for the parts of the OCI distribution API that nix-image needs: is a tag there, point
 * another tag at an existing manifest, and attach small artifacts (an SBOM) to an image. It trusts
 * none of the answers: digests are checked, bodies capped; how it authenticates (Basic, or a
 * Bearer token from the realm a 401 names, which must be HTTPS) is its transport's (transport.ts).
 */
export class RegistryClient extends RegistryTransport {
  /**
   * Settles how to talk to the registry (HTTPS or, when insecure, plain HTTP; Basic or a pull
   * token) without knowing a tag, so a caller can do it while Nix evaluates.
   */
  async connect(): Promise<void> {
    await this.send('GET', '/v2/', {}, 'pull')
  }

  /**
   * Whether the repository holds any tag. An empty one can hold none of the image's layers, so
   * a push there has nothing to skip; unsure (the registry will not list tags) means true.
   */
  async hasAnyTag(): Promise<boolean> {
    try {
      const { status, tags } = await this.tagPage(1)
      if (status === 404) return false
      return status !== 200 || !Array.isArray(tags) || tags.length > 0
    } catch {
      return true
    }
  }

  /** HEAD the tag: its manifest digest, or undefined when the registry does not have it. */
  async findManifest(reference: string): Promise<ManifestInfo | undefined> {
    const response = await this.manifestRequest('HEAD', reference)
    if (response.status === 404) return undefined
    this.expectOk(response, `HEAD manifest ${reference}`)
    const digest = digestHeader(response.headers['docker-content-digest'])
    // Two headers, a garbled one, another algorithm: no registry sends these, so whoever did is
    // not to be believed about anything else either.
    if (digest.kind === 'invalid') throw invalidDigest(this.image, reference, digest.quoted)
    const mediaType = mediaTypeOf(response.headers['content-type'])
    const size = manifestSize(response.headers['content-length'])
    // Some registries leave the digest out of HEAD answers; the manifest's own bytes then tell it.
    if (digest.kind === 'absent' || !mediaType || size === undefined) return (await this.getManifest(reference)).info
    return { digest: digest.digest, mediaType, size }
  }

  /** GET the manifest: its digest is the hash of the bytes received, whatever the headers claim. */
  async getManifest(reference: string): Promise<{ info: ManifestInfo; body: Buffer }> {
    return (await this.readManifest(reference, false))!
  }

  /** As getManifest, in one request where findManifest and getManifest take two; undefined when absent. */
  async getManifestIfPresent(reference: string): Promise<{ info: ManifestInfo; body: Buffer } | undefined> {
    return this.readManifest(reference, true)
  }

  private async readManifest(
    reference: string,
    absentOk: boolean,
  ): Promise<{ info: ManifestInfo; body: Buffer } | undefined> {
    const response = await this.manifestRequest('GET', reference)
    if (absentOk && response.status === 404) return undefined
    this.expectOk(response, `GET manifest ${reference}`)
    const body = response.body
    const digest = sha256Digest(body)
    const claimed = digestHeader(response.headers['docker-content-digest'])
    if (claimed.kind === 'invalid') throw invalidDigest(this.image, reference, claimed.quoted)
    if ((claimed.kind === 'valid' && claimed.digest !== digest) || (isDigest(reference) && reference !== digest)) {
      throw new NixImageError(
        `registry ${this.image.registry} answered a manifest for ${reference} whose bytes hash to ${digest}, not to the digest it names: refusing a registry that does not store what it says`,
      )
    }
    const mediaType = mediaTypeOf(response.headers['content-type']) ?? mediaTypeOfBody(body)
    if (!mediaType)
      throw new NixImageError(`registry ${this.image.registry} answered the manifest ${reference} without a media type`)
    return { info: { digest, mediaType, size: body.length }, body }
  }

  /** A manifest request, asking for every type a tag may point at. */
  private manifestRequest(method: 'HEAD' | 'GET', reference: string): Promise<HttpResponse> {
    const accept = { accept: MANIFEST_TYPES.join(', ') }
    return this.send(method, this.inRepository(`manifests/${reference}`), accept, 'pull', undefined, MAX_MANIFEST_BYTES)
  }

  /**
   * Up to `limit` of the repository's tags (one page, in the registry's order); none when the
   * repository does not exist or the registry will not list them.
   */
  async listTags(limit: number): Promise<string[]> {
    const { status, tags } = await this.tagPage(limit)
    if (status !== 200) return []
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string').slice(0, limit) : []
  }

  /** One page of the tag list: the answer's status, and its `tags` as the registry claims them. */
  private async tagPage(limit: number): Promise<{ status: number; tags?: unknown }> {
    const response = await this.send('GET', this.inRepository(`tags/list?n=${limit}`), {}, 'pull')
    if (response.status !== 200) return { status: response.status }
    return { status: 200, tags: (JSON.parse(response.body.toString('utf8')) as { tags?: unknown }).tags }
  }

  /** Points `tag` at the manifest `digest` already in the repository: no blob moves. */
  async addTag(digest: string, tag: string): Promise<void> {
    const { info, body } = await this.getManifest(digest)
    const response = await this.send(
      'PUT',
      this.inRepository(`manifests/${tag}`),
      { 'content-type': info.mediaType },
      'pull,push',
      body,
    )
    this.expectOk(response, `PUT manifest ${tag}`)
  }

  /**
   * Stores `data` as a blob in one monolithic upload (POST, then one PUT with the digest); for
   * the small blobs nix-image writes, asking whether the repository has it first costs as much.
   */
  async uploadBlob(data: Buffer): Promise<string> {
    return this.finishUpload(await this.startUpload(), data)
  }

  /**
   * Opens a blob upload session (POST): its Location, where `finishUpload` sends the bytes. A
   * session opened before the bytes exist saves the round trip when they do.
   */
  async startUpload(): Promise<URL> {
    const started = await this.send('POST', this.inRepository('blobs/uploads/'), {}, 'pull,push')
    this.expectOk(started, 'POST blob upload')
    const location = started.headers.location
    if (!location) throw new NixImageError(`registry ${this.image.registry} started a blob upload without a Location`)
    const url = new URL(location, `http://${this.image.registry}`)
    // The upload goes where the registry is; credentials never follow a Location elsewhere.
    if (url.host !== this.image.registry) {
      throw new NixImageError(
        `registry ${this.image.registry} sent the blob upload to another host (${visible(url.host).slice(0, MAX_QUOTED_CHARS)}): refusing to send it there`,
      )
    }
    return url
  }

  /** Sends `data` whole to an upload session and closes it (a monolithic PUT); returns its digest. */
  async finishUpload(session: URL, data: Buffer): Promise<string> {
    const digest = sha256Digest(data)
    const url = new URL(session)
    url.searchParams.set('digest', digest)
    const headers = { 'content-type': 'application/octet-stream', 'content-length': String(data.length) }
    const finished = await this.send('PUT', `${url.pathname}${url.search}`, headers, 'pull,push', data)
    this.expectOk(finished, `PUT blob ${digest}`)
    return digest
  }

  /** Ends an upload session that will not be used (the registry would expire it in time). */
  async cancelUpload(session: URL): Promise<void> {
    await this.send('DELETE', `${session.pathname}${session.search}`, {}, 'pull,push')
  }

  /**
   * Stores a manifest (an image index, an artifact) under `reference`; its digest is the hash of
   * the bytes sent. `ociSubject`: the registry's OCI-Subject answer, which a registry with the
   * referrers API gives to a manifest that has a subject.
   */
  async putManifest(
    reference: string,
    mediaType: string,
    body: Buffer,
  ): Promise<ManifestInfo & { ociSubject?: string }> {
    const response = await this.send(
      'PUT',
      this.inRepository(`manifests/${reference}`),
      { 'content-type': mediaType },
      'pull,push',
      body,
    )
    this.expectOk(response, `PUT manifest ${reference}`)
    return { digest: sha256Digest(body), mediaType, size: body.length, ociSubject: response.headers['oci-subject'] }
  }

  /**
   * A small blob (an image config, an SBOM: `maxBytes`), checked against its digest. Registries on object storage
   * redirect blob reads to a signed URL that needs no credentials: followed once, over HTTPS only
   * (or plain HTTP where the registry itself was declared insecure).
   */
  async getBlob(digest: string, maxBytes = MAX_MANIFEST_BYTES): Promise<Buffer> {
    const path = this.inRepository(`blobs/${digest}`)
    let response = await this.send('GET', path, {}, 'pull', undefined, maxBytes)
    const redirect = this.blobRedirect(response, path, digest)
    if (redirect)
      response = await httpRequest({ ...this.httpOptions(), method: 'GET', url: redirect, headers: {}, maxBytes })
    this.expectOk(response, `GET blob ${digest}`)
    if (sha256Digest(response.body) !== digest) {
      throw new NixImageError(
        `registry ${this.image.registry} served blob ${digest} with bytes that hash to ${sha256Digest(response.body)}: refusing a registry that does not store what it says`,
      )
    }
    return response.body
  }

  /**
   * A layer-sized blob as its bytes arrive, at most `maxBytes` within `timeoutMs`, redirected as
   * getBlob is; undefined when the repository does not hold it (404). Nothing here checks what
   * the bytes are: the caller hashes them as it reads.
   */
  async streamBlob(digest: string, maxBytes: number, timeoutMs: number): Promise<AsyncIterable<Buffer> | undefined> {
    const path = this.inRepository(`blobs/${digest}`)
    const options = {
      ...this.httpOptions(),
      timeoutMs,
      method: 'GET' as const,
      headers: {},
      maxBytes,
      highWaterMark: 1 << 20,
    }
    return withRetry(
      `GET ${this.image.registry}${path}`,
      async () => {
        if (!this.scheme) this.scheme = await this.probeScheme()
        const url = new URL(`${this.scheme}://${this.image.registry}${path}`)
        let answer = await httpStream({ ...options, url, headers: this.auth.header('pull') })
        if (!answer.ok && answer.response.status === 401) {
          await this.auth.authenticate(answer.response.headers['www-authenticate'], 'pull', this.httpOptions())
          answer = await httpStream({ ...options, url, headers: this.auth.header('pull') })
        }
        const redirect = answer.ok ? undefined : this.blobRedirect(answer.response, path, digest)
        if (redirect) answer = await httpStream({ ...options, url: redirect })
        if (!answer.ok && answer.response.status === 404) return undefined
        if (!answer.ok) throw this.answerError(answer.response, `GET blob ${digest}`)
        return answer.body
      },
      this.logger,
      this.retry,
    )
  }

  /** Where a blob read is redirected to (object storage), when it is; only HTTPS is followed, or HTTP for an insecure registry. */
  private blobRedirect(response: HttpResponse, path: string, digest: string): URL | undefined {
    const location = response.headers.location
    if (response.status < 300 || response.status >= 400 || !location) return undefined
    const url = new URL(location, `${this.scheme ?? 'https'}://${this.image.registry}${path}`)
    if (url.protocol !== 'https:' && !(this.insecure && url.protocol === 'http:')) {
      throw new NixImageError(
        `registry ${this.image.registry} redirected blob ${digest} to a ${visible(url.protocol)} URL: only HTTPS is followed`,
      )
    }
    return url
  }

  /** The OCI 1.1 referrers API: the index of manifests whose subject is `digest`; undefined where the registry has no such API (404). */
  async getReferrers(digest: string): Promise<Buffer | undefined> {
    const host = this.image.registry
    const known = referrersApi.get(host)
    if (known && !(await known)) return undefined
    const asking = this.askReferrers(digest)
    // Unsure (the question failed): the next caller asks again.
    if (!known)
      referrersApi.set(
        host,
        asking.then(
          (index) => index !== undefined,
          () => true,
        ),
      )
    return asking
  }

  private async askReferrers(digest: string): Promise<Buffer | undefined> {
    const index = OCI_INDEX
    const response = await this.send(
      'GET',
      this.inRepository(`referrers/${digest}`),
      { accept: index },
      'pull',
      undefined,
      MAX_MANIFEST_BYTES,
    )
    if (response.status === 404) return undefined
    this.expectOk(response, `GET referrers of ${digest}`)
    // A registry that routes the path but lacks the API may answer something else than an index.
    return mediaTypeOf(response.headers['content-type']) === index ? response.body : undefined
  }
}
