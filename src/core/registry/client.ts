import type { Dispatcher } from 'undici'
import { NixImageError, RegistryAuthError } from '../base/errors.js'
import { visible } from '../base/escape.js'
import { isDigest } from './reference.js'
import { TransientError, withRetry, type RetryPolicy } from '../base/retry.js'
import type { Credentials, ImageName, Logger } from '../types.js'
import { digestHeader, manifestSize, mediaTypeOf, redact, registryErrorText, sha256Digest } from './answers.js'
import { basicAuth, fetchToken, parseChallenge, tokenRealm } from './token.js'
import { httpRequest, httpStream, type HttpResponse } from './http.js'
import { MANIFEST_TYPES, OCI_INDEX } from './media-types.js'
import { parseManifest } from './manifest.js'
import { MAX_ANSWER_BYTES, MAX_MANIFEST_BYTES, MAX_QUOTED_CHARS, REQUEST_TIMEOUT_MS } from './limits.js'

export interface ManifestInfo {
  /** Always a valid `sha256:<64 hex>`: checked, or computed from the manifest's bytes. */
  digest: string
  mediaType: string
  size: number
}

export interface RegistryClientOptions {
  image: ImageName
  credentials?: Credentials
  /** Plain HTTP, or HTTPS without certificate verification. */
  insecure: boolean
  logger: Logger
  retry?: RetryPolicy
  /** One request's bound, its answer included; tests shorten it. */
  requestTimeoutMs?: number
}

type Method = 'HEAD' | 'GET' | 'PUT' | 'POST' | 'DELETE'

/**
 * Per registry host, whether it has the referrers API: a registry that has it never answers 404
 * there (distribution-spec "Listing Referrers"), so the first answer holds for every repository
 * of a run (a set's images each have a client of their own) and the others need not ask.
 */
const referrersApi = new Map<string, Promise<boolean>>()

/**
 * A client for the parts of the OCI distribution API that nix-image needs: is a tag there, point
 * another tag at an existing manifest, and attach small artifacts (an SBOM) to an image. Authenticates the way registries ask to (Basic, or
 * a Bearer token from the realm named in the 401 challenge, which may be another host), and
 * trusts none of the answers: digests are checked, bodies capped, realms must be HTTPS.
 */
export class RegistryClient {
  private readonly image: ImageName
  private readonly credentials?: Credentials
  private readonly insecure: boolean
  private readonly logger: Logger
  private readonly retry?: RetryPolicy
  private readonly timeoutMs: number
  private dispatcher?: Dispatcher
  private scheme?: 'https' | 'http'
  private authorization?: string
  private readonly tokens = new Map<string, { header: string; expiresAt: number }>()

