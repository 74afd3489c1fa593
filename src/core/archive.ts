import { createReadStream, createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { run } from './exec.js'
import { NixImageError, firstLines } from './errors.js'
import { fileError } from './files.js'
import type { Logger } from './types.js'

// Image layers are large and mostly incompressible: with Node's 16-64 KiB defaults, unpacking
// spends its time on per-chunk overhead (1.2 s for 200 MiB, against 0.25 s with 1 MiB chunks).
const CHUNK = 1 << 20

/** Unpacks a gzip docker-archive to a plain tar, for skopeo < 1.10 which cannot read gzip. */
export async function gunzipArchive(archive: string, tempDir: string): Promise<string> {
  const target = join(tempDir, 'image.tar')
  try {
    await pipeline(
      createReadStream(archive, { highWaterMark: CHUNK }),
      createGunzip({ chunkSize: CHUNK }),
      createWriteStream(target, { mode: 0o600, highWaterMark: CHUNK }),
    )
  } catch (error) {
    // A full disk (ENOSPC) is the likely one: one line, not a stack.
    throw fileError('write', 'the unpacked image', target, error)
  }
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
