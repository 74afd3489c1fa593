import { execFileSync } from 'node:child_process'
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pushToRegistry, runCli } from '../helpers/cli.js'
import { layerProblems, servedImages } from '../helpers/layers.js'
import { testEnv, testNixConfig, writeVariant } from '../helpers/nix.js'
import { closureOf, standInNixpkgs } from '../helpers/nixpkgs.js'
import { storeDifferences, usePodman } from '../helpers/podman.js'
import { useRegistry } from '../helpers/use-registry.js'

// Every path of nix-image that writes a manifest, followed by a real runtime: a rerun's digest,
// a one-layer change pushed with layer reuse (and the image before it), a platform index, each
// image of a set, a package list's image, extra tags and `name:tag@sha256:…` references. Each is
// pulled as a runner would pull it, run (or created and exported), and its layers checked against
// the config's diff_ids as the registry serves them.

const work = mkdtempSync(join(tmpdir(), 'nix-image-run-manifests-'))
const registry = useRegistry()
const podman = usePodman(registry)
const push = (args: string[], options: { nixConfig?: string; freshRunner?: boolean } = {}) =>
  pushToRegistry(registry, args, options)

/** A runnable.nix of its own message (a test's images are no other test's). */
const variant = (content: string): string => writeVariant(work, content, 'runnable.nix')
const evalRaw = (file: string, attr: string): string =>
  execFileSync('nix', ['eval', '--raw', '-f', file, attr], { env: testEnv(), encoding: 'utf8' })

/** Pulled from the registry, its layers are its diff_ids and it prints `output`. */
async function expectRuns(ref: string, output: string): Promise<void> {
  expect(layerProblems(await servedImages(registry, ref))).toEqual([])
  await podman.pull(ref)
  expect(await podman.run(ref)).toMatchObject({ code: 0, stdout: output, stderr: '' })
}

describe('a rerun', () => {
  it('reports the digest of the first push, which still runs', async () => {
    const file = variant('rerun')
    const args = [file, '--attr', 'layeredZstd', '--image', `${registry.host}/rerun/app`]
    const first = await push(args)
    const again = await push(args)
    expect(again).toMatchObject({ pushed: false, skipped: true, digestRef: first.digestRef })
    await expectRuns(again.digestRef, evalRaw(file, 'output'))
  })
})

describe('a one-layer change pushed with layer reuse, from a fresh runner', () => {
  it.each(['layered', 'stream'])(
    '%s: the new digest runs the new message, the old digest still runs the old',
    async (attr) => {
      const repository = `reuse/${attr}`
      const before = variant(`before ${attr}`)
      const after = variant(`after ${attr}`)
      const old = await push([before, '--attr', attr, '--image', `${registry.host}/${repository}`, '--no-sbom'], {
        freshRunner: true,
      })
      const changed = await push([after, '--attr', attr, '--image', `${registry.host}/${repository}`, '--no-sbom'], {
        freshRunner: true,
      })
      // busybox's layer and the /bin links are the registry's already: only the app's layer is new.
      expect(changed.layers).toEqual({ uploaded: 1, skipped: 2 })
      await expectRuns(changed.digestRef, evalRaw(after, 'output'))
      await expectRuns(old.digestRef, evalRaw(before, 'output'))
    },
  )
})

