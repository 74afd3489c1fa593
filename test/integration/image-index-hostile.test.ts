import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, indexEntryFor } from '../../src/core/registry/image-index.js'
import { parseImageName } from '../../src/core/registry/reference.js'
import { RegistryClient } from '../../src/core/registry/client.js'
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-registry.js'
import { silentLogger } from '../helpers/logger.js'
import { OCI_INDEX } from '../../src/core/registry/media-types.js'

// What the index assembly reads from a registry (each member's manifest and image config), when
// the registry answers what a real one never does. The real thing is tested in cli-sets.test.ts.

const DOCKER = 'application/vnd.docker.distribution.manifest.v2+json'
const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const password = 'index-test-password'
let fake: FakeRegistry
let elsewhere: FakeRegistry

beforeAll(async () => {
  fake = await startFakeRegistry()
  elsewhere = await startFakeRegistry()
})
afterAll(async () => {
  await fake?.stop()
  await elsewhere?.stop()
})

const client = (): RegistryClient =>
  new RegistryClient({
    image: parseImageName(`${fake.host}/multi/app`),
    credentials: { username: 'ci-user', password },
    insecure: true,
    logger: silentLogger,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, deadlineMs: 10_000 },
  })

/** A member: its image config and the manifest naming it. */
function member(config: object): { manifest: Buffer; config: Buffer; digest: string; configDigest: string } {
  const configBytes = Buffer.from(JSON.stringify(config))
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: DOCKER,
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        digest: digestOf(configBytes),
        size: configBytes.length,
      },
      layers: [],
    }),
  )
  return { manifest, config: configBytes, digest: digestOf(manifest), configDigest: digestOf(configBytes) }
}

/** Serves the members' manifests by digest, and their configs as `blob` says. */
function serve(
  members: ReturnType<typeof member>[],
  blob: (wanted: ReturnType<typeof member>, res: import('node:http').ServerResponse) => void,
): void {
  fake.handle((req, res) => {
    if (req.url === '/v2/') return void res.writeHead(200).end('{}')
    for (const entry of members) {
      if (req.url === `/v2/multi/app/manifests/${entry.digest}`)
        return void res.writeHead(200, { 'content-type': DOCKER }).end(entry.manifest)
      if (req.url === `/v2/multi/app/blobs/${entry.configDigest}`) return blob(entry, res)
    }
    res.writeHead(404).end()
  })
}

describe('index assembly against a registry that lies', () => {
  it('a config blob whose bytes are not its digest: refused', async () => {
    const arm = member({ os: 'linux', architecture: 'arm64' })
    serve([arm], (_entry, res) => void res.writeHead(200).end(JSON.stringify({ os: 'linux', architecture: 'amd64' })))
    await expect(buildIndex(client(), [{ system: 'aarch64-linux', tag: 't', digest: arm.digest }])).rejects.toThrow(
      /served blob sha256:\w+ with bytes that hash to sha256:\w+: refusing a registry that does not store what it says/,
    )
  })

  it('a redirected blob read is followed without the credentials', async () => {
    const arm = member({ os: 'linux', architecture: 'arm64', variant: 'v8' })
    elsewhere.handle((_req, res) => void res.writeHead(200).end(arm.config))
    serve([arm], (_entry, res) => void res.writeHead(307, { location: `http://${elsewhere.host}/signed/config` }).end())
    const index = await buildIndex(client(), [{ system: 'aarch64-linux', tag: 't', digest: arm.digest }])
    expect(index.platforms).toEqual([{ platform: 'linux/arm64/v8', digest: arm.digest }])
    expect(elsewhere.log).toEqual([{ method: 'GET', path: '/signed/config', authorization: undefined }])
  })

  it('a config without an architecture, and two members of one platform: refused, naming them', async () => {
    const bare = member({ os: 'linux' })
    serve([bare], (entry, res) => void res.writeHead(200).end(entry.config))
    await expect(buildIndex(client(), [{ system: 'aarch64-linux', tag: 't', digest: bare.digest }])).rejects.toThrow(
      /the aarch64-linux member's image config \(tag t\) names no os\/architecture/,
    )
    const one = member({ os: 'linux', architecture: 'amd64' })
    const two = member({ os: 'linux', architecture: 'amd64', created: 'other' })
    serve([one, two], (entry, res) => void res.writeHead(200).end(entry.config))
    await expect(
      buildIndex(client(), [
        { system: 'x86_64-linux', tag: 'a', digest: one.digest },
        { system: 'i686-linux', tag: 'b', digest: two.digest },
      ]),
    ).rejects.toThrow(/the i686-linux and x86_64-linux members are both linux\/amd64 images/)
  })

  it("what changed against an index: its entry for this image's platform; an index without that platform is named as such", async () => {
    const amd64 = member({ os: 'linux', architecture: 'amd64' })
    const arm64 = member({ os: 'linux', architecture: 'arm64' })
    const newArm64 = member({ os: 'linux', architecture: 'arm64', created: 'new' })
    const entry = (image: ReturnType<typeof member>, architecture: string) => ({
      mediaType: DOCKER,
      digest: image.digest,
      size: image.manifest.length,
      platform: { os: 'linux', architecture },
    })
    /** Serves the members as `serve` does, and an index naming `entries`; returns the index's manifest info. */
    const withIndex = (...entries: object[]) => {
      const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }))
      const info = { digest: digestOf(body), mediaType: OCI_INDEX, size: body.length }
      fake.handle((req, res) => {
        if (req.url === `/v2/multi/app/manifests/${info.digest}`)
          return void res.writeHead(200, { 'content-type': OCI_INDEX }).end(body)
        for (const image of [amd64, arm64, newArm64]) {
          if (req.url === `/v2/multi/app/manifests/${image.digest}`)
            return void res.writeHead(200, { 'content-type': DOCKER }).end(image.manifest)
          if (req.url === `/v2/multi/app/blobs/${image.configDigest}`) return void res.writeHead(200).end(image.config)
        }
        res.writeHead(404).end()
      })
      return info
    }
    const both = withIndex(entry(amd64, 'amd64'), entry(arm64, 'arm64'))
    await expect(indexEntryFor(client(), both, 'app:latest', client(), newArm64.digest)).resolves.toMatchObject({
      digest: arm64.digest,
    })
    const amd64Only = withIndex(entry(amd64, 'amd64'))
    await expect(indexEntryFor(client(), amd64Only, 'app:latest', client(), newArm64.digest)).rejects.toThrow(
      'app:latest is an index with no linux/arm64 image',
    )
  })
})
