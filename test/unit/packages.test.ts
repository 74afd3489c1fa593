import { describe, expect, it } from 'vitest'
import { imageNameFor, installableFromInputs } from '../../src/adapter/installable.js'
import {
  contentPaths,
  nearMatches,
  nixpkgsSource,
  packageExpression,
  packageImageName,
  parsePackageList,
  problemsMessage,
  validateFlakePin,
} from '../../src/core/nix/packages.js'

const commit = '0123456789abcdef0123456789abcdef01234567'

describe('parsePackageList', () => {
  it('splits on white space and commas, keeps the order, drops repeats', () => {
    expect(parsePackageList(' shell yq,jq\nskopeo jq ')).toEqual(['shell', 'yq', 'jq', 'skopeo'])
  })
  it.each(['jq;rm', 'a b${x}', 'pkgs."x"', '.jq', 'jq.', "it's", 'a\\b', '1abc'])('refuses %j', (input) => {
    expect(() => parsePackageList(input)).toThrow(/is not a nixpkgs attribute path/)
  })
  it('refuses an empty list', () => {
    expect(() => parsePackageList(' , ')).toThrow(/packages is empty/)
  })
})

describe('contentPaths', () => {
  it('expands shell and sorts, so order does not matter', () => {
    expect(contentPaths(['yq', 'shell', 'python3Packages.requests'])).toEqual([
      ['bashInteractive'],
      ['cacert'],
      ['coreutils'],
      ['python3Packages', 'requests'],
      ['yq'],
    ])
  })
})

describe('packageImageName', () => {
  it.each([
    ['ghcr.io/acme/', ['shell', 'yq', 'python3Packages.requests'], 'ghcr.io/acme/shell/yq/python3packages.requests'],
    ['ghcr.io/acme/tools', ['jq'], 'ghcr.io/acme/tools'],
    ['127.0.0.1:5000/', ['jq'], '127.0.0.1:5000/jq'],
  ])('%s + %j', (image, packages, expected) => {
    expect(packageImageName(image, packages)).toBe(expected)
    expect(imageNameFor(image, { type: 'packages', list: { packages, allowUnpinned: false } }).name).toBe(expected)
  })
})

describe('the pin', () => {
  it.each([
    `github:NixOS/nixpkgs/${commit}`,
    `github:NixOS/nixpkgs?rev=${commit}`,
    `git+https://github.com/NixOS/nixpkgs?ref=nixos-24.05&rev=${commit}`,
    'path:/srv/nixpkgs?narHash=sha256-RWMHo7gsnXbht6zyQ35gK6CjLCha/BlJor+BQCICizQ=',
  ])('%s is locked', (ref) => {
    expect(validateFlakePin(ref)).toBe(ref)
  })
  it.each([
    'github:NixOS/nixpkgs',
    'github:NixOS/nixpkgs/nixos-24.05',
    'nixpkgs',
    'flake:nixpkgs',
    'path:/srv/nixpkgs',
    `github:NixOS/nixpkgs/${commit.slice(1)}`,
  ])('%s is not locked', (ref) => {
    expect(() => validateFlakePin(ref)).toThrow(/is not locked/)
  })
  it.each(['github:a/b/"x"', 'github:a/b/${x}', 'github:a/b/x y'])('%s is not a flake reference', (ref) => {
    expect(() => validateFlakePin(ref)).toThrow(/is not a flake reference/)
  })

  const list = (extra: object = {}) => ({ packages: ['jq'], allowUnpinned: false, ...extra })
  it('takes --nixpkgs, a nixpkgs= entry, or (when allowed) nothing', () => {
    expect(nixpkgsSource(list({ nixpkgs: `github:NixOS/nixpkgs/${commit}` }), [])).toEqual({
      type: 'flake',
      ref: `github:NixOS/nixpkgs/${commit}`,
    })
    const tarball = `nixpkgs=https://github.com/NixOS/nixpkgs/archive/${commit}.tar.gz`
    expect(nixpkgsSource(list(), ['other=/x', tarball])).toEqual({ type: 'nix-path', entry: tarball })
    expect(nixpkgsSource(list(), ['nixpkgs=/srv/nixpkgs'])).toEqual({ type: 'nix-path', entry: 'nixpkgs=/srv/nixpkgs' })
    expect(nixpkgsSource(list({ allowUnpinned: true }), [])).toEqual({ type: 'unpinned' })
  })
  it.each([
    [list(), [], /needs a pinned nixpkgs/],
    [list(), ['other=/x'], /needs a pinned nixpkgs/],
    [list(), ['nixpkgs=channel:nixos-unstable'], /channel or branch/],
    [list(), ['nixpkgs=https://nixos.org/channels/nixos-24.05/nixexprs.tar.xz'], /channel or branch/],
    [list(), ['nixpkgs=https://github.com/NixOS/nixpkgs/archive/master.tar.gz'], /channel or branch/],
    [list({ nixpkgs: `github:NixOS/nixpkgs/${commit}` }), ['nixpkgs=/x'], /give one of them/],
  ])('refuses %j with %j', (given, nixPath, message) => {
    expect(() => nixpkgsSource(given, nixPath)).toThrow(message)
  })
})

