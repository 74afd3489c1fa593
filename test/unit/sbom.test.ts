import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Version } from '@cyclonedx/cyclonedx-library/Spec'
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation'
import { describe, expect, it } from 'vitest'
import { changesMarkdown, changesText, diffPackages } from '../../src/core/report/changes.js'
import type { ImageChanges } from '../../src/core/types.js'
import { cyclonedxDocument } from '../../src/core/sbom/cyclonedx.js'
import { sbomPackages } from '../../src/core/sbom/document.js'
import { imageStorePaths } from '../../src/core/sbom/store-paths.js'
import { parseDrvName } from '../../src/core/nix/store-path.js'

const hash = (letter: string) => letter.repeat(32)
const store = (letter: string, name: string) => `/nix/store/${hash(letter)}-${name}`

describe('parseDrvName, as builtins.parseDrvName', () => {
  it.each([
    ['openssl-3.0.13', 'openssl', '3.0.13'],
    ['apache-httpd-2.0.48', 'apache-httpd', '2.0.48'],
    ['python3.12-requests-2.32.3', 'python3.12-requests', '2.32.3'],
    ['openssl-3.0.13-bin', 'openssl', '3.0.13-bin'],
    ['bash-interactive-5.2p37', 'bash-interactive', '5.2p37'],
    ['tzdata-files', 'tzdata-files', undefined],
    ['hello', 'hello', undefined],
    // Not followed by a letter, so a version, as Nix reads it.
    ['foo-_bar', 'foo', '_bar'],
  ])('%s', (input, name, version) => {
    expect(parseDrvName(input)).toEqual(version === undefined ? { name } : { name, version })
  })
})

