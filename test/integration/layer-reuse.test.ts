import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseImageName } from '../../src/core/registry/reference.js'
import { RegistryClient } from '../../src/core/registry/client.js'
import { runCli } from '../helpers/cli.js'
import { layerProblems, servedImages } from '../helpers/layers.js'
import { silentLogger } from '../helpers/logger.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { startProxy, type RegistryProxy } from '../helpers/proxy.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest } from '../helpers/skopeo.js'

// A changed image pushed from a fresh runner (no skopeo blob-info cache) into a repository that
// holds the previous image: the unchanged layer must be neither uploaded (the proxy sees every
// blob upload, by digest) nor read and compressed again (skopeo is handed a source in which the
// unchanged layer's file does not exist; a wrapper records what the source held).

const SCHEMA2 = 'application/vnd.docker.distribution.manifest.v2+json'
const work = mkdtempSync(join(tmpdir(), 'nix-image-reuse-'))
const wrapperLog = join(work, 'skopeo-sources.log')
const registry = useRegistry()
let proxy: RegistryProxy
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  proxy = await startProxy(registry.host)
  // The skopeo nix-image finds on PATH: lists the files of a `dir:` source, then runs skopeo.
  const bin = join(work, 'bin')
  writeScript(
    bin,
    'skopeo',
    [
      'for arg in "$@"; do case "$arg" in dir:*) echo "source $arg" >> ' +
        wrapperLog +
        '; (cd "${arg#dir:}" && find . -type f | sort) >> ' +
        wrapperLog +
        ';; docker-archive:*) echo "source $arg" >> ' +
        wrapperLog +
        ';; esac; done',
      'exec /usr/bin/skopeo "$@"',
    ].join('\n'),
  )
  env = testEnv({
    PATH: `${bin}:${process.env.PATH}`,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
  })
})
afterAll(async () => {
  await proxy?.stop()
})

interface Result {
  ref: string
  tag: string
  digest: string
  pushed: boolean
  layers?: { uploaded: number; skipped: number }
}

// --no-sbom: the SBOM's own two small blobs are not the image's layers counted here.
async function push(
  file: string,
  attr: string,
  host: string,
  repository: string,
): Promise<{ result: Result; stderr: string }> {
  const run = await runCli(
    ['push', file, '--attr', attr, '--image', `${host}/${repository}`, '--insecure-registry', '--json', '--no-sbom'],
    env,
    undefined,
    { freshRunner: true },
  )
  expect(run.code, run.stderr).toBe(0)
  return { result: JSON.parse(run.stdout) as Result, stderr: run.stderr }
}

function skopeoJson(args: string[]): {
  layers: { digest: string; size: number }[]
  config: { digest: string; size: number }
} {
  return JSON.parse(execFileSync('skopeo', [...args], { encoding: 'utf8' }))
}

const rawManifest = (ref: string) =>
  skopeoJson(['inspect', '--raw', '--tls-verify=false', '--authfile', registry.authFile, `docker://${ref}`])

function sourcesLogged(): string {
  try {
    return readFileSync(wrapperLog, 'utf8')
  } catch {
    return ''
  }
}

describe('a changed image, from a fresh runner, costs its changed layer', () => {
  it.each([
    ['layered', 'gzip archive'],
    ['layeredZstd', 'zstd archive'],
    ['layeredPlain', 'plain tar archive'],
    ['stream', 'stream image'],
    ['archive', 'buildImage archive'],
  ])('%s (%s)', async (attr) => {
    const id = `${attr}-${Date.now()}`
    const repository = `reuse/${attr.toLowerCase()}`
    const before = await push(writeVariant(work, `before-${id}`), attr, registry.host, repository)
    const changed = writeVariant(work, `after-${id}`)

    const logged = sourcesLogged().length
    const requests = proxy.log.length
    const after = await push(changed, attr, proxy.host, repository)
    const source = sourcesLogged().slice(logged)
    const seen = proxy.log.slice(requests)

    const old = rawManifest(`${registry.host}/${repository}:${before.result.tag}`)
    const now = rawManifest(`${registry.host}/${repository}:${after.result.tag}`)
    const unchanged = now.layers.filter((layer) => old.layers.some((o) => o.digest === layer.digest))
    const changedLayers = now.layers.filter((layer) => !unchanged.includes(layer))
    expect(unchanged).toHaveLength(1)
    expect(changedLayers).toHaveLength(1)
    expect(after.result.layers).toEqual({ uploaded: 1, skipped: 1 })
    expect(after.stderr).toContain('1 layer already in the registry (not read, not compressed); uploading 1')

    // Uploaded: the changed layer and the config, nothing else; the unchanged blob was only asked for.
    const uploads = seen.filter((request) => request.startsWith('PUT ') && request.includes('digest='))
    expect(uploads.map((request) => decodeURIComponent(/digest=([^&]+)/.exec(request)![1]!)).sort()).toEqual(
      [changedLayers[0]!.digest, now.config.digest].sort(),
    )
    expect(seen).toContain(`HEAD /v2/${repository}/blobs/${unchanged[0]!.digest}`)

    // skopeo was handed a dir: image without the unchanged layer's file (and no spilled member):
    // it could not have read or compressed that layer.
    expect(source).toMatch(/^source dir:/)
    expect(source).not.toContain('docker-archive:')
    const files = source.split('\n').filter((line) => line.startsWith('./'))
    // Read from the registry itself, as it serves the image (not through the proxy).
    const pushedRef = `${registry.host}/${repository}:${after.result.tag}`
    const served = await servedImages(registry, pushedRef)
    const diffIds = served[0]!.config.rootfs.diff_ids
    const unchangedDiffId = diffIds[now.layers.indexOf(unchanged[0]!)]!
    const changedDiffId = diffIds[now.layers.indexOf(changedLayers[0]!)]!
    expect(files.sort()).toEqual(
      ['./manifest.json', './version', `./${changedDiffId.slice(7)}`, `./${now.config.digest.slice(7)}`].sort(),
    )
    expect(files).not.toContain(`./${unchangedDiffId.slice(7)}`)

    // The image is whole: every layer decompresses to the diff_id its config names at its position.
    expect(layerProblems(served)).toEqual([])
    // The digest is the registry's, and the same as a push of the archive into an empty repository.
    expect(await inspectDigest(registry, pushedRef)).toBe(after.result.digest)
    const cold = await push(changed, attr, registry.host, `reuse-cold/${attr.toLowerCase()}`)
    expect(cold.stderr).toContain('holds no tags yet')
    expect(cold.result.digest).toBe(after.result.digest)
    expect(cold.result.layers).toEqual({ uploaded: 2, skipped: 0 })
  })
})

