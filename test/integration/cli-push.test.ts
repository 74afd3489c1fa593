import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv, writeVariant } from '../helpers/nix.js'
import { startProxy } from '../helpers/proxy.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'

const images = join(fixturesDir, 'images.nix')
const registry = useRegistry()
let env: NodeJS.ProcessEnv
const work = mkdtempSync(join(tmpdir(), 'nix-image-push-'))

beforeAll(async () => {
  env = testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
})

interface JsonResult {
  image: string
  tag: string
  ref: string
  digest: string
  digestRef: string
  outPath: string
  kind: string
  pushed: boolean
  skipped: boolean
  extraTags: string[]
  tagSource: string
}

async function push(installable: string, repo: string, ...flags: string[]): Promise<JsonResult> {
  const run = await runCli(
    ['push', installable, '--image', `${registry.host}/${repo}`, '--insecure-registry', '--json', ...flags],
    env,
  )
  expect(run.stderr, run.stderr).not.toMatch(/nix-image: (error|internal)/)
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as JsonResult
}

async function tagOf(installable: string, ...flags: string[]): Promise<string> {
  const run = await runCli(['tag', installable, ...flags], env)
  expect(run.code, run.stderr).toBe(0)
  return run.stdout.trim()
}

describe('push, each image kind, read back from the registry', () => {
  it.each([
    ['layered', 'docker-archive'], // gzip: skopeo 1.9.3 needs it unpacked first
    ['layeredZstd', 'docker-archive'],
    ['layeredPlain', 'docker-archive'],
    ['stream', 'stream'],
    ['n2c', 'nix2container'],
  ])('%s', async (attr, kind) => {
    const expectedTag = await tagOf(images, '--attr', attr)
    const result = await push(images, `kinds/${attr.toLowerCase()}`, '--attr', attr)
    expect(result).toMatchObject({ kind, tag: expectedTag, pushed: true, skipped: false, tagSource: 'imageTag' })
    expect(result.ref).toBe(`${registry.host}/kinds/${attr.toLowerCase()}:${expectedTag}`)
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(result.digestRef).toBe(`${registry.host}/kinds/${attr.toLowerCase()}@${result.digest}`)
    expect(await inspectDigest(registry, result.ref)).toBe(result.digest)
  })
})

describe('temporary files', () => {
  // skopeo 1.10+ unpacks a gzip archive into /var/tmp whatever TMPDIR says; job images such as
  // nixos/nix have no /var/tmp. On skopeo 1.9.3 nix-image unpacks it itself, in its own folder.
  it('a gzip archive pushes where /var/tmp does not exist, and nothing is left in TMPDIR', async () => {
    const temp = mkdtempSync(join(work, 'tmpdir-'))
    const variant = writeVariant(work, 'no-var-tmp')
    const run = await runCli(
      [
        'push',
        variant,
        '--attr',
        'layered',
        '--image',
        `${registry.host}/novartmp/app`,
        '--insecure-registry',
        '--json',
      ],
      { ...env, TMPDIR: temp },
      undefined,
      { noVarTmp: true },
    )
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as JsonResult
    expect(result).toMatchObject({ kind: 'docker-archive', pushed: true })
    expect(await inspectDigest(registry, result.ref)).toBe(result.digest)
    expect(readdirSync(temp)).toEqual([])
  })
})

describe('tags', () => {
  it("uses a layered image's imageTag, which is not its out path's hash", async () => {
    const result = await push(images, 'tags/layered', '--attr', 'layered', '--dry-run')
    expect(result.tagSource).toBe('imageTag')
    expect(result.outPath).not.toContain(result.tag)
    expect(result.tag).toBe(await tagOf(images, '--attr', 'stream'))
  })

  it('falls back to the out path hash when the expression fixes the tag', async () => {
    const result = await push(images, 'tags/fixed', '--attr', 'fixedTag')
    expect(result.tagSource).toBe('outPath')
    expect(result.tag).toMatch(/^[0-9a-z]{32}$/)
    expect(result.outPath).toContain(`/${result.tag}-`)
    expect(await listTags(registry, 'tags/fixed')).toEqual([result.tag])
  })

  it('takes an explicit tag', async () => {
    const result = await push(images, 'tags/explicit', '--attr', 'archive', '--tag', 'v1.2.3')
    expect(result).toMatchObject({ tag: 'v1.2.3', tagSource: 'option' })
    expect(await listTags(registry, 'tags/explicit')).toEqual(['v1.2.3'])
  })

  it('lowercases the repository, never the tag', async () => {
    const result = await push(images, 'Tags/MixedCase', '--attr', 'archive', '--tag', 'V1-Upper', '--dry-run')
    expect(result.ref).toBe(`${registry.host}/tags/mixedcase:V1-Upper`)
  })
})

