import { describe, expect, it } from 'vitest'
import { derivationOutputs } from '../../src/core/nix/build.js'
import { installableArgs, parseInstallable, validateNixPath } from '../../src/core/nix/nix.js'

describe('parseInstallable', () => {
  it.each([
    [undefined, undefined, { type: 'file', file: './default.nix', attr: '' }],
    ['./image.nix', 'image', { type: 'file', file: './image.nix', attr: 'image' }],
    ['.#image', undefined, { type: 'flake', ref: '.#image' }],
    ['path:./x#image', undefined, { type: 'flake', ref: 'path:./x#image' }],
  ] as const)('%s --attr %s', (positional, attr, expected) => {
    expect(parseInstallable(positional, attr)).toEqual(expected)
  })
  it('refuses an attribute beside a flake reference', () => {
    expect(() => parseInstallable('.#a', 'b')).toThrow(/put the attribute after '#'/)
  })
})

describe('installableArgs', () => {
  it.each([
    [{ type: 'flake', ref: '.#image' } as const, [], undefined, ['.#image']],
    [{ type: 'flake', ref: '.#image' } as const, [], 'copyTo', ['.#image.copyTo']],
    [{ type: 'flake', ref: '.#' } as const, [], 'copyTo', ['.#default.copyTo']],
    [{ type: 'file', file: 'a.nix', attr: '' } as const, [], undefined, ['--file', 'a.nix', '']],
    [
      { type: 'file', file: 'a.nix', attr: 'img' } as const,
      ['nixpkgs=/p'],
      'copyTo',
      ['-I', 'nixpkgs=/p', '--file', 'a.nix', 'img.copyTo'],
    ],
  ])('%j %j %s', (installable, nixPath, sub, expected) => {
    expect(installableArgs(installable, nixPath, sub)).toEqual(expected)
  })
})

describe('derivationOutputs', () => {
  const drv = '/nix/store/dbq0jpldanmg0yv7ql8ahaa2hcw6snpl-image.tar.gz.drv'
  // 2.8 builds the outputs of a bare .drv and calls `^` "not a valid URL"; 2.15 and later take the
  // bare .drv for the file itself (checked on 2.8.0 and 2.26.3). 2.91 is Lix, forked from 2.18.
  it.each([
    ['2.8.0', drv],
    ['2.12.1', drv],
    ['2.13.0', `${drv}^*`],
    ['2.15', `${drv}^*`],
    ['2.26.3', `${drv}^*`],
    ['2.28.4', `${drv}^*`],
    ['2.91.1', `${drv}^*`],
  ])('Nix %s: %s', (version, expected) => {
    expect(derivationOutputs(drv, version)).toBe(expected)
  })
  it.each(['--option', '/nix/store/dbq0jpldanmg0yv7ql8ahaa2hcw6snpl-image.tar.gz', 'image.drv'])(
    'refuses %s, which is no store derivation',
    (path) => {
      expect(() => derivationOutputs(path, '2.26.3')).toThrow(/not a store derivation/)
    },
  )
})

describe('validateNixPath', () => {
  it('accepts URLs, channels and existing paths', () => {
    const entries = [
      'nixpkgs=https://github.com/NixOS/nixpkgs/archive/abc.tar.gz',
      'nixpkgs=channel:nixos-24.05',
      'x=/tmp',
      '/tmp',
    ]
    expect(validateNixPath(entries)).toEqual(entries)
  })
  it.each([
    ['nixpkgs=/does/not/exist', /\/does\/not\/exist does not exist/],
    ['nixpkgs=', /malformed/],
    ['bad name=/tmp', /malformed/],
  ])('refuses %j', (entry, message) => {
    expect(() => validateNixPath([entry])).toThrow(message)
  })
})
