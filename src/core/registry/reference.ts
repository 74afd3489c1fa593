import { NixImageError } from '../base/errors.js'
import type { ImageName } from '../types.js'

// Grammar from the OCI distribution spec and containers/image's reference package.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]+)?$/
const MAX_NAME_LENGTH = 255

export const DOCKER_HUB = 'docker.io'
/** Docker Hub's API host; `docker.io` itself serves no registry API. */
export const DOCKER_HUB_API = 'registry-1.docker.io'

/** A registry host is a first path component that looks like one (as docker and skopeo decide). */
function looksLikeHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost'
}

/**
 * Splits `[host/]path` into registry and repository the way docker does: no host means Docker Hub,
 * and a one-component Docker Hub name lives under `library/`. The repository is lowercased.
 */
export function normalizeName(input: string): { host: string; repository: string } {
  const slash = input.indexOf('/')
  const first = slash === -1 ? '' : input.slice(0, slash)
  if (first && looksLikeHost(first)) {
    return { host: first.toLowerCase(), repository: input.slice(slash + 1).toLowerCase() }
  }
  const repository = input.toLowerCase()
  return { host: DOCKER_HUB, repository: repository.includes('/') ? repository : `library/${repository}` }
}

/**
 * Parses the `image` input: a registry and repository without tag or digest. GitHub owners often
 * have capitals, so the repository is lowercased; tags are never touched.
 */
export function parseImageName(input: string, inputName = 'image'): ImageName {
  const value = input.trim()
  const fix = `set ${inputName} to REGISTRY/REPOSITORY, e.g. ghcr.io/owner/app`
  if (value === '') throw new NixImageError(`${inputName} is empty: ${fix}`)
  if (/\s/.test(value)) throw new NixImageError(`${inputName} '${value}' contains white space: ${fix}`)
  if (value.includes('@')) {
    throw new NixImageError(`${inputName} '${value}' carries a digest: ${fix} (the digest is an output, not an input)`)
  }
  const lastSlash = value.lastIndexOf('/')
  if (value.slice(lastSlash + 1).includes(':')) {
    throw new NixImageError(
      `${inputName} '${value}' carries a tag: give the repository alone and the tag with the tag option`,
    )
  }
  if (/^[a-z]+:\/\//i.test(value)) throw new NixImageError(`${inputName} '${value}' starts with a URL scheme: ${fix}`)
  const { host, repository } = normalizeName(value)
  if (!HOST.test(host))
    throw new NixImageError(`${inputName} '${value}' has an invalid registry host '${host}': ${fix}`)
  const port = /:(\d+)$/.exec(host)?.[1]
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    throw new NixImageError(`${inputName} '${value}' has the port ${port}, which is not between 1 and 65535: ${fix}`)
  }
  if (!REPOSITORY.test(repository)) {
    throw new NixImageError(
      `${inputName} '${value}' has an invalid repository '${repository}': use lowercase letters, digits and separators (. _ __ -) between path components`,
    )
  }
  const name = host === DOCKER_HUB ? `${DOCKER_HUB}/${repository}` : `${host}/${repository}`
  if (name.length > MAX_NAME_LENGTH) {
    throw new NixImageError(
      `${inputName} '${value}' is ${name.length} characters long: a repository name has at most ${MAX_NAME_LENGTH}`,
    )
  }
  return { registry: host === DOCKER_HUB ? DOCKER_HUB_API : host, repository, name }
}

/** Checks a tag against the distribution spec's grammar; tags keep their case. */
export function validateTag(tag: string, inputName = 'tag'): string {
  if (!TAG.test(tag)) {
    const why = tag.length > 128 ? `is ${tag.length} characters long (at most 128)` : 'is not a valid tag'
    throw new NixImageError(
      `${inputName} '${tag}' ${why}: use letters, digits, '_', '.' and '-', starting with a letter, digit or '_'`,
    )
  }
  return tag
}

export function isDigest(value: string): boolean {
  return DIGEST.test(value)
}

/** A reference as found in a manifest: `name[:tag][@digest]`, the name as written. */
export interface SplitReference {
  name: string
  tag?: string
  digest?: string
}

export function splitReference(reference: string): SplitReference {
  const at = reference.indexOf('@')
  const digest = at === -1 ? undefined : reference.slice(at + 1)
  const rest = at === -1 ? reference : reference.slice(0, at)
  const colon = rest.lastIndexOf(':')
  // A colon before the last slash belongs to a registry port, not a tag.
  if (colon === -1 || colon < rest.lastIndexOf('/')) return { name: rest, digest }
  return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest }
}

/** The normalised name two spellings of one repository share (`nginx`, `docker.io/library/nginx`). */
export function canonicalName(name: string): string {
  const { host, repository } = normalizeName(name)
  return `${host}/${repository}`
}

/** A tag of `own`'s repository (`latest`), or a full reference (`host/repo:tag`, `host/repo@sha256:…`). */
export function resolveReference(
  reference: string,
  own: ImageName | undefined,
  inputName: string,
): { image: ImageName; reference: string; ref: string } {
  if (own && !reference.includes('/') && !reference.includes('@')) {
    return { image: own, reference: validateTag(reference, inputName), ref: `${own.name}:${reference}` }
  }
  const split = splitReference(reference)
  const target = split.digest ?? split.tag
  if (!target)
    throw new NixImageError(
      `${inputName} '${reference}' names no tag or digest: give REGISTRY/REPOSITORY:TAG or REGISTRY/REPOSITORY@sha256:…`,
    )
  const image = parseImageName(split.name, inputName)
  return { image, reference: target, ref: reference }
}
