import { NixImageError, type RegistryAuthError } from '../base/errors.js'
import { authError, redact } from './answers.js'
import { visible } from '../base/escape.js'
import { TransientError, parseRetryAfter } from '../base/retry.js'
import type { Credentials, ImageName } from '../types.js'
import { httpRequest, type HttpRequest } from './http.js'
import { MAX_ANSWER_BYTES, MAX_QUOTED_CHARS } from './limits.js'

export interface Challenge {
  scheme: string
  params: Record<string, string>
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

export function basicAuth(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
}

/**
 * The token realm a Bearer challenge names, checked before any credential goes there: an
 * absolute http(s) URL, and HTTPS unless the registry is declared insecure. A registry (or
 * whoever answers in its name) could otherwise have the password sent in clear, or anywhere.
 */
export function tokenRealm(realm: string, registry: string, insecure: boolean): URL {
  const quoted = visible(realm).slice(0, MAX_QUOTED_CHARS)
  let url: URL
  try {
    url = new URL(realm)
  } catch {
    throw new NixImageError(
      `registry ${registry} named the token realm '${quoted}', which is not an absolute URL: the registry's auth is misconfigured`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new NixImageError(
      `registry ${registry} named the token realm '${quoted}', which is not an http(s) URL: the registry's auth is misconfigured`,
    )
  }
  if (url.protocol === 'http:' && !insecure) {
    throw new NixImageError(
      `registry ${registry} asks for credentials at ${url.origin}, over plain HTTP: refused, they would travel in clear; set insecure-registry only for a registry on a network you trust`,
    )
  }
  return url
}

export interface TokenRequest {
  realm: URL
  scope: string
  service?: string
  credentials?: Credentials
  authError: (status: number) => RegistryAuthError
  http: Pick<HttpRequest, 'timeoutMs' | 'insecure' | 'dispatcher'>
}

// A token goes into an Authorization header: visible ASCII only (JWTs and opaque tokens alike).
const TOKEN = /^[\x21-\x7e]+$/

/** Asks the realm for a token for `scope`; returns the token and how long it may be used. */
export async function fetchToken(req: TokenRequest): Promise<{ token: string; lifetimeMs: number }> {
  const url = new URL(req.realm)
  if (req.service) url.searchParams.set('service', req.service)
  url.searchParams.set('scope', req.scope)
  if (req.credentials) url.searchParams.set('account', req.credentials.username)
  const headers: Record<string, string> = req.credentials ? { authorization: basicAuth(req.credentials) } : {}
  const response = await httpRequest({ ...req.http, method: 'GET', url, headers, maxBytes: MAX_ANSWER_BYTES })
  const host = url.host
  if (response.status === 401 || response.status === 403) throw req.authError(response.status)
  if (response.status >= 500 || response.status === 429) {
    throw new TransientError(
      `token server ${host} answered ${response.status}`,
      parseRetryAfter(response.headers['retry-after']),
    )
  }
  if (response.status !== 200)
    throw new NixImageError(`token server ${host} answered ${response.status} for ${req.scope}`)
  let answer: { token?: unknown; access_token?: unknown; expires_in?: unknown }
  try {
    answer = JSON.parse(response.body.toString('utf8')) as typeof answer
  } catch {
    const type = visible(response.headers['content-type'] ?? 'no content type').slice(0, 80)
    throw new NixImageError(
      `token server ${host} answered with something that is not JSON (${type}): check that the registry's token realm ${url.origin}${url.pathname} is its token service`,
    )
  }
  const token = typeof answer?.token === 'string' && answer.token ? answer.token : answer?.access_token
  if (typeof token !== 'string' || !token) throw new NixImageError(`token server ${host} answered without a token`)
  if (!TOKEN.test(token))
    throw new NixImageError(
      `token server ${host} answered a token with characters no token has (spaces or control characters)`,
    )
  const expiresIn = typeof answer.expires_in === 'number' && Number.isFinite(answer.expires_in) ? answer.expires_in : 60
  // Refresh a little early so a token never expires between check and use.
  return { token, lifetimeMs: Math.max(10, Math.min(expiresIn, 3600) - 5) * 1000 }
}

/**
 * What a client presents to its registry: Basic credentials, or a Bearer token per scope fetched
 * from the realm a 401 challenge names (which may be another host), kept until it expires.
 */
export class Authorizer {
  private basic?: string
  private readonly tokens = new Map<string, { header: string; expiresAt: number }>()

  constructor(
    private readonly image: ImageName,
    private readonly credentials: Credentials | undefined,
    private readonly insecure: boolean,
  ) {}

  /** The Authorization header for a request needing `actions` (`pull`, `pull,push`), if any is known. */
  header(actions: string): Record<string, string> {
    const token = this.tokens.get(this.scope(actions))
    if (token && token.expiresAt > Date.now()) return { authorization: token.header }
    return this.basic ? { authorization: this.basic } : {}
  }

  /** Answers the registry's 401 challenge `header`, so the request can be sent again. */
  async authenticate(header: string | undefined, actions: string, http: TokenRequest['http']): Promise<void> {
    const challenge = header ? parseChallenge(header) : undefined
    const refused = (status: number) => authError(this.image, Boolean(this.credentials), status)
    if (challenge?.scheme === 'basic') {
      if (!this.credentials) throw refused(401)
      // Only over HTTPS, or plain HTTP the user declared acceptable: the client uses http only then.
      this.basic = basicAuth(this.credentials)
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
      authError: refused,
      http,
    })
    this.tokens.set(scope, { header: `Bearer ${token}`, expiresAt: Date.now() + lifetimeMs })
  }

  /** Every credential a request may carry, for taking them out of quoted text. */
  secrets(): string[] {
    const secrets = [...this.tokens.values()].map((token) => token.header.slice('Bearer '.length))
    if (this.credentials) secrets.push(this.credentials.password, basicAuth(this.credentials).slice('Basic '.length))
    return secrets
  }

  private scope(actions: string): string {
    return `repository:${this.image.repository}:${actions}`
  }
}