describe('store paths of an image', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-unit-sbom-'))

  /** A docker-archive whose layer tars hold `paths` (one layer each), with tar's long names and PAX. */
  function archive(paths: string[][], format: 'gnu' | 'posix'): string {
    const root = mkdtempSync(join(dir, 'archive-'))
    const layers = paths.map((layer, index) => {
      const content = mkdtempSync(join(dir, 'layer-'))
      for (const path of layer) {
        // A deep file: its name is longer than a tar header's 100 bytes.
        const deep = join(content, path, 'share', 'a'.repeat(60), 'b'.repeat(60))
        mkdirSync(deep, { recursive: true })
        writeFileSync(join(deep, 'file'), 'x'.repeat(1000))
      }
      mkdirSync(join(root, `layer${index}`))
      execFileSync('tar', [`--format=${format}`, '-C', content, '-cf', join(root, `layer${index}`, 'layer.tar'), '.'])
      return `layer${index}/layer.tar`
    })
    writeFileSync(join(root, 'config.json'), '{}')
    // nixpkgs writes manifest.json last: the reader may not rely on seeing it first.
    writeFileSync(
      join(root, 'manifest.json'),
      JSON.stringify([{ Config: 'config.json', RepoTags: [], Layers: layers }]),
    )
    const file = join(dir, `image-${format}-${paths.length}.tar`)
    execFileSync('tar', [`--format=${format}`, '-C', root, '-cf', file, ...layers, 'config.json', 'manifest.json'])
    return file
  }

  it.each(['gnu', 'posix'] as const)('reads nested layer tars (%s headers), plain, gzip and zstd', async (format) => {
    const layers = [
      [`nix/store/${hash('a')}-openssl-3.0.13`],
      [`nix/store/${hash('b')}-tzdata-files`, `nix/store/${hash('c')}-curl-8.9.1`],
    ]
    const plain = archive(layers, format)
    execFileSync('sh', ['-c', `gzip -kf ${plain} && zstd -qf ${plain}`])
    const expected = [store('a', 'openssl-3.0.13'), store('b', 'tzdata-files'), store('c', 'curl-8.9.1')]
    for (const file of [plain, `${plain}.gz`, `${plain}.zst`])
      expect(await imageStorePaths(file, 'docker-archive')).toEqual(expected)
  })

  it('reads a plain archive whose headers fall across its 64 KiB read windows', async () => {
    // 150 paths with files from 1 byte to 150 KiB: headers land at every offset of a window,
    // some inside one, some straddling two, some after a skip past several.
    const nixBase32 = '0123456789abcdfghijklmnpqrsvwxyz'
    const hashOf = (i: number) => `${nixBase32[i >> 5]}${nixBase32[i & 31]}`.padStart(32, '0')
    const names = Array.from({ length: 150 }, (_, i) => `nix/store/${hashOf(i)}-pkg${i}-1.${i}`)
    const root = mkdtempSync(join(dir, 'windows-'))
    const content = join(root, 'content')
    names.forEach((name, i) => {
      mkdirSync(join(content, name, 'lib'), { recursive: true })
      writeFileSync(join(content, name, 'lib', 'data'), Buffer.alloc(((i * 7919) % 150) * 1024 + (i % 7)))
    })
    mkdirSync(join(root, 'layer'))
    execFileSync('tar', ['-C', content, '-cf', join(root, 'layer', 'layer.tar'), 'nix'])
    writeFileSync(
      join(root, 'manifest.json'),
      JSON.stringify([{ Config: 'config.json', RepoTags: [], Layers: ['layer/layer.tar'] }]),
    )
    writeFileSync(join(root, 'config.json'), '{}')
    const file = join(dir, 'windows.tar')
    execFileSync('tar', ['-C', root, '-cf', file, 'layer', 'config.json', 'manifest.json'])
    expect(await imageStorePaths(file, 'docker-archive')).toEqual(names.map((name) => `/${name}`).sort())
  })

  it('refuses what is not a docker-archive, in one line', async () => {
    const file = join(dir, 'not-an-archive.tar')
    execFileSync('tar', ['-C', dir, '-cf', file, '--files-from', '/dev/null'])
    await expect(imageStorePaths(file, 'docker-archive')).rejects.toThrow(
      `${file} is not a docker-archive: it has no manifest.json`,
    )
  })

  it("takes nix2container's layer paths, leaving out what a rewrite moves out of the store, and reads ready layer tars", async () => {
    const file = join(dir, 'image.json')
    const content = mkdtempSync(join(dir, 'base-'))
    mkdirSync(join(content, 'nix', 'store', `${hash('g')}-glibc-2.40`), { recursive: true })
    const base = join(dir, 'base-layer.tar')
    execFileSync('tar', ['-C', content, '-cf', base, '.'])
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        layers: [
          { digest: 'sha256:1', paths: [{ path: store('a', 'openssl-3.0.13') }, { path: store('c', 'curl-8.9.1') }] },
          {
            digest: 'sha256:2',
            paths: [
              { path: store('d', 'root'), options: { rewrite: { regex: `^/nix/store/${hash('d')}-root`, repl: '' } } },
            ],
          },
          { digest: 'sha256:3', 'layer-path': base },
        ],
      }),
    )
    expect(await imageStorePaths(file, 'nix2container')).toEqual([
      store('a', 'openssl-3.0.13'),
      store('c', 'curl-8.9.1'),
      store('g', 'glibc-2.40'),
    ])
  })
})

