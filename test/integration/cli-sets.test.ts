import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliRun } from '../helpers/cli.js'
import { fixturesDir, testEnv, testNixConfig } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { CYCLONEDX, ociClient } from '../helpers/oci.js'
import { listTags } from '../helpers/skopeo.js'

// Many images in one run: a monorepo's set, a platform set pushed as an OCI image index, the
// matrix of native runners that push their own member and a last job that assembles the index.

const execFileAsync = promisify(execFile)
let registry: TestRegistry
let env: NodeJS.ProcessEnv
const work = mkdtempSync(join(tmpdir(), 'nix-image-sets-'))
// A `nix` on PATH that notes each call: the set is built by ONE `nix build`.
const nixCalls = join(work, 'nix.calls')
const wrapperBin = join(work, 'bin')
writeScript(wrapperBin, 'nix', `echo "$*" >> "${nixCalls}"\nexec /usr/bin/nix "$@"`)

// A Nix that builds aarch64-linux too, as a runner with such a builder would; and one that builds
// aarch64-linux only, as an arm runner does (the fixtures' builders are /bin/sh scripts: they run).
const bothPlatforms = `${testNixConfig}\nextra-platforms = aarch64-linux`
const armRunner = `${testNixConfig}\nsystem = aarch64-linux\nextra-platforms =`

beforeAll(async () => {
  registry = await startRegistry()
  env = testEnv({
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    PATH: `${wrapperBin}:${process.env.PATH}`,
  })
})
afterAll(async () => {
  await registry?.stop()
})

interface Entry {
  name: string
  image: string
  tag: string
  ref: string
  digest: string
  kind: string
  pushed: boolean
  skipped: boolean
  extraTags: string[]
  reason: string
  platforms?: { platform: string; digest: string }[]
  layers?: { uploaded: number; skipped: number }
  sbom?: { state: string; artifact: string }
}

/** sets.nix with its own layer text, so no other test has pushed these images. */
function setsFile(content: string, changed = ''): string {
  const path = join(mkdtempSync(join(work, 'variant-')), 'sets.nix')
  writeFileSync(
    path,
    `import ${join(fixturesDir, 'sets.nix')} { content = ${JSON.stringify(content)}; changed = ${JSON.stringify(changed)}; }\n`,
  )
  return path
}

async function pushSet(
  file: string,
  attr: string,
  repo: string,
  flags: string[] = [],
  nixConfig = testNixConfig,
): Promise<CliRun & { images: Entry[] }> {
  writeFileSync(nixCalls, '')
  const run = await runCli(
    ['push', file, '--attr', attr, '--image', `${registry.host}/${repo}`, '--insecure-registry', '--json', ...flags],
    { ...env, NIX_CONFIG: nixConfig },
  )
  const images = run.stdout ? ((JSON.parse(run.stdout) as { images: Entry[] }).images ?? []) : []
  return { ...run, images }
}

const nixBuilds = (): string[] =>
  readFileSync(nixCalls, 'utf8')
    .split('\n')
    .filter((line) => / build /.test(` ${line} `))
const byName = (images: Entry[]): Record<string, Entry> =>
  Object.fromEntries(images.map((image) => [image.name, image]))

