import { describe, expect, it } from 'vitest'
import { changesMarkdown, diffPackages } from '../../src/core/report/changes.js'
import { sbomPackages } from '../../src/core/sbom/document.js'
import type { ImageChanges, PushResult, SetResult } from '../../src/core/types.js'
import { mergeRequestNote, setMergeRequestNote } from '../../src/gitlab/api.js'

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

/** What changed when the image before listed `count` packages another tool named, and the image now lists none. */
function manyRemoved(count: number, name = (i: number) => `foreign-package-number-${i}`): ImageChanges {
  const before = Array.from({ length: count }, (_, i) => ({ name: name(i), version: '1.0' }))
  return {
    from: { ref: 'r.example/app:latest', digest: `sha256:${'1'.repeat(64)}` },
    to: { ref: 'r.example/app:new', digest: `sha256:${'2'.repeat(64)}` },
    ...diffPackages(before, []),
  }
}
const pushed = (changes: ImageChanges): PushResult =>
  ({
    ref: 'r.example/app:new',
    digestRef: 'r.example/app@sha256:2',
    tag: 'new',
    tagSource: 'imageTag',
    kind: 'docker-archive',
    pushed: true,
    skipped: false,
    dryRun: false,
    changes,
  }) as PushResult
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

describe('reports of what changed stay within what their destination takes', () => {
  it("60,000 removed packages: the merge request note stays under GitLab's 1,000,000 characters and counts the rest", () => {
    const note = mergeRequestNote(pushed(manyRemoved(60_000)))
    expect(bytes(note)).toBeLessThanOrEqual(1_000_000)
    expect(note).toContain('| foreign-package-number-0 | 1.0 | – (removed) |')
    const more = /\| …and (\d{1,3}(?:,\d{3})*) more \| \| \|/.exec(note)
    expect(more).not.toBeNull()
    const listed = note.split('\n').filter((line) => line.startsWith('| foreign-package-number-')).length
    expect(listed + Number(more![1]!.replace(/,/g, ''))).toBe(60_000)
  })

  it('a set of three images, each with 60,000: one note, still under the limit', () => {
    const entry = (name: string) => ({
      ...pushed(manyRemoved(60_000)),
      name,
      image: 'r.example/app',
      extraTags: [],
      timings: {},
      reason: '',
      outPath: '',
    })
    const result = { images: [entry('a'), entry('b'), entry('c')], failed: [] } as unknown as SetResult
    const note = setMergeRequestNote(result, 'r.example/app')
    expect(bytes(note)).toBeLessThanOrEqual(1_000_000)
    expect(note).toContain('#### `a`')
  })

  it('a section given room for 10 KiB takes no more, whatever the names hold', () => {
    const wide = changesMarkdown(
      manyRemoved(5_000, (i) => `<${'ü'.repeat(40)}|${i}>`),
      10 << 10,
    )
    expect(bytes(wide)).toBeLessThanOrEqual(10 << 10)
    expect(wide).toMatch(/…and 4,\d{3} more/)
  })
})
