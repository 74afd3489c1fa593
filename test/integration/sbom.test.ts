import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Version } from '@cyclonedx/cyclonedx-library/Spec'
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergeRequestNote } from '../../src/gitlab/api.js'
import type { PushResult } from '../../src/core/types.js'
import { runCli } from '../helpers/cli.js'
import { readCommandFile, runMain, runnerFiles } from '../helpers/github.js'
import { fixturesDir, testEnv, testNixConfig } from '../helpers/nix.js'
import { ociClient } from '../helpers/oci.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { listTags } from '../helpers/skopeo.js'
import { readPage } from '../helpers/docs.js'

// The SBOM end to end, on CNCF Distribution 2.8 (no referrers API: the tag schema is used).
// The attached artifact is read back by the small OCI 1.1 client below, written from the spec,
// not by nix-image's code.

const root = resolve(import.meta.dirname, '../..')
let registry: TestRegistry
let env: NodeJS.ProcessEnv
const work = mkdtempSync(join(tmpdir(), 'nix-image-sbom-'))

let oci: ReturnType<typeof ociClient>

beforeAll(async () => {
  registry = await startRegistry()
  oci = ociClient(registry)
  env = testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
})
afterAll(async () => {
  await registry?.stop()
})

/** sbom-images.nix with its arguments, in a file of its own. */
function images(args: { openssl?: string; content: string }): string {
  const path = join(mkdtempSync(join(work, 'images-')), 'images.nix')
  const attrs = Object.entries(args).map(([name, value]) => `${name} = ${JSON.stringify(value)};`)
  writeFileSync(path, `import ${join(fixturesDir, 'sbom-images.nix')} { ${attrs.join(' ')} }\n`)
  return path
}

async function push(
  file: string,
  attr: string,
  repo: string,
  ...flags: string[]
): Promise<{ result: PushResult; stderr: string }> {
  const run = await runCli(
    ['push', file, '--attr', attr, '--image', `${registry.host}/${repo}`, '--insecure-registry', '--json', ...flags],
    env,
  )
  expect(run.code, run.stderr).toBe(0)
  return { result: JSON.parse(run.stdout) as PushResult, stderr: run.stderr }
}

/** The Action, as a runner starts it, with the registry's credentials; returns the runner's files. */
async function runAction(inputs: Record<string, string>): Promise<ReturnType<typeof runnerFiles>> {
  const files = runnerFiles()
  const action = await runMain(
    {
      ...inputs,
      'registry-username': registry.username,
      'registry-password': registry.password,
      'insecure-registry': 'true',
    },
    files,
    testEnv({ GITHUB_REPOSITORY: 'acme/app', GITHUB_ACTOR: 'octocat' }),
    { 'github.token': '' },
    root,
  )
  expect(action.code, action.stdout + action.stderr).toBe(0)
  return files
}

/** What the image must hold: the runtime closure of its contents, from Nix itself. */
function expectedStorePaths(file: string, attr = 'closureRoot'): string[] {
  const root = execFileSync('nix-build', [file, '-A', attr, '--no-out-link'], { env, encoding: 'utf8' }).trim()
  const closure = execFileSync('nix-store', ['-qR', root], { env, encoding: 'utf8' }).trim().split('\n')
  return closure.filter((path) => path !== root).sort()
}

/** [store path, NAR hash (SRI), NAR size] per component of the document. */
const narFactsOf = (document: string): string[][] =>
  (JSON.parse(document).components as Array<{ properties: Array<{ name: string; value: string }> }>)
    .map((component) =>
      ['nix:store_path', 'nix:narinfo:nar_hash', 'nix:narinfo:nar_size'].map(
        (name) => component.properties.find((property) => property.name === name)?.value ?? '',
      ),
    )
    .sort()

/** The same from Nix's classic commands: nix-store --query --hash and --size, the hash as SRI. */
function narFacts(paths: string[]): string[][] {
  const query = (flag: string) =>
    execFileSync('nix-store', ['--query', flag, ...paths], { env, encoding: 'utf8' })
      .trim()
      .split('\n')
  const hashes = execFileSync('nix', ['hash', 'to-sri', ...query('--hash')], { env, encoding: 'utf8' })
    .trim()
    .split('\n')
  const sizes = query('--size')
  return paths.map((path, i) => [path, hashes[i]!, sizes[i]!]).sort()
}

