import { describe, expect, it } from 'vitest'
import { childEnv, parseCommandLine, pushOptions } from '../../src/cli/args.js'
import { credentialsFromEnv } from '../../src/adapter/credentials.js'

describe('CLI arguments', () => {
  it('maps push flags onto the core options', () => {
    const args = parseCommandLine([
      'push',
      './img.nix',
      '--attr',
      'image',
      '--image',
      'GHCR.io/Me/App',
      '--extra-tag',
      'latest',
      '--extra-tag',
      'v1',
      '-I',
      'x=/tmp',
      '--no-skip-existing',
      '--dry-run',
      '--insecure-registry',
      '--manifest-file',
      'out/index.json',
    ])
    const options = pushOptions(args, { HOME: '/nonexistent' })
    expect(options).toMatchObject({
      installable: { type: 'file', file: './img.nix', attr: 'image' },
      image: { registry: 'ghcr.io', repository: 'me/app', name: 'ghcr.io/me/app' },
      extraTags: ['latest', 'v1'],
      nixPath: ['x=/tmp'],
      skipExisting: false,
      dryRun: true,
      insecureRegistry: true,
      manifestFile: 'out/index.json',
    })
  })
  it.each([
    [['push', '--bogus'], /Unknown option '--bogus'/],
    [['push', 'a', 'b', '--image', 'x/y'], /unexpected argument 'b'/],
    [['push'], /--image is required/],
  ])('refuses %j', (argv, message) => {
    expect(() => pushOptions(parseCommandLine(argv), {})).toThrow(message)
  })
  it('takes credentials from the environment, both or neither, and keeps the password from children', () => {
    expect(credentialsFromEnv({})).toBeUndefined()
    expect(() => credentialsFromEnv({ NIX_IMAGE_REGISTRY_USERNAME: 'u' })).toThrow(/both/)
    const env = { NIX_IMAGE_REGISTRY_USERNAME: 'u', NIX_IMAGE_REGISTRY_PASSWORD: 'p', PATH: '/bin' }
    expect(credentialsFromEnv(env)).toEqual({ username: 'u', password: 'p' })
    expect(
      childEnv({ ...env, CI_JOB_TOKEN: 'j', CI_REPOSITORY_URL: 'https://gitlab-ci-token:j@x/r.git', NIX_PATH: 'n=/n' }),
    ).toEqual({
      env: { PATH: '/bin' },
      nixEnv: { PATH: '/bin', NIX_PATH: 'n=/n' },
    })
  })
})

describe('--output NAME=FILE', () => {
  it('takes the Action output names, and refuses anything else', async () => {
    const { parseOutputFiles } = await import('../../src/cli/outputs.js')
    expect(parseOutputFiles(['digest=/r/IMAGE_DIGEST', 'digest-ref=a=b'])).toEqual([
      { name: 'digest', path: '/r/IMAGE_DIGEST' },
      { name: 'digest-ref', path: 'a=b' },
    ])
    for (const bad of ['digest', 'secret=/x', 'tag=', '=x'])
      expect(() => parseOutputFiles([bad])).toThrow(/is not NAME=FILE/)
  })
})

describe('--binary-cache', () => {
  it('takes a binary cache, its keys, and the signing key from the environment, which no child gets', () => {
    const argv = [
      'push',
      '.#image',
      '--image',
      'x/y',
      '--binary-cache',
      'file:///c',
      '--binary-cache-public-key',
      'a:1',
      '--binary-cache-public-key',
      'b:2',
    ]
    const options = pushOptions(parseCommandLine(argv), { PATH: '/bin', NIX_IMAGE_BINARY_CACHE_SECRET_KEY: 'k:s' })
    expect(options.binaryCache).toEqual({
      url: 'file:///c',
      publicKeys: ['a:1', 'b:2'],
      secretKey: 'k:s',
      secretKeyFile: undefined,
    })
    expect(JSON.stringify([options.env, options.nixEnv])).not.toContain('k:s')
    expect(() =>
      pushOptions(parseCommandLine(['push', '--image', 'x/y', '--binary-cache-public-key', 'a:1']), {}),
    ).toThrow(/need --binary-cache URL/)
  })
})
