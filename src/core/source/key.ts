import { createHash } from 'node:crypto'
import { existsSync, realpathSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { run } from '../base/exec.js'
import type { Installable, PushOptions } from '../types.js'

// A rerun of a commit that was pushed already needs no Nix, when everything evaluation depends
// on is known without evaluating: the source record (record.ts) stores, under a tag named after
// this key, which image the source evaluated to. So the key must cover all that evaluation reads,
// and a source whose evaluation reads anything the key cannot see is not eligible.

/**
 * nix-image's own rules from an evaluation to an image and its tag (image.ts's tag choice, the
 * DESCRIBE expression, the package-list generator): bumped whenever they change, so no record
 * written under the old rules answers for the new.
 */
export const TAG_RULES_VERSION = 1

/** What a source evaluates from, known without Nix. */
export type SourceKey = {
  rules: number
  source: { type: 'git-flake'; commit: string; dir: string; attr: string } | { type: 'packages'; expression: string }
  /** The Nix system the image is evaluated for (the runner's). */
  system: string
  /** Which Nix would evaluate: the one on PATH, or the one the Action would install. */
  nix: string
  /** The options that change the tag or the image. */
  tag: string | null
  image: string
}

export type Eligibility = { eligible: true; key: SourceKey; id: string } | { eligible: false; why: string }

/**
 * The Nix that would evaluate, named without running it: a Nix in a store path is that path; any
 * other is its file's path, size and modification time (an upgrade replaces the file).
 */
export function nixIdentity(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = dir && join(dir, 'nix')
    if (!candidate || !existsSync(candidate)) continue
    const real = realpathSync(candidate)
    const inStore = /^(\/[^/]+)+\/[0-9abcdfghijklmnpqrsvwxyz]{32}-[^/]+/.exec(real)?.[0]
    if (inStore) return inStore
    const { size, mtimeMs } = statSync(real)
    return `${real}:${size}:${Math.trunc(mtimeMs)}`
  }
  return undefined
}

/** The Nix system of this machine as Nix names it (`x86_64-linux`, `aarch64-darwin`). */
export function runnerSystem(arch = process.arch, platform = process.platform): string {
  const cpu =
    { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l', riscv64: 'riscv64' }[arch as string] ?? arch
  return `${cpu}-${platform}`
}

/** Hex SHA-256 of the key's canonical JSON (keys in a fixed order): the record's name. */
export function keyId(key: SourceKey): string {
  return createHash('sha256').update(canonicalKey(key)).digest('hex')
}

export const canonicalKey = (key: SourceKey): string => JSON.stringify(sortKeys(key))

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, item]) => [name, sortKeys(item)]),
    )
  }
  return value
}

export interface KeyContext {
  /** The Nix identity (nixIdentity, or `installer:<url>` where the Action would install it). */
  nix: string | undefined
  cwd: string
  env?: NodeJS.ProcessEnv
  system?: string
}

/**
 * Whether the run's source may be answered by a record, and its key. Eligible: a local flake in a
 * git repository whose tracked files are unmodified, with a tracked flake.lock locking every
 * input (none a `path:` outside the repository); a package list on a pinned nixpkgs (its
 * generated expression, `expression`, is then a function of the list and the pin).
 */
export async function sourceKey(
  options: Pick<PushOptions, 'installable' | 'tag' | 'image'>,
  context: KeyContext,
  expression?: string,
): Promise<Eligibility> {
  if (!context.nix) return { eligible: false, why: 'no Nix on PATH to name in the key' }
  const base = {
    rules: TAG_RULES_VERSION,
    system: context.system ?? runnerSystem(),
    nix: context.nix,
    tag: options.tag ?? null,
    image: options.image.name,
  }
  const installable: Installable = options.installable
  if (installable.type === 'packages') {
    if (!expression)
      return {
        eligible: false,
        why: "the package list's nixpkgs is not a locked flake reference or a commit's tarball",
      }
    return eligible({
      ...base,
      source: { type: 'packages', expression: createHash('sha256').update(expression).digest('hex') },
    })
  }
  if (installable.type === 'file')
    return {
      eligible: false,
      why: 'a Nix file may read anything (channels, NIX_PATH, the environment); only flakes and package lists are keyed',
    }
  const flake = await gitFlake(installable.ref, context)
  if ('why' in flake) return { eligible: false, why: flake.why }
  return eligible({ ...base, source: { type: 'git-flake', ...flake } })
}

