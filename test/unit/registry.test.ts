import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseImageName } from '../../src/core/registry/reference.js'
import { RegistryClient } from '../../src/core/registry/client.js'
import { readPage } from '../helpers/docs.js'
import { silentLogger } from '../helpers/logger.js'
import { useMockAgent } from '../helpers/mock-agent.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, deadlineMs: 10_000 }
const challenge = (host: string, repo: string) => ({
  'www-authenticate': `Bearer realm="https://auth.${host}/token",service="${host}",scope="repository:${repo}:pull"`,
})

const mock = useMockAgent()

const client = (image: string, credentials?: { username: string; password: string }) =>
  new RegistryClient({ image: parseImageName(image), credentials, insecure: false, logger: silentLogger, retry: fast })

describe('RegistryClient.findManifest', () => {
  it('gets a token from a realm on another host, then reads the digest', async () => {
    const registry = mock.agent.get('https://ghcr.io')
    registry
      .intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' })
      .reply(401, '', { headers: challenge('ghcr.io', 'o/app') })
    let tokenQuery = ''
    let tokenAuth = ''
    mock.agent
      .get('https://auth.ghcr.io')
      .intercept({ path: (path) => path.startsWith('/token?'), method: 'GET' })
      .reply(200, (options) => {
        tokenQuery = String(options.path)
        tokenAuth = String((options.headers as Record<string, string>).authorization)
        return { token: 'tok', expires_in: 300 }
      })
    let sentAuth = ''
    registry.intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' }).reply(
      200,
      (options) => {
        sentAuth = String((options.headers as Record<string, string>).authorization)
        return ''
      },
      {
        headers: {
          'docker-content-digest': DIGEST,
          'content-type': 'application/vnd.oci.image.manifest.v1+json',
          'content-length': '500',
        },
      },
    )

    const found = await client('ghcr.io/o/app', { username: 'me', password: 'pw' }).findManifest('t')

    expect(found).toEqual({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 500 })
    expect(tokenQuery).toContain('service=ghcr.io')
    expect(tokenQuery).toContain('scope=repository%3Ao%2Fapp%3Apull')
    expect(tokenAuth).toBe(`Basic ${Buffer.from('me:pw').toString('base64')}`)
    expect(sentAuth).toBe('Bearer tok')
  })

  it('answers undefined for a tag the registry lacks', async () => {
    mock.agent.get('https://quay.io').intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' }).reply(404, '')
    expect(await client('quay.io/o/app').findManifest('t')).toBeUndefined()
  })

  it('retries 503 and 429 within the bound, then succeeds', async () => {
    const registry = mock.agent.get('https://quay.io')
    registry.intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' }).reply(503, '')
    registry
      .intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' })
      .reply(429, '', { headers: { 'retry-after': '0' } })
    registry.intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' }).reply(404, '')
    expect(await client('quay.io/o/app').findManifest('t')).toBeUndefined()
  })

  it('gives up after the bound on a registry that keeps failing', async () => {
    const registry = mock.agent.get('https://quay.io')
    registry.intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' }).reply(500, '').times(3)
    await expect(client('quay.io/o/app').findManifest('t')).rejects.toThrow(/answered 500/)
  })

  it('explains a GHCR 403 with the workflow permission', async () => {
    mock.agent.get('https://ghcr.io').intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' }).reply(403, '')
    await expect(client('ghcr.io/o/app', { username: 'u', password: 'p' }).findManifest('t')).rejects.toThrow(
      /denied access \(403\).*permissions: packages: write/,
    )
  })

  it('says so in the words docs/troubleshooting.md quotes', async () => {
    mock.agent.get('https://ghcr.io').intercept({ path: '/v2/acme/app/manifests/t', method: 'HEAD' }).reply(403, '')
    const error = await client('ghcr.io/acme/app', { username: 'u', password: 'p' })
      .findManifest('t')
      .catch((caught: unknown) => caught as Error)
    // As the CLI and the GitLab job print it.
    expect(readPage('docs/troubleshooting.md')).toContain(`nix-image: error: ${(error as Error).message}\n`)
  })

  it('says the credentials were rejected when the token server answers 401', async () => {
    mock.agent
      .get('https://ghcr.io')
      .intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' })
      .reply(401, '', { headers: challenge('ghcr.io', 'o/app') })
    mock.agent
      .get('https://auth.ghcr.io')
      .intercept({ path: (path) => path.startsWith('/token?'), method: 'GET' })
      .reply(401, '')
    await expect(client('ghcr.io/o/app', { username: 'u', password: 'wrong' }).findManifest('t')).rejects.toThrow(
      /rejected the credentials \(401\)/,
    )
  })

  it('asks for credentials on a Basic challenge without them, and never retries it', async () => {
    mock.agent
      .get('https://r.example')
      .intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' })
      .reply(401, '', { headers: { 'www-authenticate': 'Basic realm="r"' } })
    await expect(client('r.example/o/app').findManifest('t')).rejects.toThrow(/requires credentials \(401\)/)
  })

  it('reads the digest from the manifest itself when HEAD leaves it out', async () => {
    const registry = mock.agent.get('https://quay.io')
    const manifest = '{"schemaVersion":2}'
    registry
      .intercept({ path: '/v2/o/app/manifests/t', method: 'HEAD' })
      .reply(200, '', { headers: { 'content-type': 'application/json' } })
    registry
      .intercept({ path: '/v2/o/app/manifests/t', method: 'GET' })
      .reply(200, manifest, { headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' } })
    const found = await client('quay.io/o/app').findManifest('t')
    expect(found?.digest).toBe(`sha256:${createHash('sha256').update(manifest).digest('hex')}`)
    expect(found?.size).toBe(manifest.length)
  })
})

describe('readLayerPairs', () => {
  const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`
  const config = JSON.stringify({ rootfs: { type: 'layers', diff_ids: [`sha256:${'1'.repeat(64)}`] } })
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: sha(config), size: config.length },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: DIGEST, size: 7 }],
  })

  it('pairs the layers of the tags it lists, and nothing from a config that does not match its digest', async () => {
    const { readLayerPairs } = await import('../../src/core/push/layer-pairs.js')
    const registry = mock.agent.get('https://quay.io')
    registry
      .intercept({ path: '/v2/o/app/tags/list?n=100', method: 'GET' })
      .reply(200, { name: 'o/app', tags: ['good', 'bad'] })
    const manifestHeaders = { headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v2+json' } }
    registry.intercept({ path: '/v2/o/app/manifests/good', method: 'GET' }).reply(200, manifest, manifestHeaders)
    // `bad` names another config and layer; the registry answers that config with other bytes.
    const other = config.replaceAll('1', '2')
    registry
      .intercept({ path: '/v2/o/app/manifests/bad', method: 'GET' })
      .reply(
        200,
        manifest.replace(DIGEST, `sha256:${'b'.repeat(64)}`).replace(sha(config), sha(other)),
        manifestHeaders,
      )
    registry.intercept({ path: `/v2/o/app/blobs/${sha(config)}`, method: 'GET' }).reply(200, config)
    registry
      .intercept({ path: `/v2/o/app/blobs/${sha(other)}`, method: 'GET' })
      .reply(200, other.replace('2222', '3333'))
    const pairs = await readLayerPairs(client('quay.io/o/app'), [], silentLogger)
    expect([...pairs.pairs]).toEqual([[`sha256:${'1'.repeat(64)}`, { digest: DIGEST, size: 7 }]])
  })
})
