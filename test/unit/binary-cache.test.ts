import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCacheOptions, isImageAssembly, substituterArgs } from '../../src/core/cache/binary-cache.js'
import { shownUrl, withSecretKey } from '../../src/core/cache/store-url.js'
import { fingerprint } from '../../src/adapter/carried-cache.js'
import { pruneLocalCache } from '../../src/core/cache/file-cache.js'
import { parsePathInfoJson } from '../../src/core/nix/store.js'
import { generateSigningKey, parseSecretKey, validatePublicKey } from '../../src/core/cache/signing-key.js'
import { cacheKeys } from '../../src/github/cache.js'
import { parseImageName } from '../../src/core/registry/reference.js'

describe('signing keys in Nix format', () => {
  it('a generated key parses back to the same public key', () => {
    const key = generateSigningKey('cache-1')
    expect(key.secret).toMatch(/^cache-1:[A-Za-z0-9+/]{86}==$/)
    expect(key.publicKey).toMatch(/^cache-1:[A-Za-z0-9+/]{43}=$/)
    expect(parseSecretKey(`${key.secret}\n`, 'X')).toEqual(key)
    expect(validatePublicKey(key.publicKey, 'k')).toBe(key.publicKey)
  })

  it.each([
    '',
    'no-colon',
    'name:c2hvcnQ=',
    `:${Buffer.alloc(64).toString('base64')}`,
    `bad name:${Buffer.alloc(64).toString('base64')}`,
  ])('refuses %j without quoting it', (text) => {
    expect(() => parseSecretKey(text, 'NIX_IMAGE_BINARY_CACHE_SECRET_KEY')).toThrow(
      /^NIX_IMAGE_BINARY_CACHE_SECRET_KEY is not a Nix binary cache secret key/,
    )
    try {
      parseSecretKey(text, 'S')
    } catch (error) {
      if (text) expect((error as Error).message).not.toContain(text)
    }
  })

  it('checks public keys and URLs before anything runs', () => {
    expect(() => checkCacheOptions({ url: 'file:///x', publicKeys: ['k:short'] })).toThrow(
      "binary-cache-public-key 'k:short' is not a Nix public key",
    )
    expect(() => checkCacheOptions({ url: 'file:///x\nrm -rf /', publicKeys: [] })).toThrow('is not a store URL')
    expect(() => checkCacheOptions({ url: 'file:///x', publicKeys: [], secretKeyFile: '/nonexistent/key' })).toThrow(
      'binary-cache-secret-key-file /nonexistent/key does not exist',
    )
  })
})

describe('store URLs', () => {
  it.each([
    ['file:///cache', '/tmp/k', {}, 'file:///cache?secret-key=/tmp/k'],
    ['s3://bucket?region=eu-west-1', '/tmp/k', {}, 's3://bucket?region=eu-west-1&secret-key=/tmp/k'],
    ['file:///cache', '/tmp/k', { compression: 'none' }, 'file:///cache?compression=none&secret-key=/tmp/k'],
    ['ssh-ng://builder', '/tmp/k', {}, 'ssh-ng://builder'],
    ['https://cache.example.com', undefined, {}, 'https://cache.example.com'],
  ])('%s signs with the secret-key setting where the store has it', (url, keyFile, params, expected) => {
    expect(withSecretKey(url, keyFile, params)).toBe(expected)
  })

  it('logs URLs without user information', () => {
    expect(shownUrl('https://user:secret@cache.example.com/x')).toBe('https://cache.example.com/x')
    expect(shownUrl('s3://bucket?region=x')).toBe('s3://bucket?region=x')
  })

  it('substituter options trust keys, never turn checks off, and fall back to building', () => {
    const args = substituterArgs({
      targets: [
        { url: 'file:///a', shown: '/a' },
        { url: 's3://b', shown: 's3://b' },
      ],
      trustedKeys: ['a:1', 'b:2'],
    })
    expect(args).toEqual([
      '--option',
      'fallback',
      'true',
      '--option',
      'extra-substituters',
      'file:///a s3://b',
      '--option',
      'extra-trusted-public-keys',
      'a:1 b:2',
    ])
    expect(args.join(' ')).not.toMatch(/require-sigs|no-check-sigs/)
  })
})

