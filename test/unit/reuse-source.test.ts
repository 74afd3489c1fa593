import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LayerPairs, RegistryLayers } from '../../src/core/push/layer-pairs.js'
import { LayerProofError } from '../../src/core/push/layer-proof.js'
import type { Compression } from '../../src/core/archive/decompress.js'
import { reuseSource } from '../../src/core/push/reuse-source.js'

// Archives shaped as nixpkgs writes them (layers first, manifest.json last), with layers big
// enough to be streamed rather than kept in memory, in every compression.

const work = mkdtempSync(join(tmpdir(), 'nix-image-reuse-source-'))
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const blob = (c: string) => ({ digest: `sha256:${c.repeat(64)}`, size: 1000 })

/** Pairs whose proofs all hold (or all fail with `refusal`), recording what was asked. */
function layersOf(pairs: LayerPairs, refusal?: string): RegistryLayers & { asked: Array<[string, number]> } {
  const asked: Array<[string, number]> = []
  return {
    pairs,
    asked,
    async prove(diffId, size) {
      asked.push([diffId, size])
      if (refusal) throw new LayerProofError(refusal)
    },
  }
}

/** A docker-archive of `layers`; each is stored under `folder` (its diff_id's hex by default). */
function makeArchive(layers: Array<{ data: Buffer; folder?: string }>, compression: Compression): string {
  const root = mkdtempSync(join(work, 'root-'))
  const members: string[] = []
  for (const layer of layers) {
    const folder = layer.folder ?? sha(layer.data)
    mkdirSync(join(root, folder), { recursive: true })
    writeFileSync(join(root, folder, 'layer.tar'), layer.data)
    members.push(`${folder}/layer.tar`)
  }
  const config = Buffer.from(
    JSON.stringify({ rootfs: { type: 'layers', diff_ids: layers.map((layer) => `sha256:${sha(layer.data)}`) } }),
  )
  writeFileSync(join(root, `${sha(config)}.json`), config)
  writeFileSync(
    join(root, 'manifest.json'),
    JSON.stringify([{ Config: `${sha(config)}.json`, RepoTags: ['x:y'], Layers: members }]),
  )
  const tar = join(root, '..', `${sha(config)}.tar`)
  execFileSync('tar', [
    '-C',
    root,
    '-cf',
    tar,
    ...new Set(members.map((member) => member.split('/')[0]!)),
    `${sha(config)}.json`,
    'manifest.json',
  ])
  if (compression === 'gzip') execFileSync('gzip', ['-kf', tar])
  if (compression === 'zstd') execFileSync('zstd', ['-qf', tar, '-o', `${tar}.zst`])
  return { none: tar, gzip: `${tar}.gz`, zstd: `${tar}.zst` }[compression]
}

const big = () => randomBytes(3 << 20)

describe('reuseSource', () => {
  for (const compression of ['none', 'gzip', 'zstd'] as const) {
    it(`writes only the changed layers, and a manifest naming the registry's blobs (${compression})`, async () => {
      const unchanged = big()
      const changed = big()
      const small = randomBytes(5000)
      const archive = makeArchive(
        [{ data: unchanged }, { data: changed, folder: 'not-a-digest' }, { data: small }],
        compression,
      )
      const layers = layersOf(new Map([[`sha256:${sha(unchanged)}`, blob('a')]]))
      const temp = mkdtempSync(join(work, 'temp-'))
      const source = await reuseSource(archive, compression, temp, layers)
      expect(source?.layers).toEqual({ uploaded: 2, skipped: 1 })
      // The reused layer was proven, bounded by its size in the archive.
      expect(layers.asked).toContainEqual([`sha256:${sha(unchanged)}`, unchanged.length])
      const manifest = JSON.parse(readFileSync(join(source!.dir, 'manifest.json'), 'utf8'))
      expect(manifest.layers).toEqual([
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', ...blob('a') },
        {
          mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
          size: changed.length,
          digest: `sha256:${sha(changed)}`,
        },
        {
          mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
          size: small.length,
          digest: `sha256:${sha(small)}`,
        },
      ])
      // The changed layers are there byte for byte; the unchanged one was never written.
      // (Buffer.equals: a deep comparison of 3 MiB takes vitest seconds.)
      expect(readFileSync(join(source!.dir, sha(changed))).equals(changed)).toBe(true)
      expect(readFileSync(join(source!.dir, sha(small))).equals(small)).toBe(true)
      expect(existsSync(join(source!.dir, sha(unchanged)))).toBe(false)
      const spilled = existsSync(join(source!.dir, 'members')) ? readdirSync(join(source!.dir, 'members')) : []
      expect(spilled).toEqual([])
      const config = readFileSync(join(source!.dir, manifest.config.digest.slice(7)))
      expect(`sha256:${sha(config)}`).toBe(manifest.config.digest)
    })
  }

  it('gives up, rather than name a wrong layer, when a member is named after a layer it does not hold', async () => {
    const reusable = big()
    const other = big()
    // The second folder says `reusable`, the config says `other`: the streamed pass drops it on the way.
    const archive = makeArchive(
      [
        { data: reusable, folder: 'first' },
        { data: other, folder: sha(reusable) },
      ],
      'gzip',
    )
    const layers = layersOf(new Map([[`sha256:${sha(reusable)}`, blob('a')]]))
    expect(await reuseSource(archive, 'gzip', mkdtempSync(join(work, 'temp-')), layers)).toBeUndefined()
  })

  it('gives nothing when no layer is in the registry', async () => {
    const archive = makeArchive([{ data: big() }], 'none')
    expect(
      await reuseSource(
        archive,
        'none',
        mkdtempSync(join(work, 'temp-')),
        layersOf(new Map([[`sha256:${'f'.repeat(64)}`, blob('a')]])),
      ),
    ).toBeUndefined()
  })

  for (const compression of ['none', 'gzip'] as const) {
    it(`reuses nothing when a paired blob is not proven to hold its layer (${compression})`, async () => {
      const unchanged = big()
      const archive = makeArchive([{ data: unchanged }, { data: randomBytes(5000) }], compression)
      const layers = layersOf(new Map([[`sha256:${sha(unchanged)}`, blob('a')]]), 'it decompresses to something else')
      await expect(reuseSource(archive, compression, mkdtempSync(join(work, 'temp-')), layers)).rejects.toThrow(
        LayerProofError,
      )
    })
  }
})