describe('a set of images (a monorepo)', () => {
  it('pushes each image to <image>/<name>; when one changed, only that one is built (in one nix build) and pushed', async () => {
    const first = await pushSet(setsFile('mono'), 'monorepo', 'acme')
    expect(first.code, first.stderr).toBe(0)
    expect(first.images.map((image) => [image.name, image.image, image.pushed])).toEqual([
      ['api', `${registry.host}/acme/api`, true],
      ['migrate', `${registry.host}/acme/migrate`, true],
      ['worker', `${registry.host}/acme/worker`, true],
    ])
    expect(nixBuilds()).toHaveLength(1)
    for (const image of first.images) expect(await listTags(registry, `acme/${image.name}`)).toEqual([image.tag])
    // Each image got its SBOM, as a single image does, attached in its own repository.
    for (const image of first.images)
      expect(image.sbom).toMatchObject({ state: 'attached', artifact: expect.stringMatching(/^sha256:[a-f0-9]{64}$/) })
    for (const image of first.images)
      expect(await listTags(registry, `acme/${image.name}`, { referrers: true })).toContain(
        `sha256-${image.digest.slice('sha256:'.length)}`,
      )

    const blobs = registry.blobCount()
    const changed = await pushSet(setsFile('mono', ' v2'), 'monorepo', 'acme')
    expect(changed.code, changed.stderr).toBe(0)
    const images = byName(changed.images)
    expect(images.migrate).toMatchObject({ pushed: true, skipped: false })
    // Like a single image, the member reuses the layers its repository holds: only its app layer is uploaded.
    expect(images.migrate!.layers).toEqual({ uploaded: 1, skipped: 1 })
    expect(images.migrate!.tag).not.toBe(byName(first.images).migrate!.tag)
    expect(images.api).toMatchObject({ pushed: false, skipped: true, digest: byName(first.images).api!.digest })
    expect(images.worker).toMatchObject({ pushed: false, skipped: true })
    // One build, of the changed image alone.
    expect(nixBuilds()).toHaveLength(1)
    // Named by its derivation, which the evaluation wrote: nothing is evaluated again.
    expect(nixBuilds()[0]).toMatch(/-migrate\.tar\.zst\.drv(\^\*)?(\s|$)/)
    expect(nixBuilds()[0]).not.toMatch(/-(api|worker)\.tar\.zst\.drv/)
    // Its app layer, config and manifest (the base layer is shared with the first push), and its
    // SBOM's document, artifact manifest and referrers index (Distribution stores manifests as blobs).
    expect(registry.blobCount()).toBe(blobs + 3 + 3)
  })

  it('one image failing to build leaves the others pushed, and the run lists it and why', async () => {
    const run = await pushSet(setsFile('broken'), 'withBroken', 'broken')
    expect(run.code).toBe(1)
    expect(byName(run.images).good).toMatchObject({ pushed: true })
    expect(await listTags(registry, 'broken/good')).toEqual([byName(run.images).good!.tag])
    expect(await listTags(registry, 'broken/broken')).toEqual([])
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('nix-image: error:'))
    expect(errors).toEqual([
      expect.stringMatching(
        /^nix-image: error: broken: nix build failed: .*docker-image-broken\.tar\.gz.*fixture build failure/,
      ),
    ])
    expect(JSON.parse(run.stdout).failed).toEqual([
      { name: 'broken', reason: expect.stringContaining('fixture build failure') },
    ])
  })

  it('`tag` prints every image of a set, from evaluation alone', async () => {
    const file = setsFile('mono')
    const run = await runCli(['tag', file, '--attr', 'monorepo'], env)
    expect(run.code, run.stderr).toBe(0)
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[0]),
    ).toEqual(['api', 'migrate', 'worker'])
  })
})

describe('the SBOMs of a set', () => {
  it('a set pushed with --no-sbom gets every SBOM on the next run, each image found present and not pushed again', async () => {
    const oci = ociClient(registry)
    const file = setsFile('late-sbom')
    const plain = await pushSet(file, 'monorepo', 'late', ['--no-sbom'])
    expect(plain.code, plain.stderr).toBe(0)
    for (const image of plain.images) {
      expect(image.sbom).toBeUndefined()
      expect(await oci.referrers(`late/${image.name}`, image.digest, CYCLONEDX)).toEqual([])
    }

    const blobs = registry.blobCount()
    const later = await pushSet(file, 'monorepo', 'late')
    expect(later.code, later.stderr).toBe(0)
    expect(later.images.map((image) => [image.name, image.pushed, image.skipped, image.digest])).toEqual(
      plain.images.map((image) => [image.name, false, true, image.digest]),
    )
    for (const image of later.images) {
      expect(image.sbom).toMatchObject({ state: 'attached', artifact: expect.stringMatching(/^sha256:[a-f0-9]{64}$/) })
      // Found as any OCI 1.1 client finds it, through the referrers tag schema.
      expect(await oci.referrers(`late/${image.name}`, image.digest, CYCLONEDX)).toEqual([
        expect.objectContaining({ digest: image.sbom!.artifact }),
      ])
    }
    // A skip builds nothing: the store holds the images since the first push, and their store
    // paths are read from it. Nothing pushed: per image its document, artifact manifest and
    // referrers index (and the artifacts' shared empty config).
    expect(nixBuilds()).toEqual([])
    expect(later.stderr).not.toMatch(/Pushing with/)
    expect(registry.blobCount() - blobs).toBeLessThanOrEqual(3 * 3 + 1)

    // The next run finds them: nothing built, nothing attached again.
    const again = await pushSet(file, 'monorepo', 'late')
    expect(again.code, again.stderr).toBe(0)
    expect(again.images.map((image) => image.sbom)).toEqual(
      later.images.map((image) => expect.objectContaining({ state: 'present', artifact: image.sbom!.artifact })),
    )
    expect(nixBuilds()).toEqual([])
  })
})

