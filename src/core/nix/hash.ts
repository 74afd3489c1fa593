// Nix's hash notations, in one place: its base32 (the store path hashes' alphabet, no e, o, u,
// t) and the ways it writes a SHA-256 (`nix path-info --json` writes SRI `sha256-<base64>` on
// Nix 2.8 and 2.26; `nix-store --query --hash` and binary caches' narinfo files write
// `sha256:<base32>`; a hex digest is accepted after `sha256:` too).

const NIX_BASE32 = '0123456789abcdfghijklmnpqrsvwxyz'
const SHA256_BYTES = 32

/** Nix's base32: the bits read from the end of the bytes, five at a time. */
export function nixBase32(bytes: Buffer): string {
  const length = Math.ceil((bytes.length * 8) / 5)
  let text = ''
  for (let n = length - 1; n >= 0; n--) {
    const bit = n * 5
    const i = Math.floor(bit / 8)
    const j = bit % 8
    const value = ((bytes[i]! >> j) | (i + 1 < bytes.length ? bytes[i + 1]! << (8 - j) : 0)) & 0x1f
    text += NIX_BASE32[value]
  }
  return text
}

/**
 * The `size` bytes `text` encodes in Nix's base32 (the inverse of nixBase32); undefined when it
 * is not that: a character outside the alphabet, the wrong length, or bits beyond the last byte.
 */
export function fromNixBase32(text: string, size: number): Buffer | undefined {
  if (text.length !== Math.ceil((size * 8) / 5)) return undefined
  const bytes = Buffer.alloc(size)
  for (let n = 0; n < text.length; n++) {
    // The last character holds the lowest bits.
    const digit = NIX_BASE32.indexOf(text[text.length - 1 - n]!)
    if (digit < 0) return undefined
    const bit = n * 5
    const i = Math.floor(bit / 8)
    const j = bit % 8
    bytes[i]! |= (digit << j) & 0xff
    const carry = digit >> (8 - j)
    if (i + 1 < size) bytes[i + 1]! |= carry
    else if (carry !== 0) return undefined
  }
  return bytes
}

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
