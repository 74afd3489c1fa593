import * as core from '@actions/core'
import { childEnvironments } from '../adapter/child-env.js'
import { booleanInput as parseBoolean, listInput as parseList, singleLineSecret } from '../adapter/inputs.js'
import { findAuthFile } from '../adapter/credentials.js'
import { NixImageError } from '../core/base/errors.js'
import { parseJobs } from '../adapter/inputs.js'
import { imageNameFor, installableFromInputs } from '../adapter/installable.js'
import { type Credentials, type PushOptions, SECRET_KEY_VARIABLE } from '../core/types.js'
import type { NixInstallMode, NixInstallOptions } from './install-nix.js'

export interface ActionInputs {
  /** The core's options but `env`, which is settled once Nix is installed. */
  push: Omit<PushOptions, 'env'>
  nix: Omit<NixInstallOptions, 'tempDir'>
  /** The workflow token: `access-tokens` for github.com, and the ghcr.io password by default. */
  githubToken: string
  summary: boolean
  /** Manifests to check after the push; none: no check. */
  verify: { patterns: string[]; valuesKeys: string[] }
  /** `cache: true`: a binary cache folder carried by the Actions cache. */
  carryCache: boolean
}

/** The Nix release installed when a runner has none; `nix-version` selects another. */
export const DEFAULT_NIX_VERSION = '2.28.3'

export const installerUrlFor = (version: string): string => `https://releases.nixos.org/nix/nix-${version}/install`

/**
 * Masks the secret inputs before anything can print them: the first thing the action does.
 */
export function maskSecrets(): void {
  for (const name of ['registry-password', 'github-token', 'binary-cache-secret-key']) {
    const value = core.getInput(name)
    if (value) core.setSecret(value)
  }
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const installable = installableFromInputs({
    installable: core.getInput('installable') || undefined,
    attr: core.getInput('attr') || undefined,
    packages: core.getInput('packages'),
    nixpkgs: core.getInput('nixpkgs'),
    allowUnpinned: booleanInput('allow-unpinned', false),
  })
  const image = imageNameFor(core.getInput('image') || defaultImage(env), installable, 'image')
  const githubToken = singleLineSecret('github-token', core.getInput('github-token'))
  const credentials = registryCredentials(image.registry, githubToken, env)
  const nixVersion = core.getInput('nix-version') || DEFAULT_NIX_VERSION
  return {
    push: {
      installable,
      image,
      tag: core.getInput('tag') || undefined,
      extraTags: listInput('extra-tags'),
      nixPath: listInput('nix-path'),
      skipExisting: booleanInput('skip-existing', true),
      dryRun: !booleanInput('push', true),
      insecureRegistry: booleanInput('insecure-registry', false),
      credentials,
      authFile: credentials ? undefined : findAuthFile(env),
      manifestFile: core.getInput('manifest-file') || undefined,
      noBuild: booleanInput('no-build', false),
      jobs: core.getInput('jobs') ? parseJobs(core.getInput('jobs'), 'input jobs') : undefined,
      binaryCache: binaryCacheOptions(env),
      sbom: booleanInput('sbom', true),
      sourceRecord: booleanInput('source-record', true) ? undefined : false,
      compareTo: core.getInput('compare-to') || undefined,
    },
    nix: {
      install: installMode(),
      installerUrl: core.getInput('nix-installer-url') || installerUrlFor(nixVersion),
      extraConfig: core.getInput('extra-nix-config'),
    },
    githubToken,
    summary: booleanInput('summary', true),
    verify: { patterns: listInput('verify-manifests'), valuesKeys: listInput('verify-values-keys') },
    carryCache: booleanInput('cache', false),
  }
}

/**
 * binary-cache and its keys; the signing key from the masked input, else the environment
 * variable. The carried folder (`cache: true`) is added by main once it is restored.
 */
function binaryCacheOptions(env: NodeJS.ProcessEnv): PushOptions['binaryCache'] {
  const url = core.getInput('binary-cache') || undefined
  const secretKey = core.getInput('binary-cache-secret-key') || env[SECRET_KEY_VARIABLE] || undefined
  if (!url && !booleanInput('cache', false)) return undefined
  return { url, publicKeys: listInput('binary-cache-public-key'), secretKey }
}

/** `ghcr.io/<owner>/<repo>` of the workflow's repository (owners often have capitals; lowercased later). */
function defaultImage(env: NodeJS.ProcessEnv): string {
  if (!env.GITHUB_REPOSITORY) {
    throw new NixImageError('input image is empty and GITHUB_REPOSITORY is not set: set image, e.g. ghcr.io/owner/app')
  }
  return `ghcr.io/${env.GITHUB_REPOSITORY}`
}

/**
 * The registry login. The workflow token is a password only for ghcr.io: sending it to any other
 * registry would hand it to a third party. Without a password, an existing docker login is used.
 */
function registryCredentials(registry: string, githubToken: string, env: NodeJS.ProcessEnv): Credentials | undefined {
  const password =
    singleLineSecret('registry-password', core.getInput('registry-password')) ||
    (registry === 'ghcr.io' ? githubToken : '')
  if (!password) return undefined
  const username = core.getInput('registry-username') || env.GITHUB_ACTOR
  if (!username)
    throw new NixImageError('input registry-username is empty: set it to the registry user the password belongs to')
  return { username, password }
}

const listInput = (name: string): string[] => parseList(core.getInput(name))
const booleanInput = (name: string, fallback: boolean): boolean => parseBoolean(name, core.getInput(name), fallback)

function installMode(): NixInstallMode {
  const value = core.getInput('install-nix') || 'auto'
  if (value === 'auto' || value === 'true' || value === 'false') return value
  throw new NixImageError(`input install-nix is '${value}': use auto (install only when nix is missing), true or false`)
}

/**
 * Children get an allowlisted environment (no input, no runner token, no signing key); Nix alone
 * gets the workflow token for github.com fetches (rate limits, private flake inputs), in its own
 * environment, so it is written to no file, and extra-nix-config when Nix was already installed
 * (else the installer wrote it to nix.conf).
 */
export const childEnv = (
  env: NodeJS.ProcessEnv,
  githubToken: string,
  extraNixConfig = '',
): Pick<PushOptions, 'env' | 'nixEnv'> => childEnvironments(env, { githubToken, extraNixConfig })