describe('reruns', () => {
  it('skip when the tag exists: nothing built, nothing uploaded, the same digest', async () => {
    const variant = writeVariant(work, 'rerun')
    const first = await push(variant, 'rerun/app', '--attr', 'archive')
    const blobs = registry.blobCount()
    const second = await runCli(
      ['push', variant, '--attr', 'archive', '--image', `${registry.host}/rerun/app`, '--insecure-registry', '--json'],
      env,
    )
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout)).toMatchObject({
      pushed: false,
      skipped: true,
      digest: first.digest,
      tag: first.tag,
    })
    expect(second.stderr).not.toMatch(/==> Build|==> Push|building '/)
    expect(registry.blobCount()).toBe(blobs)
  })

  it('push again with --no-skip-existing', async () => {
    const variant = writeVariant(work, 'force')
    await push(variant, 'rerun/force', '--attr', 'layeredZstd')
    const again = await push(variant, 'rerun/force', '--attr', 'layeredZstd', '--no-skip-existing')
    expect(again).toMatchObject({ pushed: true, skipped: false })
  })

  // Fresh runners: skopeo's blob-info cache is empty, as on every new CI machine. The proxy
  // sees each blob upload (a PUT with its digest), whatever skopeo prints.
  it.each(['layeredZstd', 'n2c'])(
    '%s with one layer changed, from a fresh runner, uploads only that layer',
    async (attr) => {
      const proxy = await startProxy(registry.host)
      try {
        const repo = `${proxy.host}/changed/${attr.toLowerCase()}`
        const uploads = () =>
          proxy.log.filter((request) => request.startsWith('PUT ') && request.includes('digest=')).length
        const pushFresh = async (content: string) => {
          const before = uploads()
          // --no-sbom: the SBOM's own two small blobs are not the image's layers counted here.
          const run = await runCli(
            ['push', writeVariant(work, content), '--attr', attr, '--image', repo, '--insecure-registry', '--no-sbom'],
            env,
            undefined,
            {
              freshRunner: true,
            },
          )
          expect(run.code, run.stderr).toBe(0)
          return { stderr: run.stderr, blobsUploaded: uploads() - before }
        }
        const first = await pushFresh(`before-${attr}`)
        // Into an empty repository nothing can be skipped, so no digest is computed ahead.
        expect(first.stderr).toContain('holds no tags yet: pushing every layer without checking for it first')
        expect(first.blobsUploaded).toBe(3) // two layers and the config
        const second = await pushFresh(`after-${attr}`)
        expect(second.stderr).not.toContain('holds no tags yet')
        expect(second.blobsUploaded).toBe(2) // the changed layer and the config
      } finally {
        await proxy.stop()
      }
    },
  )

  it('a dry run pushes nothing and says what a run would do', async () => {
    const variant = writeVariant(work, 'dry')
    const run = await runCli(
      ['push', variant, '--attr', 'archive', '--image', `${registry.host}/dry/app`, '--insecure-registry', '--dry-run'],
      env,
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/dry run: .* is not in the registry, a run would build and push it/)
    expect(await listTags(registry, 'dry/app')).toEqual([])
  })
})

describe('extra tags and the manifest file', () => {
  it('adds extra tags registry-side without uploading blobs, on push and on skip', async () => {
    const variant = writeVariant(work, 'extra')
    const first = await push(variant, 'extra/app', '--attr', 'layeredZstd', '--extra-tag', 'latest')
    const blobs = registry.blobCount()
    const manifestFile = join(work, 'out', 'index.json')
    const second = await push(
      variant,
      'extra/app',
      '--attr',
      'layeredZstd',
      '--extra-tag',
      'v2',
      '--extra-tag',
      'stable',
      '--manifest-file',
      manifestFile,
    )
    expect(second).toMatchObject({ skipped: true, extraTags: ['v2', 'stable'] })
    expect((await listTags(registry, 'extra/app')).sort()).toEqual([first.tag, 'latest', 'stable', 'v2'].sort())
    for (const tag of ['latest', 'v2', 'stable'])
      expect(await inspectDigest(registry, `${registry.host}/extra/app:${tag}`)).toBe(first.digest)
    expect(registry.blobCount()).toBe(blobs)

    const index = JSON.parse(readFileSync(manifestFile, 'utf8'))
    expect(index).toMatchObject({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json' })
    expect(index.manifests[0]).toMatchObject({
      digest: first.digest,
      annotations: { 'org.opencontainers.image.ref.name': first.tag },
    })
    expect(index.manifests[0].size).toBeGreaterThan(0)
  })
})

describe('installables', () => {
  it('a flake installable gives the same tag as the file', async () => {
    const result = await push(`path:${fixturesDir}#layered`, 'flake/app', '--dry-run')
    expect(result.tag).toBe(await tagOf(images, '--attr', 'layered'))
  })

  it('--nix-path reaches evaluation of a file', async () => {
    const text = join(work, 'fixture-text')
    writeFileSync(text, 'one')
    const one = await tagOf(images, '--attr', 'fromNixPath', '--nix-path', `fixturetext=${text}`)
    writeFileSync(text, 'two')
    const two = await tagOf(images, '--attr', 'fromNixPath', '-I', `fixturetext=${text}`)
    expect(one).toMatch(/^[0-9a-z]{32}$/)
    expect(two).not.toBe(one)
  })

  it('ignores --nix-path for flakes, with a warning', async () => {
    const run = await runCli(['tag', `path:${fixturesDir}#layered`, '--nix-path', 'nixpkgs=/nonexistent'], env)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      /warning: nix-path nixpkgs=\/nonexistent is ignored for the flake .*flake\.lock is the pin/,
    )
  })
})
