import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { indexTag, platformText } from '../../src/core/registry/image-index.js'
import { nixBase32 } from '../../src/core/base/nix-base32.js'
import { parseJobs } from '../../src/adapter/inputs.js'
import { mapLimit } from '../../src/core/base/concurrency.js'
import { isNixSystem, planEvaluation } from '../../src/core/plan/plan.js'
import type { EvalInfo } from '../../src/core/nix/nix.js'
import { dotenvReport, setDotenvReport, validateDotenvPrefix } from '../../src/gitlab/dotenv.js'
import type { SetEntry } from '../../src/core/types.js'

const HASH_A = 'bhvhf4ndzxgqnlwzv5s272i5xs2qs6v0'
const HASH_B = '0c9wl6hmwd2k2fpn7l1s5xkwjy8rxm8a'

const image = (name: string, tag: string, system = 'x86_64-linux'): EvalInfo => ({
  isDerivation: true,
  outPath: `/nix/store/${tag}-${name}.tar.zst`,
  drvPath: `/nix/store/${tag}-${name}.tar.zst.drv`,
  drvName: `${name}.tar.zst`,
  imageName: name,
  imageTag: tag,
  isExe: false,
  hasCopyTo: false,
  system,
  copyToPath: null,
  copyToDrvPath: null,
})
const set = (members: Record<string, EvalInfo>): EvalInfo => ({
  ...image('x', HASH_A),
  isDerivation: false,
  outPath: null,
  drvPath: null,
  drvName: null,
  members,
})

describe('index tag', () => {
  it("is Nix's base32 (checked against `nix hash to-base32`)", () => {
    expect(nixBase32(createHash('sha256').update('').digest())).toBe(
      '0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73',
    )
  })
  it('is 32 Nix base32 characters, independent of member order, and changes with any member', () => {
    const tag = indexTag([
      { system: 'x86_64-linux', tag: HASH_A },
      { system: 'aarch64-linux', tag: HASH_B },
    ])
    expect(tag).toMatch(/^[0-9abcdfghijklmnpqrsvwxyz]{32}$/)
    expect(
      indexTag([
        { system: 'aarch64-linux', tag: HASH_B },
        { system: 'x86_64-linux', tag: HASH_A },
      ]),
    ).toBe(tag)
    expect(
      indexTag([
        { system: 'x86_64-linux', tag: HASH_A },
        { system: 'aarch64-linux', tag: HASH_A },
      ]),
    ).not.toBe(tag)
  })
  it.each([
    [{ os: 'linux', architecture: 'arm64' }, 'linux/arm64'],
    [{ os: 'linux', architecture: 'arm', variant: 'v7' }, 'linux/arm/v7'],
  ])('platform %j is %s', (platform, text) => expect(platformText(platform)).toBe(text))
})

describe('planEvaluation', () => {
  it('a derivation is one image', () => {
    expect(planEvaluation(image('app', HASH_A), 'x.nix').type).toBe('image')
  })
  it('a set of images: each to <image>/<name>, lowercased', () => {
    const plan = planEvaluation(set({ Api: image('api', HASH_A), worker: image('worker', HASH_B) }), 'x.nix')
    expect(
      plan.type === 'set' && plan.plan.images.map((entry) => [entry.name, entry.repositorySuffix, entry.evaluated.tag]),
    ).toEqual([
      ['Api', '/api', HASH_A],
      ['worker', '/worker', HASH_B],
    ])
  })
  it('a platform set: members in the same repository, the index tag from their tags; a given tag names the index', () => {
    const info = set({ 'x86_64-linux': image('app', HASH_A), 'aarch64-linux': image('app', HASH_B, 'aarch64-linux') })
    const plan = planEvaluation(info, 'x.nix')
    if (plan.type !== 'set') throw new Error('not a set')
    const [index] = plan.plan.indexes
    expect(index?.members.map((member) => [member.member, member.repositorySuffix, member.system])).toEqual([
      ['aarch64-linux', '', 'aarch64-linux'],
      ['x86_64-linux', '', 'x86_64-linux'],
    ])
    expect(index?.tag).toBe(
      indexTag([
        { system: 'x86_64-linux', tag: HASH_A },
        { system: 'aarch64-linux', tag: HASH_B },
      ]),
    )
    const given = planEvaluation(info, 'x.nix', 'v1')
    expect(
      given.type === 'set' && [given.plan.indexes[0]?.tag, given.plan.indexes[0]?.members[0]?.evaluated.tag],
    ).toEqual(['v1', HASH_B])
  })
  it('refuses an empty set and a member that is neither an image nor a platform set, naming it', () => {
    expect(() => planEvaluation(set({}), 'x.nix')).toThrow(/without images/)
    expect(() =>
      planEvaluation(set({ api: image('api', HASH_A), lib: set({ a: image('a', HASH_A) }) }), 'x.nix'),
    ).toThrow(/attribute lib is neither an image/)
  })
  it.each([
    ['x86_64-linux', true],
    ['aarch64-darwin', true],
    ['armv7l-linux', true],
    ['api', false],
    ['web-linux-app', false],
  ])('%s is a Nix system: %s', (name, expected) => expect(isNixSystem(name)).toBe(expected))
})

