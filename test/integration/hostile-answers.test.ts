import { mkdtempSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ManifestInfo, RegistryClient } from '../../src/core/registry/client.js'
import { OCI_MANIFEST } from '../../src/core/registry/media-types.js'
import { parseImageName } from '../../src/core/registry/reference.js'
import {
  type Artifact,
  attachArtifact,
  EMPTY_CONFIG,
  listReferrers,
  stageArtifact,
} from '../../src/core/registry/referrers.js'
import type { Logger } from '../../src/core/types.js'
import { runCli } from '../helpers/cli.js'
import { silentLogger } from '../helpers/logger.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { CYCLONEDX, ociClient } from '../helpers/oci.js'
import { isSkopeoUpload, startProxy, type RegistryProxy } from '../helpers/proxy.js'
import { startFakeRegistry } from '../helpers/fake-registry.js'
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

describe('the referrers tag index with two writers', () => {
  const clientAt = (host: string, logger: Logger = silentLogger): RegistryClient =>
    new RegistryClient({
      image: parseImageName(`${host}/h/race`),
      credentials: { username: registry.username, password: registry.password },
      insecure: true,
      logger,
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, deadlineMs: 10_000 },
    })
  const sbom = (text: string): Artifact => ({
    artifactType: CYCLONEDX,
    document: Buffer.from(JSON.stringify({ bomFormat: 'CycloneDX', text })),
    title: 'sbom.cdx.json',
  })

  /** A small image manifest of its own in h/race: the subject the artifacts refer to. */
  async function subject(name: string): Promise<ManifestInfo> {
    const client = clientAt(registry.host)
    await client.uploadBlob(Buffer.from('{}'))
    const body = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: EMPTY_CONFIG,
        layers: [],
        annotations: { name },
      }),
    )
    return client.putManifest(name, OCI_MANIFEST, body)
  }
  const warnings = (into: string[]): Logger => ({ ...silentLogger, warn: (message) => void into.push(message) })

  it('two attachments to the same subject at once: both listed, and the race is a warning', async () => {
    const image = await subject('two-writers')
    const seen: string[] = []
    const clients = [clientAt(proxy.host, warnings(seen)), clientAt(proxy.host, warnings(seen))]
    // Both read the (absent) index before either writes, as two jobs attaching at once may: the
    // proxy holds the first two reads of the tag until both have been asked.
    const tag = image.digest.replace(':', '-')
    proxy.addFaults({
      match: (req) => req.method === 'GET' && req.url === `/v2/h/race/manifests/${tag}`,
      fault: { kind: 'delay', ms: 300 },
      times: 2,
    })
    const staged = [stageArtifact(clients[0]!, sbom('one')), stageArtifact(clients[1]!, sbom('two'))]
    const attached = await Promise.all(staged.map((one, i) => attachArtifact(clients[i]!, image, one)))
    proxy.clearFaults()
    const listed = (await listReferrers(clientAt(registry.host), image.digest, CYCLONEDX)).map((entry) => entry.digest)
    expect(listed.sort()).toEqual(attached.map((one) => one.digest).sort())
    expect(seen).toContainEqual(
      expect.stringMatching(
        /^another client wrote the referrers tag sha256-[0-9a-f]{64} while this run did: sha256:\w+ is listed now, but the registry does not refuse a write from an older read/,
      ),
    )
  })

  it('a writer that drops the entry after every write: given up after 4 writes, in one line', async () => {
    const image = await subject('always-dropped')
    const tag = image.digest.replace(':', '-')
    proxy.addFaults({
      match: (req) => req.method === 'GET' && req.url === `/v2/h/race/manifests/${tag}`,
      fault: {
        kind: 'body',
        rewrite: (body) => ({
          body: Buffer.from(JSON.stringify({ ...JSON.parse(body.toString('utf8')), manifests: [] })),
          headers: { 'docker-content-digest': undefined },
        }),
      },
      times: 100,
    })
    const from = proxy.log.length
    const client = clientAt(proxy.host)
    await expect(attachArtifact(client, image, stageArtifact(client, sbom('dropped')))).rejects.toThrow(
      new RegExp(
        `^another client rewrote the referrers tag ${tag} after each of 4 writes, dropping sha256:\\w+: the artifact is in the registry but not listed; run again to list it$`,
      ),
    )
    proxy.clearFaults()
    expect(proxy.log.slice(from).filter((line) => line === `PUT /v2/h/race/manifests/${tag}`)).toHaveLength(4)
  })

  it('a registry that honours If-Match: a stale write is refused (412), read again and merged, no warning', async () => {
    const image = await subject('if-match')
    const tag = image.digest.replace(':', '-')
    const client = clientAt(registry.host)
    await attachArtifact(client, image, stageArtifact(client, sbom('first')))
    const conditions: string[] = []
    const isPut = (req: IncomingMessage): boolean => req.method === 'PUT' && req.url === `/v2/h/race/manifests/${tag}`
    proxy.addFaults(
      {
        // Records each write's condition and lets it through.
        match: (req) => {
          if (isPut(req)) conditions.push(String(req.headers['if-match']))
          return false
        },
        fault: { kind: 'reset' },
        times: Number.POSITIVE_INFINITY,
      },
      { match: isPut, fault: { kind: 'status', status: 412 }, times: 1 },
    )
    const seen: string[] = []
    const proxied = clientAt(proxy.host, warnings(seen))
    const staged = stageArtifact(proxied, sbom('second'))
    const second = await attachArtifact(proxied, image, staged)
    proxy.clearFaults()
    const listed = (await listReferrers(clientAt(registry.host), image.digest, CYCLONEDX)).map((entry) => entry.digest)
    expect(listed).toContain(second.digest)
    expect(listed).toHaveLength(2)
    // The ETag Distribution sends for the index read, each time.
    expect(conditions).toEqual([
      expect.stringMatching(/^"sha256:[0-9a-f]{64}"$/),
      expect.stringMatching(/^"sha256:[0-9a-f]{64}"$/),
    ])
    expect(seen).toEqual([])
  })
})

