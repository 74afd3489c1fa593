import { run } from '../base/exec.js'
import { NixImageError } from '../base/errors.js'
import { stderrFailure } from './log.js'

// Questions to the Nix store about paths, with the commands that answer them alike on Nix 2.8
// and 2.26: the classic `nix-store --query`/`--check-validity` (unchanged for years, local only,
// never asking a substituter) and `nix path-info --json` (an array of objects on 2.8, an object
// keyed by path from 2.19: both are read).

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
    }))
}

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
