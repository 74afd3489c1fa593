import { open } from 'node:fs/promises'

// A tar header walker that reads names and sizes and never the members' data: in a plain tar
// file it seeks over the data (an image's 200 MiB cost a few hundred 512-byte reads); in a
// decompressed stream it discards it as it passes. Layer tars nested in a docker-archive are
// walked in place, from the same source.

const BLOCK = 512

/** Bytes read in order: from a file (skipping seeks) or from a stream (skipping discards). */
export interface ByteSource {
  /** Up to `length` bytes; fewer only at the end. */
  read(length: number): Promise<Buffer>
  skip(length: number): Promise<void>
}

export interface TarEntry {
  name: string
  size: number
  /** The typeflag: '0' file, '5' directory, '2' symlink, '1' hard link… */
  type: string
}

/**
 * Called for each member; may read from `source` up to `entry.size` bytes of its data and
 * returns how many it read (the walker skips the rest).
 */
export type TarVisitor = (entry: TarEntry, source: ByteSource) => Promise<number | undefined>

/**
 * Walks the headers of the tar at the source's position, at most `limit` bytes of it (the size
 * of an enclosing member), and returns the bytes it consumed. Reads GNU long names and PAX paths.
 */
export async function walkTar(
  source: ByteSource,
  visit: TarVisitor,
  limit = Number.POSITIVE_INFINITY,
): Promise<number> {
  let offset = 0
  let nextName: string | undefined
  while (offset + BLOCK <= limit) {
    const header = await source.read(BLOCK)
    offset += header.length
    if (header.length < BLOCK || isEndBlock(header)) break
    const size = parseSize(header)
    const padded = Math.ceil(size / BLOCK) * BLOCK
    if (offset + padded > limit) throw new TarFormatError(`a member of ${size} bytes runs past the end of its archive`)
    const type = String.fromCharCode(header[156] || 48)
    if (type === 'L' || type === 'x') {
      const data = await source.read(padded)
      offset += padded
      const name = type === 'L' ? cString(data.subarray(0, size)) : paxPath(data.subarray(0, size))
      if (name !== undefined) nextName = name
      continue
    }
    const name = nextName ?? headerName(header)
    nextName = undefined
    const used = (await visit({ name, size, type }, source)) ?? 0
    await source.skip(padded - used)
    offset += padded
  }
  return offset
}

export class TarFormatError extends Error {
  override name = 'TarFormatError'
}

/** How much a file source reads at once: many small members' headers come in one read. */
const WINDOW = 64 * 1024

/**
 * A plain file read with positioned reads: skipping costs nothing. Reads go through a window of
 * 64 KiB, so walking the headers of a store path's many small files is a read per window, not
 * a read (a thread-pool round trip) per 512-byte header; a skip past the window drops it.
 */
export async function fileSource<T>(path: string, use: (source: ByteSource) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r')
  let position = 0
  let window: Buffer = Buffer.alloc(0)
  let windowStart = 0
  const readAt = async (length: number): Promise<Buffer> => {
    const buffer = Buffer.allocUnsafe(length)
    const { bytesRead } = await handle.read(buffer, 0, length, position)
    return buffer.subarray(0, bytesRead)
  }
  try {
    return await use({
      async read(length) {
        const offset = position - windowStart
        if (offset < 0 || offset + length > window.length) {
          if (length >= WINDOW) {
            const bytes = await readAt(length)
            position += bytes.length
            return bytes
          }
          window = await readAt(WINDOW)
          windowStart = position
        }
        const bytes = window.subarray(position - windowStart, position - windowStart + length)
        position += bytes.length
        return bytes
      },
      async skip(length) {
        position += length
      },
    })
  } finally {
    await handle.close()
  }
}

/** A stream of chunks (a decompressor's output) read in order. */
export function streamSource(chunks: AsyncIterable<Buffer>): ByteSource {
  const iterator = chunks[Symbol.asyncIterator]()
  let current: Buffer = Buffer.alloc(0)
  let done = false
  // Takes up to `length` bytes, copying only when a read spans chunks.
  const take = async (length: number, keep: boolean): Promise<Buffer> => {
    const parts: Buffer[] = []
    let wanted = length
    while (wanted > 0) {
      if (current.length === 0) {
        if (done) break
        const next = await iterator.next()
        if (next.done) {
          done = true
          break
        }
        current = next.value
        continue
      }
      const part = current.subarray(0, wanted)
      current = current.subarray(part.length)
      wanted -= part.length
      if (keep) parts.push(part)
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts)
  }
  return {
    read: (length) => take(length, true),
    async skip(length) {
      await take(length, false)
    },
  }
}

function isEndBlock(header: Buffer): boolean {
  // A header always has a name or, at least, a checksum; the end of an archive is zeros.
  return header[0] === 0 && header[148] === 0
}

function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const ustar = header.subarray(257, 262).toString('latin1') === 'ustar'
  const prefix = ustar ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

function parseSize(header: Buffer): number {
  const field = header.subarray(124, 136)
  // GNU base-256 for members of 8 GiB and more: the high bit of the first byte is set.
  if (field[0]! & 0x80) {
    let size = field[0]! & 0x7f
    for (const byte of field.subarray(1)) size = size * 256 + byte
    return size
  }
  const text = cString(field).trim()
  const size = text ? Number.parseInt(text, 8) : 0
  if (!Number.isFinite(size)) throw new TarFormatError(`a tar header has a malformed size '${text}'`)
  return size
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8')
}

/** The `path` record of a PAX extended header (`<length> path=<value>\n` records). */
function paxPath(data: Buffer): string | undefined {
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    if (space === -1) break
    const length = Number.parseInt(data.subarray(offset, space).toString('latin1'), 10)
    if (!(length > 0)) break
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8')
    if (record.startsWith('path=')) return record.slice(5)
    offset += length
  }
  return undefined
}