describe('a platform set, pushed as an OCI image index', () => {
  it('pushes both members and an index naming their platforms; the rerun pushes nothing; a changed member changes the index tag', async () => {
    const file = setsFile('multi')
    const run = await pushSet(file, 'platforms', 'multi/app', [], bothPlatforms)
    expect(run.code, run.stderr).toBe(0)
    expect(nixBuilds()).toHaveLength(1)
    const { 'x86_64-linux': amd64, 'aarch64-linux': arm64, '': index } = byName(run.images)
    expect(amd64).toMatchObject({ pushed: true, image: `${registry.host}/multi/app` })
    expect(arm64).toMatchObject({ pushed: true, image: `${registry.host}/multi/app` })
    expect(index).toMatchObject({ kind: 'index', pushed: true, ref: `${registry.host}/multi/app:${index!.tag}` })
    expect(index!.platforms).toEqual([
      { platform: 'linux/arm64', digest: arm64!.digest },
      { platform: 'linux/amd64', digest: amd64!.digest },
    ])
    // The tag is known from evaluation alone.
    const tags = await runCli(['tag', file, '--attr', 'platforms'], env)
    expect(tags.stdout).toContain(`. ${index!.tag}\n`)

    const raw = JSON.parse(await skopeo('inspect', '--raw', `docker://${index!.ref}`)) as {
      mediaType: string
      manifests: { digest: string; platform: object }[]
    }
    expect(raw.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(raw.manifests).toEqual([
      expect.objectContaining({ digest: arm64!.digest, platform: { os: 'linux', architecture: 'arm64' } }),
      expect.objectContaining({ digest: amd64!.digest, platform: { os: 'linux', architecture: 'amd64' } }),
    ])
    // A client on arm64 gets the arm64 member.
    const copied = mkdtempSync(join(work, 'arm64-'))
    await skopeo('copy', '--override-arch', 'arm64', `docker://${index!.ref}`, `dir:${copied}`)
    expect(
      `sha256:${createHash('sha256')
        .update(readFileSync(join(copied, 'manifest.json')))
        .digest('hex')}`,
    ).toBe(arm64!.digest)

    const blobs = registry.blobCount()
    const rerun = await pushSet(file, 'platforms', 'multi/app', [], bothPlatforms)
    expect(rerun.code, rerun.stderr).toBe(0)
    expect(rerun.images.map((image) => [image.name, image.pushed, image.skipped])).toEqual([
      ['aarch64-linux', false, true],
      ['x86_64-linux', false, true],
      ['', false, true],
    ])
    expect(byName(rerun.images)['']!.digest).toBe(index!.digest)
    expect(nixBuilds()).toEqual([])
    expect(registry.blobCount()).toBe(blobs)

    const changed = await pushSet(setsFile('multi', ' v2'), 'platforms', 'multi/app', [], bothPlatforms)
    expect(changed.code, changed.stderr).toBe(0)
    expect(byName(changed.images)['aarch64-linux']).toMatchObject({ pushed: true })
    expect(byName(changed.images)['x86_64-linux']).toMatchObject({ pushed: false, skipped: true })
    expect(byName(changed.images)['']!.tag).not.toBe(index!.tag)
    expect(byName(changed.images)['']).toMatchObject({ pushed: true })
  })

  it('a set of images (nix2container among them) and platform sets: one index per platform set, at <image>/<name>', async () => {
    const run = await pushSet(setsFile('mixed'), 'mixed', 'mixed', [], bothPlatforms)
    expect(run.code, run.stderr).toBe(0)
    expect(nixBuilds()).toHaveLength(1)
    expect(nixBuilds()[0]).toMatch(/-copy-to-cron\.drv/)
    expect(run.images.map((image) => [image.name, image.image, image.kind])).toEqual([
      ['cron', `${registry.host}/mixed/cron`, 'nix2container'],
      ['web', `${registry.host}/mixed/web`, 'docker-archive'],
      ['app.aarch64-linux', `${registry.host}/mixed/app`, 'docker-archive'],
      ['app.x86_64-linux', `${registry.host}/mixed/app`, 'docker-archive'],
      ['app', `${registry.host}/mixed/app`, 'index'],
    ])
  })
})

describe('native runners per platform (the matrix of docs/image-sets.md)', () => {
  it('each job pushes its member, --no-build refuses while one is missing, and assembles the index once all are there', async () => {
    const file = setsFile('matrix')
    // The amd64 job: builds and pushes its member; the arm64 one is left to the arm runner.
    const amd64Job = await pushSet(file, 'platforms', 'matrix/app')
    expect(amd64Job.code, amd64Job.stderr).toBe(0)
    expect(byName(amd64Job.images)['x86_64-linux']).toMatchObject({ pushed: true })
    expect(byName(amd64Job.images)['aarch64-linux']).toMatchObject({ pushed: false, skipped: false, digest: '' })
    expect(byName(amd64Job.images)['']).toMatchObject({ pushed: false, digest: '' })
    expect(nixBuilds()).toHaveLength(1)
    // The amd64 member's derivation alone (both members' are named app.tar.zst).
    expect(nixBuilds()[0]?.match(/\.drv\b/g)).toHaveLength(1)

    // The last job, too early: it names the missing member and the job that should push it.
    const early = await pushSet(file, 'platforms', 'matrix/app', ['--no-build'])
    expect(early.code).toBe(1)
    expect(early.stderr.split('\n').filter((line) => line.startsWith('nix-image: error:'))).toEqual([
      expect.stringMatching(
        /^nix-image: error: aarch64-linux: .*matrix\/app:\w+ is not in the registry, and no-build builds nothing: the job that builds aarch64-linux should push it first$/,
      ),
    ])
    expect(nixBuilds()).toEqual([])
    expect(await listTags(registry, 'matrix/app')).toEqual([byName(amd64Job.images)['x86_64-linux']!.tag])

    // The arm64 job pushes its member (the amd64 one is there).
    const arm64Job = await pushSet(file, 'platforms', 'matrix/app', [], armRunner)
    expect(arm64Job.code, arm64Job.stderr).toBe(0)
    expect(byName(arm64Job.images)['aarch64-linux']).toMatchObject({ pushed: true })
    expect(byName(arm64Job.images)['x86_64-linux']).toMatchObject({ pushed: false, skipped: true })

    // The last job: builds nothing, the index is there (or pushed now), the extra tag is the index's.
    const last = await pushSet(file, 'platforms', 'matrix/app', ['--no-build', '--extra-tag', 'latest'])
    expect(last.code, last.stderr).toBe(0)
    expect(nixBuilds()).toEqual([])
    const index = byName(last.images)['']!
    expect(index).toMatchObject({ kind: 'index', extraTags: ['latest'] })
    expect(await listTags(registry, 'matrix/app')).toEqual(expect.arrayContaining([index.tag, 'latest']))
    expect(
      JSON.parse(await skopeo('inspect', '--raw', `docker://${registry.host}/matrix/app:latest`)).manifests,
    ).toHaveLength(2)
  })
})

describe('verify and pin a set', () => {
  it('checks each repository against its own tag, and pin fixes only the stale one', async () => {
    const file = setsFile('verify')
    const tags = Object.fromEntries(
      (await runCli(['tag', file, '--attr', 'monorepo'], env)).stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ') as [string, string]),
    )
    const dir = mkdtempSync(join(work, 'deploy-'))
    const manifest = join(dir, 'deploy.yaml')
    const container = (name: string, tag: string) =>
      `      - name: ${name}\n        image: ghcr.io/acme/${name}:${tag}\n`
    writeFileSync(
      manifest,
      `apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n${container('api', 'old')}${container('worker', tags.worker!)}`,
    )
    const args = [file, '--attr', 'monorepo', '--image', 'ghcr.io/acme', '--manifests', manifest]
    const verify = await runCli(['verify', ...args], env)
    expect(verify.code).toBe(1)
    expect(verify.stdout.trim()).toBe(
      `${manifest}:7: found ghcr.io/acme/api:old, expected ghcr.io/acme/api:${tags.api}`,
    )
    expect(verify.stderr).toContain(`nix-image pin --image ghcr.io/acme/api --manifests ${manifest} --tag ${tags.api}`)

    const pin = await runCli(['pin', ...args], env)
    expect(pin.code, pin.stderr).toBe(0)
    expect(readFileSync(manifest, 'utf8')).toContain(`image: ghcr.io/acme/api:${tags.api}\n`)
    expect(readFileSync(manifest, 'utf8')).toContain(`image: ghcr.io/acme/worker:${tags.worker}\n`)
    expect((await runCli(['verify', ...args], env)).code).toBe(0)
  })
})

describe('--no-build with a single image', () => {
  it('refuses a missing image in one line, builds and pushes nothing', async () => {
    const run = await pushSet(setsFile('single-no-build'), 'monorepo.api', 'single/api', ['--no-build'])
    expect(run.code).toBe(1)
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('nix-image:')),
    ).toEqual([
      expect.stringMatching(
        /^nix-image: error: .*single\/api:\w+ is not in the registry, and no-build builds nothing: push it first/,
      ),
    ])
    expect(nixBuilds()).toEqual([])
    expect(await listTags(registry, 'single/api')).toEqual([])
  })
})

async function skopeo(...args: string[]): Promise<string> {
  const [command, ...rest] = args
  const tls =
    command === 'copy'
      ? ['--src-tls-verify=false', '--src-authfile', registry.authFile]
      : ['--tls-verify=false', '--authfile', registry.authFile]
  const { stdout } = await execFileAsync('skopeo', [command!, ...tls, ...rest])
  return stdout
}
