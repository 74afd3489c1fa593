import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fromNixBase32, nixBase32 } from '../../src/core/base/nix-base32.js'
import { sha256Hex } from '../../src/core/nix/hash.js'

// The SHA-256 of nothing, in each notation Nix writes it (nixBase32's own test has the base32).
const EMPTY = createHash('sha256').update('').digest()
const HEX = EMPTY.toString('hex')
const BASE32 = '0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73'

describe("Nix's SHA-256 notations as hex", () => {
  it.each([
    ['SRI, as nix path-info --json writes it on Nix 2.8 and 2.26', `sha256-${EMPTY.toString('base64')}`],
    ['sha256:<base32>, as nix-store --query --hash and narinfo files write it', `sha256:${BASE32}`],
    ['sha256:<hex>', `sha256:${HEX}`],
  ])('%s', (_, hash) => {
    expect(sha256Hex(hash)).toBe(HEX)
  })

  it.each([
    ['another algorithm', `sha512-${createHash('sha512').update('').digest('base64')}`],
    ['a short digest', 'sha256-AAAA'],
    ['a character outside the base32 alphabet', `sha256:${BASE32.replace('0', 'e')}`],
    ['bits beyond the 256th', `sha256:z${BASE32.slice(1)}`],
    ['no algorithm', HEX],
    ['nothing', ''],
  ])('refuses %s', (_, hash) => {
    expect(sha256Hex(hash)).toBeUndefined()
  })

  it('decodes what nixBase32 encodes, for any bytes', () => {
    for (let seed = 0; seed < 64; seed++) {
      const bytes = createHash('sha256').update(String(seed)).digest()
      expect(fromNixBase32(nixBase32(bytes), 32)).toEqual(bytes)
      const folded = bytes.subarray(0, 20)
      expect(fromNixBase32(nixBase32(folded), 20)).toEqual(folded)
    }
  })
})