const storePathsOf = (document: string): string[] =>
  (JSON.parse(document).components as Array<{ properties: Array<{ name: string; value: string }> }>)
    .map((component) => component.properties.find((property) => property.name === 'nix:store_path')?.value ?? '')
    .sort()

describe('the SBOM lists exactly the store paths in the image', () => {
  it.each(['layered', 'layeredZstd', 'layeredPlain', 'stream', 'archive', 'n2c'])('%s', async (attr) => {
    const file = images({ content: `kinds-${attr}` })
    const sbomFile = join(work, `${attr}.cdx.json`)
    const { result } = await push(file, attr, `sbom/${attr.toLowerCase()}`, '--sbom-file', sbomFile)
    // nix2container's paths come from its image JSON (the stand-in writes its copyToRoot format).
    expect(result.kind === 'nix2container').toBe(attr === 'n2c')
    const document = readFileSync(sbomFile, 'utf8')
    const expected = expectedStorePaths(file)
    // app, curl, openssl, its CA bundle, tzdata-files: not the archive, its layer tars or the builders' inputs.
    expect(expected).toHaveLength(5)
    expect(storePathsOf(document)).toEqual(expected)
    expect(await new JsonStrictValidator(Version.v1dot6).validate(document)).toBeNull()
    // Each path's NAR hash and size as the local store has them (nixpkgs' nix:narinfo properties).
    expect(narFactsOf(document)).toEqual(narFacts(expected))

    const bom = JSON.parse(document)
    expect(bom.metadata.component).toMatchObject({
      type: 'container',
      name: `${registry.host}/sbom/${attr.toLowerCase()}`,
      version: result.tag,
    })
    expect(bom.metadata.component.hashes).toEqual([{ alg: 'SHA-256', content: result.digest.slice('sha256:'.length) }])
    const byName = Object.fromEntries(
      bom.components.map((component: { name: string; version?: string }) => [
        component.name,
        component.version ?? null,
      ]),
    )
    expect(byName).toEqual({
      app: '1.2.0',
      curl: '8.9.1',
      openssl: '3.0.13',
      'nss-cacert': '3.101',
      'tzdata-files': null,
    })
    // Nothing from outside the image, no credential.
    expect(document).not.toContain(registry.password)
    expect(document).not.toContain(result.outPath)
    expect(document.match(/\/nix\/store\/[^"]+/g)?.every((path) => expected.includes(path))).toBe(true)

    // An OCI 1.1 client finds the same document through the referrers tag schema.
    const found = await oci.sbom(`sbom/${attr.toLowerCase()}`, result.digest)
    expect(found?.document).toBe(document)
    expect(found?.manifest).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.cyclonedx+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
      subject: { digest: result.digest },
    })
    expect(result.sbom).toMatchObject({ state: 'attached', via: 'tag', components: 5, file: sbomFile })
  })
})

describe('attached once, kept, and added to images pushed without one', () => {
  it('a skipped image keeps its SBOM; nothing is attached twice', async () => {
    const file = images({ content: 'skip' })
    const first = await push(file, 'layeredZstd', 'keep/app', '--extra-tag', 'latest')
    const again = await push(file, 'layeredZstd', 'keep/app', '--extra-tag', 'latest')
    expect(again.result).toMatchObject({
      skipped: true,
      sbom: { state: 'present', artifact: first.result.sbom?.artifact },
    })
    // latest is this image already: the same image, said without reading either SBOM.
    expect(again.result.changes).toMatchObject({
      from: { digest: first.result.digest },
      to: { digest: first.result.digest },
      changed: [],
      added: [],
      removed: [],
    })
    expect(again.stderr).toContain('nothing: it is the same image')
    expect(await oci.referrers('keep/app', first.result.digest, 'application/vnd.cyclonedx+json')).toHaveLength(1)
  })

  it('--no-sbom attaches nothing; the next run attaches one without pushing the image, keeping other referrers', async () => {
    const file = images({ content: 'late' })
    const plain = await push(file, 'layeredPlain', 'late/app', '--no-sbom')
    expect(plain.result.sbom).toBeUndefined()
    expect(await listTags(registry, 'late/app', { referrers: true })).toEqual([plain.result.tag])

    // Someone signs the image first (another tool keeping the same tag schema index).
    const signature = await attachForeignReferrer('late/app', plain.result.digest)
    const blobs = registry.blobCount()
    const later = await push(file, 'layeredPlain', 'late/app')
    expect(later.result).toMatchObject({
      skipped: true,
      pushed: false,
      digest: plain.result.digest,
      sbom: { state: 'attached', components: 5 },
    })
    expect(later.stderr).not.toContain('==> Push')
    // Distribution keeps manifests as blobs: the document, the artifact manifest and the new
    // index at most; the image's seven blobs (six layers and its config) are not uploaded again.
    expect(registry.blobCount() - blobs).toBeLessThanOrEqual(3)
    const index = (await (
      await oci.get(
        `late/app/manifests/${plain.result.digest.replace(':', '-')}`,
        'application/vnd.oci.image.index.v1+json',
      )
    ).json()) as { manifests: { digest: string }[] }
    expect(index.manifests.map((entry: { digest: string }) => entry.digest)).toEqual([
      signature,
      later.result.sbom?.artifact,
    ])
  })
})

describe("a set's SBOM files", () => {
  it("--sbom-file writes each image's SBOM to its own file, again when the images are found present", async () => {
    const file = images({ content: 'set-files' })
    const sbomFile = join(mkdtempSync(join(work, 'files-')), 'nix-image.cdx.json')
    const pushSet = async () => {
      const run = await runCli(
        [
          'push',
          file,
          '--attr',
          'set',
          '--image',
          `${registry.host}/files`,
          '--insecure-registry',
          '--json',
          '--sbom-file',
          sbomFile,
        ],
        env,
      )
      expect(run.code, run.stderr).toBe(0)
      return JSON.parse(run.stdout).images as Array<PushResult & { name: string }>
    }
    const expectFiles = (entries: Array<PushResult & { name: string }>) => {
      expect(entries.map((entry) => [entry.name, entry.sbom?.file])).toEqual(
        ['api', 'worker'].map((name) => [name, sbomFile.replace(/\.cdx\.json$/, `.${name}.cdx.json`)]),
      )
      // Each lists exactly that image's store paths, and is the document attached to it.
      for (const entry of entries)
        expect(storePathsOf(readFileSync(entry.sbom!.file!, 'utf8'))).toEqual(
          expectedStorePaths(file, `setClosureRoots.${entry.name}`),
        )
      expect(readdirSync(dirname(sbomFile)).sort()).toEqual(['nix-image.api.cdx.json', 'nix-image.worker.cdx.json'])
    }
    const first = await pushSet()
    expect(first.map((entry) => entry.pushed)).toEqual([true, true])
    expectFiles(first)
    for (const entry of first)
      expect((await oci.sbom(`files/${entry.name}`, entry.digest))?.document).toBe(
        readFileSync(entry.sbom!.file!, 'utf8'),
      )

    for (const entry of first) rmSync(entry.sbom!.file!)
    const blobs = registry.blobCount()
    const again = await pushSet()
    expect(again.map((entry) => [entry.skipped, entry.sbom?.state])).toEqual([
      [true, 'present'],
      [true, 'present'],
    ])
    expectFiles(again)
    expect(registry.blobCount()).toBe(blobs)
  })

  it('two images whose names give one file: one line, before anything is built or pushed', async () => {
    const clash = join(mkdtempSync(join(work, 'clash-')), 'clash.nix')
    writeFileSync(clash, `let s = (import ${images({ content: 'clash' })}).set; in { api = s.api; API = s.worker; }\n`)
    const run = await runCli(
      [
        'push',
        clash,
        '--image',
        `${registry.host}/clash`,
        '--insecure-registry',
        '--sbom-file',
        join(work, 'clash.cdx.json'),
      ],
      env,
    )
    expect(run.code).toBe(1)
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('nix-image:')),
    ).toEqual([
      `nix-image: error: the images API and api would write their SBOMs to one file, ${join(work, 'clash.api.cdx.json')}: rename one of the attributes`,
    ])
    expect(await listTags(registry, 'clash/api')).toEqual([])
  })
})

