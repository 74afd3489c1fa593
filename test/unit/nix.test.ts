import { describe, expect, it } from 'vitest'
import { installableArgs, nixErrorLine, parseInstallable, validateNixPath } from '../../src/core/nix.js'

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
    [{ type: 'file', file: 'a.nix', attr: 'img' } as const, ['nixpkgs=/p'], 'copyTo', ['-I', 'nixpkgs=/p', '--file', 'a.nix', 'img.copyTo']],
  ])('%j %j %s', (installable, nixPath, sub, expected) => {
    expect(installableArgs(installable, nixPath, sub)).toEqual(expected)
  })
})

describe('validateNixPath', () => {
  it('accepts URLs, channels and existing paths', () => {
    const entries = ['nixpkgs=https://github.com/NixOS/nixpkgs/archive/abc.tar.gz', 'nixpkgs=channel:nixos-24.05', 'x=/tmp', '/tmp']
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

describe('nixErrorLine', () => {
  it('keeps the error line and drops colour codes', () => {
    const stderr = "warning: x\n\x1b[31;1merror:\x1b[0m attribute 'nope' in selection path 'nope' not found\n       Did you mean"
    expect(nixErrorLine(stderr)).toBe("attribute 'nope' in selection path 'nope' not found")
  })
  it('takes the next line when the message continues there', () => {
    expect(nixErrorLine('error:\n       fixture evaluation error\n')).toBe('fixture evaluation error')
  })
})
