import { describe, expect, it } from 'vitest'
import { TransientError } from '../../src/core/base/retry.js'
import { compareVersions } from '../../src/core/base/versions.js'
import { copyArgs, copyError, isRecentEnough, supports } from '../../src/core/push/skopeo.js'

describe('skopeo versions', () => {
  it.each([
    ['1.9.3', '1.10.0', -1],
    ['1.10.0', '1.9.3', 1],
    ['1.13.3', '1.13.3', 0],
    ['1.6', '1.6.0', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
  it('knows which releases read gzip archives and are recent enough (--dest-precompute-digests)', () => {
    expect(supports({ version: '1.9.3' }, 'gzipArchive')).toBe(false)
    expect(supports({ version: '1.13.3' }, 'gzipArchive')).toBe(true)
    expect(isRecentEnough({ version: '1.4.1' })).toBe(false) // ubuntu-22.04
    expect(isRecentEnough({ version: '1.9.3' })).toBe(true)
  })
})

describe('copyArgs', () => {
  const base = {
    source: 'docker-archive:/tmp/x.tar',
    destination: 'ghcr.io/o/app:abc',
    digestFile: '/tmp/d',
    tempDir: '/tmp/run',
    insecure: false,
    features: { precomputeDigests: true, retryTimes: true },
  }
  it('passes credentials only as an auth file', () => {
    const args = copyArgs({ ...base, authFile: '/tmp/auth.json' })
    expect(args).toEqual([
      '--tmpdir',
      '/tmp/run',
      '--insecure-policy',
      'copy',
      '--digestfile',
      '/tmp/d',
      '--dest-authfile',
      '/tmp/auth.json',
      '--dest-precompute-digests',
      'docker-archive:/tmp/x.tar',
      'docker://ghcr.io/o/app:abc',
    ])
    expect(args.join(' ')).not.toMatch(/creds/)
  })
  it('leaves out what an old skopeo does not know, and adds insecure TLS only when asked', () => {
    const args = copyArgs({ ...base, insecure: true, features: { precomputeDigests: false, retryTimes: false } })
    expect(args).toContain('--dest-tls-verify=false')
    expect(args).not.toContain('--dest-precompute-digests')
    expect(args).not.toContain('--retry-times')
  })

  it('never asks skopeo to retry: the push policy alone retries the copy (no 5 × 4 copies)', () => {
    expect(
      copyArgs({ ...base, insecure: false, features: { precomputeDigests: true, retryTimes: true } }),
    ).not.toContain('--retry-times')
  })
})

describe('copyError', () => {
  it('turns skopeo log lines into one clear sentence', () => {
    const stderr =
      'time="2026-01-01T00:00:00Z" level=fatal msg="trying to reuse blob: unauthorized: authentication required"\n'
    expect(copyError('r/a:t', stderr).message).toMatch(
      /^skopeo could not push r\/a:t: the registry rejected the credentials/,
    )
  })
})

describe('which skopeo failures are retried', () => {
  it.each([
    ['writing blob: Patch "http://r/v2/a/blobs/uploads/x": read tcp: connection reset by peer', true],
    ['reading manifest: received unexpected HTTP status: 503 Service Unavailable', true],
    ['toomanyrequests: too many requests', true],
    ['writing blob: Put "http://r": EOF', true],
    ['loading tar component manifest.json: unexpected EOF', false],
    ['writing blob: disk quota exceeded', false],
    ['unauthorized: authentication required', false],
  ])('%s → %s', (message, transient) => {
    // skopeo escapes quotes inside msg="…", as logrus does.
    const stderr = `time="x" level=fatal msg="${message.replace(/"/g, '\\"')}"`
    expect(copyError('r/a:t', stderr) instanceof TransientError).toBe(transient)
  })
})

describe('skopeo messages', () => {
  it('keeps the message of a logrus line, unquoted', () => {
    const stderr = 'time="2026-01-01T00:00:00Z" level=fatal msg="writing blob: \\"x\\" quota exceeded"\n'
    expect(copyError('r/a:t', stderr).message).toBe('skopeo could not push r/a:t: writing blob: "x" quota exceeded')
  })
})
