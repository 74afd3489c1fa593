import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NixImageError } from '../base/errors.js'
import { fileError } from '../base/files.js'
import type { Credentials, ImageName } from '../types.js'

// containers' auth files (auth.json, docker's config.json): read for a registry's credentials,
// and written for skopeo when the run was given a username and password.

/** The host under which auth files list a registry (`docker.io` for Docker Hub, as skopeo looks it up). */
export function authFileKey(image: ImageName): string {
  return image.name.slice(0, image.name.indexOf('/'))
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
    const why =
      error instanceof SyntaxError ? 'is not valid JSON' : `cannot be read (${(error as NodeJS.ErrnoException).code})`
    throw new NixImageError(`auth file ${path} ${why}: fix it or give the registry username and password instead`)
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed.auths !== undefined && typeof parsed.auths !== 'object')
  ) {
    throw new NixImageError(
      `auth file ${path} has no "auths" object: fix it or give the registry username and password instead`,
    )
  }
  const key = authFileKey(image)
  const keys =
    key === 'docker.io'
      ? [key, 'https://index.docker.io/v1/', 'index.docker.io', 'registry-1.docker.io']
      : [key, `https://${key}`]
  const entry = keys.map((k) => parsed.auths?.[k]).find(Boolean)
  if (!entry) return undefined
  if (entry.username && entry.password) return { username: entry.username, password: entry.password }
  if (!entry.auth) return undefined
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0)
    throw new NixImageError(`auth file ${path}: the "auth" entry for ${key} is not base64 of user:password`)
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
