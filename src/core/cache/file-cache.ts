import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateSigningKey, parseSecretKey, type SigningKey } from './signing-key.js'
import { storePathHash } from '../nix/store-path.js'

// A `file://` binary cache folder that the CI carries between runs (GitHub's Actions cache,
// GitLab's `cache:`): Nix's own layout (`nix-cache-info`, `<hash>.narinfo`, `nar/…`), written by
// `nix copy`, plus its signing key. nix-image keeps it small: only what a run built goes in,
// entries a run used are marked by their narinfo's mtime, and the oldest go first past a size.

/** The key files beside the cache's entries; Nix ignores files it does not know. */
export const KEY_FILES = { secret: 'nix-image-signing-key.sec', public: 'nix-image-signing-key.pub' }

/** 1 GiB: a tenth of a GitHub repository's cache allowance, and far more than a build's own paths. */
export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024

/**
 * The folder's signing key: the one the run was given, else the folder's own, made the first
 * time. A generated key's secret half lives in the folder, so the key proves only that an entry
 * was written by someone who could write the folder: the CI cache's own access rules are the
 * trust (see README "Caching"); it keeps Nix's signature checks on without a key to manage.
 */
export async function localCacheKey(
  dir: string,
  given: SigningKey | undefined,
): Promise<{ key: SigningKey; generated: boolean }> {
  await mkdir(dir, { recursive: true })
  if (given) return { key: given, generated: false }
  const secretFile = join(dir, KEY_FILES.secret)
  if (existsSync(secretFile)) {
    try {
      return { key: parseSecretKey(await readFile(secretFile, 'utf8'), secretFile), generated: false }
    } catch {
      // A damaged key file: a new key, and the entries it signed stop being trusted.
    }
  }
  const key = generateSigningKey(`nix-image-cache-${randomBytes(4).toString('hex')}`)
  await writeFile(secretFile, `${key.secret}\n`, { mode: 0o600 })
  await writeFile(join(dir, KEY_FILES.public), `${key.publicKey}\n`)
  return { key, generated: true }
}

interface Entry {
  narinfo: string
  nar?: string
  bytes: number
  mtimeMs: number
}

/** Which of `storePaths` the folder has an entry for. */
export function hasEntry(dir: string, storePath: string): boolean {
  return existsSync(join(dir, `${storePathHash(storePath)}.narinfo`))
}

/**
 * Drops the entries of paths about to be uploaded: a path this run had to build although the
 * folder lists it was refused (a bad signature, a damaged NAR), and `nix copy` would keep the bad
 * entry because it skips paths the destination already lists.
 */
export async function forgetEntries(dir: string, storePaths: string[]): Promise<void> {
  for (const path of storePaths) await rm(join(dir, `${storePathHash(path)}.narinfo`), { force: true })
}

/** Marks entries as used by this run, so pruning keeps them longest. */
export async function markUsed(dir: string, storePaths: string[]): Promise<void> {
  const now = new Date()
  for (const path of storePaths)
    await utimes(join(dir, `${storePathHash(path)}.narinfo`), now, now).catch(() => undefined)
}

/**
 * Drops the least recently used entries until the folder holds at most `maxBytes`, and NAR files
 * no entry names. Returns what is left.
 */
export async function pruneLocalCache(
  dir: string,
  maxBytes: number,
): Promise<{ entries: number; bytes: number; dropped: number }> {
  const entries = await listEntries(dir)
  let bytes = entries.reduce((sum, entry) => sum + entry.bytes, 0)
  let dropped = 0
  for (const entry of [...entries].sort((a, b) => a.mtimeMs - b.mtimeMs)) {
    if (bytes <= maxBytes) break
    await rm(join(dir, entry.narinfo), { force: true })
    bytes -= entry.bytes
    dropped++
  }
  const named = new Set((await listEntries(dir)).map((entry) => entry.nar))
  const narDir = join(dir, 'nar')
  for (const name of existsSync(narDir) ? await readdir(narDir) : []) {
    if (!named.has(`nar/${name}`)) await rm(join(narDir, name), { force: true })
  }
  return { entries: entries.length - dropped, bytes, dropped }
}

async function listEntries(dir: string): Promise<Entry[]> {
  if (!existsSync(dir)) return []
  const entries: Entry[] = []
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.narinfo')) continue
    const text = await readFile(join(dir, name), 'utf8').catch(() => '')
    const nar = /^URL: (.+)$/m.exec(text)?.[1]?.trim()
    const narStat = nar ? await stat(join(dir, nar)).catch(() => undefined) : undefined
    const info = await stat(join(dir, name))
    entries.push({ narinfo: name, nar, bytes: info.size + (narStat?.size ?? 0), mtimeMs: info.mtimeMs })
  }
  return entries
}
