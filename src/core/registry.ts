import { createHash } from 'node:crypto'
import type { Dispatcher } from 'undici'
import { NixImageError, RegistryAuthError } from './errors.js'
import { TransientError, parseRetryAfter, withRetry, type RetryPolicy } from './retry.js'
import type { Credentials, ImageName, Logger } from './types.js'

// Every manifest type a tag may point at. Without this list Docker Hub answers with a schema1
// manifest whose digest differs from the one clients pull.
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]

const REQUEST_TIMEOUT_MS = 30_000

export interface ManifestInfo {
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
}

interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * A client for the parts of the OCI distribution API that nix-image needs: is a tag there, and
 * point another tag at an existing manifest. Authenticates the way registries ask to (Basic, or
 * a Bearer token from the realm named in the 401 challenge, which may be another host).
 */
export class RegistryClient {
  private readonly image: ImageName
  private readonly credentials?: Credentials
  private readonly insecure: boolean
  private readonly logger: Logger
  private readonly retry?: RetryPolicy
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
      const { tags } = JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null }
      return (tags ?? []).length > 0
    } catch {
      return true
    }
  }

  /** HEAD the tag: its manifest digest, or undefined when the registry does not have it. */
  async findManifest(reference: string): Promise<ManifestInfo | undefined> {
    const response = await this.send('HEAD', this.inRepository(`manifests/${reference}`), { accept: MANIFEST_TYPES.join(', ') }, 'pull')
    if (response.status === 404) return undefined
    this.expectOk(response, `HEAD manifest ${reference}`)
    const digest = response.headers['docker-content-digest']
    const mediaType = response.headers['content-type'] ?? ''
    const size = Number(response.headers['content-length'] ?? Number.NaN)
    // Some registries leave the digest out of HEAD answers; the manifest's own bytes then tell it.
    if (!digest || !Number.isFinite(size)) return (await this.getManifest(reference)).info
    return { digest, mediaType, size }
  }

  async getManifest(reference: string): Promise<{ info: ManifestInfo; body: Buffer }> {
    const response = await this.send('GET', this.inRepository(`manifests/${reference}`), { accept: MANIFEST_TYPES.join(', ') }, 'pull')
    this.expectOk(response, `GET manifest ${reference}`)
    const body = response.body
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    return { info: { digest, mediaType: response.headers['content-type'] ?? '', size: body.length }, body }
  }

  /** Points `tag` at the manifest `digest` already in the repository: no blob moves. */
  async addTag(digest: string, tag: string): Promise<void> {
    const { info, body } = await this.getManifest(digest)
    const response = await this.send('PUT', this.inRepository(`manifests/${tag}`), { 'content-type': info.mediaType }, 'pull,push', body)
    this.expectOk(response, `PUT manifest ${tag}`)
  }

  private inRepository(path: string): string {
    return `/v2/${this.image.repository}/${path}`
  }

  /** One request to `url` (a path on the registry), authenticated as the registry asks, retried. */
  private async send(
    method: 'HEAD' | 'GET' | 'PUT',
    url: string,
    headers: Record<string, string>,
    actions: string,
    body?: Buffer,
  ): Promise<HttpResponse> {
    return withRetry(
      `${method} ${this.image.registry}${url}`,
      async () => {
        let response = await this.http(method, url, { ...headers, ...this.authHeader(actions) }, body)
        if (response.status === 401) {
          await this.authenticate(response.headers['www-authenticate'], actions)
          response = await this.http(method, url, { ...headers, ...this.authHeader(actions) }, body)
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
      this.authorization = basicAuth(this.credentials)
      return
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
      throw new NixImageError(`registry ${this.image.registry} answered 401 without a usable challenge (${header ?? 'none'})`)
    }
    const scope = this.scope(actions)
    const realm = new URL(challenge.params.realm)
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service)
    realm.searchParams.set('scope', scope)
    if (this.credentials) realm.searchParams.set('account', this.credentials.username)
    const headers: Record<string, string> = this.credentials ? { authorization: basicAuth(this.credentials) } : {}
    const response = await this.fetch('GET', realm, headers)
    if (response.status === 401 || response.status === 403) throw this.authError(response.status)
    if (response.status >= 500 || response.status === 429) {
      throw new TransientError(`token server ${realm.host} answered ${response.status}`, parseRetryAfter(response.headers['retry-after']))
    }
    if (response.status !== 200) {
      throw new NixImageError(`token server ${realm.host} answered ${response.status} for ${scope}`)
    }
    const answer = JSON.parse(response.body.toString('utf8')) as { token?: string; access_token?: string; expires_in?: number }
    const token = answer.token ?? answer.access_token
    if (!token) throw new NixImageError(`token server ${realm.host} answered without a token`)
    // Refresh a little early so a token never expires between check and use.
    const lifetime = Math.max(10, (answer.expires_in ?? 60) - 5) * 1000
    this.tokens.set(scope, { header: `Bearer ${token}`, expiresAt: Date.now() + lifetime })
  }

  private async http(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<HttpResponse> {
    if (!this.scheme) this.scheme = await this.probeScheme()
    return this.fetch(method, new URL(`${this.scheme}://${this.image.registry}${path}`), headers, body)
  }

  /** HTTPS always; plain HTTP only when asked for an insecure registry and HTTPS does not answer. */
  private async probeScheme(): Promise<'https' | 'http'> {
    if (!this.insecure) return 'https'
    try {
      await this.fetch('GET', new URL(`https://${this.image.registry}/v2/`), {})
      return 'https'
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      this.logger.debug(`${this.image.registry} does not answer HTTPS; using plain HTTP (insecure registry)`)
      return 'http'
    }
  }

  private async fetch(method: string, url: URL, headers: Record<string, string>, body?: Buffer): Promise<HttpResponse> {
    const { Agent, request } = await import('./http.js')
    if (this.insecure) this.dispatcher ??= new Agent({ connect: { rejectUnauthorized: false } })
    let response: Dispatcher.ResponseData
    try {
      response = await request(url, {
        method: method as Dispatcher.HttpMethod,
        headers: { 'user-agent': 'nix-image', ...headers },
        body,
        dispatcher: this.dispatcher,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
    } catch (error) {
      throw this.connectionError(url, error as NodeJS.ErrnoException)
    }
    const data = method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(await response.body.arrayBuffer())
    if (method === 'HEAD') await response.body.dump()
    const status = response.statusCode
    const flat = flattenHeaders(response.headers)
    if (status >= 500 || status === 429) {
      throw new TransientError(`${url.host} answered ${status}`, parseRetryAfter(flat['retry-after']))
    }
    return { status, headers: flat, body: data }
  }

  private connectionError(url: URL, error: NodeJS.ErrnoException): Error {
    const code = error.code ?? error.name
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/i.test(`${code} ${error.message}`) && !this.insecure) {
      return new NixImageError(
        `TLS connection to ${url.host} failed (${code}): for a registry with a self-signed certificate or plain HTTP, set insecure-registry`,
      )
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return new NixImageError(`registry ${url.host} is unreachable (${code}): check the registry host in image`)
    }
    // Refused, reset, timed out: likely passing, so retried within the bound.
    return new TransientError(`registry ${url.host} is unreachable (${code}): check the registry host in image and that the registry is up`)
  }

  private expectOk(response: HttpResponse, what: string): void {
    if (response.status === 401 || response.status === 403) throw this.authError(response.status)
    if (response.status < 200 || response.status >= 300) {
      throw new NixImageError(`registry ${this.image.registry} answered ${response.status} to ${what}: ${registryErrorText(response.body)}`)
    }
  }

  private authError(status: number): RegistryAuthError {
    const where = `registry ${this.image.registry} (${this.image.repository})`
    const ghcr = this.image.registry === 'ghcr.io'
      ? '; on GitHub Actions the workflow needs `permissions: packages: write`, and a package first pushed with a personal token must be linked to this repository'
      : ''
    if (status === 403) return new RegistryAuthError(`${where} denied access (403): the credentials lack push permission${ghcr}`)
    if (!this.credentials) return new RegistryAuthError(`${where} requires credentials (401): give a registry username and password${ghcr}`)
    return new RegistryAuthError(`${where} rejected the credentials (401): check the registry username and password${ghcr}`)
  }
}

interface HttpResponse {
  status: number
  headers: Record<string, string | undefined>
  body: Buffer
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(headers)) flat[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  return flat
}

function basicAuth(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
}

/** Parses `Bearer realm="…",service="…",scope="…"` (quoted values may hold commas). */
export function parseChallenge(header: string): Challenge {
  const space = header.indexOf(' ')
  const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase()
  const params: Record<string, string> = {}
  const pattern = /([a-zA-Z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g
  for (const match of header.slice(space + 1).matchAll(pattern)) {
    params[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? ''
  }
  return { scheme, params }
}

function registryErrorText(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: Array<{ code?: string; message?: string }> }
    const first = parsed.errors?.[0]
    if (first) return [first.code, first.message].filter(Boolean).join(': ')
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.toString('utf8').slice(0, 200).trim() || 'no details'
}
