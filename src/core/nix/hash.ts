// The ways Nix writes a SHA-256: `nix path-info --json` writes SRI `sha256-<base64>` on Nix 2.8
// and 2.26; `nix-store --query --hash` and binary caches' narinfo files write `sha256:<base32>`;
// a hex digest is accepted after `sha256:` too.

import { fromNixBase32 } from '../base/nix-base32.js'

const SHA256_BYTES = 32

/** A SHA-256 as Nix writes it (SRI, `sha256:` with base32 or hex), as the 64 hex digits CycloneDX takes; undefined for anything else. */
export function sha256Hex(hash: string): string | undefined {
  let bytes: Buffer | undefined
  if (hash.startsWith('sha256-')) {
    const base64 = hash.slice('sha256-'.length)
    bytes = /^[A-Za-z0-9+/]{43}=$/.test(base64) ? Buffer.from(base64, 'base64') : undefined
  } else if (hash.startsWith('sha256:')) {
    const digest = hash.slice('sha256:'.length)
    bytes = /^[0-9a-f]{64}$/.test(digest) ? Buffer.from(digest, 'hex') : fromNixBase32(digest, SHA256_BYTES)
  }
  return bytes?.length === SHA256_BYTES ? bytes.toString('hex') : undefined
}