describe('small parts', () => {
  it('jobs is a positive count', () => {
    expect(parseJobs('4', '--jobs')).toBe(4)
    expect(() => parseJobs('0', '--jobs')).toThrow(/--jobs '0' is not a count/)
  })
  it('mapLimit runs at most the limit at once', async () => {
    let running = 0
    let most = 0
    await mapLimit([1, 2, 3, 4, 5], 2, async () => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setImmediate(resolve))
      running--
    })
    expect(most).toBe(2)
  })
})

describe('GitLab dotenv', () => {
  const entry = (name: string, fields: Partial<SetEntry> = {}): SetEntry => ({
    name,
    image: `r/${name}`,
    tag: 't',
    ref: `r/${name}:t`,
    digest: 'sha256:d',
    digestRef: `r/${name}@sha256:d`,
    outPath: '',
    kind: 'docker-archive',
    tagSource: 'imageTag',
    pushed: true,
    skipped: false,
    dryRun: false,
    extraTags: [],
    reason: '',
    timings: {},
    ...fields,
  })
  const noWarning = (message: string): never => {
    throw new Error(`unexpected warning: ${message}`)
  }
  it('names each image <PREFIX>_<NAME>_*, NAME uppercased with other characters _; a platform set index is <PREFIX>_*', () => {
    const sbom = { artifact: 'sha256:s', state: 'attached' as const, file: 'backend.api.cdx.json' }
    const report = setDotenvReport(
      { images: [entry('api', { sbom }), entry('app.aarch64-linux'), entry('', { kind: 'index' })], failed: [] },
      'BACKEND',
      noWarning,
    )
    const keys = ['REF', 'DIGEST', 'DIGEST_REF', 'TAG', 'PUSHED', 'SBOM_FILE', 'SBOM_DIGEST']
    expect(
      report
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('=')[0]),
    ).toEqual([
      ...keys.map((key) => `BACKEND_API_${key}`),
      ...keys.map((key) => `BACKEND_APP_AARCH64_LINUX_${key}`),
      ...keys.map((key) => `BACKEND_${key}`),
    ])
    // Each image's own SBOM file; none for an image without one, nor for the index.
    expect(report).toContain('BACKEND_API_SBOM_FILE=backend.api.cdx.json\nBACKEND_API_SBOM_DIGEST=sha256:s\n')
    expect(report).toContain('BACKEND_APP_AARCH64_LINUX_SBOM_FILE=\n')
  })
  it('refuses two names that would share variables, and a prefix that is no variable name', () => {
    expect(() => setDotenvReport({ images: [entry('a-b'), entry('a_b')], failed: [] }, 'NIX_IMAGE', noWarning)).toThrow(
      /share the dotenv names NIX_IMAGE_A_B_\*/,
    )
    expect(() => validateDotenvPrefix('1X')).toThrow(/dotenv_prefix/)
  })
  it('a single image keeps its names, under the prefix', () => {
    expect(dotenvReport(entry('') as never, 'WEB', noWarning)).toMatch(/^WEB=r\/\nWEB_TAG=t\n/)
  })
})
