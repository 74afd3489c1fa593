import { constants } from 'node:fs'
import { type FileHandle, open, realpath } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { NixImageError } from './errors.js'
import { formatBytes } from './words.js'

// Files named by a repository (deploy manifests) or next to one (the dotenv report, the manifest
// file) are untrusted: a pull request can commit a symlink to /dev/zero, a FIFO, or a link out of
// the working tree that a write would follow.

/** Larger than any deploy manifest; reading stops here instead of at the end of /dev/zero. */
export const MAX_MANIFEST_FILE_BYTES = 16 << 20

/** Reads a regular file of at most `maxBytes`; a FIFO, a device or a directory is one clear line. */
export async function readRegularFile(path: string, what: string, maxBytes = MAX_MANIFEST_FILE_BYTES): Promise<string> {
  let handle: FileHandle | undefined
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (error) {
    throw fileError('read', what, path, error)
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile())
      throw new NixImageError(`${what} ${path} is not a regular file (${kindOf(stat)}): only plain files are read`)
    if (stat.size > maxBytes)
      throw new NixImageError(
        `${what} ${path} is ${stat.size} bytes, more than the ${formatBytes(maxBytes)} a manifest may have`,
      )
    const buffer = Buffer.alloc(stat.size)
    const { bytesRead } = await handle.read(buffer, 0, stat.size, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch (error) {
    if (error instanceof NixImageError) throw error
    throw fileError('read', what, path, error)
  } finally {
    await handle.close()
  }
}

/**
 * Writes `data` to `path` where the user meant it: a path inside the working tree `tree` may not
 * lead out of it through a symlink (the file or a folder above it); the last component is opened
 * with O_NOFOLLOW, so a link put there in the meantime is refused too. Paths outside the tree
 * were given explicitly and are written as given, the last component still not followed.
 */
export async function writeFileWithin(path: string, data: string, what: string, tree: string): Promise<void> {
  const target = await realTarget(path, what, tree)
  let handle: FileHandle | undefined
  try {
    handle = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    )
  } catch (error) {
    throw fileError('write', what, path, error)
  }
  try {
    await handle.writeFile(data)
  } catch (error) {
    throw fileError('write', what, path, error)
  } finally {
    await handle.close()
  }
}

async function realTarget(path: string, what: string, tree: string): Promise<string> {
  const absolute = resolve(tree, path)
  if (!isInside(tree, absolute)) return absolute
  const realTree = await realpath(tree)
  const real = await realpath(absolute).catch(async (error: NodeJS.ErrnoException) => {
    // A new file: its folder must be inside.
    if (error.code !== 'ENOENT') throw fileError('write', what, path, error)
    return resolve(
      await realpath(dirname(absolute)).catch(() => dirname(absolute)),
      absolute.slice(dirname(absolute).length + 1),
    )
  })
  if (!isInside(realTree, real)) {
    throw new NixImageError(
      `${what} ${path} leads out of the working tree through a symlink (to ${real}): refusing to write there; replace the link with a file`,
    )
  }
  return real
}

const isInside = (tree: string, path: string): boolean => {
  const rel = relative(resolve(tree), path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

const HINTS: Record<string, string> = {
  ENOSPC: 'the disk is full; free space or point the temporary folder elsewhere',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied; make it writable or run where it is',
  EPERM: 'the file is read-only or protected; make it writable',
  EROFS: 'the file system is read-only',
  ELOOP: 'it is a symlink; replace the link with a file',
  EISDIR: 'it is a folder',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a folder on its path is a file',
}

/** A file system error as one line: what, where, why, and how to fix it. */
export function fileError(action: 'read' | 'write', what: string, path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException)?.code
  if (!code) return error as Error
  return new NixImageError(`cannot ${action} ${what} ${path} (${code}): ${HINTS[code] ?? (error as Error).message}`)
}

function kindOf(stat: {
  isFIFO(): boolean
  isDirectory(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
  isSocket(): boolean
}): string {
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isDirectory()) return 'a folder'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSocket()) return 'a socket'
  return 'not a file'
}
