import { describe, expect, it } from 'vitest'
import { pairLayers } from '../../src/core/push/layer-pairs.js'

const digest = (c: string) => `sha256:${c.repeat(64)}`
const GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip'
const V2 = 'application/vnd.docker.distribution.manifest.v2+json'

const manifest = (layers: unknown[], mediaType: string | undefined = V2) => ({
  schemaVersion: 2,
  mediaType,
  config: { digest: digest('c'), size: 10 },
  layers,
})
const config = (diffIds: unknown[]) => ({ rootfs: { type: 'layers', diff_ids: diffIds } })

describe('pairLayers', () => {
  it('pairs each diff_id with the blob at the same index', () => {
    const pairs = pairLayers(
      manifest([
        { mediaType: GZIP, digest: digest('a'), size: 5 },
        { mediaType: GZIP, digest: digest('b'), size: 6 },
      ]),
      V2,
      config([digest('1'), digest('2')]),
    )
    expect([...pairs]).toEqual([
      [digest('1'), { digest: digest('a'), size: 5 }],
      [digest('2'), { digest: digest('b'), size: 6 }],
    ])
  })

  it('reads an OCI manifest whose type is only in the Content-Type', () => {
    const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: digest('a'), size: 5 }
    expect(
      pairLayers(manifest([layer], undefined), 'application/vnd.oci.image.manifest.v1+json', config([digest('1')]))
        .size,
    ).toBe(1)
  })

  it.each([
    [
      'counts that differ',
      manifest([{ mediaType: GZIP, digest: digest('a'), size: 5 }]),
      config([digest('1'), digest('2')]),
    ],
    ['an index', { ...manifest([]), mediaType: 'application/vnd.oci.image.index.v1+json' }, config([])],
    ['a digest that is not sha256', manifest([{ mediaType: GZIP, digest: 'md5:abc', size: 5 }]), config([digest('1')])],
    [
      'a size that is not a positive integer',
      manifest([{ mediaType: GZIP, digest: digest('a'), size: -1 }]),
      config([digest('1')]),
    ],
    ['a bad diff_id', manifest([{ mediaType: GZIP, digest: digest('a'), size: 5 }]), config(['sha256:short'])],
    ['no rootfs', manifest([{ mediaType: GZIP, digest: digest('a'), size: 5 }]), {}],
    ['schema 1', { ...manifest([]), schemaVersion: 1 }, config([])],
  ])('pairs nothing for %s', (_what, m, c) => {
    expect(pairLayers(m, V2, c).size).toBe(0)
  })

  it('skips zstd and foreign layers, which a Docker v2 manifest of a docker-archive push never holds', () => {
    const layers = [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd', digest: digest('a'), size: 5 },
      { mediaType: GZIP, digest: digest('b'), size: 5, urls: ['https://example.invalid/x'] },
      { mediaType: GZIP, digest: digest('d'), size: 5 },
    ]
    expect([...pairLayers(manifest(layers), V2, config([digest('1'), digest('2'), digest('3')])).keys()]).toEqual([
      digest('3'),
    ])
  })
})