describe('a platform index', () => {
  it('--arch pulls the member of that platform; each member is its diff_ids', async () => {
    const file = variant('platforms')
    const result = await push([file, '--attr', 'platforms', '--image', `${registry.host}/multi/app`], {
      nixConfig: `${testNixConfig}\nextra-platforms = aarch64-linux`,
    })
    const byName = Object.fromEntries((result.images ?? []).map((image) => [image.name, image]))
    const index = byName['']!
    const served = await servedImages(registry, index.digestRef)
    expect(served.map((image) => [image.digest, image.config.architecture]).sort()).toEqual(
      [
        [byName['aarch64-linux']!.digest, 'arm64'],
        [byName['x86_64-linux']!.digest, 'amd64'],
      ].sort(),
    )
    expect(layerProblems(served)).toEqual([])

    await podman.pull(index.digestRef, { arch: 'arm64' })
    // podman names an image pulled through an index by both digests.
    const arm64 = await podman.inspect(index.digestRef)
    expect(arm64).toMatchObject({
      Architecture: 'arm64',
      RepoDigests: expect.arrayContaining([`${index.image}@${byName['aarch64-linux']!.digest}`]),
    })
    // An arm64 image does not start here; its files say which member it is.
    const files = await podman.exportFiles(index.digestRef)
    expect(readFileSync(join(files, String(arm64.Config.WorkingDir), 'message'), 'utf8')).toBe(
      evalRaw(file, 'platforms.aarch64-linux.message'),
    )

    await podman.pull(index.digestRef, { arch: 'amd64' })
    expect(await podman.inspect(index.digestRef)).toMatchObject({
      Architecture: 'amd64',
      RepoDigests: expect.arrayContaining([`${index.image}@${byName['x86_64-linux']!.digest}`]),
    })
    expect(await podman.run(index.digestRef)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`\\n${evalRaw(file, 'platforms.x86_64-linux.message')}$`)),
    })
  })
})

describe('a set of images', () => {
  it('each image runs from its own digest reference', async () => {
    const file = variant('set')
    const result = await push([file, '--attr', 'monorepo', '--image', `${registry.host}/mono`])
    expect((result.images ?? []).map((image) => image.name)).toEqual(['api', 'worker'])
    for (const image of result.images ?? [])
      await expectRuns(image.digestRef, evalRaw(file, `monorepo.${image.name}.output`))
  })
})

describe('a package list', () => {
  it("the image's file system holds each package's closure, byte for byte, its programs linked into /bin and a /tmp for everyone", async () => {
    const result = await push([
      '--packages',
      'shell jq',
      '--nix-path',
      `nixpkgs=${standInNixpkgs}`,
      '--image',
      `${registry.host}/tools/`,
    ])
    expect(layerProblems(await servedImages(registry, result.digestRef))).toEqual([])
    await podman.pull(result.digestRef)
    const root = await podman.exportFiles(result.digestRef)
    const closure = closureOf(`nixpkgs=${standInNixpkgs}`, ['bashInteractive', 'coreutils', 'cacert', 'jq'])
    expect(storeDifferences(root, closure)).toEqual([])
    const jq = closure.find((path) => path.endsWith('-jq-1.7.1'))
    expect(readlinkSync(join(root, 'bin/jq'))).toBe(`${jq}/bin/jq`)
    expect(lstatSync(join(root, 'tmp')).mode & 0o7777).toBe(0o1777)
  })
})

describe('extra tags and pinned references', () => {
  it('an extra tag and the name:tag@sha256 reference nix-image pin writes pull and run the pushed image', async () => {
    const file = variant('pinned')
    const image = `${registry.host}/pinned/app`
    const result = await push([file, '--attr', 'layeredZstd', '--image', image, '--extra-tag', 'stable'])
    const output = evalRaw(file, 'output')
    await expectRuns(`${image}:stable`, output)

    const manifest = join(mkdtempSync(join(work, 'deploy-')), 'deploy.yaml')
    writeFileSync(
      manifest,
      `apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n    - name: app\n      image: ${image}:old\n`,
    )
    const pin = await runCli(
      ['pin', file, '--attr', 'layeredZstd', '--image', image, '--manifests', manifest, '--digest', result.digest],
      testEnv(),
    )
    expect(pin.code, pin.stderr).toBe(0)
    const pinned = /image: (\S+)/.exec(readFileSync(manifest, 'utf8'))?.[1] ?? ''
    expect(pinned).toBe(`${image}:${result.tag}@${result.digest}`)
    await expectRuns(pinned, output)
  })
})
