import type { Dispatcher } from 'undici'
import type { NixImageError } from '../base/errors.js'
import { TransientError, type RetryPolicy, withRetry } from '../base/retry.js'
import type { Credentials, ImageName, Logger } from '../types.js'
import { answerError } from './answers.js'
import { type HttpResponse, httpRequest } from './http.js'
import { MAX_ANSWER_BYTES, REQUEST_TIMEOUT_MS } from './limits.js'
import { Authorizer } from './token.js'

// How a registry client talks to its registry, beneath the API calls of client.ts: HTTPS (or,
// for an insecure registry that does not answer it, plain HTTP), the authentication a 401 asks
// for, retries of passing faults, and the one line a refusal becomes.

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

export type Method = 'HEAD' | 'GET' | 'PUT' | 'POST' | 'DELETE'

/** The transport a RegistryClient's requests go through, one per repository. */
export class RegistryTransport {
  protected readonly image: ImageName
  protected readonly credentials?: Credentials
  protected readonly insecure: boolean
  protected readonly logger: Logger
  protected readonly retry?: RetryPolicy
  protected readonly timeoutMs: number
  protected dispatcher?: Dispatcher
  protected scheme?: 'https' | 'http'
  protected readonly auth: Authorizer

  constructor(options: RegistryClientOptions) {
    this.image = options.image
    this.credentials = options.credentials
    this.insecure = options.insecure
    this.logger = options.logger
    this.retry = options.retry
    this.timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
    this.auth = new Authorizer(options.image, options.credentials, options.insecure)
  }

  protected inRepository(path: string): string {
    return `/v2/${this.image.repository}/${path}`
  }

  /** One request to `path` on the registry, authenticated as the registry asks, retried. */
  protected async send(
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
        let response = await this.http(method, path, { ...headers, ...this.auth.header(actions) }, body, maxBytes)
        if (response.status === 401) {
          await this.auth.authenticate(response.headers['www-authenticate'], actions, this.httpOptions())
          response = await this.http(method, path, { ...headers, ...this.auth.header(actions) }, body, maxBytes)
        }
        return response
      },
      this.logger,
      this.retry,
    )
  }

  protected async http(
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

  protected httpOptions(): { timeoutMs: number; insecure: boolean; dispatcher?: Dispatcher } {
    return { timeoutMs: this.timeoutMs, insecure: this.insecure, dispatcher: this.dispatcher }
  }

  /** HTTPS always; plain HTTP only when asked for an insecure registry and HTTPS does not answer. */
  protected async probeScheme(): Promise<'https' | 'http'> {
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

  protected expectOk(response: HttpResponse, what: string): void {
    if (response.status < 200 || response.status >= 300) throw this.answerError(response, what)
  }

  protected answerError(response: HttpResponse, what: string): NixImageError {
    return answerError(this.image, response, what, this.auth.secrets(), Boolean(this.credentials))
  }
}
