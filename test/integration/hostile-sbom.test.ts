import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/core/registry/client.js'
import { CYCLONEDX_MEDIA_TYPE } from '../../src/core/registry/media-types.js'
import { parseImageName } from '../../src/core/registry/reference.js'
import { attachArtifact, stageArtifact } from '../../src/core/registry/referrers.js'
import type { PushResult } from '../../src/core/types.js'
import { errorLine, runCli } from '../helpers/cli.js'
import { readCommandFile, runMain, runnerFiles } from '../helpers/github.js'
import { silentLogger } from '../helpers/logger.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'

// Another tool's SBOM, attached to an earlier image in CNCF Distribution, read by "what changed"
// (nix-image diff, compare-to): its size, its components and the names in them are anyone's.

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'nix-image-hostile-sbom-'))
const registry = useRegistry()
let env: NodeJS.ProcessEnv

beforeAll(() => {
  env = testEnv({
    HOME: work,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
  })
})

interface Pushed {
  ref: string
  digest: string
}

/** Pushes a fixture image of its own to `repository`; with `--no-sbom` it carries none. */
async function push(content: string, repository: string, ...args: string[]): Promise<Pushed> {
  const run = await runCli(
    [
      'push',
      writeVariant(work, content),
      '--attr',
      'layeredZstd',
      '--image',
      `${registry.host}/${repository}`,
      '--insecure-registry',
      '--json',
      ...args,
    ],
    env,
  )
  expect(run.code, run.stderr).toBe(0)
  const { ref, digest } = JSON.parse(run.stdout) as Pushed
  return { ref, digest }
}

/** Attaches `document` to the image as another tool would: a CycloneDX artifact in the referrers tag schema. */
async function attachForeignSbom(repository: string, image: Pushed, document: string): Promise<void> {
  const client = new RegistryClient({
    image: parseImageName(`${registry.host}/${repository}`),
    credentials: { username: registry.username, password: registry.password },
    insecure: true,
    logger: silentLogger,
  })
  const subject = await client.findManifest(image.digest)
  const artifact = { artifactType: CYCLONEDX_MEDIA_TYPE, document: Buffer.from(document), title: 'foreign.cdx.json' }
  await attachArtifact(client, subject!, stageArtifact(client, artifact))
}

const components = (count: number, component: (i: number) => object): string =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    components: Array.from({ length: count }, (_, i) => component(i)),
  })

describe('a foreign SBOM that would make the comparison endless', () => {
  it('1,000,000 components of one name: nix-image diff says so in one line, and returns', async () => {
    const before = await push('foreign-million', 'f/million', '--no-sbom')
    await attachForeignSbom(
      'f/million',
      before,
      components(1_000_000, () => ({ name: 'x' })),
    )
    const after = await push('foreign-million-2', 'f/million')
    const run = await runCli(
      ['diff', `${registry.host}/f/million@${before.digest}`, after.ref, '--insecure-registry'],
      env,
    )
    expect(run.code).toBe(1)
    expect(errorLine(run)).toBe(
      `nix-image: error: the SBOM of ${registry.host}/f/million@${before.digest} lists 1000000 components, more than the 100000 a comparison reads`,
    )
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /)
  })

  it('a document over 16 MiB: refused by the size its descriptor gives, in one line', async () => {
    const before = await push('foreign-large', 'f/large', '--no-sbom')
    await attachForeignSbom(
      'f/large',
      before,
      components(1, () => ({ name: 'x', description: 'y'.repeat(17 << 20) })),
    )
    const after = await push('foreign-large-2', 'f/large')
    const run = await runCli(
      ['diff', `${registry.host}/f/large@${before.digest}`, after.ref, '--insecure-registry'],
      env,
    )
    expect(run.code).toBe(1)
    expect(errorLine(run)).toMatch(
      /^nix-image: error: the application\/vnd\.cyclonedx\+json artifact sha256:\w+ is \d+ bytes, more than the 16\.0 MiB a document may have$/,
    )
  })
})

