import { open, readdir, stat, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'

// skopeo 1.10 and later read a gzip docker-archive by first decompressing it whole into a
// temporary file in their --tmpdir (containers/image's tarfile reader, a name holding `docker-tar`),
// which nix-image sets to the run's own folder (skopeo 1.18 names it
// `container_images_docker-tar<random>`). Once that file is complete, the SBOM can read
// the image's store paths from it by seeking over tar headers, instead of decompressing the
// archive a second time beside skopeo, on a core skopeo's compression wants.

const NAME_PART = 'docker-tar'
const POLL_MS = 10

/** The size of the decompressed archive modulo 2^32: the gzip trailer's ISIZE. */
async function gzipTrailerSize(archive: string): Promise<number> {
  const handle = await open(archive, 'r')
  try {
    const { size } = await handle.stat()
    const trailer = Buffer.alloc(4)
    await handle.read(trailer, 0, 4, size - 4)
    return trailer.readUInt32LE(0)
  } finally {
    await handle.close()
  }
}

/**
 * skopeo's plain copy of `archive` in `dir`, opened once its size is the decompressed size (so
 * it stays readable after skopeo removes it), or undefined when none is seen complete before
 * `ended` settles (a containers/image that names or places it otherwise: read the archive then).
 * Above 4 GiB the trailer gives the size modulo 2^32 only; the caller's walk to the tar's end
 * marker tells a complete file from one that is not.
 */
export async function skopeoPlainCopy(
  archive: string,
  dir: string,
  ended: Promise<unknown>,
): Promise<FileHandle | undefined> {
  const expected = await gzipTrailerSize(archive)
  let over = false
  ended.then(
    () => (over = true),
    () => (over = true),
  )
  while (!over) {
    for (const name of (await readdir(dir).catch(() => [])).filter((entry) => entry.includes(NAME_PART))) {
      const path = join(dir, name)
      const size = (await stat(path).catch(() => undefined))?.size
      if (size === undefined || size < expected || (size - expected) % 2 ** 32 !== 0) continue
      const handle = await open(path, 'r').catch(() => undefined)
      if (handle && (await handle.stat()).size === size) return handle
      await handle?.close()
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return undefined
}