  constructor(options: RegistryClientOptions) {
    this.image = options.image
    this.credentials = options.credentials
    this.insecure = options.insecure
    this.logger = options.logger
    this.retry = options.retry
    this.timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  }

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
      const response = await this.send('GET', this.inRepository('tags/list?n=1'), {}, 'pull')
      if (response.status === 404) return false
      if (response.status !== 200) return true
      const { tags } = JSON.parse(response.body.toString('utf8')) as { tags?: unknown }
      return !Array.isArray(tags) || tags.length > 0
    } catch {
      return true
    }
  }

  /** HEAD the tag: its manifest digest, or undefined when the registry does not have it. */
  async findManifest(reference: string): Promise<ManifestInfo | undefined> {
    const response = await this.send(
      'HEAD',
      this.inRepository(`manifests/${reference}`),
      { accept: MANIFEST_TYPES.join(', ') },
      'pull',
    )
    if (response.status === 404) return undefined
    this.expectOk(response, `HEAD manifest ${reference}`)
    const digest = digestHeader(response.headers['docker-content-digest'])
    // Two headers, a garbled one, another algorithm: no registry sends these, so whoever did is
    // not to be believed about anything else either.
    if (digest.kind === 'invalid') throw this.invalidDigest(reference, digest.quoted)
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
    const response = await this.send(
      'GET',
      this.inRepository(`manifests/${reference}`),
      { accept: MANIFEST_TYPES.join(', ') },
      'pull',
      undefined,
      MAX_MANIFEST_BYTES,
    )
    if (absentOk && response.status === 404) return undefined
    this.expectOk(response, `GET manifest ${reference}`)
    const body = response.body
    const digest = sha256Digest(body)
    const claimed = digestHeader(response.headers['docker-content-digest'])
    if (claimed.kind === 'invalid') throw this.invalidDigest(reference, claimed.quoted)
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

  /**
   * Up to `limit` of the repository's tags (one page, in the registry's order); none when the
   * repository does not exist or the registry will not list them.
   */
  async listTags(limit: number): Promise<string[]> {
    const response = await this.send('GET', this.inRepository(`tags/list?n=${limit}`), {}, 'pull')
    if (response.status !== 200) return []
    const { tags } = JSON.parse(response.body.toString('utf8')) as { tags?: unknown }
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string').slice(0, limit) : []
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
        let answer = await httpStream({ ...options, url, headers: this.authHeader('pull') })
        if (!answer.ok && answer.response.status === 401) {
          await this.authenticate(answer.response.headers['www-authenticate'], 'pull')
          answer = await httpStream({ ...options, url, headers: this.authHeader('pull') })
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

  private inRepository(path: string): string {
    return `/v2/${this.image.repository}/${path}`
  }

  /** One request to `path` on the registry, authenticated as the registry asks, retried. */
  private async send(
    method: Method,
    path: string,
    headers: Record<string, string>,
    actions: string,
    body?: Buffer,
    maxBytes = MAX_ANSWER_BYTES,
  ): Promise<HttpResponse> {
    return withRetry(
      `${method} ${this.image.registry}${path}`,
      async () => {
        let response = await this.http(method, path, { ...headers, ...this.authHeader(actions) }, body, maxBytes)
        if (response.status === 401) {
          await this.authenticate(response.headers['www-authenticate'], actions)
          response = await this.http(method, path, { ...headers, ...this.authHeader(actions) }, body, maxBytes)
        }
        return response
      },
      this.logger,
      this.retry,
    )
  }

  private authHeader(actions: string): Record<string, string> {
    const token = this.tokens.get(this.scope(actions))
    if (token && token.expiresAt > Date.now()) return { authorization: token.header }
    return this.authorization ? { authorization: this.authorization } : {}
  }

  private scope(actions: string): string {
    return `repository:${this.image.repository}:${actions}`
  }

  private async authenticate(header: string | undefined, actions: string): Promise<void> {
    const challenge = header ? parseChallenge(header) : undefined
    if (challenge?.scheme === 'basic') {
      if (!this.credentials) throw this.authError(401)
      // Only over HTTPS, or plain HTTP the user declared acceptable: this.scheme is http only then.
      this.authorization = basicAuth(this.credentials)
      return
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
      const quoted = header ? visible(redact(header, this.secrets())).slice(0, MAX_QUOTED_CHARS) : 'none'
      throw new NixImageError(`registry ${this.image.registry} answered 401 without a usable challenge (${quoted})`)
    }
    const scope = this.scope(actions)
    const { token, lifetimeMs } = await fetchToken({
      realm: tokenRealm(challenge.params.realm, this.image.registry, this.insecure),
      scope,
      service: challenge.params.service,
      credentials: this.credentials,
      authError: (status) => this.authError(status),
      http: this.httpOptions(),
    })
    this.tokens.set(scope, { header: `Bearer ${token}`, expiresAt: Date.now() + lifetimeMs })
  }

  private async http(
    method: Method,
    path: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    maxBytes: number,
  ): Promise<HttpResponse> {
    if (!this.scheme) this.scheme = await this.probeScheme()
    return httpRequest({
      ...this.httpOptions(),
      method,
      url: new URL(`${this.scheme}://${this.image.registry}${path}`),
      headers,
      body,
      maxBytes,
    })
  }

  private httpOptions(): { timeoutMs: number; insecure: boolean; dispatcher?: Dispatcher } {
    return { timeoutMs: this.timeoutMs, insecure: this.insecure, dispatcher: this.dispatcher }
  }

  /** HTTPS always; plain HTTP only when asked for an insecure registry and HTTPS does not answer. */
  private async probeScheme(): Promise<'https' | 'http'> {
    if (!this.insecure) return 'https'
    const { Agent } = await import('./undici.js')
    this.dispatcher ??= new Agent({ connect: { rejectUnauthorized: false } })
    try {
      await httpRequest({
        ...this.httpOptions(),
        method: 'GET',
        url: new URL(`https://${this.image.registry}/v2/`),
        headers: {},
        maxBytes: MAX_ANSWER_BYTES,
      })
      return 'https'
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      this.logger.debug(`${this.image.registry} does not answer HTTPS; using plain HTTP (insecure registry)`)
      return 'http'
    }
  }

  /** Every credential a request of this client may carry, for taking them out of quoted text. */
  private secrets(): string[] {
    const secrets = [...this.tokens.values()].map((token) => token.header.slice('Bearer '.length))
    if (this.credentials) secrets.push(this.credentials.password, basicAuth(this.credentials).slice('Basic '.length))
    return secrets
  }

  private expectOk(response: HttpResponse, what: string): void {
    if (response.status < 200 || response.status >= 300) throw this.answerError(response, what)
  }

  private answerError(response: HttpResponse, what: string): NixImageError {
    if (response.status === 401 || response.status === 403) return this.authError(response.status)
    return new NixImageError(
      `registry ${this.image.registry} answered ${response.status} to ${what}: ${registryErrorText(response.body, this.secrets())}`,
    )
  }

  private invalidDigest(reference: string, quoted: string): NixImageError {
    return new NixImageError(
      `registry ${this.image.registry} answered the digest '${quoted}' for ${reference}, which is not one sha256:<64 hex digits> digest: refusing to report it`,
    )
  }

  private authError(status: number): RegistryAuthError {
    const where = `registry ${this.image.registry} (${this.image.repository})`
    const ghcr =
      this.image.registry === 'ghcr.io'
        ? '; on GitHub Actions the workflow needs `permissions: packages: write`, and a package first pushed with a personal token must be linked to this repository'
        : ''
    if (status === 403)
      return new RegistryAuthError(`${where} denied access (403): the credentials lack push permission${ghcr}`)
    if (!this.credentials)
      return new RegistryAuthError(`${where} requires credentials (401): give a registry username and password${ghcr}`)
    return new RegistryAuthError(
      `${where} rejected the credentials (401): check the registry username and password${ghcr}`,
    )
  }
}

/** A manifest names its own media type (OCI and Docker v2 both carry `mediaType`). */
function mediaTypeOfBody(body: Buffer): string | undefined {
  try {
    const { mediaType } = parseManifest(body)
    return typeof mediaType === 'string' ? mediaTypeOf(mediaType) : undefined
  } catch {
    return undefined
  }
}
