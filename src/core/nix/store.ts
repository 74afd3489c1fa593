import { basename } from 'node:path'
import { run } from '../base/exec.js'
import { NixImageError } from '../base/errors.js'
import { stderrFailure } from './log.js'

// Questions to the Nix store about paths, with the commands that answer them alike on Nix 2.8
// and 2.26: the classic `nix-store --query`/`--check-validity` (unchanged for years, local only,
// never asking a substituter), `nix path-info --json` (an array of objects on 2.8, an object
// keyed by path from 2.19: both are read) and `nix show-derivation --json` (`nix derivation show`
// since 2.15, which keeps the old name as an alias).

const FEATURES = ['--extra-experimental-features', 'nix-command']
// Thousands of paths in a nixpkgs build closure: stay far below the kernel's argv limit.
const CHUNK = 500

export interface PathInfo {
  path: string
  /** `sha256-…` (SRI) on 2.8 and 2.26 alike; narinfo files accept it. */
  narHash: string
  narSize: number
  /** Built on this machine (Nix's `ultimate`), not substituted or copied from elsewhere. */
  ultimate: boolean
  signatures: string[]
  references: string[]
  /** The derivation that built it, as the store records it (absent for sources and some copies). */
  deriver?: string
}

/** What a derivation (`.drv`) says of the package it builds. */
export interface DerivationFacts {
  /** `pname` and `version`, as mkDerivation passes them to the builder; absent when it sets none. */
  pname?: string
  version?: string
  /** Output name → store path. */
  outputs: Record<string, string>
}

/**
 * The output paths of every derivation in `drvPath`'s build closure: what building the image may
 * build or substitute, known from the `.drv` files alone before anything is built.
 */
export async function buildClosureOutputs(drvPath: string, env?: NodeJS.ProcessEnv): Promise<string[]> {
  const requisites = await nixStore(['--query', '--requisites', drvPath], env)
  const drvs = requisites.filter((path) => path.endsWith('.drv'))
  const outputs = new Set<string>()
  for (const chunk of chunks(drvs))
    for (const path of await nixStore(['--query', '--outputs', ...chunk], env)) outputs.add(path)
  return [...outputs]
}

/** Those of `paths` that are not valid in the local store. */
export async function invalidPaths(paths: string[], env?: NodeJS.ProcessEnv): Promise<string[]> {
  const invalid: string[] = []
  for (const chunk of chunks(paths))
    invalid.push(...(await nixStore(['--check-validity', '--print-invalid', ...chunk], env)))
  return invalid
}

/**
 * What a store knows of `paths` (the local store, or `store` such as a binary cache's URL);
 * paths it does not have are left out.
 */
export async function pathInfos(paths: string[], env?: NodeJS.ProcessEnv, store?: string): Promise<PathInfo[]> {
  const infos: PathInfo[] = []
  for (const chunk of chunks(paths)) {
    const args = [...FEATURES, 'path-info', '--json', ...(store ? ['--store', store] : []), ...chunk]
    const result = await run('nix', args, { env })
    if (result.exitCode !== 0) throw new NixImageError(`nix path-info failed: ${stderrFailure(result.stderr)}`)
    infos.push(...parsePathInfoJson(result.stdout))
  }
  return infos
}

/** `nix path-info --json` of Nix 2.8 (array with `path`, `valid: false` for missing) and 2.19+ (object, `null` for missing). */
export function parsePathInfoJson(text: string): PathInfo[] {
  const parsed = JSON.parse(text) as unknown
  const entries: [string, Record<string, unknown> | null][] = Array.isArray(parsed)
    ? (parsed as Record<string, unknown>[]).map((entry) => [String(entry.path), entry.valid === false ? null : entry])
    : Object.entries(parsed as Record<string, Record<string, unknown> | null>)
  return entries
    .filter((entry): entry is [string, Record<string, unknown>] => entry[1] !== null)
    .map(([path, info]) => ({
      path,
      narHash: String(info.narHash ?? ''),
      narSize: Number(info.narSize ?? 0),
      ultimate: info.ultimate === true,
      signatures: Array.isArray(info.signatures) ? info.signatures.map(String) : [],
      references: Array.isArray(info.references) ? info.references.map(String) : [],
      ...(typeof info.deriver === 'string' && info.deriver.endsWith('.drv') ? { deriver: info.deriver } : {}),
    }))
}

/**
 * What the local store's derivations say of their packages, in one `nix show-derivation` per 500
 * (the command refuses them all when one is missing: callers pass derivations that exist). The
 * environment holds `pname` and `version` where mkDerivation set them, or, with structured
 * attributes, the JSON in `__json` does.
 */
export async function derivationFacts(
  drvPaths: string[],
  env?: NodeJS.ProcessEnv,
): Promise<Map<string, DerivationFacts>> {
  const facts = new Map<string, DerivationFacts>()
  for (const chunk of chunks(drvPaths)) {
    const result = await run('nix', [...FEATURES, 'show-derivation', ...chunk], { env })
    if (result.exitCode !== 0) throw new NixImageError(`nix show-derivation failed: ${stderrFailure(result.stderr)}`)
    const asked = new Map(chunk.map((path) => [basename(path), path]))
    for (const [key, derivation] of parseDerivationsJson(result.stdout)) {
      const path = asked.get(basename(key))
      if (path) facts.set(path, derivation)
    }
  }
  return facts
}

/**
 * `nix show-derivation`'s JSON: an object keyed by derivation path (with the store directory on
 * Nix 2.8 through 2.26; newer JSON formats write the name only, so callers match by name).
 */
export function parseDerivationsJson(text: string): Map<string, DerivationFacts> {
  const parsed = JSON.parse(text) as Record<
    string,
    { env?: Record<string, unknown>; outputs?: Record<string, { path?: unknown }> } | null
  >
  const facts = new Map<string, DerivationFacts>()
  for (const [path, derivation] of Object.entries(parsed ?? {})) {
    if (!derivation || typeof derivation !== 'object') continue
    const env = derivation.env ?? {}
    const attrs = typeof env.__json === 'string' ? structuredAttrs(env.__json) : env
    const outputs: Record<string, string> = {}
    for (const [name, output] of Object.entries(derivation.outputs ?? {}))
      if (typeof output?.path === 'string') outputs[name] = output.path
    facts.set(path, { ...nameText('pname', attrs.pname), ...nameText('version', attrs.version), outputs })
  }
  return facts
}

function structuredAttrs(json: string): Record<string, unknown> {
  try {
    const attrs = JSON.parse(json) as unknown
    return attrs && typeof attrs === 'object' ? (attrs as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

// What a store path's name may hold, and no more than 200 of it: the expression writes `pname`
// and `version` as it likes, and they reach logs, job summaries and terminals.
const NAME_TEXT = /^[A-Za-z0-9+._?=-]{1,200}$/

/** `{ [key]: value }` for a value a store path's name could hold, else nothing (`version = ""` is none). */
const nameText = <K extends string>(key: K, value: unknown): Partial<Record<K, string>> =>
  typeof value === 'string' && NAME_TEXT.test(value) ? ({ [key]: value } as Record<K, string>) : {}

async function nixStore(args: string[], env?: NodeJS.ProcessEnv): Promise<string[]> {
  const result = await run('nix-store', args, { env })
  if (result.exitCode !== 0) throw new NixImageError(`nix-store ${args[0]} failed: ${stderrFailure(result.stderr)}`)
  return result.stdout.split('\n').filter(Boolean)
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}
