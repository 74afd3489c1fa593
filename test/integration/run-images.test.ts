import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pushToRegistry } from '../helpers/cli.js'
import { layerProblems, servedImages } from '../helpers/layers.js'
import { fixturesDir, testEnv, writeVariant } from '../helpers/nix.js'
import { ociClient } from '../helpers/oci.js'
import { storeDifferences, usePodman } from '../helpers/podman.js'
import { useRegistry } from '../helpers/use-registry.js'

// Every image kind nix-image pushes, started by a real runtime: pushed by the CLI, pulled by the
// digest reference its --json reports into a private podman store, and run. The command prints
// what the Nix expression set (Entrypoint, Cmd, Env, WorkingDir take effect), the served config
// is that expression's, the container holds the store paths byte for byte, and every layer as the
// registry serves it is the config's diff_id at its position (which podman itself never checks).

const runnable = join(fixturesDir, 'runnable.nix')
const work = mkdtempSync(join(tmpdir(), 'nix-image-run-'))
const registry = useRegistry()
const podman = usePodman(registry)
const push = (file: string, attr: string, repository: string) =>
  pushToRegistry(registry, [file, '--attr', attr, '--image', `${registry.host}/${repository}`])

/** What the fixture says of itself: its config, its command's output, its contents' closure. */
function expected(file: string): { config: unknown; output: string; closure: string[] } {
  const nixEnv = testEnv()
  const nix = (...args: string[]) => execFileSync('nix', args, { env: nixEnv, encoding: 'utf8' })
  const contents = execFileSync('nix-build', ['--no-out-link', file, '-A', 'contents'], {
    env: nixEnv,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
  return {
    config: JSON.parse(nix('eval', '--json', '-f', file, 'config')),
    output: nix('eval', '--raw', '-f', file, 'output'),
    closure: execFileSync('nix-store', ['--query', '--requisites', ...contents], { env: nixEnv, encoding: 'utf8' })
      .trim()
      .split('\n'),
  }
}

describe('every image kind runs from the digest reference the CLI reports', () => {
  it.each([
    ['layered', 'docker-archive'],
    ['layeredZstd', 'docker-archive'],
    ['layeredPlain', 'docker-archive'],
    ['stream', 'stream'],
    ['archive', 'docker-archive'],
    ['n2c', 'nix2container'],
    ['fixedTag', 'docker-archive'],
  ])('%s', async (attr, kind) => {
    const want = expected(runnable)
    const pushed = await push(runnable, attr, `kinds/${attr.toLowerCase()}`)
    expect(pushed).toMatchObject({ kind, tagSource: attr === 'fixedTag' ? 'outPath' : 'imageTag' })
    const served = await servedImages(registry, pushed.digestRef)
    expect(layerProblems(served)).toEqual([])
    expect(served.map((image) => image.config.config)).toEqual([want.config])

    await podman.pull(pushed.digestRef)
    const run = await podman.run(pushed.digestRef)
    expect(run.stderr).toBe('')
    expect(run).toMatchObject({ code: 0, stdout: want.output })
    expect(storeDifferences(await podman.exportFiles(pushed.digestRef), want.closure)).toEqual([])
  })
})

describe('the layer check', () => {
  it('finds a manifest whose layers are in another order than the diff_ids, an image podman 4.3 runs all the same', async () => {
    // Its own message: the same config as another test's image would be the same image to podman.
    const pushed = await push(writeVariant(work, 'reordered', 'runnable.nix'), 'layeredZstd', 'check/reordered')
    const oci = ociClient(registry)
    const mediaType = 'application/vnd.docker.distribution.manifest.v2+json'
    const manifest = (await (await oci.get(`check/reordered/manifests/${pushed.digest}`, mediaType)).json()) as {
      mediaType?: string
      layers: unknown[]
    }
    const reordered = JSON.stringify({ ...manifest, layers: [...manifest.layers].reverse() })
    const put = await fetch(`http://${registry.host}/v2/check/reordered/manifests/reordered`, {
      method: 'PUT',
      headers: {
        'content-type': manifest.mediaType ?? mediaType,
        authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
      },
      body: reordered,
    })
    expect(put.status).toBe(201)
    const ref = `${registry.host}/check/reordered:reordered`
    expect(layerProblems(await servedImages(registry, ref))).toEqual([
      expect.stringContaining('layer 0'),
      expect.stringContaining(`layer ${manifest.layers.length - 1}`),
    ])
    await podman.pull(ref)
    expect(await podman.run(ref)).toMatchObject({ code: 0 })
  })
})
