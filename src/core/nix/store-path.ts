// The grammar of Nix store paths, in one place: a store path an expression claims, its hash, the
// name Nix parses into package and version, and the paths an image's files lie under.

// 32 characters of Nix's base32 alphabet (no e, o, u, t): a store path hash.
const HASH = '[0-9abcdfghijklmnpqrsvwxyz]{32}'
const NIX_HASH = new RegExp(`^${HASH}$`)
// `<store dir>/<hash>-<name>`, with the characters Nix allows in store path names.
const STORE_PATH = new RegExp(`^(?:/[A-Za-z0-9+._-]+)+/${HASH}-[A-Za-z0-9+._?=-]+$`)

/** A path of the form `<store>/<hash>-<name>`, as an expression may only claim for a derivation's output. */
export const isStorePath = (path: string): boolean => STORE_PATH.test(path)

export function isNixHash(value: string): boolean {
  return NIX_HASH.test(value)
}

/** The hash part of `/nix/store/<hash>-<name>` (works for any store directory). */
export function storePathHash(outPath: string): string {
  const base = outPath.slice(outPath.lastIndexOf('/') + 1)
  return base.slice(0, base.indexOf('-'))
}

// In an image, store paths lie under /nix/store (the store a build's paths were made for): a layer
// tar's member `nix/store/<hash>-<name>/…` (with `./` or `/` before it), or a path nix2container lists.
const MEMBER = new RegExp(`^(?:\\./|/)?nix/store/(${HASH}-[^/]+)`)
const IMAGE_STORE_PATH = new RegExp(`^/nix/store/${HASH}-[^/]+$`)

/** The store path a layer tar's member lies in (`nix/store/<hash>-<name>/bin/x` → `/nix/store/<hash>-<name>`). */
export function storePathInMember(member: string): string | undefined {
  const match = MEMBER.exec(member)
  return match ? `/nix/store/${match[1]}` : undefined
}

/** Whether `path` is a store path under /nix/store itself, as an image holds them. */
export const imageStorePath = (path: string): boolean => IMAGE_STORE_PATH.test(path)

export interface StorePathInfo {
  /** `/nix/store/<hash>-<name>` */
  path: string
  /** The hash part: what makes two builds of one version differ. */
  hash: string
  /** The part after the hash, e.g. `openssl-3.0.13`. */
  storeName: string
  /** The package name as `builtins.parseDrvName` reads it, e.g. `openssl`. */
  name: string
  /** The version as `builtins.parseDrvName` reads it; undefined when the name has none. */
  version?: string
}

/**
 * Splits a name the way Nix's `builtins.parseDrvName` does: the version starts after the first
 * `-` that is not followed by a letter (`apache-httpd-2.0.48` → `apache-httpd`, `2.0.48`;
 * `tzdata-files` has no version).
 */
export function parseDrvName(storeName: string): { name: string; version?: string } {
  for (let i = 0; i < storeName.length - 1; i++) {
    if (storeName[i] === '-' && !/[A-Za-z]/.test(storeName[i + 1]!)) {
      return { name: storeName.slice(0, i), version: storeName.slice(i + 1) }
    }
  }
  return { name: storeName }
}

export function storePathInfo(path: string): StorePathInfo {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const storeName = base.slice(33)
  return { path, hash: base.slice(0, 32), storeName, ...parseDrvName(storeName) }
}
