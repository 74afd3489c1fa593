import { childEnvironments } from '../adapter/child-env.js'
import { booleanInput as boolean, listInput as list, singleLineSecret } from '../adapter/inputs.js'
import { resolve } from 'node:path'
import { credentialsFromEnv, findAuthFile } from '../adapter/credentials.js'
import { parseJobs } from '../adapter/inputs.js'
import { imageNameFor, installableFromInputs } from '../adapter/installable.js'
import { type Credentials, type ImageName, type PushOptions, SECRET_KEY_VARIABLE } from '../core/types.js'
import { DEFAULT_DOTENV_PREFIX, validateDotenvPrefix } from './dotenv.js'

// The component's inputs reach the job as variables named NIX_IMAGE_INPUT_<NAME> (never spliced
// into the script), so a value holding `$(…)`, quotes or a newline is only ever data.

export interface ComponentInputs {
  push: PushOptions
  /** Where the dotenv report for later jobs goes. */
  dotenvFile: string
  /** The start of every dotenv name, so two includes of the component never collide. */
  dotenvPrefix: string
  verify: { patterns: string[]; valuesKeys: string[] }
  api: {
    /** A token with the `api` scope: enables the commit status (and the MR note when asked). */
    token?: string
    mergeRequestNote: boolean
  }
}

export function readInputs(env: NodeJS.ProcessEnv): ComponentInputs {
  const input = (name: string): string => (env[`NIX_IMAGE_INPUT_${name.toUpperCase()}`] ?? '').trim()
  const installable = installableFromInputs({
    installable: input('installable') || undefined,
    attr: input('attr') || undefined,
    packages: input('packages'),
    nixpkgs: input('nixpkgs'),
    allowUnpinned: boolean('allow_unpinned', input('allow_unpinned'), false),
  })
  const image = imageNameFor(input('image') || env.CI_REGISTRY_IMAGE || '', installable, 'image')
  const credentials = registryCredentials(image, env)
  // It travels in a header: a newline would add another.
  const apiToken = singleLineSecret('api_token', input('api_token'))
  return {
    push: {
      installable,
      image,
      tag: input('tag') || undefined,
      extraTags: list(input('extra_tags')),
      nixPath: list(input('nix_path')),
      skipExisting: boolean('skip_existing', input('skip_existing'), true),
      dryRun: !boolean('push', input('push'), true),
      insecureRegistry: boolean('insecure_registry', input('insecure_registry'), false),
      credentials,
      authFile: credentials ? undefined : findAuthFile(env),
      manifestFile: input('manifest_file') || undefined,
      sbom: boolean('sbom', input('sbom'), true),
      sourceRecord: boolean('source_record', input('source_record'), true) ? undefined : false,
      // In the project directory, where `artifacts: reports: cyclonedx:` picks it up.
      sbomFile: boolean('sbom', input('sbom'), true) ? input('sbom_file') || 'nix-image.cdx.json' : undefined,
      compareTo: input('compare_to') || undefined,
      noBuild: boolean('no_build', input('no_build'), false),
      jobs: input('jobs') ? parseJobs(input('jobs'), 'input jobs') : undefined,
      binaryCache: binaryCacheOptions(input, env),
      // Children get an allowlisted environment: no registry password, job token, API token,
      // signing key or input.
      ...childEnvironments(env),
    },
    dotenvFile: input('dotenv_file') || 'nix-image.env',
    dotenvPrefix: validateDotenvPrefix(input('dotenv_prefix') || DEFAULT_DOTENV_PREFIX),
    verify: { patterns: list(input('verify_manifests')), valuesKeys: list(input('verify_values_keys')) },
    api: { token: apiToken || undefined, mergeRequestNote: boolean('mr_note', input('mr_note'), false) },
  }
}

/**
 * The job's own registry login for `$CI_REGISTRY`, and only there: the job token is no password
 * for another registry. Elsewhere NIX_IMAGE_REGISTRY_USERNAME/PASSWORD, else an auth file.
 */
function registryCredentials(image: ImageName, env: NodeJS.ProcessEnv): Credentials | undefined {
  const ciRegistry = env.CI_REGISTRY?.toLowerCase()
  if (ciRegistry && image.registry === ciRegistry && env.CI_REGISTRY_USER && env.CI_REGISTRY_PASSWORD) {
    return { username: env.CI_REGISTRY_USER, password: env.CI_REGISTRY_PASSWORD }
  }
  return credentialsFromEnv(env)
}

/**
 * binary_cache and its keys, the signing key from a masked CI/CD variable; `cache: true` adds the
 * folder the job's `cache:` keyword carries (relative to the project, where GitLab wants it).
 */
function binaryCacheOptions(input: (name: string) => string, env: NodeJS.ProcessEnv): PushOptions['binaryCache'] {
  const url = input('binary_cache') || undefined
  const carried = boolean('cache', input('cache'), false)
  if (!url && !carried) return undefined
  // The job starts in the project directory (CI_PROJECT_DIR): relative to it.
  const localDir = carried ? resolve(input('cache_dir') || '.nix-image-cache') : undefined
  return {
    url,
    publicKeys: list(input('binary_cache_public_key')),
    secretKey: env[SECRET_KEY_VARIABLE] || undefined,
    localDir,
  }
}
