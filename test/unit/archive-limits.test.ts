import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { fileSource, walkTar } from '../../src/core/archive/tar.js'
import { imageStorePaths } from '../../src/core/sbom/store-paths.js'

// An image archive's headers are read whole where they are parsed: a GNU long name, a PAX header,
// docker save's manifest.json. A base image pulled from elsewhere can put anything there; each is
// refused past its cap, before it is read, as registry answers are. The archives here declare
// 600 MiB and hold a few blocks: what they would cost is what was asked, never read.

const dir = mkdtempSync(join(tmpdir(), 'nix-image-archive-limits-'))
const DECLARED = 600 << 20

/** One 512-byte ustar header: a name, a size (octal), a typeflag; the walker checks no checksum. */
function header(name: string, size: number, type: string): Buffer {
  const block = Buffer.alloc(512)
  block.write(name, 0, 'utf8')
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1')
  block.write('00000000', 148, 'latin1')
  block.write(type, 156, 'latin1')
  block.write('ustar\u000000', 257, 'latin1')
  return block
}

function archive(name: string, ...blocks: Buffer[]): string {
  const path = join(dir, name)
  writeFileSync(path, Buffer.concat([...blocks, Buffer.alloc(1024)]))
  return path
}

const walk = (path: string) => fileSource(path, (source) => walkTar(source, async () => 0))

describe('archive headers are capped before they are read', () => {
  it('a PAX header of 600 MiB: refused', async () => {
    const path = archive('pax.tar', header('././@PaxHeader', DECLARED, 'x'), Buffer.alloc(4096, 'a'))
    await expect(walk(path)).rejects.toThrow(`a PAX header of ${DECLARED} bytes, more than the 1 MiB any archive needs`)
  })

  it('a GNU long name of 600 MiB: refused', async () => {
    const path = archive('long.tar', header('././@LongLink', DECLARED, 'L'), Buffer.alloc(4096, 'a'))
    await expect(walk(path)).rejects.toThrow(
      `a GNU long name of ${DECLARED} bytes, more than the 1 MiB any archive needs`,
    )
  })

  it('a compressed archive with a PAX header of 600 MiB: refused as it streams, the SBOM reader says so', async () => {
    const path = join(dir, 'pax.tar.gz')
    writeFileSync(
      path,
      gzipSync(Buffer.concat([header('././@PaxHeader', DECLARED, 'x'), Buffer.alloc(4096, 'a'), Buffer.alloc(1024)])),
    )
    await expect(imageStorePaths(path, 'docker-archive')).rejects.toThrow(
      /a PAX header of \d+ bytes, more than the 1 MiB/,
    )
  })

  it("docker save's manifest.json of 600 MiB: one line, not read", async () => {
    const path = archive('manifest.tar', header('manifest.json', DECLARED, '0'), Buffer.alloc(4096, ' '))
    await expect(imageStorePaths(path, 'docker-archive')).rejects.toThrow(
      `${path} has a manifest.json of ${DECLARED} bytes, more than the 4 MiB docker save's ever is: not read`,
    )
  })

  it('a manifest.json that is null, or not JSON: one line, no crash', async () => {
    const json = (text: string) => [
      header('manifest.json', text.length, '0'),
      Buffer.concat([Buffer.from(text), Buffer.alloc(512 - text.length)]),
    ]
    await expect(imageStorePaths(archive('null.tar', ...json('null')), 'docker-archive')).resolves.toEqual([])
    await expect(imageStorePaths(archive('garbled.tar', ...json('{"Lay')), 'docker-archive')).rejects.toThrow(
      /has a manifest\.json that is not JSON$/,
    )
  })
})
