import { afterEach, describe, expect, it } from 'vitest'
import { childEnv, readInputs } from '../../src/github/inputs.js'
import { installerSettings } from '../../src/github/install-nix.js'

// @actions/core reads inputs from INPUT_<NAME> variables, as the runner sets them.
const setInputs = (inputs: Record<string, string>): void => {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
}
afterEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name]
})

const runner = { GITHUB_REPOSITORY: 'Octo-Org/My-App', GITHUB_ACTOR: 'octocat', HOME: '/nonexistent' }

describe('action inputs', () => {
  it('defaults to ghcr.io/<owner>/<repo>, lowercased, with the actor and the workflow token', () => {
    setInputs({ 'github-token': 'ghs_token' })
    const { push, nix, summary } = readInputs(runner)
    expect(push.image.name).toBe('ghcr.io/octo-org/my-app')
    expect(push.credentials).toEqual({ username: 'octocat', password: 'ghs_token' })
    expect(push).toMatchObject({
      skipExisting: true,
      dryRun: false,
      insecureRegistry: false,
      extraTags: [],
      nixPath: [],
    })
    expect(push.installable).toEqual({ type: 'file', file: './default.nix', attr: '' })
    expect(nix).toEqual({
      install: 'auto',
      installerUrl: 'https://releases.nixos.org/nix/nix-2.28.3/install',
      extraConfig: '',
    })
    expect(summary).toBe(true)
  })

  it('never sends the workflow token to a registry other than ghcr.io', () => {
    setInputs({ 'github-token': 'ghs_token', image: 'registry.example.com/team/app' })
    expect(readInputs(runner).push.credentials).toBeUndefined()
  })

  it('takes lists one per line or comma-separated, and a flake installable', () => {
    setInputs({
      installable: '.#image',
      'extra-tags': 'latest, v1\nstable\n',
      'nix-path': 'nixpkgs=/pins/a\nother=/pins/b',
      'nix-version': '2.24.9',
    })
    const { push, nix } = readInputs(runner)
    expect(push.extraTags).toEqual(['latest', 'v1', 'stable'])
    expect(push.nixPath).toEqual(['nixpkgs=/pins/a', 'other=/pins/b'])
    expect(push.installable).toEqual({ type: 'flake', ref: '.#image' })
    expect(nix.installerUrl).toBe('https://releases.nixos.org/nix/nix-2.24.9/install')
  })

  it('maps push: false to a dry run and skip-existing: false', () => {
    setInputs({ push: 'false', 'skip-existing': 'False' })
    expect(readInputs(runner).push).toMatchObject({ dryRun: true, skipExisting: false })
  })

  it('refuses a password without a user to go with it', () => {
    setInputs({ image: 'registry.example.com/app', 'registry-password': 'secret' })
    expect(() => readInputs({ ...runner, GITHUB_ACTOR: '' })).toThrow(/input registry-username is empty/)
  })

  it('gives children no inputs and no runner token, and Nix alone the workflow token for github.com', () => {
    const runnerEnv = {
      PATH: '/bin',
      'INPUT_REGISTRY-PASSWORD': 'secret',
      NIX_CONFIG: 'sandbox = false',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id',
      GITHUB_TOKEN: 'gt',
    }
    const { env, nixEnv } = childEnv(runnerEnv, 'ghs_token')
    expect(nixEnv).toEqual({ PATH: '/bin', NIX_CONFIG: 'sandbox = false\naccess-tokens = github.com=ghs_token' })
    expect(env).toEqual({ PATH: '/bin' })
  })

  it('refuses a github-token with a newline (it would add a line to nix.conf)', () => {
    setInputs({ 'github-token': 'ghs_x\npost-build-hook = /tmp/evil' })
    expect(() => readInputs(runner)).toThrow(/input github-token holds a newline or control character/)
  })

  it('gives Nix alone extra-nix-config through NIX_CONFIG when it was already installed, and no child the signing key', () => {
    const { env, nixEnv } = childEnv(
      { PATH: '/bin', NIX_IMAGE_BINARY_CACHE_SECRET_KEY: 'k:s' },
      '',
      'builders = ssh://b x86_64-linux',
    )
    expect(nixEnv).toEqual({ PATH: '/bin', NIX_CONFIG: 'builders = ssh://b x86_64-linux' })
    expect(env).toEqual({ PATH: '/bin' })
    expect(childEnv({ PATH: '/bin' }, '').nixEnv).toEqual({ PATH: '/bin' })
  })

  it('reads the binary cache inputs, the key from the masked input or the environment', () => {
    setInputs({
      'binary-cache': 's3://bucket',
      'binary-cache-public-key': 'a:1, b:2',
      'binary-cache-secret-key': 'k:s',
    })
    expect(readInputs(runner).push.binaryCache).toEqual({
      url: 's3://bucket',
      publicKeys: ['a:1', 'b:2'],
      secretKey: 'k:s',
    })
    setInputs({ cache: 'true', 'binary-cache': '', 'binary-cache-public-key': '', 'binary-cache-secret-key': '' })
    expect(readInputs({ ...runner, NIX_IMAGE_BINARY_CACHE_SECRET_KEY: 'e:v' })).toMatchObject({
      carryCache: true,
      push: { binaryCache: { secretKey: 'e:v', publicKeys: [] } },
    })
    setInputs({ cache: '' })
    expect(readInputs(runner).push.binaryCache).toBeUndefined()
  })
})

describe('the nix.conf the Action installs Nix with', () => {
  it('makes the runner user a trusted user of a daemon only when a binary cache is used', () => {
    const base = { user: 'runner', extraConfig: 'max-jobs = 2' }
    expect(installerSettings({ ...base, daemon: true, trustUser: true })).toBe(
      'experimental-features = nix-command flakes\nextra-trusted-users = runner\nmax-jobs = 2\n',
    )
    expect(installerSettings({ ...base, daemon: true, trustUser: false })).toBe(
      'experimental-features = nix-command flakes\nmax-jobs = 2\n',
    )
    // Single-user Nix: the user owns the store, trust is moot.
    expect(installerSettings({ ...base, daemon: false, trustUser: true })).toBe(
      'experimental-features = nix-command flakes\nmax-jobs = 2\n',
    )
  })
})
