import { createHash } from 'node:crypto'
import { visible } from '../base/escape.js'
import { isDigest } from './reference.js'
import { MAX_MANIFEST_BYTES, MAX_QUOTED_CHARS } from './limits.js'
import { NixImageError, RegistryAuthError } from '../base/errors.js'
import type { ImageName } from '../types.js'

// What a registry's answers claim, checked before anything uses it: the digest and media type
// reach step outputs, dotenv reports, manifest files and merge request notes.

/** `type/subtype` of a Content-Type, parameters dropped; undefined when it is not one. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type) ? type : undefined
}

export type DigestHeader = { kind: 'absent' } | { kind: 'valid'; digest: string } | { kind: 'invalid'; quoted: string }

/** The `Docker-Content-Digest` header: one OCI sha256 digest, or nothing; anything else is invalid. */
export function digestHeader(value: string | undefined): DigestHeader {
  if (value === undefined || value === '') return { kind: 'absent' }
  return isDigest(value) ? { kind: 'valid', digest: value } : { kind: 'invalid', quoted: visible(value).slice(0, 100) }
}

/** A Content-Length as a manifest size: a whole number within the manifest cap, else undefined. */
export function manifestSize(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,10}$/.test(value)) return undefined
  const size = Number(value)
  return size > 0 && size <= MAX_MANIFEST_BYTES ? size : undefined
}

export const sha256Digest = (body: Buffer): string => `sha256:${createHash('sha256').update(body).digest('hex')}`

/**
 * A registry's error text for an error message: the first OCI error, else the start of the body,
 * with every credential the request carried (and any Authorization value it echoes) taken out.
 */
export function registryErrorText(body: Buffer, secrets: string[]): string {
  let text = body.toString('utf8').slice(0, 4 * MAX_QUOTED_CHARS)
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: Array<{ code?: unknown; message?: unknown }> }
    const first = parsed.errors?.[0]
    if (first) text = [first.code, first.message].filter((part) => typeof part === 'string' && part).join(': ')
  } catch {
    // not JSON: the raw text
  }
  return visible(redact(text, secrets)).trim().slice(0, MAX_QUOTED_CHARS) || 'no details'
}

/** Takes out each secret, and whatever follows `Basic`/`Bearer` (an echoed Authorization header). */
export function redact(text: string, secrets: string[]): string {
  let redacted = text.replace(/\b(Basic|Bearer)(\s+)[^\s"',;]+/gi, '$1$2[redacted]')
  for (const secret of secrets) if (secret.length >= 4) redacted = redacted.split(secret).join('[redacted]')
  return redacted
}

/** A registry's refusal as one line: a 401 or 403 says how to fix the credentials, anything else quotes the registry. */
export function answerError(
  image: ImageName,
  response: { status: number; body: Buffer },
  what: string,
  secrets: string[],
  hasCredentials: boolean,
): NixImageError {
  if (response.status === 401 || response.status === 403) return authError(image, hasCredentials, response.status)
  return new NixImageError(
    `registry ${image.registry} answered ${response.status} to ${what}: ${registryErrorText(response.body, secrets)}`,
  )
}

export function invalidDigest(image: ImageName, reference: string, quoted: string): NixImageError {
  return new NixImageError(
    `registry ${image.registry} answered the digest '${quoted}' for ${reference}, which is not one sha256:<64 hex digits> digest: refusing to report it`,
  )
}

export function authError(image: ImageName, hasCredentials: boolean, status: number): RegistryAuthError {
  const where = `registry ${image.registry} (${image.repository})`
  const ghcr =
    image.registry === 'ghcr.io'
      ? '; on GitHub Actions the workflow needs `permissions: packages: write`, and a package first pushed with a personal token must be linked to this repository'
      : ''
  if (status === 403)
    return new RegistryAuthError(`${where} denied access (403): the credentials lack push permission${ghcr}`)
  if (!hasCredentials)
    return new RegistryAuthError(`${where} requires credentials (401): give a registry username and password${ghcr}`)
  return new RegistryAuthError(
    `${where} rejected the credentials (401): check the registry username and password${ghcr}`,
  )
}