describe('what is worth keeping', () => {
  const info = (path: string, ultimate: boolean, references: string[]) => ({
    path,
    narHash: '',
    narSize: 1,
    ultimate,
    signatures: [],
    references,
  })
  const glibc = info('/nix/store/g-glibc', false, [])
  const dependency = info('/nix/store/d-dependency', true, ['/nix/store/g-glibc'])
  const application = info('/nix/store/a-app', true, ['/nix/store/d-dependency', '/nix/store/a-app'])
  const conf = info('/nix/store/c-conf.json', true, ['/nix/store/a-app'])
  const compiler = info('/nix/store/p-patched-compiler', true, ['/nix/store/g-glibc'])
  const realised = [glibc, dependency, application, conf, compiler]
  it.each([
    [dependency, false],
    [application, false],
    [compiler, false],
    [conf, true],
  ])('%o assembles the image: %s', (path, expected) => {
    expect(isImageAssembly(path, realised)).toBe(expected)
  })
})

describe('nix path-info --json', () => {
  it('reads Nix 2.8 (an array, valid: false) and 2.19+ (an object, null)', () => {
    const old = `[{"path":"/nix/store/a-x","valid":false},{"path":"/nix/store/b-y","narHash":"sha256-AA=","narSize":120,"ultimate":true}]`
    const current = `{"/nix/store/a-x":null,"/nix/store/b-y":{"narHash":"sha256-AA=","narSize":120,"signatures":["k:s"],"ultimate":false}}`
    expect(parsePathInfoJson(old)).toEqual([
      { path: '/nix/store/b-y', narHash: 'sha256-AA=', narSize: 120, ultimate: true, signatures: [], references: [] },
    ])
    expect(parsePathInfoJson(current)).toEqual([
      {
        path: '/nix/store/b-y',
        narHash: 'sha256-AA=',
        narSize: 120,
        ultimate: false,
        signatures: ['k:s'],
        references: [],
      },
    ])
  })
})

describe('the carried cache folder', () => {
  function folder(entries: { hash: string; bytes: number; age: number }[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'nix-image-unit-cache-'))
    mkdirSync(join(dir, 'nar'))
    for (const { hash, bytes, age } of entries) {
      writeFileSync(join(dir, 'nar', `${hash}.nar`), Buffer.alloc(bytes))
      writeFileSync(join(dir, `${hash}.narinfo`), `StorePath: /nix/store/${hash}-x\nURL: nar/${hash}.nar\n`)
      const when = new Date(Date.now() - age * 1000)
      utimesSync(join(dir, `${hash}.narinfo`), when, when)
    }
    writeFileSync(join(dir, 'nar', 'orphan.nar'), 'x')
    return dir
  }

  it('drops the least recently used entries past the bound, and NAR files no entry names', async () => {
    const dir = folder([
      { hash: 'a'.repeat(32), bytes: 4000, age: 300 },
      { hash: 'b'.repeat(32), bytes: 4000, age: 100 },
      { hash: 'c'.repeat(32), bytes: 4000, age: 10 },
    ])
    const before = await fingerprint(dir)
    const left = await pruneLocalCache(dir, 9000)
    expect(left).toMatchObject({ entries: 2, dropped: 1 })
    expect(
      readdirSync(dir)
        .filter((name) => name.endsWith('.narinfo'))
        .sort(),
    ).toEqual([`${'b'.repeat(32)}.narinfo`, `${'c'.repeat(32)}.narinfo`])
    expect(readdirSync(join(dir, 'nar')).sort()).toEqual([`${'b'.repeat(32)}.nar`, `${'c'.repeat(32)}.nar`])
    expect(await fingerprint(dir)).not.toBe(before)
    expect((await pruneLocalCache(dir, 9000)).dropped).toBe(0)
  })
})

describe('Actions cache keys', () => {
  const push = {
    installable: { type: 'flake' as const, ref: '.#image' },
    image: parseImageName('ghcr.io/Octo/App', 'image'),
  }
  it('one key per run; restore falls back to the branch, then the image on any branch', () => {
    const keys = cacheKeys(
      { GITHUB_REPOSITORY: 'Octo/App', GITHUB_REF_NAME: 'feature/x', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2' },
      push,
    )
    expect(keys.key).toMatch(/^nix-image-binary-cache-Octo\/App-[0-9a-f]{16}-feature\/x-7-2$/)
    expect(keys.restoreKeys).toEqual([keys.key.replace(/7-2$/, ''), keys.key.replace(/feature\/x-7-2$/, '')])
    const other = cacheKeys(
      { GITHUB_REPOSITORY: 'Octo/App', GITHUB_REF_NAME: 'feature/x', GITHUB_RUN_ID: '7' },
      { ...push, installable: { type: 'flake', ref: '.#other' } },
    )
    expect(other.restoreKeys[1]).not.toBe(keys.restoreKeys[1])
    expect(cacheKeys({ GITHUB_HEAD_REF: 'pr,branch' }, push).key).not.toContain(',')
  })
})