const eligible = (key: SourceKey): Eligibility => ({ eligible: true, key, id: keyId(key) })

/** The flake's commit, its folder in the repository and its attribute; or why they cannot be known. */
async function gitFlake(
  ref: string,
  context: KeyContext,
): Promise<{ commit: string; dir: string; attr: string } | { why: string }> {
  const hash = ref.indexOf('#')
  const location = ref.slice(0, hash)
  const attr = ref.slice(hash + 1) || 'default'
  // Only a path: `github:`, `path:` (a copy, not the git tree), `git+https:` and queries are other sources.
  if (
    location !== '' &&
    location !== '.' &&
    !location.startsWith('./') &&
    !location.startsWith('/') &&
    !location.startsWith('../')
  ) {
    return { why: `the flake ${ref} is not a folder of a git checkout` }
  }
  if (/[?]/.test(location)) return { why: `the flake reference ${ref} has parameters` }
  const dir = resolve(context.cwd, location || '.')
  const git = async (...args: string[]) => {
    const result = await run('git', ['-C', dir, ...args], { env: context.env }).catch(() => undefined)
    return result?.exitCode === 0 ? result.stdout.trim() : undefined
  }
  const [top, commit, status] = await Promise.all([
    git('rev-parse', '--show-toplevel'),
    git('rev-parse', '--verify', 'HEAD'),
    git('status', '--porcelain', '--untracked-files=no'),
  ])
  if (!top || !commit || status === undefined) return { why: `${dir} is not in a git repository with a commit` }
  // Staged, modified or deleted tracked files: Nix evaluates the working tree, not the commit.
  if (status !== '') return { why: 'tracked files are modified (git status)' }
  const inRepo = relative(realpathSync(top), realpathSync(dir))
  const lockPath = inRepo ? `${inRepo.split(sep).join('/')}/flake.lock` : 'flake.lock'
  if ((await git('ls-files', '--error-unmatch', '--', join(realpathSync(dir), 'flake.lock'))) === undefined)
    return { why: `${lockPath} is not tracked by git` }
  const unlocked = await unlockedInput(join(dir, 'flake.lock'), realpathSync(top))
  if (unlocked) return { why: unlocked }
  return { commit, dir: inRepo.split(sep).join('/'), attr }
}

/** Why flake.lock leaves an input to be decided at evaluation, or undefined when it locks every one. */
async function unlockedInput(lockFile: string, top: string): Promise<string | undefined> {
  let lock: { nodes?: Record<string, { locked?: Record<string, unknown> } | undefined>; root?: unknown }
  try {
    lock = JSON.parse(await readFile(lockFile, 'utf8')) as typeof lock
  } catch {
    return 'flake.lock is not JSON'
  }
  const root = typeof lock.root === 'string' ? lock.root : 'root'
  if (!lock.nodes || typeof lock.nodes !== 'object') return 'flake.lock has no nodes'
  for (const [name, node] of Object.entries(lock.nodes)) {
    if (name === root) continue
    const locked = node?.locked
    if (!locked || typeof locked !== 'object' || typeof locked.narHash !== 'string')
      return `flake.lock leaves input ${JSON.stringify(name).slice(0, 80)} unlocked`
    if (locked.type === 'path') {
      const path = typeof locked.path === 'string' ? locked.path : ''
      const target = isAbsolute(path) ? path : join(top, path)
      if (!path || relative(top, target).startsWith('..'))
        return `input ${JSON.stringify(name).slice(0, 80)} is a path outside the repository`
    }
  }
  return undefined
}
