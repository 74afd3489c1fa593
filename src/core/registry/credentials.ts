import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { NixImageError } from '../base/errors.js'
import { fileError } from '../base/files.js'
import type { Credentials, ImageName } from '../types.js'

/** The host under which auth files list a registry (`docker.io` for Docker Hub, as skopeo looks it up). */
export function authFileKey(image: ImageName): string {
  return image.name.slice(0, image.name.indexOf('/'))
}

/**
 * Credentials from `NIX_IMAGE_REGISTRY_USERNAME` and `NIX_IMAGE_REGISTRY_PASSWORD`: both or
 * neither. `env` is passed in, not read here.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials | undefined {
  const username = env.NIX_IMAGE_REGISTRY_USERNAME
  const password = env.NIX_IMAGE_REGISTRY_PASSWORD
  if (!username && !password) return undefined
  if (!username || !password) {
    throw new NixImageError('set both NIX_IMAGE_REGISTRY_USERNAME and NIX_IMAGE_REGISTRY_PASSWORD, or neither to use an auth file')
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

interface AuthFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>
}

/** Reads the username and password an auth file holds for the image's registry, if any. */
export function readAuthFile(path: string, image: ImageName): Credentials | undefined {
  let parsed: AuthFile
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as AuthFile
  } catch (error) {
    const why = error instanceof SyntaxError ? 'is not valid JSON' : `cannot be read (${(error as NodeJS.ErrnoException).code})`
    throw new NixImageError(`auth file ${path} ${why}: fix it or give the registry username and password instead`)
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed.auths !== undefined && typeof parsed.auths !== 'object')) {
    throw new NixImageError(`auth file ${path} has no "auths" object: fix it or give the registry username and password instead`)
  }
  const key = authFileKey(image)
  const keys = key === 'docker.io' ? [key, 'https://index.docker.io/v1/', 'index.docker.io', 'registry-1.docker.io'] : [key, `https://${key}`]
  const entry = keys.map((k) => parsed.auths?.[k]).find(Boolean)
  if (!entry) return undefined
  if (entry.username && entry.password) return { username: entry.username, password: entry.password }
  if (!entry.auth) return undefined
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) throw new NixImageError(`auth file ${path}: the "auth" entry for ${key} is not base64 of user:password`)
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

/** Writes a containers auth file (mode 0600) holding just these credentials; returns its path. */
export async function writeAuthFile(dir: string, image: ImageName, credentials: Credentials): Promise<string> {
  const path = join(dir, 'auth.json')
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
  try {
    await writeFile(path, JSON.stringify({ auths: { [authFileKey(image)]: { auth } } }), { mode: 0o600, flag: 'wx' })
  } catch (error) {
    throw fileError('write', 'the auth file', path, error)
  }
  return path
}
