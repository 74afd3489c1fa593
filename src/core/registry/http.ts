import type { Dispatcher } from 'undici'
import { NixImageError } from '../base/errors.js'
import { TransientError, parseRetryAfter } from '../base/retry.js'
import { formatBytes } from '../base/words.js'
import { MAX_ANSWER_BYTES } from './limits.js'

/** One answer, its body read in full (and within its cap). */
export interface HttpResponse {
  status: number
  /** Lowercase names; a header sent several times is joined with `, ` (so it fails any check of one value). */
  headers: Record<string, string | undefined>
  body: Buffer
}

export interface HttpRequest {
  method: 'HEAD' | 'GET' | 'PUT' | 'POST' | 'DELETE'
  url: URL
  headers: Record<string, string>
  body?: Buffer
  /** Bytes of body accepted; more aborts the request. */
  maxBytes: number
  /** The body's chunk size, where a large body is read (a layer: 1 MiB chunks halve the per-chunk cost). */
  highWaterMark?: number
  timeoutMs: number
  /** Plain HTTP or unverified TLS was asked for. */
  insecure: boolean
  dispatcher?: Dispatcher
}

/**
 * Sends one request and reads its answer incrementally, aborting past `maxBytes` or after
 * `timeoutMs` for the whole exchange. 5xx and 429 and connection failures become TransientError.
 */
export async function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const response = await send(req)
  const headers = flattenHeaders(response.headers)
  const body = req.method === 'HEAD' ? await drain(response) : await readCapped(response, req, headers)
  const status = response.statusCode
  if (status >= 500 || status === 429)
    throw new TransientError(`${req.url.host} answered ${status}`, parseRetryAfter(headers['retry-after']))
  return { status, headers, body }
}

/** A 2xx answer whose body the caller reads as it comes (a layer-sized blob), or any other answer read in full. */
export type HttpStream =
  | { ok: true; headers: HttpResponse['headers']; body: AsyncIterable<Buffer> }
  | { ok: false; response: HttpResponse }

/**
 * As httpRequest, for a GET whose 2xx body is too large to hold: that body is handed over unread,
 * capped at `maxBytes` and bounded by `timeoutMs` like any other.
 */
export async function httpStream(req: HttpRequest): Promise<HttpStream> {
  const response = await send(req)
  const headers = flattenHeaders(response.headers)
  const status = response.statusCode
  if (status >= 200 && status < 300) return { ok: true, headers, body: capped(response, req, headers) }
  const body = await readCapped(response, { ...req, maxBytes: MAX_ANSWER_BYTES }, headers)
  if (status >= 500 || status === 429)
    throw new TransientError(`${req.url.host} answered ${status}`, parseRetryAfter(headers['retry-after']))
  return { ok: false, response: { status, headers, body } }
}

async function send(req: HttpRequest): Promise<Dispatcher.ResponseData> {
  const { request } = await import('./undici.js')
  try {
    return await request(req.url, {
      method: req.method,
      headers: { 'user-agent': 'nix-image', ...req.headers },
      body: req.body,
      dispatcher: req.dispatcher,
      signal: AbortSignal.timeout(req.timeoutMs),
      highWaterMark: req.highWaterMark,
    })
  } catch (error) {
    throw connectionError(req.url.host, error as NodeJS.ErrnoException, req)
  }
}

async function drain(response: Dispatcher.ResponseData): Promise<Buffer> {
  await response.body.dump()
  return Buffer.alloc(0)
}

async function readCapped(
  response: Dispatcher.ResponseData,
  req: HttpRequest,
  headers: HttpResponse['headers'],
): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of capped(response, req, headers)) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** The body's chunks, aborted past `maxBytes`; a broken connection becomes the error it means. */
async function* capped(
  response: Dispatcher.ResponseData,
  req: HttpRequest,
  headers: HttpResponse['headers'],
): AsyncGenerator<Buffer> {
  const tooLarge = (): NixImageError =>
    new NixImageError(
      `${req.url.host} answered ${req.method} ${req.url.pathname} with more than ${formatBytes(req.maxBytes)}: refusing to read it (a registry answer is never that large)`,
    )
  if (Number(headers['content-length']) > req.maxBytes) {
    response.body.destroy()
    throw tooLarge()
  }
  let total = 0
  let read = false
  try {
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      total += chunk.length
      if (total > req.maxBytes) throw tooLarge()
      yield chunk
    }
    read = true
  } catch (error) {
    if (error instanceof NixImageError) throw error
    throw connectionError(req.url.host, error as NodeJS.ErrnoException, req)
  } finally {
    // A reader that stopped early (or the cap) must not leave the answer half read.
    if (!read) response.body.destroy()
  }
}

function connectionError(host: string, error: NodeJS.ErrnoException, req: HttpRequest): Error {
  // An abort surfaces as a DOMException, whose `code` is a number.
  const code = typeof error.code === 'string' ? error.code : error.name
  if (code === 'TimeoutError' || code === 'AbortError' || code === 'UND_ERR_ABORTED') {
    return new TransientError(
      `registry ${host} did not answer ${req.method} ${req.url.pathname} in full within ${req.timeoutMs / 1000} s`,
    )
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/i.test(`${code} ${error.message}`) && !req.insecure) {
    return new NixImageError(
      `TLS connection to ${host} failed (${code}): for a registry with a self-signed certificate or plain HTTP, set insecure-registry`,
    )
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new NixImageError(`registry ${host} is unreachable (${code}): check the registry host in image`)
  }
  // Refused, reset, timed out: likely passing, so retried within the bound.
  return new TransientError(
    `registry ${host} is unreachable (${code}): check the registry host in image and that the registry is up`,
  )
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): HttpResponse['headers'] {
  const flat: HttpResponse['headers'] = {}
  for (const [key, value] of Object.entries(headers))
    flat[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  return flat
}
