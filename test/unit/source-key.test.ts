import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseImageName } from '../../src/core/registry/reference.js'
import { keyId, runnerSystem, sourceKey, type KeyContext } from '../../src/core/source/key.js'
import { parseRecord, recordManifest } from '../../src/core/source/record.js'

// Which sources a record may answer for, and what their key covers: real git repositories.

const work = mkdtempSync(join(tmpdir(), 'nix-image-source-key-'))
const image = parseImageName('127.0.0.1:5000/app')
const lock = (nodes: Record<string, unknown>) =>
  JSON.stringify({ nodes: { root: { inputs: {} }, ...nodes }, root: 'root', version: 7 })
const locked = { locked: { type: 'tarball', url: 'file:///big.tar.gz', narHash: 'sha256-AAAA' } }

function repo(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(work, 'repo-'))
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { stdio: 'pipe' })
  git('init', '-q')
  for (const [name, text] of Object.entries({
    'flake.nix': '{ outputs = _: { }; }',
    'flake.lock': lock({ big: locked }),
    ...files,
  })) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  git('add', '-A')
  git('commit', '-qm', 'first')
  return dir
}
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { encoding: 'utf8' }).trim()
const context = (cwd: string): KeyContext => ({ nix: '/nix/store/00000000000000000000000000000000-nix-2.28.3', cwd })
const flake = (ref: string) => ({ installable: { type: 'flake' as const, ref }, image })

describe('sourceKey', () => {
  it('keys a clean flake by its commit, folder, attribute, system, Nix and options', async () => {
    const dir = repo()
    const key = await sourceKey(flake('.#image'), context(dir))
    expect(key).toMatchObject({
      eligible: true,
      key: {
        source: { type: 'git-flake', commit: git(dir, 'rev-parse', 'HEAD'), dir: '', attr: 'image' },
        system: runnerSystem(),
        tag: null,
      },
    })
    const other = await sourceKey({ ...flake('.#image'), tag: 'v1' }, context(dir))
    expect(other.eligible && key.eligible && other.id !== key.id).toBe(true)
    const otherNix = await sourceKey(flake('.#image'), {
      ...context(dir),
      nix: 'installer:https://example.invalid/nix-2.29',
    })
    expect(otherNix.eligible && key.eligible && otherNix.id !== key.id).toBe(true)
    const otherSystem = await sourceKey(flake('.#image'), { ...context(dir), system: 'aarch64-linux' })
    expect(otherSystem.eligible && key.eligible && otherSystem.id !== key.id).toBe(true)
  })

  it('gives a new commit with the same tree a new key (an expression may read self.rev)', async () => {
    const dir = repo()
    const before = await sourceKey(flake('.#image'), context(dir))
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'same tree')
    const after = await sourceKey(flake('.#image'), context(dir))
    expect(before.eligible && after.eligible && before.id !== after.id).toBe(true)
  })

  it('keys a flake in a folder of the repository with that folder', async () => {
    const dir = repo({ 'sub/flake.nix': '{ outputs = _: { }; }', 'sub/flake.lock': lock({}) })
    const key = await sourceKey(flake('./sub#app'), context(dir))
    expect(key).toMatchObject({ eligible: true, key: { source: { dir: 'sub', attr: 'app' } } })
  })

  it.each([
    ['a modified tracked file', (dir: string) => writeFileSync(join(dir, 'flake.nix'), '{ outputs = _: { x = 1; }; }')],
    [
      'an untracked file that is git added',
      (dir: string) => {
        writeFileSync(join(dir, 'new.nix'), '1')
        git(dir, 'add', 'new.nix')
      },
    ],
    ['a deleted tracked file', (dir: string) => git(dir, 'rm', '-q', '--cached', 'flake.nix')],
  ])('is not eligible with %s', async (_, change) => {
    const dir = repo()
    change(dir)
    expect(await sourceKey(flake('.#image'), context(dir))).toEqual({
      eligible: false,
      why: 'tracked files are modified (git status)',
    })
  })

  it('ignores untracked files, which Nix leaves out of a git flake', async () => {
    const dir = repo()
    writeFileSync(join(dir, 'notes.txt'), 'not in the flake')
    expect((await sourceKey(flake('.#image'), context(dir))).eligible).toBe(true)
  })

  it.each([
    [
      'an unlocked input',
      lock({ big: { original: { type: 'github', owner: 'o', repo: 'r' } } }),
      /leaves input "big" unlocked/,
    ],
    [
      'a path input outside the repository',
      lock({ big: { locked: { type: 'path', path: '/elsewhere', narHash: 'sha256-AAAA' } } }),
      /"big" is a path outside the repository/,
    ],
    ['a lock file that is not JSON', '{', /flake.lock is not JSON/],
  ])('is not eligible with %s', async (_, text, why) => {
    const dir = repo({ 'flake.lock': text })
    const key = await sourceKey(flake('.#image'), context(dir))
    expect(key.eligible).toBe(false)
    expect(!key.eligible && key.why).toMatch(why)
  })

  it('is not eligible without a tracked flake.lock, outside git, for another flake source or a Nix file', async () => {
    const untracked = repo()
    git(untracked, 'rm', '-q', '--cached', 'flake.lock')
    git(untracked, 'commit', '-qm', 'no lock')
    expect(await sourceKey(flake('.#image'), context(untracked))).toEqual({
      eligible: false,
      why: 'flake.lock is not tracked by git',
    })
    const plain = mkdtempSync(join(work, 'plain-'))
    expect((await sourceKey(flake('.#image'), context(plain))).eligible).toBe(false)
    for (const ref of ['github:o/r#image', 'path:.#image', 'git+https://example.invalid/r#image', '.?dir=x#image']) {
      expect((await sourceKey(flake(ref), context(repo()))).eligible, ref).toBe(false)
    }
    expect(
      (await sourceKey({ installable: { type: 'file', file: 'image.nix', attr: '' }, image }, context(repo())))
        .eligible,
    ).toBe(false)
    expect(await sourceKey(flake('.#image'), { ...context(repo()), nix: undefined })).toEqual({
      eligible: false,
      why: 'no Nix on PATH to name in the key',
    })
  })

  it('keys a package list by its generated expression', async () => {
    const packages = {
      installable: { type: 'packages' as const, list: { packages: ['jq'], allowUnpinned: false } },
      image,
    }
    const a = await sourceKey(packages, context(work), 'expression a')
    const b = await sourceKey(packages, context(work), 'expression b')
    expect(a.eligible && b.eligible && a.id !== b.id).toBe(true)
    expect((await sourceKey(packages, context(work))).eligible).toBe(false)
  })
})

