import { describe, expect, it } from 'vitest'
import { childEnvironments } from '../../src/adapter/child-env.js'
import { readInputs } from '../../src/gitlab/inputs.js'

// Class 5 of the threat model: children get an environment built from an allowlist.
const gitlabJob = {
  PATH: '/usr/bin',
  HOME: '/root',
  NIX_CONFIG: 'sandbox = false',
  NIX_PATH: 'nixpkgs=/n',
  LC_ALL: 'C.UTF-8',
  XDG_DATA_HOME: '/x',
  CI_REGISTRY: 'registry.gitlab.example',
  CI_REGISTRY_IMAGE: 'registry.gitlab.example/g/p',
  CI_REGISTRY_USER: 'gitlab-ci-token',
  CI_REGISTRY_PASSWORD: 'glcbt-registry',
  CI_JOB_TOKEN: 'glcbt-job',
  CI_REPOSITORY_URL: 'https://gitlab-ci-token:glcbt-job@gitlab.example/g/p.git',
  CI_DEPENDENCY_PROXY_PASSWORD: 'glcbt-proxy',
  NIX_IMAGE_INPUT_API_TOKEN: 'glpat-api',
  NIX_IMAGE_REGISTRY_PASSWORD: 'pw',
  SECRET_DEPLOY_KEY: 'project variable',
}

describe('child environments', () => {
  it('GitLab: no job token, registry or proxy password, API token or project variable reaches Nix or skopeo', () => {
    const { env, nixEnv } = readInputs(gitlabJob).push
    const common = { PATH: '/usr/bin', HOME: '/root', LC_ALL: 'C.UTF-8', XDG_DATA_HOME: '/x' }
    expect(nixEnv).toEqual({ ...common, NIX_CONFIG: 'sandbox = false', NIX_PATH: 'nixpkgs=/n' })
    expect(env).toEqual(common)
  })

  it('the workflow token goes to Nix alone, and only inside NIX_CONFIG', () => {
    const { nixEnv: nix, env: tools } = childEnvironments(
      { PATH: '/bin', NIX_CONFIG: 'a = b' },
      { githubToken: 'ghs_x' },
    )
    expect(nix.NIX_CONFIG).toBe('a = b\naccess-tokens = github.com=ghs_x')
    expect(JSON.stringify(tools)).not.toContain('ghs_x')
  })

  it('keeps what the tools need: certificates, proxies, containers configuration', () => {
    const { env: tools } = childEnvironments({
      SSL_CERT_FILE: '/c',
      https_proxy: 'http://p:3128',
      REGISTRIES_CONFIG_PATH: '/r',
      DOCKER_CONFIG: '/d',
      NIX_SSL_CERT_FILE: '/n',
    })
    expect(tools).toEqual({
      SSL_CERT_FILE: '/c',
      https_proxy: 'http://p:3128',
      REGISTRIES_CONFIG_PATH: '/r',
      DOCKER_CONFIG: '/d',
      NIX_SSL_CERT_FILE: '/n',
    })
  })
})