describe('what changed', () => {
  it('reports the openssl bump exactly, in --json, the job summary, the MR note and nix-image diff', async () => {
    const before = await push(images({ content: 'bump' }), 'layered', 'bump/app', '--extra-tag', 'latest')
    expect(before.result.changesNote).toMatch(/latest does not exist yet/)
    const bumped = images({ content: 'bump', openssl: '3.0.14' })

    // The Action, as a runner starts it, moves latest to the bumped image.
    const files = await runAction({
      installable: bumped,
      attr: 'layered',
      image: `${registry.host}/bump/app`,
      'extra-tags': 'latest',
    })
    const outputs = readCommandFile(files.output)
    const result = JSON.parse(outputs.metadata ?? '{}') as PushResult
    expect(result.changes).toMatchObject({
      from: { ref: `${registry.host}/bump/app:latest`, digest: before.result.digest },
      to: { digest: result.digest },
      changed: [{ name: 'openssl', from: '3.0.13', to: '3.0.14' }],
      added: [],
      removed: [],
      rebuilt: [
        { name: 'app', version: '1.2.0' },
        { name: 'curl', version: '8.9.1' },
      ],
    })
    expect(outputs['sbom-file']).toMatch(new RegExp(`^${files.runnerTemp}/`))
    expect(storePathsOf(readFileSync(outputs['sbom-file'] ?? '', 'utf8'))).toEqual(expectedStorePaths(bumped))
    expect(outputs['sbom-digest']).toBe(result.sbom?.artifact)

    const summary = readFileSync(files.summary, 'utf8')
    const section = summary.slice(summary.indexOf('**What changed**'), summary.indexOf('<table>'))
    expect(section).toContain('| openssl | 3.0.13 | 3.0.14 |')
    expect(section).toContain('Rebuilt at the same version (a dependency changed): `app 1.2.0`, `curl 8.9.1`')
    expect(section.match(/^\| /gm)).toHaveLength(2) // the header and the one change
    // docs/sbom.md shows this section as the test produces it (registry, digests and sizes vary).
    expect(normalise(readPage('docs/sbom.md'))).toContain(normalise(section.trim()))

    const note = mergeRequestNote(result)
    expect(note).toContain('| openssl | 3.0.13 | 3.0.14 |')
    expect(note).toContain(`\`${registry.host}/bump/app:latest\``)

    const diff = await runCli(
      [
        'diff',
        `${registry.host}/bump/app@${before.result.digest}`,
        `${registry.host}/bump/app:latest`,
        '--insecure-registry',
        '--json',
      ],
      env,
    )
    expect(diff.code, diff.stderr).toBe(0)
    expect(JSON.parse(diff.stdout).changes).toMatchObject({
      changed: [{ name: 'openssl', from: '3.0.13', to: '3.0.14' }],
      added: [],
      removed: [],
    })
    const text = await runCli(
      [
        'diff',
        `${registry.host}/bump/app@${before.result.digest}`,
        `${registry.host}/bump/app:latest`,
        '--insecure-registry',
      ],
      env,
    )
    expect(text.stdout).toContain('changed  openssl 3.0.13 → 3.0.14')
  })

  it('a set: each image is compared in its own repository, and only the bumped one reports a change', async () => {
    const base = images({ content: 'set-bump' })
    const bumped = images({ content: 'set-bump', openssl: '3.0.14' })
    const repo = `${registry.host}/sets`
    // A full reference names one image: refused for a set, before anything is pushed.
    const wrong = await runCli(
      ['push', base, '--attr', 'set', '--image', repo, '--insecure-registry', '--compare-to', `${repo}/api:latest`],
      env,
    )
    expect(wrong.code).toBe(1)
    expect(
      wrong.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('nix-image:')),
    ).toEqual([
      expect.stringMatching(
        /^nix-image: error: compare-to '.*' names one image, and this is a set of images: give a tag/,
      ),
    ])
    expect(await listTags(registry, 'sets/api')).toEqual([])

    const first = await runCli(
      [
        'push',
        base,
        '--attr',
        'set',
        '--image',
        repo,
        '--insecure-registry',
        '--json',
        '--extra-tag',
        'latest',
        '--extra-tag',
        'v1',
      ],
      env,
    )
    expect(first.code, first.stderr).toBe(0)
    const firstImages = JSON.parse(first.stdout).images as PushResult[]
    expect(firstImages.map((image) => image.changesNote)).toEqual([
      expect.stringMatching(/sets\/api:latest does not exist yet/),
      expect.stringMatching(/sets\/worker:latest does not exist yet/),
    ])

    // The Action moves latest to the bumped set: its job summary has one section, for api.
    const files = await runAction({ installable: bumped, attr: 'set', image: repo, 'extra-tags': 'latest' })
    const byName = Object.fromEntries(
      (JSON.parse(readCommandFile(files.output).images ?? '{}').images as Array<PushResult & { name: string }>).map(
        (entry) => [entry.name, entry],
      ),
    )
    expect(byName.api).toMatchObject({
      pushed: true,
      changes: {
        from: { ref: `${repo}/api:latest`, digest: firstImages[0]!.digest },
        changed: [{ name: 'openssl', from: '3.0.13', to: '3.0.14' }],
        added: [],
        removed: [],
      },
    })
    expect(byName.worker).toMatchObject({
      skipped: true,
      changes: { from: { digest: firstImages[1]!.digest }, to: { digest: firstImages[1]!.digest } },
    })
    // Each image's SBOM file, pushed or found present, beside where a single image's goes (outside
    // the folder the post step removes); sbom-file names one image's, so a set leaves it empty.
    for (const name of ['api', 'worker']) {
      expect(byName[name]!.sbom?.file).toMatch(
        new RegExp(`^${files.runnerTemp}/nix-image-sbom-\\d+\\.${name}\\.cdx\\.json$`),
      )
      expect(storePathsOf(readFileSync(byName[name]!.sbom!.file!, 'utf8'))).toEqual(
        expectedStorePaths(bumped, `setClosureRoots.${name}`),
      )
    }
    expect(readCommandFile(files.output)['sbom-file'] ?? '').toBe('')
    const summary = readFileSync(files.summary, 'utf8')
    expect(summary.match(/\*\*What changed\*\*/g)).toHaveLength(1)
    expect(summary).toMatch(
      /<h3><code>api<\/code><\/h3>\s*\*\*What changed\*\* since `[^`]+\/sets\/api:latest`[^\n]*\n\n\| package \| before \| after \|\n\|---\|---\|---\|\n\| openssl \| 3\.0\.13 \| 3\.0\.14 \|\n\n/,
    )

    // The CLI against v1 (the first push) with --compare-to: the same in --json and on stderr.
    const cli = await runCli(
      ['push', bumped, '--attr', 'set', '--image', repo, '--insecure-registry', '--json', '--compare-to', 'v1'],
      env,
    )
    expect(cli.code, cli.stderr).toBe(0)
    const [api, worker] = JSON.parse(cli.stdout).images as PushResult[]
    expect(api).toMatchObject({
      skipped: true,
      changes: {
        from: { ref: `${repo}/api:v1` },
        changed: [{ name: 'openssl', from: '3.0.13', to: '3.0.14' }],
        added: [],
        removed: [],
      },
    })
    expect(worker!.changes).toMatchObject({
      from: { ref: `${repo}/worker:v1`, digest: worker!.digest },
      to: { digest: worker!.digest },
    })
    expect(cli.stderr).toContain('[api]   changed  openssl 3.0.13 → 3.0.14')
    expect(cli.stderr).toContain('[worker]   nothing: it is the same image')
    expect(cli.stderr.match(/changed {2}/g)).toHaveLength(1)
  })

  it('a platform set: each member is compared with the image for its platform in the index latest named', async () => {
    // A Nix that builds aarch64-linux too (the fixtures' builders are /bin/sh scripts: they run here).
    const both = { ...env, NIX_CONFIG: `${testNixConfig}\nextra-platforms = aarch64-linux` }
    const repo = `${registry.host}/multi/app`
    const pushPlatforms = async (
      file: string,
      ...extra: string[]
    ): Promise<Record<string, PushResult & { kind: string }>> => {
      const run = await runCli(
        [
          'push',
          file,
          '--attr',
          'platforms',
          '--image',
          repo,
          '--insecure-registry',
          '--json',
          '--extra-tag',
          'latest',
          ...extra,
        ],
        both,
      )
      expect(run.code, run.stderr).toBe(0)
      return Object.fromEntries(
        (JSON.parse(run.stdout).images as Array<PushResult & { name: string }>).map((entry) => [entry.name, entry]),
      )
    }
    const first = await pushPlatforms(images({ content: 'multi' }))
    const file = images({ content: 'multi', openssl: '3.0.14' })
    const sbomFile = join(mkdtempSync(join(work, 'platform-files-')), 'multi.cdx.json')
    const bumped = await pushPlatforms(file, '--sbom-file', sbomFile)
    for (const system of ['x86_64-linux', 'aarch64-linux']) {
      expect(bumped[system]).toMatchObject({
        pushed: true,
        changes: {
          from: { ref: `${repo}:latest`, digest: first[system]!.digest },
          changed: [{ name: 'openssl', from: '3.0.13', to: '3.0.14' }],
          added: [],
          removed: [],
        },
      })
      // Each platform's image writes its own file, named after its system, naming its own digest.
      const memberFile = join(dirname(sbomFile), `multi.${system}.cdx.json`)
      expect(bumped[system]!.sbom?.file).toBe(memberFile)
      const document = JSON.parse(readFileSync(memberFile, 'utf8'))
      expect(document.metadata.component['bom-ref']).toBe(`${repo}@${bumped[system]!.digest}`)
      expect(
        document.components.map(
          (component: { name: string; version?: string }) => `${component.name} ${component.version}`,
        ),
      ).toContain('openssl 3.0.14')
    }
    expect(readdirSync(dirname(sbomFile)).sort()).toEqual([
      'multi.aarch64-linux.cdx.json',
      'multi.x86_64-linux.cdx.json',
    ])
    expect(bumped['']).toMatchObject({ kind: 'index', pushed: true })
    // The rerun: latest names this index, which names each member: the same image, no SBOM read.
    const rerun = await pushPlatforms(file)
    for (const system of ['x86_64-linux', 'aarch64-linux']) {
      expect(rerun[system]!.changes).toMatchObject({
        from: { digest: bumped[system]!.digest },
        to: { digest: bumped[system]!.digest },
        changed: [],
      })
    }
  })

  it('diff of an image without an SBOM says so in one line', async () => {
    const plain = await push(images({ content: 'no-sbom-diff' }), 'layeredPlain', 'nosbom/app', '--no-sbom')
    const run = await runCli(['diff', plain.result.ref, plain.result.ref, '--insecure-registry'], env)
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(
      `nix-image: error: ${plain.result.ref} (${plain.result.digest}) carries no CycloneDX SBOM: push it with nix-image to attach one`,
    )
  })
})

/** What differs between machines and runs: the registry's address, digests, compressed sizes. */
function normalise(text: string): string {
  return text
    .replace(/127\.0\.0\.1:\d+\/bump\/app|ghcr\.io\/acme\/app/g, 'REGISTRY/app')
    .replace(/sha256:[0-9a-f]{12}/g, 'sha256:…')
    .replace(/[+−]?\d+(\.\d+)? (B|KiB|MiB)/g, 'N')
}

/** A cosign-like referrer added by hand through the tag schema; returns its manifest digest. */
async function attachForeignReferrer(repo: string, subject: string): Promise<string> {
  const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const put = async (path: string, body: string, contentType: string) => {
    const response = await fetch(`http://${registry.host}/v2/${repo}/${path}`, {
      method: 'PUT',
      headers: { authorization, 'content-type': contentType },
      body,
    })
    expect(response.status, await response.text()).toBe(201)
  }
  const uploadBlob = async (data: string) => {
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
    const started = await fetch(`http://${registry.host}/v2/${repo}/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization },
    })
    const location = new URL(started.headers.get('location') ?? '', `http://${registry.host}`)
    location.searchParams.set('digest', digest)
    const done = await fetch(location, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/octet-stream' },
      body: data,
    })
    expect(done.status).toBe(201)
    return { digest, size: Buffer.byteLength(data) }
  }
  const config = await uploadBlob('{}')
  const layer = await uploadBlob('a signature')
  const head = await fetch(`http://${registry.host}/v2/${repo}/manifests/${subject}`, {
    method: 'HEAD',
    headers: {
      authorization,
      accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
    },
  })
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    config: { mediaType: 'application/vnd.oci.empty.v1+json', ...config },
    layers: [{ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', ...layer }],
    subject: {
      mediaType: head.headers.get('content-type'),
      digest: subject,
      size: Number(head.headers.get('content-length')),
    },
  })
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
  await put(`manifests/${digest}`, manifest, 'application/vnd.oci.image.manifest.v1+json')
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest,
        size: manifest.length,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      },
    ],
  }
  await put(`manifests/${subject.replace(':', '-')}`, JSON.stringify(index), 'application/vnd.oci.image.index.v1+json')
  return digest
}
