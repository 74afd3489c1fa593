import { join } from 'node:path'
import { decompressToFile } from './decompress.js'
import { run } from '../base/exec.js'
import { NixImageError, firstLines } from '../base/errors.js'
import type { Logger } from '../types.js'

/**
 * Unpacks a gzip or zstd docker-archive to a plain tar for skopeo: skopeo < 1.10 cannot read
 * gzip; later ones decompress a whole archive to a temporary file first, as fast as Node for
 * gzip but slower than the `zstd` program for zstd (200 MiB, skopeo 1.18, medians of 6: gzip
 * read by skopeo 0.76 s, unpacked by Node first 1.01 s; zstd read by skopeo 0.83 s, unpacked by
 * the program first 0.78 s). The SBOM then reads the plain tar's headers, not the archive again.
 */
export async function unpackArchive(
  archive: string,
  compression: 'gzip' | 'zstd',
  tempDir: string,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  const target = join(tempDir, 'image.tar')
  await decompressToFile(archive, compression, target, env)
  return target
}

/**
 * Runs a streamLayeredImage script into a file: skopeo before containers/image 5.24 cannot read
 * a docker-archive from a pipe, since it seeks back to manifest.json.
 */
export async function streamToFile(
  script: string,
  tempDir: string,
  logger: Logger,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  const target = join(tempDir, 'image.tar')
  const result = await run(script, [], { env, stdoutFile: target, onStderrLine: (line) => line && logger.debug(line) })
  if (result.exitCode !== 0) {
    throw new NixImageError(`the image stream ${script} failed (exit ${result.exitCode}): ${firstLines(result.stderr)}`)
  }
  return target
}
