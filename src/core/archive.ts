import { join } from 'node:path'
import { decompressToFile } from './decompress.js'
import { run } from './exec.js'
import { NixImageError, firstLines } from './errors.js'
import type { Logger } from './types.js'

/**
 * Unpacks a gzip or zstd docker-archive to a plain tar for skopeo. skopeo ≥ 1.10 reads them
 * itself but first decompresses the whole archive to a temporary file with Go's decoders, 2–3×
 * slower than Node's zlib or the zstd program (measured: 200 MiB of gzip 1.2–1.4 s against
 * 0.36 + 0.65 s); skopeo < 1.10 cannot read gzip at all. The SBOM then reads the plain tar's
 * headers instead of decompressing the archive again.
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
