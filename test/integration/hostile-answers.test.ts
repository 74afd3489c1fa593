import { mkdtempSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { CYCLONEDX, ociClient } from '../helpers/oci.js'
import { startProxy, type RegistryProxy } from '../helpers/proxy.js'
import { useRegistry } from '../helpers/use-registry.js'

// Round 3 of the hostile registry: what the features of round 2 read from a registry (tag lists,
// referrers tag indexes, platform-set indexes) when a proxy in front of CNCF Distribution rewrites
// its answers. Everything else the registry answers is the real thing.

const SCHEMA2 = 'application/vnd.docker.distribution.manifest.v2+json'
const work = mkdtempSync(join(tmpdir(), 'nix-image-hostile-answers-'))
const registry = useRegistry()
let proxy: RegistryProxy
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  proxy = await startProxy(registry.host)
  env = testEnv({
    HOME: work,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
  })
})
afterAll(async () => {
  await proxy?.stop()
})

interface Result {
  pushed: boolean
  digest: string
  sbom?: { state: string; artifact: string }
}

async function push(
  file: string,
  host: string,
  repository: string,
  ...args: string[]
): Promise<{ code: number; stderr: string; result: Result }> {
  const run = await runCli(
    [
      'push',
      file,
      '--attr',
      'layeredZstd',
      '--image',
      `${host}/${repository}`,
      '--insecure-registry',
      '--json',
      ...args,
    ],
    env,
  )
  return { code: run.code, stderr: run.stderr, result: run.code === 0 ? JSON.parse(run.stdout) : {} }
}

const basicAuth = (): string => `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`

/** The paths the proxy forwarded that are not `/v2/` or under `/v2/<repository>/`. */
const outside = (repository: string, from: number): string[] =>
  proxy.log
    .slice(from)
    .filter((line) => !line.endsWith(' /v2/') && !line.split(' ')[1]!.startsWith(`/v2/${repository}/`))

describe('names from a registry are checked before they become request paths', () => {
  it('a tag list naming ../../other/app/manifests/latest: no request leaves the repository, the push works', async () => {
    // Another repository on the same host, which a resolved `..` would reach.
    expect((await push(writeVariant(work, 'secret'), registry.host, 'secret/app', '--tag', 'latest')).code).toBe(0)
    expect((await push(writeVariant(work, 'paths-v1'), registry.host, 'h/paths')).code).toBe(0)
    const hostile = ['../../../secret/app/manifests/latest', 'latest?n=1', 'x/../../../../secret/app/blobs/sha256:0']
    proxy.addFaults({
      match: (req) => req.method === 'GET' && (req.url ?? '').startsWith('/v2/h/paths/tags/list'),
      fault: {
        kind: 'body',
        rewrite: (body) => {
          const list = JSON.parse(body.toString('utf8')) as { tags: string[] }
          return { body: Buffer.from(JSON.stringify({ ...list, tags: [...hostile, ...list.tags] })) }
        },
      },
      times: 5,
    })
    const from = proxy.log.length
    const run = await push(writeVariant(work, 'paths-v2'), proxy.host, 'h/paths')
    proxy.clearFaults()
    expect(run.code, run.stderr).toBe(0)
    expect(run.result.pushed).toBe(true)
    expect(proxy.log.slice(from).some((line) => line.includes('/tags/list'))).toBe(true)
    expect(outside('h/paths', from)).toEqual([])
  })
})

describe('indexes whose entries are not descriptors, referrers tags that are not indexes', () => {
  const isReferrersTag =
    (repository: string) =>
    (req: IncomingMessage): boolean =>
      req.method === 'GET' && (req.url ?? '').startsWith(`/v2/${repository}/manifests/sha256-`)

  it('null, a string, a number and a path in the referrers tag index: skipped with one warning, the SBOM still found', async () => {
    const file = writeVariant(work, 'null-referrers')
    const first = await push(file, registry.host, 'h/nulls')
    expect(first.code, first.stderr).toBe(0)
    proxy.addFaults({
      match: isReferrersTag('h/nulls'),
      fault: {
        kind: 'body',
        // The registry's digest header would give the rewrite away; a registry may leave it out.
        rewrite: (body) => {
          const index = JSON.parse(body.toString('utf8')) as { manifests: unknown[] }
          const manifests = [
            null,
            'x',
            42,
            { mediaType: CYCLONEDX, digest: `sha256:${'a'.repeat(64)}/../../x`, size: 1, artifactType: CYCLONEDX },
            ...index.manifests,
          ]
          return {
            body: Buffer.from(JSON.stringify({ ...index, manifests })),
            headers: { 'docker-content-digest': undefined },
          }
        },
      },
      times: 5,
    })
    const rerun = await push(file, proxy.host, 'h/nulls')
    proxy.clearFaults()
    expect(rerun.code, rerun.stderr).toBe(0)
    expect(rerun.result.sbom).toMatchObject({ state: 'present', artifact: first.result.sbom?.artifact })
    expect(rerun.stderr).toMatch(
      /warning: the referrers tag sha256-[0-9a-f]{64} lists 4 entries that are not a descriptor \(an object with a media type, a sha256 digest and a size\): skipped/,
    )
    expect(rerun.stderr).not.toMatch(/Cannot read properties|internal error/)
  })

  it('a referrers tag holding an image manifest: reported, and the tag is left as it is', async () => {
    const file = writeVariant(work, 'manifest-at-referrers-tag')
    const first = await push(file, registry.host, 'h/trap', '--no-sbom')
    expect(first.code, first.stderr).toBe(0)
    // Another client (or an attacker with push access) put an image manifest where the index goes.
    const oci = ociClient(registry)
    const manifest = Buffer.from(
      await (await oci.get(`h/trap/manifests/${first.result.digest}`, SCHEMA2)).arrayBuffer(),
    )
    const tag = first.result.digest.replace(':', '-')
    const put = await fetch(`http://${registry.host}/v2/h/trap/manifests/${tag}`, {
      method: 'PUT',
      body: manifest,
      headers: { 'content-type': SCHEMA2, authorization: basicAuth() },
    })
    expect(put.status).toBe(201)
    const rerun = await push(file, registry.host, 'h/trap')
    expect(rerun.code, rerun.stderr).toBe(0)
    expect(rerun.stderr).toMatch(
      new RegExp(
        `warning: the referrers tag ${tag} holds a ${SCHEMA2.replace(/[.+]/g, '\\$&')} \\(sha256:\\w+\\), not an image index: its referrers are not read`,
      ),
    )
    expect(rerun.stderr).toMatch(
      new RegExp(`warning: could not attach the SBOM to .*: the referrers tag ${tag} holds .*: left as it is`),
    )
    const after = await oci.get(`h/trap/manifests/${tag}`, `${SCHEMA2}, application/vnd.oci.image.index.v1+json`)
    expect(Buffer.from(await after.arrayBuffer()).equals(manifest)).toBe(true)
  })
})
