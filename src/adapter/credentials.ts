import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { NixImageError } from '../core/base/errors.js'
import type { Credentials } from '../core/types.js'

// Where a run's registry credentials come from, alike on every platform: the two variables, else
// the auth file containers tools would use (the core reads it: registry/credentials.ts).

/**
 * Credentials from `NIX_IMAGE_REGISTRY_USERNAME` and `NIX_IMAGE_REGISTRY_PASSWORD`: both or
 * neither. `env` is passed in, not read here.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials | undefined {
  const username = env.NIX_IMAGE_REGISTRY_USERNAME
  const password = env.NIX_IMAGE_REGISTRY_PASSWORD
  if (!username && !password) return undefined
  if (!username || !password) {
    throw new NixImageError(
      'set both NIX_IMAGE_REGISTRY_USERNAME and NIX_IMAGE_REGISTRY_PASSWORD, or neither to use an auth file',
    )
  }
  return { username, password }
}

/**
 * The auth file containers tools would use, in their order of precedence: `REGISTRY_AUTH_FILE`,
 * the containers `auth.json`, then docker's `config.json`. `env` is passed in, not read here.
 */
export function findAuthFile(env: NodeJS.ProcessEnv): string | undefined {
  const home = env.HOME ?? homedir()
  const candidates = [
    env.REGISTRY_AUTH_FILE,
    env.XDG_RUNTIME_DIR && join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'),
    join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'containers', 'auth.json'),
    join(env.DOCKER_CONFIG ?? join(home, '.docker'), 'config.json'),
  ]
  // Absolute, so no value (REGISTRY_AUTH_FILE=-x) can reach skopeo looking like an option.
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string))
  return found === undefined ? undefined : resolve(found)
}