describe('the CycloneDX document', () => {
  const subject = { image: 'ghcr.io/acme/app', tag: 'abc', digest: `sha256:${'f'.repeat(64)}` }
  const paths = [store('a', 'openssl-3.0.13'), store('b', 'tzdata-files')]

  it('is valid CycloneDX 1.6, the same every time, and reads back as packages', async () => {
    const document = cyclonedxDocument(subject, { paths }, '1.0.0')
    expect(await new JsonStrictValidator(Version.v1dot6).validate(document)).toBeNull()
    expect(cyclonedxDocument(subject, { paths }, '1.0.0')).toBe(document)
    expect(cyclonedxDocument(subject, { paths: [...paths].reverse() }, '1.0.0')).toBe(document)
    expect(sbomPackages(document)).toEqual([
      { name: 'openssl', version: '3.0.13', storePath: paths[0] },
      { name: 'tzdata-files', version: undefined, storePath: paths[1] },
    ])
  })

  it("carries a path's NAR hash and size (nix:narinfo) where the local store knows them, and only there", async () => {
    const store = new Map([
      [paths[0]!, { narHash: 'sha256-CqVp6zd9gX1YhkYdAKxzYhB1HZNQPAYlMimmn+a+O/M=', narSize: 888, references: [] }],
    ])
    const document = cyclonedxDocument(subject, { paths, store }, '1.0.0')
    expect(await new JsonStrictValidator(Version.v1dot6).validate(document)).toBeNull()
    const properties = (JSON.parse(document).components as Array<{ properties: unknown[] }>).map(
      (component) => component.properties,
    )
    expect(properties).toEqual([
      [
        { name: 'nix:narinfo:nar_hash', value: 'sha256-CqVp6zd9gX1YhkYdAKxzYhB1HZNQPAYlMimmn+a+O/M=' },
        { name: 'nix:narinfo:nar_size', value: '888' },
        { name: 'nix:store_path', value: paths[0] },
      ],
      [{ name: 'nix:store_path', value: paths[1] }],
    ])
  })

  it('refuses a document that is not CycloneDX', () => {
    expect(() => sbomPackages('{"spdxVersion":"SPDX-2.3"}')).toThrow('the SBOM is not a CycloneDX document')
    expect(() => sbomPackages('{')).toThrow('the SBOM is not JSON')
  })
})

describe('what changed', () => {
  const pkg = (letter: string, name: string, version?: string) => ({
    name,
    version,
    storePath: store(letter, version ? `${name}-${version}` : name),
  })
  const before = [
    pkg('a', 'openssl', '3.0.13'),
    pkg('b', 'curl', '8.9.1'),
    pkg('c', 'tzdata-files'),
    pkg('d', 'zlib', '1.3'),
  ]
  const after = [
    pkg('h', 'openssl', '3.0.14'),
    pkg('f', 'curl', '8.9.1'),
    pkg('c', 'tzdata-files'),
    pkg('g', 'jq', '1.7.1'),
  ]
  const changes: ImageChanges = {
    from: { ref: 'ghcr.io/acme/app:latest', digest: `sha256:${'1'.repeat(64)}`, size: 10 * 1024 * 1024 },
    to: { ref: 'ghcr.io/acme/app:new', digest: `sha256:${'2'.repeat(64)}`, size: 10 * 1024 * 1024 + 2048 },
    ...diffPackages(before, after),
  }

  it('finds added, removed, changed and rebuilt packages', () => {
    expect(diffPackages(before, after)).toEqual({
      added: [{ name: 'jq', version: '1.7.1' }],
      removed: [{ name: 'zlib', version: '1.3' }],
      changed: [{ name: 'openssl', from: '3.0.13', to: '3.0.14' }],
      rebuilt: [{ name: 'curl', version: '8.9.1' }],
    })
  })

  it('prints them for a terminal and as Markdown', () => {
    expect(changesText(changes)).toEqual([
      'What changed since ghcr.io/acme/app:latest (sha256:111111111111):',
      '  changed  openssl 3.0.13 → 3.0.14',
      '  added    jq 1.7.1',
      '  removed  zlib 1.3',
      '  rebuilt  curl 8.9.1 (same version, new store path)',
      '  size     10.0 MiB → 10.0 MiB (+2.0 KiB)',
    ])
    expect(changesMarkdown(changes)).toContain(
      '| openssl | 3.0.13 | 3.0.14 |\n| jq | – | 1.7.1 (added) |\n| zlib | 1.3 | – (removed) |',
    )
  })

  it("escapes another tool's names for Markdown and HTML", () => {
    const hostile = { ...changes, ...diffPackages([], [{ name: '<img src=x>|`x`', version: '1' }]) }
    const markdown = changesMarkdown(hostile)
    expect(markdown).toContain('| &lt;img src=x&gt;\\|\\`x\\` | – | 1 (added) |')
    expect(markdown).not.toContain('<img')
  })
})
