import { generateKeyPairSync } from 'node:crypto'
import { NixImageError } from '../base/errors.js'

// Nix's binary cache keys are Ed25519 in libsodium's layout, written `name:base64`: the secret key
// is the 32-byte seed followed by the 32-byte public key, the public key those last 32 bytes
// (what `nix-store --generate-binary-cache-key` writes, and `nix key convert-secret-to-public`
// reads, on Nix 2.8 and 2.26 alike). Node's crypto makes and reads them without running Nix, so
// no key ever passes through a command line.

export interface SigningKey {
  /** `name:base64(seed ‖ public)`: only ever written to a 0600 file. */
  secret: string
  /** `name:base64(public)`: what substituters are told to trust. */
  publicKey: string
}

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** A fresh key pair named `name` (a cache's name, e.g. `nix-image-cache-1`). */
export function generateSigningKey(name: string): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url')
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  return {
    secret: `${name}:${Buffer.concat([seed, pub]).toString('base64')}`,
    publicKey: `${name}:${pub.toString('base64')}`,
  }
}

/**
 * Checks a secret key's shape and derives its public key. `source` names where it came from for
 * the error; the key itself is never quoted.
 */
export function parseSecretKey(text: string, source: string): SigningKey {
  const secret = text.trim()
  const colon = secret.indexOf(':')
  const name = secret.slice(0, colon)
  const bytes = Buffer.from(secret.slice(colon + 1), 'base64')
  if (colon <= 0 || !KEY_NAME.test(name) || bytes.length !== 64) {
    throw new NixImageError(
      `${source} is not a Nix binary cache secret key (name:base64 of 64 bytes): make one with nix-store --generate-binary-cache-key NAME secret.key public.key`,
    )
  }
  return { secret, publicKey: `${name}:${bytes.subarray(32).toString('base64')}` }
}

/** Checks a public key (`name:base64` of 32 bytes) given to trust a cache. */
export function validatePublicKey(text: string, source: string): string {
  const key = text.trim()
  const colon = key.indexOf(':')
  if (colon <= 0 || !KEY_NAME.test(key.slice(0, colon)) || Buffer.from(key.slice(colon + 1), 'base64').length !== 32) {
    throw new NixImageError(
      `${source} '${key}' is not a Nix public key: give it as NAME:BASE64, as in the cache's nix.conf trusted-public-keys line`,
    )
  }
  return key
}
