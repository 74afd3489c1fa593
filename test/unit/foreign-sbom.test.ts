import { describe, expect, it } from 'vitest'
import { diffPackages } from '../../src/core/report/changes.js'
import { sbomPackages } from '../../src/core/sbom/document.js'

// Another tool's SBOM, read for "what changed" (compare-to, nix-image diff), is anyone's document:
// its size, its count of components and the names in them are bounded and escaped where they go.

/** A CycloneDX document listing `count` components named `name` at `version`. */
const foreign = (count: number, name: string, version = '1'): string =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    components: Array.from({ length: count }, () => ({ name, version })),
  })

describe('the work a foreign SBOM can cause', () => {
  it('a name listed 100,000 times is grouped in one pass, not one copy per component', () => {
    // Copying the group per component costs n²/2: 5·10⁹ element copies here, far past this test's timeout.
    const before = sbomPackages(foreign(100_000, 'x', '1'))
    const after = sbomPackages(foreign(100_000, 'x', '2'))
    expect(diffPackages(before, after)).toEqual({
      added: [],
      removed: [],
      changed: [{ name: 'x', from: '1', to: '2' }],
      rebuilt: [],
    })
  })

  it('1,000,000 components of one name: refused in one line, before any comparison', () => {
    expect(() => sbomPackages(foreign(1_000_000, 'x'))).toThrow(
      /^the SBOM lists 1000000 components, more than the 100000 a comparison reads$/,
    )
  })
})
