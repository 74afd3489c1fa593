import { existsSync } from 'node:fs'
import { run, type RunResult } from '../base/exec.js'
import { NixImageError, firstLines } from '../base/errors.js'
import { compareVersions } from '../base/versions.js'
import { NixLog, STRUCTURED_LOG, failureText } from './log.js'
import { FEATURES, installableArgs, nixJson, nixVersion, storeDerivation, type NixContext } from './nix.js'
import type { Installable } from '../types.js'

// Building with Nix, and asking what the store holds: the derivations the evaluation named (an
// image and its copyTo, a set's images in one call), skopeo where the machine lacks a recent one.

// Nix 2.13 names a store derivation's outputs `<drv>^*` (rl-2.13.md); from 2.15 a bare `.drv`
// names the file itself, which `nix build` then "builds" by doing nothing (rl-2.15.md). Before
// 2.13 `^` is "not a valid URL", and the bare path builds the outputs.
const DRV_OUTPUTS_SYNTAX = '2.13'

/** A store derivation's outputs, as this Nix's command line names them. */
export function derivationOutputs(drvPath: string, nixVersion: string): string {
  if (!storeDerivation(drvPath)) throw new Error(`not a store derivation: ${drvPath}`)
  return compareVersions(nixVersion, DRV_OUTPUTS_SYNTAX) >= 0 ? `${drvPath}^*` : drvPath
}

/**
 * Builds store derivations that evaluation wrote (EvalInfo's drvPath, copyToDrvPath): nothing is
 * evaluated again, however much the installable cost to evaluate. Returns each one's `out` path
 * by derivation; `options` are further `nix build` options (a binary cache's substituters).
 */
export async function buildDerivations(
  drvPaths: string[],
  what: string,
  context: NixContext,
  options: string[] = [],
): Promise<Map<string, string>> {
  const { result, log } = await nixBuild([...options, '--json', ...(await derivationArgs(drvPaths, context))], context)
  if (result.exitCode !== 0) throw new NixImageError(`nix build of ${what} failed: ${failureText(log)}`)
  const built = nixJson<Array<{ drvPath?: string; outputs?: Record<string, string> }>>(
    result.stdout,
    `nix build of ${what}`,
  )
  const outPaths = new Map(
    (Array.isArray(built) ? built : []).map((entry) => [entry?.drvPath ?? '', entry?.outputs?.out ?? '']),
  )
  if (drvPaths.some((drvPath) => !outPaths.get(drvPath)))
    throw new NixImageError(`nix build of ${what} reported no 'out' output`)
  return outPaths
}

/**
 * Builds store derivations in ONE Nix call, so Nix builds them in parallel (up to its max-jobs,
 * or on remote builders); `--keep-going` lets the others finish when one fails. Which were built
 * is for the caller to check (their out paths are known from evaluation); the failure says why
 * the rest were not.
 */
export async function buildDerivationsKeepGoing(
  drvPaths: string[],
  context: NixContext,
): Promise<{ failure?: string; errors: string[] }> {
  const { result, log } = await nixBuild(['--keep-going', ...(await derivationArgs(drvPaths, context))], context)
  if (result.exitCode === 0) return { errors: [] }
  return { failure: failureText(log), errors: log.errorMessages() }
}

async function derivationArgs(drvPaths: string[], context: NixContext): Promise<string[]> {
  const version = await (context.version ?? nixVersion(context.env))
  return drvPaths.map((drvPath) => derivationOutputs(drvPath, version))
}

/** `nix build --no-link` with the structured log, followed line by line. */
async function nixBuild(args: string[], context: NixContext): Promise<{ result: RunResult; log: NixLog }> {
  const log = new NixLog(context.logger)
  const result = await run('nix', [...FEATURES, ...STRUCTURED_LOG, 'build', '--no-link', ...args], {
    env: context.env,
    onStderrLine: log.line,
  })
  return { result, log }
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
  const { result, log } = await nixBuild(['--json', ...args], context)
  if (result.exitCode !== 0) throw new NixImageError(`nix build of ${what} failed: ${failureText(log)}`)
  const built = nixJson<Array<{ outputs?: Record<string, string> }>>(result.stdout, `nix build of ${what}`)
  const outPaths = Array.isArray(built) ? built.map((entry) => entry?.outputs?.out ?? '') : []
  if (outPaths.length === 0 || outPaths.includes(''))
    throw new NixImageError(`nix build of ${what} reported no 'out' output`)
  return outPaths
}
