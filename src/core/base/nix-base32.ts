// Nix's base32, the alphabet of store path hashes (no e, o, u, t): an encoding every layer may
// need (store path hashes in nix/, index tags in registry/), so it stands in base/.

const NIX_BASE32 = '0123456789abcdfghijklmnpqrsvwxyz'

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
