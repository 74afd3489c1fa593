import { existsSync } from 'node:fs'
import { run } from '../base/exec.js'
import { NixImageError, firstLines } from '../base/errors.js'
import { NixLog, STRUCTURED_LOG, failureText } from './log.js'
import { FEATURES, describeInstallable, installableArgs, nixJson, type NixContext } from './nix.js'
import type { Installable } from '../types.js'

// Building with Nix, and asking what the store holds: the image and its copyTo, a set's images in
// one call, skopeo where the machine lacks a recent one.

/**
 * Builds the installable and, in the same Nix call (one evaluation), attributes of it such as
 * nix2container's `copyTo`; returns their out paths, in no particular order (Nix reports them
 * in its own).
 */
export async function build(
  installable: Installable,
  context: NixContext,
  subAttrs: string[] = [],
  options: string[] = [],
): Promise<string[]> {
  const [first = [], ...others] = [undefined, ...subAttrs].map((subAttr) =>
    installableArgs(installable, context.nixPath, subAttr),
  )
  // For a file, every argument but the last (-I pins, --file) is shared; the attributes follow.
  const args = [...options, ...first, ...others.map((args) => args[args.length - 1] ?? '')]
  return runBuilds(args, describeInstallable(installable), context)
}

/**
 * Whether the store holds every path, valid: a query (`nix path-info`), which builds and fetches
 * nothing. A path on disk may still be a build's leftover, so existing is not enough.
 */
export async function storeHolds(paths: string[], context: NixContext): Promise<boolean> {
  if (!paths.every((path) => existsSync(path))) return false
  const result = await run('nix', [...FEATURES, 'path-info', ...paths], { env: context.env }).catch(() => undefined)
  return result?.exitCode === 0
}

/** An attribute path for Nix's command line; names that are not plain identifiers are quoted. */
export function attrPathText(names: string[]): string {
  return names
    .map((name) => {
      if (/^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name)) return name
      // Nix's attribute path syntax quotes with '"' and has no escapes.
      if (/["\\\u0000-\u001f]/.test(name))
        throw new NixImageError(
          `attribute name ${JSON.stringify(name)} cannot be named on Nix's command line: rename it`,
        )
      return `"${name}"`
    })
    .join('.')
}

/**
 * Builds several attributes of the installable (each an attribute path below it) in ONE Nix call,
 * so Nix evaluates once and builds them in parallel (up to its max-jobs, or on remote builders);
 * `--keep-going` lets the others finish when one fails. Which were built is for the caller to
 * check (their out paths are known from evaluation); the failure says why the rest were not.
 */
export async function buildAttributes(
  installable: Installable,
  context: NixContext,
  attrPaths: string[][],
): Promise<{ failure?: string; errors: string[] }> {
  const [first = [], ...others] = attrPaths.map((path) =>
    installableArgs(installable, context.nixPath, attrPathText(path)),
  )
  const args = [...first, ...others.map((args) => args[args.length - 1] ?? '')]
  const log = new NixLog(context.logger)
  const result = await run('nix', [...FEATURES, ...STRUCTURED_LOG, 'build', '--no-link', '--keep-going', ...args], {
    env: context.env,
    onStderrLine: log.line,
  })
  if (result.exitCode === 0) return { errors: [] }
  return { failure: failureText(log), errors: log.errorMessages() }
}

/**
 * The systems this Nix builds for itself: its `system` and `extra-platforms`. A platform set's
 * member for another system is left to the job that runs there (or has a builder for it).
 */
export async function buildableSystems(context: NixContext): Promise<string[]> {
  // `show-config` is `config show` since Nix 2.20, which still accepts the old name.
  const result = await run('nix', [...FEATURES, 'show-config', '--json'], { env: context.env })
  if (result.exitCode !== 0) throw new NixImageError(`nix show-config failed: ${firstLines(result.stderr)}`)
  const config = JSON.parse(result.stdout) as Record<string, { value?: unknown } | undefined>
  const system = config.system?.value
  const extra = config['extra-platforms']?.value
  return [
    ...(typeof system === 'string' ? [system] : []),
    ...(Array.isArray(extra) ? extra.filter((item): item is string => typeof item === 'string') : []),
  ]
}

/**
 * Builds nixpkgs' skopeo from the run's own pin: the flake's `nixpkgs` input for flakes,
 * `<nixpkgs>` from `-I`/`NIX_PATH` for files.
 */
export async function buildSkopeo(installable: Installable, context: NixContext): Promise<string> {
  if (installable.type === 'flake') {
    const flake = installable.ref.slice(0, installable.ref.indexOf('#')) || '.'
    return runBuild(['--inputs-from', flake, 'nixpkgs#skopeo'], "skopeo from the flake's nixpkgs input", context)
  }
  if (installable.type === 'file' && installable.generated) {
    // The generated file's own nixpkgs: `--file FILE pkgs.skopeo` with the same -I pins.
    const fileArgs = installableArgs(installable, context.nixPath).slice(0, -1)
    return runBuild(
      [...fileArgs, `${installable.generated.nixpkgsAttr}.skopeo`],
      `skopeo from ${installable.generated.source}`,
      context,
    )
  }
  const args = [
    '--impure',
    ...context.nixPath.flatMap((entry) => ['-I', entry]),
    '--expr',
    '(import <nixpkgs> {}).skopeo',
  ]
  return runBuild(args, 'skopeo from <nixpkgs>', context)
}

async function runBuild(args: string[], what: string, context: NixContext): Promise<string> {
  const [outPath = ''] = await runBuilds(args, what, context)
  return outPath
}

/** `nix build` of one or more installables: the `out` path of each, in order. */
async function runBuilds(args: string[], what: string, context: NixContext): Promise<string[]> {
  const log = new NixLog(context.logger)
  const result = await run('nix', [...FEATURES, ...STRUCTURED_LOG, 'build', '--no-link', '--json', ...args], {
    env: context.env,
    onStderrLine: log.line,
  })
  if (result.exitCode !== 0) throw new NixImageError(`nix build of ${what} failed: ${failureText(log)}`)
  const built = nixJson<Array<{ outputs?: Record<string, string> }>>(result.stdout, `nix build of ${what}`)
  const outPaths = Array.isArray(built) ? built.map((entry) => entry?.outputs?.out ?? '') : []
  if (outPaths.length === 0 || outPaths.includes(''))
    throw new NixImageError(`nix build of ${what} reported no 'out' output`)
  return outPaths
}