describe('packageExpression', () => {
  it('calls buildLayeredImage with contents from quoted, checked names only', () => {
    const text = packageExpression(['shell', 'python3Packages.requests'], {
      type: 'flake',
      ref: `github:NixOS/nixpkgs/${commit}`,
    })
    expect(text).toContain(
      `pkgs = import (builtins.getFlake "github:NixOS/nixpkgs/${commit}").outPath { config = { }; overlays = [ ]; };`,
    )
    expect(text).toContain('in pkgs.dockerTools.buildLayeredImage args // { buildArgs = args; };')
    expect(text).toContain('contents = map attrAt paths;')
    expect(text).toContain('[ "python3Packages" "requests" ]')
    expect(text).toContain('SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt')
    expect(packageExpression(['jq'], { type: 'nix-path', entry: 'nixpkgs=/x' })).not.toContain('SSL_CERT_FILE')
    expect(packageExpression(['jq'], { type: 'nix-path', entry: 'nixpkgs=/x' })).toContain('pkgs = import <nixpkgs> {')
  })
})

describe('unknown names', () => {
  it('suggests close names', () => {
    expect(nearMatches('jqq', ['jq', 'jo', 'yq', 'jql'])).toEqual(['jq', 'jql'])
    expect(nearMatches('pyhton3', ['python3', 'python2', 'perl'])).toEqual(['python3'])
    expect(nearMatches('BashInteractive', ['bashInteractive'])).toEqual(['bashInteractive'])
    expect(nearMatches('zzzzzz', ['jq'])).toEqual([])
  })
  it('says it in one line', () => {
    const message = problemsMessage(
      [
        { path: ['jqq'], done: [], names: ['jq', 'yq'], notPackage: false },
        { path: ['python3Packages'], done: ['python3Packages'], names: [], notPackage: true },
      ],
      'nixpkgs=/x',
    )
    expect(message).not.toContain('\n')
    expect(message).toMatch(
      /^'jqq' is not in nixpkgs \(did you mean jq\?\); 'python3Packages' is a package set, not a package/,
    )
  })
})

describe('installableFromInputs', () => {
  it('a list, or an installable, never both', () => {
    expect(installableFromInputs({ packages: 'jq', nixpkgs: ` github:NixOS/nixpkgs/${commit} ` })).toEqual({
      type: 'packages',
      list: { packages: ['jq'], nixpkgs: `github:NixOS/nixpkgs/${commit}`, allowUnpinned: false },
    })
    expect(installableFromInputs({ installable: '.#image' })).toEqual({ type: 'flake', ref: '.#image' })
    expect(() => installableFromInputs({ packages: 'jq', attr: 'image' })).toThrow(/give no installable or attr/)
    expect(() => installableFromInputs({ installable: '.#image', nixpkgs: 'github:x/y' })).toThrow(/give packages too/)
  })
})
