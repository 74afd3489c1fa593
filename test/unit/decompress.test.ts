import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compressionOf, decompressToFile, withDecompressed } from '../../src/core/archive/decompress.js'

const work = mkdtempSync(join(tmpdir(), 'nix-image-decompress-'))
// Larger than one 1 MiB chunk, so the streams really run in pieces.
const data = randomBytes(3 << 20)
const plain = join(work, 'image.tar')
writeFileSync(plain, data)
execFileSync('gzip', ['-kf', plain])
execFileSync('zstd', ['-qf', plain, '-o', `${plain}.zst`])
const files = { none: plain, gzip: `${plain}.gz`, zstd: `${plain}.zst` } as const

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

describe('compressionOf', () => {
  it.each(Object.entries(files))('knows %s from its first bytes, whatever the name', async (compression, file) => {
    const renamed = join(work, `renamed-${compression}.tar`)
    writeFileSync(renamed, readFileSync(file))
    expect(await compressionOf(renamed)).toBe(compression)
  })
})

describe('withDecompressed and decompressToFile', () => {
  for (const compression of ['gzip', 'zstd'] as const) {
    it(`give back the bytes of a ${compression} file`, async () => {
      expect((await withDecompressed(files[compression], compression, undefined, readAll)).equals(data)).toBe(true)
      const target = join(work, `out-${compression}.tar`)
      await decompressToFile(files[compression], compression, target)
      expect(readFileSync(target).equals(data)).toBe(true)
    })

    it(`fail with one line on a damaged ${compression} file, without hanging`, async () => {
      const damaged = join(work, `damaged.tar.${compression}`)
      const bytes = readFileSync(files[compression])
      writeFileSync(damaged, Buffer.concat([bytes.subarray(0, 64), randomBytes(4096)]))
      await expect(withDecompressed(damaged, compression, undefined, readAll)).rejects.toThrow(/./)
      await expect(decompressToFile(damaged, compression, join(work, `damaged-${compression}.tar`))).rejects.toThrow(
        /^[^\n]+$/,
      )
    })
  }

  it('stops reading early without leaving zstd blocked on its pipe', async () => {
    const first = await withDecompressed(files.zstd, 'zstd', undefined, async (stream) => {
      for await (const chunk of stream) return (chunk as Buffer).length
      return 0
    })
    expect(first).toBeGreaterThan(0)
  })
})