describe('a foreign SBOM whose names and numbers exceed what a report may hold', () => {
  it('60,000 packages, one named with U+2028: the Action succeeds after its push, metadata escapes it, the summary stays under 1 MiB', async () => {
    const before = await push('foreign-wide', 'f/wide', '--no-sbom', '--tag', 'latest')
    const names = (i: number): string => (i === 0 ? 'line\u2028separator' : `foreign-package-number-${i}`)
    await attachForeignSbom(
      'f/wide',
      before,
      components(60_000, (i) => ({ name: names(i), version: '1.0' })),
    )
    const files = runnerFiles()
    const action = await runMain(
      {
        installable: writeVariant(work, 'foreign-wide-2'),
        attr: 'layeredZstd',
        image: `${registry.host}/f/wide`,
        'extra-tags': 'latest',
        'registry-username': registry.username,
        'registry-password': registry.password,
        'insecure-registry': 'true',
      },
      files,
      testEnv({ GITHUB_REPOSITORY: 'acme/app', GITHUB_ACTOR: 'octocat' }),
      { 'github.token': '' },
      root,
    )
    expect(action.code, action.stdout).toBe(0)
    const outputs = readCommandFile(files.output)
    expect(readFileSync(files.output, 'utf8')).not.toContain('\u2028')
    const result = JSON.parse(outputs.metadata ?? '{}') as PushResult
    expect(result.pushed).toBe(true)
    expect(result.changes?.removed).toHaveLength(60_000)
    expect(result.changes?.removed).toContainEqual({ name: 'line\u2028separator', version: '1.0' })
    expect(outputs['digest-ref']).toBe(result.digestRef)
    // The summary keeps the push's result and counts the rows it had no room for.
    expect(statSync(files.summary).size).toBeLessThanOrEqual(1 << 20)
    const summary = readFileSync(files.summary, 'utf8')
    expect(summary).toContain(result.digestRef)
    expect(summary).toMatch(/\| …and \d{1,3}(,\d{3})* more \| \| \|/)
  })
})

describe('a foreign SBOM whose names hold terminal controls', () => {
  it('ESC, CR, BEL, a C1 CSI and U+2028 in names: nix-image diff shows them as text, and --json escapes them', async () => {
    const before = await push('foreign-controls', 'f/controls', '--no-sbom')
    const hostile = ['clear\u001b[2J\u001b[H', 'over\rwritten', 'bell\u0007', 'csi\u009b31m', 'line\u2028break']
    await attachForeignSbom(
      'f/controls',
      before,
      components(hostile.length, (i) => ({ name: hostile[i], version: '1' })),
    )
    const after = await push('foreign-controls-2', 'f/controls')
    const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/
    const text = await runCli(
      ['diff', `${registry.host}/f/controls@${before.digest}`, after.ref, '--insecure-registry'],
      env,
    )
    expect(text.code, text.stderr).toBe(0)
    expect(text.stdout).not.toMatch(raw)
    expect(text.stdout).toContain('removed  clear\\e[2J\\e[H 1')
    expect(text.stdout).toContain('removed  over\\rwritten 1')
    expect(text.stdout).toContain('removed  bell\\x07 1')
    expect(text.stdout).toContain('removed  csi\\x9b31m 1')
    expect(text.stdout).toContain('removed  line\\u2028break 1')
    const json = await runCli(
      ['diff', `${registry.host}/f/controls@${before.digest}`, after.ref, '--insecure-registry', '--json'],
      env,
    )
    expect(json.code, json.stderr).toBe(0)
    expect(json.stdout).not.toMatch(raw)
    const removed = (JSON.parse(json.stdout) as { changes: { removed: { name: string }[] } }).changes.removed.map(
      (item) => item.name,
    )
    expect(removed.sort()).toEqual([...hostile].sort())
  })
})