describe('a blob upload Location on another host (SECURITY.md, accepted)', () => {
  it("skopeo (containers/image) sends the registry's credentials there; nix-image's own client does not", async () => {
    const elsewhere = await startFakeRegistry()
    try {
      elsewhere.handle((_req, res) => void res.writeHead(500).end())
      // A session for an upload, not a cross-repository mount (skopeo tries one for a blob its
      // blob-info cache saw in another repository: answered 201, its Location never followed).
      const isPost = (req: IncomingMessage): boolean =>
        req.method === 'POST' && (req.url ?? '').includes('/blobs/uploads/') && !(req.url ?? '').includes('mount=')
      // The registry's answer to one of skopeo's uploads names another host, as the Location.
      const relocate = (body: Buffer, answer: IncomingMessage) => ({
        body,
        headers: {
          location: `http://${elsewhere.host}${new URL(String(answer.headers.location), 'http://x').pathname}`,
        },
      })
      proxy.addFaults({
        match: (req) => isPost(req) && isSkopeoUpload(req),
        fault: { kind: 'body', rewrite: relocate },
        times: 1,
      })
      // The push's next attempt finds the registry's own Location again and completes.
      const run = await push(writeVariant(work, 'relocated-upload'), proxy.host, 'h/relocated')
      proxy.clearFaults()
      expect(run.code, run.stderr).toBe(0)
      // containers/image's setupRequestAuth adds the credentials to a request for any URL (docker/docker_client.go).
      expect(elsewhere.log.map((entry) => entry.authorization)).toContain(basicAuth())

      // nix-image's own uploads (the SBOM's) given the same answer: nothing is sent there.
      const before = elsewhere.log.length
      const injected = proxy.faultsInjected()
      proxy.addFaults({
        match: (req) => isPost(req) && !isSkopeoUpload(req),
        fault: { kind: 'body', rewrite: relocate },
        times: 2,
      })
      const own = await push(writeVariant(work, 'relocated-own-upload'), proxy.host, 'h/relocated')
      proxy.clearFaults()
      expect(own.code, own.stderr).toBe(0)
      expect(proxy.faultsInjected()).toBeGreaterThan(injected)
      expect(elsewhere.log.slice(before)).toEqual([])
    } finally {
      await elsewhere.stop()
    }
  })
})
