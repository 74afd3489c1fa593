import { describe, expect, it } from 'vitest'
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
