import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseImageName } from '../../src/core/registry/reference.js'
import { listReferrers } from '../../src/core/registry/referrers.js'
import { RegistryClient } from '../../src/core/registry/client.js'
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-registry.js'
import { silentLogger } from '../helpers/logger.js'

// How referrers are listed for many repositories of one registry (a set's images): a registry
// without the referrers API (CNCF Distribution 2.8, tested for real in sbom.test.ts) is asked for
// it once, then only the tag schema; one with the API (Distribution 3, Zot, Harbor: none runs here
// offline, so a fake stands in) is asked for each image and the tag schema never.

const INDEX = 'application/vnd.oci.image.index.v1+json'
const CYCLONEDX = 'application/vnd.cyclonedx+json'
const subject = `sha256:${'a'.repeat(64)}`
const artifact = `sha256:${'b'.repeat(64)}`
const repositories = ['set/api', 'set/worker', 'set/migrate']
// One registry each: what a registry answered about the API holds for the whole process (a run).
let withoutApi: FakeRegistry
let withApi: FakeRegistry

beforeAll(async () => {
  withoutApi = await startFakeRegistry()
  withApi = await startFakeRegistry()
})
afterAll(async () => {
  await withoutApi?.stop()
  await withApi?.stop()
})

const client = (fake: FakeRegistry, repository: string): RegistryClient =>
  new RegistryClient({
    image: parseImageName(`${fake.host}/${repository}`),
    insecure: true,
    logger: silentLogger,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, deadlineMs: 10_000 },
  })

const index = JSON.stringify({
  schemaVersion: 2,
  mediaType: INDEX,
  manifests: [
    { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: artifact, size: 500, artifactType: CYCLONEDX },
  ],
})

/** Answers the referrers API when `api`, else 404 there; the tag schema's index always. */
function serve(fake: FakeRegistry, api: boolean): void {
  fake.handle((req, res) => {
    const url = req.url ?? ''
    if (url === '/v2/') return void res.writeHead(200).end('{}')
    if (url.includes('/referrers/'))
      return void (api ? res.writeHead(200, { 'content-type': INDEX }).end(index) : res.writeHead(404).end())
    if (url.endsWith(`/manifests/${subject.replace(':', '-')}`))
      return void res.writeHead(200, { 'content-type': INDEX }).end(index)
    res.writeHead(404).end()
  })
}

const requests = (fake: FakeRegistry, part: string): string[] =>
  fake.log.filter((entry) => entry.path.includes(part)).map((entry) => entry.method)
const listAll = (fake: FakeRegistry) =>
  Promise.all(repositories.map((repository) => listReferrers(client(fake, repository), subject, CYCLONEDX)))

describe('listing referrers across the repositories of one registry', () => {
  it('without the API: asked once for the whole registry, then one GET of the tag schema index per image', async () => {
    serve(withoutApi, false)
    expect(await listAll(withoutApi)).toEqual(repositories.map(() => [expect.objectContaining({ digest: artifact })]))
    expect(requests(withoutApi, '/referrers/')).toEqual(['GET'])
    expect(requests(withoutApi, '/manifests/sha256-')).toEqual(['GET', 'GET', 'GET'])
  })

  it('with the API: each image asks it, and the tag schema is never read', async () => {
    serve(withApi, true)
    expect(await listAll(withApi)).toEqual(repositories.map(() => [expect.objectContaining({ digest: artifact })]))
    expect(await listAll(withApi)).toHaveLength(3)
    expect(requests(withApi, '/referrers/')).toHaveLength(6)
    expect(requests(withApi, '/manifests/')).toEqual([])
  })
})