/** A record's manifest as a test changes it. */
type Written = { artifactType: string; subject: Record<string, unknown>; annotations: Record<string, string> }

describe('parseRecord', () => {
  const key = {
    rules: 1,
    source: { type: 'git-flake' as const, commit: 'c'.repeat(40), dir: '', attr: 'image' },
    system: 'x86_64-linux',
    nix: 'n',
    tag: null,
    image: 'app',
  }
  const subject = {
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    digest: `sha256:${'a'.repeat(64)}`,
    size: 500,
  }
  const evaluated = {
    tag: 'x'.repeat(32),
    outPath: '/nix/store/00000000000000000000000000000000-docker-image-app.tar.gz',
    drvName: 'docker-image-app.tar.gz',
    kind: 'docker-archive' as const,
    tagSource: 'imageTag' as const,
  }
  const written = () => JSON.parse(recordManifest(key, subject, evaluated).toString()) as Written

  it('reads back what it wrote', () => {
    expect(keyId(key)).toMatch(/^[0-9a-f]{64}$/)
    expect(parseRecord(recordManifest(key, subject, evaluated), key)).toEqual({ subject, image: evaluated })
  })

  it.each([
    [
      'another key',
      (m: Written) =>
        (m.annotations['dev.nix-image.source.key'] = (m.annotations['dev.nix-image.source.key'] ?? '').replace(
          'image',
          'other',
        )),
      /made for another source/,
    ],
    [
      'another artifact type',
      (m: Written) => (m.artifactType = 'application/vnd.cyclonedx+json'),
      /another artifact type/,
    ],
    ['a subject digest that is not sha256', (m: Written) => (m.subject.digest = 'sha256:../../x'), /no sha256 digest/],
    [
      'a subject that is an artifact type',
      (m: Written) => (m.subject.mediaType = 'text/plain'),
      /not an image manifest/,
    ],
    [
      'a tag with a slash',
      (m: Written) => (m.annotations['dev.nix-image.source.image'] = JSON.stringify({ ...evaluated, tag: '../other' })),
      /its tag is not a tag/,
    ],
    [
      'an out path that is no store path',
      (m: Written) =>
        (m.annotations['dev.nix-image.source.image'] = JSON.stringify({
          ...evaluated,
          outPath: '/etc/passwd; rm -rf /',
        })),
      /not a store path/,
    ],
    [
      'a control character',
      (m: Written) =>
        (m.annotations['dev.nix-image.source.image'] = JSON.stringify({ ...evaluated, imageName: 'a\u001b[2J' })),
      /not plain text/,
    ],
    ['null annotations', (m: Written) => (m.annotations = null as unknown as Record<string, string>), /no annotations/],
  ])('refuses a record with %s, in one line', (_, change, why) => {
    const manifest = written()
    change(manifest)
    expect(() => parseRecord(Buffer.from(JSON.stringify(manifest)), key)).toThrow(why)
  })

  it('refuses a body that is not JSON, or too large', () => {
    expect(() => parseRecord(Buffer.from('null'), key)).toThrow(/another artifact type/)
    expect(() => parseRecord(Buffer.from('{'), key)).toThrow(/not JSON/)
    expect(() => parseRecord(Buffer.alloc(1 << 20, 32), key)).toThrow(/too large/)
  })
})
