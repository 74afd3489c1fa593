import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createGunzip } from 'node:zlib'
import { CHUNK } from '../archive/decompress.js'
import { NixImageError } from '../base/errors.js'
import type { RegistryClient } from '../registry/client.js'
import { REQUEST_TIMEOUT_MS } from '../registry/limits.js'

// An earlier image's config says which uncompressed layer (diff_id) each of its blobs holds, but
// anyone who can push a tag to the repository writes that config: believed as it is, a lying one
// would make the next push name the liar's blob as the new image's layer. So a blob is reused
// only once its own bytes are shown to hold the layer: read from the registry once, hashed as
// they come (the blob's digest), decompressed and hashed again (the diff_id). Reading a layer
// back costs far less than compressing and uploading it, which is what reuse saves.

/** A blob the registry pairs with a layer was read and does not hold it (or could not be read). */
export class LayerProofError extends NixImageError {
  override name = 'LayerProofError'
}

/** The repository no longer holds a blob an earlier image names (deleted since it was pushed). */
export class LostLayerError extends NixImageError {
  override name = 'LostLayerError'
}

// A layer blob arrives at no less than this, or the read is given up (a registry that drips).
const MIN_BYTES_PER_SECOND = 1 << 20

/**
 * Resolves when `blob` in the repository is a gzip stream of exactly `uncompressedSize` bytes
 * whose SHA-256 is `diffId`, and its own bytes hash to its digest; rejects with a
 * LayerProofError saying what did not hold, or a LostLayerError where the blob is gone. Never reads more than the blob's size, nor
 * decompresses past the layer's size (a small blob that inflates without end stops there).
 */
export async function proveLayer(
  registry: RegistryClient,
  blob: { digest: string; size: number },
  diffId: string,
  uncompressedSize: number,
): Promise<void> {
  const compressed = createHash('sha256')
  const plain = createHash('sha256')
  let compressedBytes = 0
  let plainBytes = 0
  const fail = (why: string) => new LayerProofError(`blob ${blob.digest} does not hold layer ${diffId}: ${why}`)
  try {
    const timeoutMs = REQUEST_TIMEOUT_MS + Math.ceil((blob.size / MIN_BYTES_PER_SECOND) * 1000)
    const body = await registry.streamBlob(blob.digest, blob.size, timeoutMs)
    if (!body) throw new LostLayerError(`the registry no longer holds a layer it listed (blob ${blob.digest})`)
    // Written to by hand rather than through stream.pipeline: the hashing is what costs, and
    // pipeline's extra stages add per-chunk work (measured: about a sixth more CPU time).
    const gunzip = createGunzip({ chunkSize: CHUNK })
    gunzip.on('data', (chunk: Buffer) => {
      plainBytes += chunk.length
      if (plainBytes > uncompressedSize)
        gunzip.destroy(fail(`it decompresses to more than the layer's ${uncompressedSize} bytes`))
      else plain.update(chunk)
    })
    const ended = once(gunzip, 'end')
    ended.catch(() => undefined)
    for await (const chunk of body) {
      compressed.update(chunk)
      compressedBytes += chunk.length
      if (!gunzip.write(chunk)) await once(gunzip, 'drain')
    }
    gunzip.end()
    await ended
  } catch (error) {
    if (error instanceof LayerProofError || error instanceof LostLayerError) throw error
    throw fail(`reading it failed (${(error as Error).message})`)
  }
  const digest = `sha256:${compressed.digest('hex')}`
  if (compressedBytes !== blob.size || digest !== blob.digest)
    throw fail(`the registry served ${compressedBytes} bytes hashing to ${digest}`)
  const layer = `sha256:${plain.digest('hex')}`
  if (plainBytes !== uncompressedSize || layer !== diffId)
    throw fail(`it decompresses to ${plainBytes} bytes hashing to ${layer}`)
}
