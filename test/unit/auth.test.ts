import { mkdtempSync, writeFileSync, statSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findAuthFile } from '../../src/adapter/credentials.js'
import { readAuthFile, writeAuthFile } from '../../src/core/registry/credentials.js'
import { parseImageName } from '../../src/core/registry/reference.js'
import { parseChallenge } from '../../src/core/registry/token.js'

const dir = mkdtempSync(join(tmpdir(), 'nix-image-auth-'))
const ghcr = parseImageName('ghcr.io/o/app')
const file = (name: string, content: string): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('auth files', () => {
  it('reads base64 user:password for the registry host', () => {
    const path = file(
      'a.json',
      JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from('me:p:w').toString('base64') } } }),
    )
    expect(readAuthFile(path, ghcr)).toEqual({ username: 'me', password: 'p:w' })
    expect(readAuthFile(path, parseImageName('quay.io/o/app'))).toBeUndefined()
  })
  it('finds Docker Hub under its legacy key', () => {
    const path = file(
      'b.json',
      JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('u:p').toString('base64') } } }),
    )
    expect(readAuthFile(path, parseImageName('nginx'))).toEqual({ username: 'u', password: 'p' })
  })
  it.each([
    ['{not json', /is not valid JSON/],
    ['{"auths": 3}', /has no "auths" object/],
    [
      JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from('nocolon').toString('base64') } } }),
      /not base64 of user:password/,
    ],
  ])('refuses a malformed file %#', (content, message) => {
    expect(() => readAuthFile(file('bad.json', content), ghcr)).toThrow(message)
  })
  it('writes a 0600 file that holds the credentials', async () => {
    const out = mkdtempSync(join(dir, 'w-'))
    const path = await writeAuthFile(out, ghcr, { username: 'u', password: 's3cret' })
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readAuthFile(path, ghcr)).toEqual({ username: 'u', password: 's3cret' })
    expect(readFileSync(path, 'utf8')).not.toContain('s3cret')
  })
  it('looks for auth files in the containers order', () => {
    const home = mkdtempSync(join(dir, 'home-'))
    expect(findAuthFile({ HOME: home })).toBeUndefined()
    const explicit = file('explicit.json', '{}')
    expect(findAuthFile({ HOME: home, REGISTRY_AUTH_FILE: explicit })).toBe(explicit)
  })
})

describe('parseChallenge', () => {
  it('reads quoted parameters that contain commas', () => {
    const header =
      'Bearer realm="https://gitlab.com/jwt/auth",service="container_registry",scope="repository:g/p:pull,push"'
    expect(parseChallenge(header)).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://gitlab.com/jwt/auth',
        service: 'container_registry',
        scope: 'repository:g/p:pull,push',
      },
    })
  })
  it('reads Basic', () => {
    expect(parseChallenge('Basic realm="test"')).toEqual({ scheme: 'basic', params: { realm: 'test' } })
  })
})
