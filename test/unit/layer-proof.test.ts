import { createHash, randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { provable } from '../../src/core/push/layer-pairs.js'
import { LayerProofError, proveLayer } from '../../src/core/push/layer-proof.js'
import { parseImageName } from '../../src/core/registry/reference.js'
import { RegistryClient } from '../../src/core/registry/client.js'
import { silentLogger } from '../helpers/logger.js'
import { useMockAgent } from '../helpers/mock-agent.js'

// What a hostile registry serves for a blob an earlier image's config pairs with a layer: bytes
// that are not the blob, a blob that is not the layer, a small blob that inflates without end.
// (A lying config in a real registry is in test/integration/layer-reuse.test.ts.)

const sha = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

const mock = useMockAgent()

const client = () =>
  new RegistryClient({
    image: parseImageName('quay.io/o/app'),
    insecure: false,
    logger: silentLogger,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2, deadlineMs: 5000 },
  })
const serve = (digest: string, body: Buffer) =>
  mock.agent
    .get('https://quay.io')
    .intercept({ path: `/v2/o/app/blobs/${digest}`, method: 'GET' })
    .reply(200, body)

const layer = randomBytes(300_000)
const blob = gzipSync(layer)

describe('proveLayer', () => {
  it('accepts a blob whose bytes are its digest and decompress to the layer', async () => {
    serve(sha(blob), blob)
    await expect(
      proveLayer(client(), { digest: sha(blob), size: blob.length }, sha(layer), layer.length),
    ).resolves.toBeUndefined()
  })

  it('refuses a blob that decompresses to another layer', async () => {
    const other = gzipSync(randomBytes(300_000))
    serve(sha(other), other)
    await expect(
      proveLayer(client(), { digest: sha(other), size: other.length }, sha(layer), layer.length),
    ).rejects.toThrow(
      new RegExp(
        `^blob ${sha(other)} does not hold layer ${sha(layer)}: it decompresses to 300000 bytes hashing to sha256:`,
      ),
    )
  })

  it('refuses bytes that are not the blob asked for', async () => {
    const other = gzipSync(layer, { level: 1 })
    serve(sha(blob), other)
    await expect(
      proveLayer(client(), { digest: sha(blob), size: other.length }, sha(layer), layer.length),
    ).rejects.toThrow(/the registry served \d+ bytes hashing to/)
  })

  it('stops decompressing at the layer size: a small blob that inflates far past it is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(64 << 20))
    serve(sha(bomb), bomb)
    await expect(
      proveLayer(client(), { digest: sha(bomb), size: bomb.length }, sha(layer), layer.length),
    ).rejects.toThrow("it decompresses to more than the layer's 300000 bytes")
  })

  it('refuses a blob that is not gzip, and one longer than its descriptor says', async () => {
    serve(sha(layer), layer)
    await expect(
      proveLayer(client(), { digest: sha(layer), size: layer.length }, sha(layer), layer.length),
    ).rejects.toThrow(LayerProofError)
    serve(sha(blob), blob)
    await expect(
      proveLayer(client(), { digest: sha(blob), size: blob.length - 1 }, sha(layer), layer.length),
    ).rejects.toThrow(/reading it failed/)
  })
})

describe('provable', () => {
  it('reads each paired blob once however often its proof is asked for', async () => {
    serve(sha(blob), blob)
    const layers = provable(client(), new Map([[sha(layer), { digest: sha(blob), size: blob.length }]]))
    await Promise.all([layers.prove(sha(layer), layer.length), layers.prove(sha(layer), layer.length)])
    // A second GET would find no interceptor left and fail.
    await expect(layers.prove(sha(layer), layer.length)).resolves.toBeUndefined()
  })
})
