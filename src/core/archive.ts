import { closeSync, constants, createReadStream, createWriteStream, openSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough, type Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { CHUNK, decompressToFile } from './decompress.js'
import { run } from './exec.js'
import { NixImageError, firstLines } from './errors.js'
import { TransientError } from './retry.js'
import type { Logger } from './types.js'

/**
 * Unpacks a gzip or zstd docker-archive to a plain tar for skopeo: skopeo < 1.10 cannot read
 * gzip; later ones decompress a whole archive to a temporary file first, as fast as Node for
 * gzip but slower than the `zstd` program for zstd (200 MiB, skopeo 1.18, medians of 6: gzip
 * read by skopeo 0.76 s, unpacked by Node first 1.01 s; zstd read by skopeo 0.83 s, unpacked by
 * the program first 0.78 s). The SBOM then reads the plain tar's headers, not the archive again.
 */
export async function unpackArchive(archive: string, compression: 'gzip' | 'zstd', tempDir: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const target = join(tempDir, 'image.tar')
  await decompressToFile(archive, compression, target, env)
  return target
}

/**
 * Runs a streamLayeredImage script into a file: skopeo before containers/image 5.24 cannot read
 * a docker-archive from a pipe, since it seeks back to manifest.json.
 */
export async function streamToFile(script: string, tempDir: string, logger: Logger, env?: NodeJS.ProcessEnv): Promise<string> {
  const target = join(tempDir, 'image.tar')
  const result = await run(script, [], { env, stdoutFile: target, onStderrLine: (line) => line && logger.debug(line) })
  if (result.exitCode !== 0) {
    throw new NixImageError(`the image stream ${script} failed (exit ${result.exitCode}): ${firstLines(result.stderr)}`)
  }
  return target
}

/**
 * A push from a gzip docker-archive through a FIFO (skopeo ≥ 1.10), with the same plain bytes
 * handed to `read` (the SBOM's walk over the store paths): ONE decompression, by Node, where
 * skopeo and the SBOM would each do their own. skopeo copies a docker-archive it cannot seek into
 * a temporary file first, as it does a gzip one after decompressing it (containers/image's
 * tarfile reader), so it does no more than with the archive itself. One attempt: where no FIFO
 * can be made, or the push met a passing fault, `retry` says to push the archive as it is (with
 * its retries); any other failure is the push's (a damaged archive says so, not skopeo's EOF).
 */
export async function pushThroughFifo<T, R>(
  archive: string,
  tempDir: string,
  env: NodeJS.ProcessEnv | undefined,
  push: (source: string) => Promise<T>,
  read: (stream: Readable) => Promise<R>,
): Promise<{ pushed: T; read: Promise<R> } | { error: unknown; retry: boolean }> {
  const fifo = join(tempDir, 'image.tar.fifo')
  const made = await run('mkfifo', ['-m', '600', '--', fifo], { env }).catch((error: Error) => ({ exitCode: -1, stderr: error.message }))
  if (made.exitCode !== 0) return { error: new Error(`mkfifo failed: ${firstLines(made.stderr)}`), retry: true }
  const inflated = createGunzip({ chunkSize: CHUNK })
  const toSkopeo = createWriteStream(fifo, { highWaterMark: CHUNK })
  const toReader = new PassThrough({ highWaterMark: CHUNK })
  createReadStream(archive, { highWaterMark: CHUNK })
    .on('error', (error) => inflated.destroy(error))
    .pipe(inflated)
  // skopeo closed its end (it failed): the rest is for the reader alone.
  toSkopeo.on('error', () => inflated.unpipe(toSkopeo))
  let damaged: Error | undefined
  inflated.on('error', (error) => {
    damaged = error
    toSkopeo.destroy()
    toReader.destroy(error)
  })
  inflated.pipe(toSkopeo)
  inflated.pipe(toReader)
  const reading = read(toReader)
  reading.catch(() => undefined)
  try {
    return { pushed: await push(`docker-archive:${fifo}`), read: reading }
  } catch (error) {
    inflated.destroy()
    toReader.destroy()
    if (damaged) return { error: new NixImageError(`cannot decompress ${archive}: ${damaged.message}`), retry: false }
    return { error, retry: error instanceof TransientError }
  } finally {
    // skopeo has ended; if it never opened the FIFO, the writer still waits for a reader: a
    // reader that comes and goes lets it open, and its writes then fail (EPIPE) and stop.
    if (toSkopeo.pending) closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK))
  }
}