describe('when the registry no longer holds a layer it listed', () => {
  it('pushes every layer instead, and the image is whole', async () => {
    const id = `lost-${Date.now()}`
    const repository = 'reuse/lost'
    const before = await push(writeVariant(work, `before-${id}`), 'layeredPlain', registry.host, repository)
    const old = rawManifest(`${registry.host}/${repository}:${before.result.tag}`)
    // Unlink every layer from the repository: the tag still names them, HEAD answers 404.
    for (const layer of old.layers) {
      const response = await fetch(`http://${registry.host}/v2/${repository}/blobs/${layer.digest}`, {
        method: 'DELETE',
        headers: {
          authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
        },
      })
      expect(response.status).toBe(202)
    }
    const after = await push(writeVariant(work, `after-${id}`), 'layeredPlain', registry.host, repository)
    expect(after.stderr).toContain('the registry no longer holds a layer it listed')
    expect(after.result.pushed).toBe(true)
    expect(layerProblems(await servedImages(registry, after.result.ref))).toEqual([])
  })
})

describe('an earlier image whose config lies about a layer', () => {
  // Anyone who can push a tag to the repository (another branch's pipeline, a merge request's
  // token) can push an image whose config pairs the next image's layer with a blob of theirs.
  it.each([['layered'], ['layeredPlain'], ['stream']])(
    '%s: the blob is read back, refused, and every layer pushed',
    async (attr) => {
      const id = `liar-${attr}-${Date.now()}`
      const changed = writeVariant(work, `after-${id}`)
      // The same image pushed into a repository of its own tells its diff_ids and its honest digest.
      const honest = await push(changed, attr, registry.host, `reuse-honest/${attr.toLowerCase()}`)
      const diffIds = (await servedImages(registry, honest.result.ref))[0]!.config.rootfs.diff_ids

      const repository = `reuse-liar/${attr.toLowerCase()}`
      const attacker = new RegistryClient({
        image: parseImageName(`${registry.host}/${repository}`),
        credentials: registry,
        insecure: true,
        logger: silentLogger,
      })
      const evil = gzipSync(Buffer.from('not the layer the config names'))
      const config = Buffer.from(
        JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [diffIds[0]] } }),
      )
      const [evilDigest, configDigest] = await Promise.all([attacker.uploadBlob(evil), attacker.uploadBlob(config)])
      const manifest = {
        schemaVersion: 2,
        mediaType: SCHEMA2,
        config: {
          mediaType: 'application/vnd.docker.container.image.v1+json',
          size: config.length,
          digest: configDigest,
        },
        layers: [
          { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: evil.length, digest: evilDigest },
        ],
      }
      await attacker.putManifest('latest', SCHEMA2, Buffer.from(JSON.stringify(manifest)))

      const after = await push(changed, attr, registry.host, repository)
      expect(rawManifest(after.result.ref).layers.map((layer) => layer.digest)).not.toContain(evilDigest)
      expect(layerProblems(await servedImages(registry, after.result.ref))).toEqual([])
      expect(after.result.digest).toBe(honest.result.digest)
      expect(after.stderr).toContain(
        `Not reusing the registry's layers (pushing every layer): blob ${evilDigest} does not hold layer ${diffIds[0]}`,
      )
    },
  )
})
