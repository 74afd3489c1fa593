import { describe, expect, it } from 'vitest'
import { describeImage, detectKind } from '../../src/core/plan/image.js'
import { isNixHash, storePathHash } from '../../src/core/nix/store-path.js'
import type { EvalInfo } from '../../src/core/nix/nix.js'

const HASH_A = 'bhvhf4ndzxgqnlwzv5s272i5xs2qs6v0'
const HASH_B = '0c9wl6hmwd2k2fpn7l1s5xkwjy8rxm8a'

const info = (fields: Partial<EvalInfo>): EvalInfo => ({
  isDerivation: true,
  outPath: `/nix/store/${HASH_A}-docker-image-app.tar.gz`,
  drvPath: `/nix/store/${HASH_B}-docker-image-app.tar.gz.drv`,
  drvName: 'docker-image-app.tar.gz',
  imageName: 'app',
  imageTag: HASH_A,
  isExe: null,
  hasCopyTo: false,
  system: 'x86_64-linux',
  copyToPath: null,
  copyToDrvPath: null,
  ...fields,
})

describe('detectKind', () => {
  it.each([
    [{ drvName: 'docker-image-app.tar.gz' }, 'docker-archive'],
    [{ drvName: 'app.tar.zst' }, 'docker-archive'],
    [{ drvName: 'app.tar' }, 'docker-archive'],
    [{ drvName: 'stream-app', isExe: true }, 'stream'],
    [{ drvName: 'stream-app' }, 'stream'],
    [{ drvName: 'image-app.json', hasCopyTo: true }, 'nix2container'],
    [{ drvName: 'hello-2.12' }, undefined],
  ] as const)('%j → %s', (fields, kind) => {
    expect(detectKind(info(fields))).toBe(kind)
  })
})

describe('describeImage checks what the expression claims', () => {
  it.each([
    ['a command substitution', `/nix/store/${HASH_A}-$(id).tar.gz`],
    ['a newline', `/nix/store/${HASH_A}-app.tar.gz\nEVIL=1`],
    ['no store hash', '/tmp/app.tar.gz'],
    ['a relative path', `nix/store/${HASH_A}-app.tar.gz`],
  ])('an out path with %s is not a store path', (_name, outPath) => {
    expect(() => describeImage(info({ outPath }), 'x')).toThrow(/has an out path that is not a Nix store path/)
  })
})

describe('describeImage chooses the tag', () => {
  it("uses the image's own imageTag when it is a Nix hash, even when it differs from the out path", () => {
    // buildLayeredImage: imageTag is the hash of the image configuration, not of the archive.
    const image = describeImage(info({ outPath: `/nix/store/${HASH_B}-app.tar.gz`, drvName: 'app.tar.gz' }), 'x')
    expect(image).toMatchObject({ tag: HASH_A, tagSource: 'imageTag', kind: 'docker-archive' })
  })
  it('falls back to the out path hash for a fixed tag', () => {
    const image = describeImage(info({ imageTag: 'latest' }), 'x')
    expect(image).toMatchObject({ tag: HASH_A, tagSource: 'outPath', imageTag: 'latest' })
  })
  it('falls back to the out path hash without imageTag', () => {
    expect(describeImage(info({ imageTag: null }), 'x')).toMatchObject({ tag: HASH_A, tagSource: 'outPath' })
  })
  it('lets an explicit tag win, validated', () => {
    expect(describeImage(info({}), 'x', 'v1')).toMatchObject({ tag: 'v1', tagSource: 'option' })
    expect(() => describeImage(info({}), 'x', 'bad tag')).toThrow(/not a valid tag/)
  })
  it('refuses what is not a derivation or not an image', () => {
    expect(() => describeImage(info({ isDerivation: false }), './x.nix')).toThrow(/^\.\/x\.nix is not a derivation/)
    expect(() => describeImage(info({ drvName: 'hello-2.12' }), './x.nix')).toThrow(
      /\(hello-2\.12\) is not a container image/,
    )
  })
})

describe('describeImage names the derivations the build builds (one evaluation per run)', () => {
  const n2c = { drvName: 'image-app.json', hasCopyTo: true, copyToDrvPath: `/nix/store/${HASH_B}-copy-to-app.drv` }
  it("carries the image's derivation, and nix2container's copyTo's", () => {
    expect(describeImage(info({}), 'x')).toMatchObject({ drvPath: `/nix/store/${HASH_B}-docker-image-app.tar.gz.drv` })
    expect(describeImage(info({}), 'x')).not.toHaveProperty('copyToDrvPath')
    expect(describeImage(info(n2c), 'x')).toMatchObject({ kind: 'nix2container', copyToDrvPath: n2c.copyToDrvPath })
  })
  it('refuses an attribute set that claims to be a derivation without one (nothing to build)', () => {
    expect(() => describeImage(info({ drvPath: null }), './x.nix')).toThrow(/^\.\/x\.nix is not a derivation/)
    expect(() => describeImage(info({ ...n2c, copyToDrvPath: null }), './x.nix')).toThrow(
      /its copyTo is not a derivation/,
    )
  })
})

describe('Nix hashes', () => {
  it('accepts only Nix base32 of 32 characters', () => {
    expect(isNixHash(HASH_A)).toBe(true)
    expect(isNixHash('latest')).toBe(false)
    expect(isNixHash(HASH_A.replace('b', 'e'))).toBe(false)
    expect(isNixHash(`${HASH_A}0`)).toBe(false)
  })
  it('cuts the hash out of a store path', () => {
    expect(storePathHash(`/nix/store/${HASH_A}-x-y.tar.gz`)).toBe(HASH_A)
  })
})
