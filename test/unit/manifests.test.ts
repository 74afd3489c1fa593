import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { pinCommand, pinManifests, verifyManifests, type ManifestOptions } from '../../src/core/deploy/manifests.js'
import { parseImageName } from '../../src/core/registry/reference.js'

const fixtures = resolve(import.meta.dirname, '../fixtures/manifests')
const OLD = '0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const TAG = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
const OLD_DIGEST = `sha256:${'1'.repeat(64)}`
const DIGEST = `sha256:${'2'.repeat(64)}`
const ALL = ['app.yaml', 'workloads.yml', 'kustomization.yaml', 'values.yaml']

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nix-image-manifests-'))
  cpSync(fixtures, dir, { recursive: true })
  rmSync(join(dir, 'broken.yaml'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const options = (extra: Partial<ManifestOptions> = {}): ManifestOptions => ({
  image: parseImageName('ghcr.io/acme/app'),
  expected: { tag: TAG },
  patterns: ['*.yaml', '*.yml'],
  valuesKeys: ['image', 'worker.image'],
  allowNoReferences: false,
  cwd: dir,
  ...extra,
})
const read = (name: string, from = dir): string => readFileSync(join(from, name), 'utf8')

describe('verify', () => {
  it('finds the references of every workload kind, kustomize and values files, and ignores other repositories', async () => {
    const report = await verifyManifests(options())
    expect(report.ok).toBe(false)
    expect(report.files).toEqual(['app.yaml', 'kustomization.yaml', 'values.yaml', 'workloads.yml'])
    expect(
      report.findings.map(({ file, line, source, found, expected, ok }) => ({
        file,
        line,
        source,
        found,
        expected,
        ok,
      })),
    ).toEqual([
      {
        file: 'app.yaml',
        line: 13,
        source: 'container',
        found: `ghcr.io/acme/app:${OLD}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'app.yaml',
        line: 17,
        source: 'container',
        found: `ghcr.io/acme/app:${OLD}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'app.yaml',
        line: 43,
        source: 'container',
        found: `GHCR.io/acme/app:${OLD}`,
        expected: `GHCR.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'kustomization.yaml',
        line: 7,
        source: 'kustomization',
        found: `ghcr.io/acme/app:${OLD}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'kustomization.yaml',
        line: 12,
        source: 'kustomization',
        found: `ghcr.io/acme/app@${OLD_DIGEST}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'values.yaml',
        line: 4,
        source: 'values',
        found: `ghcr.io/acme/app:${OLD}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'values.yaml',
        line: 9,
        source: 'values',
        found: `ghcr.io/acme/app:${OLD}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'workloads.yml',
        line: 12,
        source: 'container',
        found: `ghcr.io/acme/app:${OLD}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'workloads.yml',
        line: 21,
        source: 'container',
        found: `ghcr.io/acme/app:${OLD}@${OLD_DIGEST}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'workloads.yml',
        line: 30,
        source: 'container',
        found: `ghcr.io/acme/app@${OLD_DIGEST}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
      {
        file: 'workloads.yml',
        line: 53,
        source: 'container',
        found: `ghcr.io/acme/app:${OLD}`,
        expected: `ghcr.io/acme/app:${TAG}`,
        ok: false,
      },
    ])
  })

  it('accepts REPO:tag, REPO:tag@digest, and REPO@digest when the digest is known', async () => {
    const pod = (image: string) =>
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`
    writeFileSync(
      join(dir, 'ok.yaml'),
      [
        pod(`ghcr.io/acme/app:${TAG}`),
        pod(`ghcr.io/acme/app:${TAG}@${DIGEST}`),
        pod(`ghcr.io/acme/app@${DIGEST}`),
      ].join('---\n'),
    )
    const known = await verifyManifests(options({ patterns: ['ok.yaml'], expected: { tag: TAG, digest: DIGEST } }))
    expect(known.findings.map((finding) => finding.ok)).toEqual([true, true, true])
    const unknown = await verifyManifests(options({ patterns: ['ok.yaml'] }))
    expect(unknown.findings.map((finding) => finding.ok)).toEqual([true, true, false])
  })

  it('names the file, line and column of YAML it cannot parse', async () => {
    await expect(verifyManifests(options({ patterns: [join(fixtures, 'broken.yaml')] }))).rejects.toThrow(
      /broken\.yaml:\d+:\d+: not valid YAML: /,
    )
  })

  it('fails on a glob that matches nothing, and on no reference at all unless allowed', async () => {
    await expect(verifyManifests(options({ patterns: ['deploy/*.yaml'] }))).rejects.toThrow(
      `--manifests 'deploy/*.yaml' matches no file in ${dir}: fix the path or glob`,
    )
    const other = options({ image: parseImageName('ghcr.io/acme/typo') })
    await expect(verifyManifests(other)).rejects.toThrow(
      /no image in .* is from ghcr.io\/acme\/typo: check --image and --manifests/,
    )
    expect((await verifyManifests({ ...other, allowNoReferences: true })).ok).toBe(true)
  })

  it('prints a fix command that needs no evaluation', () => {
    expect(pinCommand(options({ patterns: ['deploy/**/*.yaml'], expected: { tag: TAG, digest: DIGEST } }))).toBe(
      `nix-image pin --image ghcr.io/acme/app --manifests 'deploy/**/*.yaml' --values-key image --values-key worker.image --tag ${TAG} --digest ${DIGEST}`,
    )
  })
})

describe('pin', () => {
  it('changes only the image strings, keeping comments, quoting and indentation', async () => {
    const { changed } = await pinManifests(options())
    expect(changed).toEqual(['app.yaml', 'kustomization.yaml', 'values.yaml', 'workloads.yml'])
    // Byte for byte: the originals with exactly these substitutions.
    expect(read('app.yaml')).toBe(
      read('app.yaml', fixtures)
        .replace(`"ghcr.io/acme/app:${OLD}"`, `"ghcr.io/acme/app:${TAG}"`)
        .replace(`image: ghcr.io/acme/app:${OLD}\n`, `image: ghcr.io/acme/app:${TAG}\n`)
        .replace(`'GHCR.io/acme/app:${OLD}'`, `'GHCR.io/acme/app:${TAG}'`),
    )
    expect(read('app.yaml')).toContain(`# The app and its jobs. Old tag: ${OLD}`)
    expect(read('workloads.yml')).toBe(
      read('workloads.yml', fixtures)
        .replace(`{name: tools, image: ghcr.io/acme/app:${OLD}}`, `{name: tools, image: ghcr.io/acme/app:${TAG}}`)
        .replace(`ghcr.io/acme/app:${OLD}@${OLD_DIGEST}`, `ghcr.io/acme/app:${TAG}`)
        .replace(`ghcr.io/acme/app@${OLD_DIGEST}`, `ghcr.io/acme/app:${TAG}`)
        .replace(`image: ghcr.io/acme/app:${OLD}\n`, `image: ghcr.io/acme/app:${TAG}\n`),
    )
    expect(read('kustomization.yaml')).toBe(
      read('kustomization.yaml', fixtures)
        .replace(`newTag: ${OLD}`, `newTag: ${TAG}`)
        .replace(`    digest: ${OLD_DIGEST}\n`, `    newTag: ${TAG}\n`),
    )
    expect(read('values.yaml')).toBe(
      read('values.yaml', fixtures)
        .replace(`tag: "${OLD}"`, `tag: "${TAG}"`)
        .replace(`image: ghcr.io/acme/app:${OLD}`, `image: ghcr.io/acme/app:${TAG}`),
    )
  })

  it('is idempotent, and verify passes after it', async () => {
    await pinManifests(options({ expected: { tag: TAG, digest: DIGEST } }))
    const after = Object.fromEntries(ALL.map((name) => [name, read(name)]))
    expect((await verifyManifests(options({ expected: { tag: TAG, digest: DIGEST } }))).ok).toBe(true)
    const again = await pinManifests(options({ expected: { tag: TAG, digest: DIGEST } }))
    expect(again.changed).toEqual([])
    for (const name of ALL) expect(read(name)).toBe(after[name])
    expect(read('kustomization.yaml')).toContain(`    digest: ${DIGEST}\n`)
  })

  it('quotes a numeric-looking tag it adds to a map', async () => {
    await pinManifests(options({ patterns: ['values.yaml'], expected: { tag: '1.0' } }))
    expect(read('values.yaml')).toContain('tag: "1.0"')
  })
})
