import { describe, expect, it } from 'vitest'
import { normalizeName, parseImageName, validateTag } from '../../src/core/registry/reference.js'

describe('parseImageName', () => {
  it.each([
    ['ghcr.io/Owner/Repo', { registry: 'ghcr.io', repository: 'owner/repo', name: 'ghcr.io/owner/repo' }],
    ['127.0.0.1:5000/app', { registry: '127.0.0.1:5000', repository: 'app', name: '127.0.0.1:5000/app' }],
    ['localhost/a/b-c', { registry: 'localhost', repository: 'a/b-c', name: 'localhost/a/b-c' }],
    ['nginx', { registry: 'registry-1.docker.io', repository: 'library/nginx', name: 'docker.io/library/nginx' }],
    ['Team/App', { registry: 'registry-1.docker.io', repository: 'team/app', name: 'docker.io/team/app' }],
    [
      'registry.gitlab.com/g/sub/p',
      { registry: 'registry.gitlab.com', repository: 'g/sub/p', name: 'registry.gitlab.com/g/sub/p' },
    ],
  ])('%s', (input, expected) => {
    expect(parseImageName(input)).toEqual(expected)
  })

  it.each([
    ['', /image is empty/],
    ['ghcr.io/o/app:latest', /carries a tag/],
    ['ghcr.io/o/app@sha256:abc', /carries a digest/],
    ['https://ghcr.io/o/app', /URL scheme/],
    ['ghcr.io/o/app with space', /white space/],
    ['ghcr.io/o/-app', /invalid repository/],
    ['ghcr.io/o//app', /invalid repository/],
    ['ghcr.io/o/app$(id)', /invalid repository/],
    [`ghcr.io/${'a'.repeat(260)}`, /at most 255/],
  ])('refuses %j', (input, message) => {
    expect(() => parseImageName(input)).toThrow(message)
  })

  it('names the input in the message', () => {
    expect(() => parseImageName('x:y', '--image')).toThrow(/^--image 'x:y' carries a tag/)
  })
})

describe('normalizeName', () => {
  it('applies Docker Hub defaults the way docker does', () => {
    expect(normalizeName('nginx')).toEqual({ host: 'docker.io', repository: 'library/nginx' })
    expect(normalizeName('docker.io/Nginx')).toEqual({ host: 'docker.io', repository: 'nginx' })
  })
})

describe('validateTag', () => {
  it.each(['v1.2.3', 'A_b-c.d', '_x', 'x'.repeat(128)])('accepts %s and keeps its case', (tag) => {
    expect(validateTag(tag)).toBe(tag)
  })
  it.each(['-x', '.x', 'a:b', 'a/b', 'a b', '', 'a\nb', '$(id)', 'x'.repeat(129)])('refuses %j', (tag) => {
    expect(() => validateTag(tag, 'extra-tag')).toThrow(/^extra-tag '/)
  })
  it('says when a tag is too long', () => {
    expect(() => validateTag('x'.repeat(129))).toThrow(/129 characters long \(at most 128\)/)
  })
})
