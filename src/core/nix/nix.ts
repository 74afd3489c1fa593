import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { CommandNotFoundError, run, type RunResult } from '../base/exec.js'
import { NixImageError, firstLines } from '../base/errors.js'
import { NixLog, STRUCTURED_LOG, describeFailure, type NixFailure } from './log.js'
import { PACKAGE_META, packageMetas } from './package-meta.js'
import { problemsMessage, type PackageProblem } from './packages.js'
import { isStorePath } from './store-path.js'
import type { GeneratedFile, Installable, Logger, PackageMeta } from '../types.js'

type FileInstallable = Extract<Installable, { type: 'file' }>

// Both work on Nix 2.8 (Debian bookworm) through current Nix without touching the user's nix.conf.
export const FEATURES = ['--extra-experimental-features', 'nix-command flakes']

/** What evaluation tells about an installable, read in one `nix eval` without building. */
export interface EvalInfo {
  isDerivation: boolean
  outPath: string | null
  /** The store derivation (`/nix/store/…drv`) that builds `outPath`, written by the evaluation. */
  drvPath: string | null
  drvName: string | null
  imageName: string | null
  imageTag: string | null
  isExe: boolean | null
  hasCopyTo: boolean
  /** The derivation's `system`: which machines can build it. */
  system: string | null
  /** nix2container's copyTo out path, known before it is built. */
  copyToPath: string | null
  /** The store derivation of copyTo, built beside the image's. */
  copyToDrvPath: string | null
  /** An image's packages, as far as its value names them (package-meta.ts). */
  packages?: PackageMeta[]
  /**
   * For an attribute set that is not a derivation: its attributes that are attribute sets, each
   * described the same way (two levels: a set of images, or of platform sets).
   */
  members?: Record<string, EvalInfo>
}

// Applied to the installable's value; `or null` keeps absent attributes from failing evaluation.
// The out path is returned as `storePath`: Nix prints any attrset with `outPath` as that string.
// An attribute set that is no derivation has its members described too, two levels deep, so
// one evaluation tells an image, a set of images and a platform set apart (plan/plan.ts).
// Members that are not attribute sets (callPackage's `override` functions) are left out.
// Reading `drvPath` writes the store derivations to the store, so the build that follows names
// them (buildDerivations) and Nix never evaluates the installable a second time.
// `nix build --file f ''` calls a file that is a function (`{ pkgs ? import <nixpkgs> { } }: …`)
// with its defaults, but `nix eval --apply` hands it over uncalled: it is called the same way here.
const DESCRIBE = `value: let
  describe = value: if !(builtins.isAttrs value) then { isDerivation = false; } else {
    isDerivation = (value.type or null) == "derivation";
    storePath = value.outPath or null;
    drvPath = value.drvPath or null;
    drvName = value.name or null;
    imageName = let n = value.imageName or null; in if builtins.isString n then n else null;
    imageTag = let t = value.imageTag or null; in if builtins.isString t then t else null;
    isExe = value.isExe or null;
    hasCopyTo = value ? copyTo;
    system = let s = value.system or null; in if builtins.isString s then s else null;
    copyToPath = if value ? copyTo then value.copyTo.outPath or null else null;
    copyToDrvPath = if value ? copyTo then value.copyTo.drvPath or null else null;
    packages = if (value.type or null) == "derivation" then packagesOf value else [ ];
  };
${PACKAGE_META}
  walk = depth: value: let info = describe value; in
    if builtins.isAttrs value && !info.isDerivation && depth < 2
    then info // { members = builtins.mapAttrs (name: walk (depth + 1))
      (builtins.removeAttrs value (builtins.filter (name: !(builtins.isAttrs value.\${name})) (builtins.attrNames value))); }
    else info;
in walk 0 (if builtins.isFunction value then value { } else value)`

export interface NixContext {
  env?: NodeJS.ProcessEnv
  logger: Logger
  /** `-I` entries, already validated. */
  nixPath: string[]
  /** `nix --version`, probed once per run (prepare.ts); probed when it is missing. */
  version?: Promise<string>
}

/** Parses the positional installable: a flake reference has a `#`; anything else is a Nix file. */
export function parseInstallable(positional: string | undefined, attr: string | undefined): Installable {
  const value = positional?.trim() || ''
  // Nix reads any argument starting with '-' as an option (--impure, --option …), wherever it stands.
  if (value.startsWith('-')) {
    throw new NixImageError(
      `installable '${value}' starts with '-', which Nix would read as an option: write a file as ./${value}, a flake as .#attr`,
    )
  }
  if (value.includes('#')) {
    if (attr) {
      throw new NixImageError(
        `attr '${attr}' cannot be combined with the flake installable '${value}': put the attribute after '#'`,
      )
    }
    return { type: 'flake', ref: value }
  }
  const attrPath = attr?.trim() ?? ''
  // Nix would accept any quoted name, but a control character in an attribute path is a mistake
  // (or an attack) and its error would spread over several lines.
  if (/[\u0000-\u001f]/.test(attrPath)) {
    throw new NixImageError(
      `attr '${attrPath}' contains a newline or control character: give an attribute path such as image or images.web`,
    )
  }
  if (attrPath.startsWith('-')) {
    throw new NixImageError(
      `attr '${attrPath}' starts with '-', which Nix would read as an option: give an attribute path such as image or images.web`,
    )
  }
  return { type: 'file', file: value || './default.nix', attr: attrPath }
}

export function describeInstallable(installable: Installable): string {
  if (installable.type === 'flake') return installable.ref
  if (installable.type === 'packages') return `packages ${installable.list.packages.join(' ')}`
  if (installable.generated) return installable.generated.label
  return installable.attr ? `${installable.file} (attribute ${installable.attr})` : installable.file
}

/**
 * Checks `--nix-path` entries (`name=path-or-url` or a bare path) before Nix sees them, because
 * Nix only warns about a missing path and then fails later with a less helpful message.
 */
export function validateNixPath(entries: string[]): string[] {
  return entries.map((entry) => {
    const value = entry.trim()
    const target = value.includes('=') ? value.slice(value.indexOf('=') + 1) : value
    const name = value.includes('=') ? value.slice(0, value.indexOf('=')) : 'x'
    const fix = 'give name=PATH-or-URL, e.g. nixpkgs=https://github.com/NixOS/nixpkgs/archive/<rev>.tar.gz'
    if (!target || !/^[A-Za-z0-9_.+-]+$/.test(name) || value.startsWith('-') || /[\u0000-\u001f]/.test(value)) {
      throw new NixImageError(`nix-path entry '${value}' is malformed: ${fix}`)
    }
    const isRemote = /^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/')
    if (!isRemote && !existsSync(target)) {
      throw new NixImageError(`nix-path entry '${value}': ${target} does not exist; ${fix}`)
    }
    return value
  })
}

/** The argv that names an installable (optionally one of its attributes) for `nix eval`/`nix build`. */
export function installableArgs(installable: Installable, nixPath: string[], subAttr?: string): string[] {
  if (installable.type === 'flake') {
    const ref = installable.ref.endsWith('#') ? `${installable.ref}default` : installable.ref
    return [subAttr ? `${ref}.${subAttr}` : ref]
  }
  if (installable.type === 'packages')
    throw new Error('a package list is evaluated through its generated file (writePackageExpression)')
  const attr = [installable.attr, subAttr].filter(Boolean).join('.')
  return [...nixPath.flatMap((entry) => ['-I', entry]), '--file', installable.file, attr]
}

/** `nix --version` → `2.8.0`; a clear error when Nix is not installed. */
export async function nixVersion(env?: NodeJS.ProcessEnv): Promise<string> {
  let result: RunResult
  try {
    result = await run('nix', ['--version'], { env })
  } catch (error) {
    if (error instanceof CommandNotFoundError) {
      throw new NixImageError(
        'nix is not installed or not on PATH: install Nix (https://nixos.org/download), or let the GitHub Action install it (install-nix: true)',
      )
    }
    throw error
  }
  const match = /(\d+\.\d+(?:\.\d+)?)/.exec(result.stdout)
  if (result.exitCode !== 0 || !match?.[1]) {
    throw new NixImageError(`nix --version failed: ${firstLines(result.stderr || result.stdout)}`)
  }
  return match[1]
}

/**
 * Evaluates beside the version probe started with the run (prepare.ts's prepareNix), which then
 * costs it nothing: a missing Nix is still the error reported, and the version is logged first.
 */
export async function evaluatePrepared(prepared: {
  installable: Installable
  context: NixContext & { version: Promise<string> }
}): Promise<EvalInfo> {
  const [version, info] = await Promise.allSettled([
    prepared.context.version,
    evaluate(prepared.installable, prepared.context),
  ])
  if (version.status === 'rejected') throw version.reason
  prepared.context.logger.info(`Nix ${version.value}`)
  if (info.status === 'rejected') throw info.reason
  return info.value
}

export async function evaluate(installable: Installable, context: NixContext): Promise<EvalInfo> {
  const args = [
    ...FEATURES,
    ...STRUCTURED_LOG,
    'eval',
    '--json',
    ...installableArgs(installable, context.nixPath),
    '--apply',
    DESCRIBE,
  ]
  const log = new NixLog(context.logger)
  const result = await run('nix', args, { env: context.env, onStderrLine: log.line })
  if (result.exitCode !== 0) {
    if (installable.type === 'file' && installable.generated)
      await explainPackages(installable, installable.generated, context)
    throw evaluationError(installable, log)
  }
  return evalInfo(nixJson<RawEvalInfo>(result.stdout, `nix eval of ${describeInstallable(installable)}`))
}

type RawEvalInfo = Partial<Omit<EvalInfo, 'members' | 'packages'>> & {
  storePath?: string | null
  packages?: unknown
  members?: Record<string, RawEvalInfo>
}

// An expression may claim any string as its drvPath: only a store derivation's path reaches Nix's
// command line (where `--…` would be an option).
export const storeDerivation = (path: string | null | undefined): string | null =>
  path && isStorePath(path) && path.endsWith('.drv') ? path : null

function evalInfo(info: RawEvalInfo): EvalInfo {
  return {
    isDerivation: info.isDerivation ?? false,
    outPath: info.storePath ?? null,
    drvPath: storeDerivation(info.drvPath),
    drvName: info.drvName ?? null,
    imageName: info.imageName ?? null,
    imageTag: info.imageTag ?? null,
    isExe: info.isExe ?? null,
    hasCopyTo: info.hasCopyTo ?? false,
    system: info.system ?? null,
    copyToPath: info.copyToPath ?? null,
    copyToDrvPath: storeDerivation(info.copyToDrvPath),
    packages: packageMetas(info.packages),
    ...(info.members
      ? { members: Object.fromEntries(Object.entries(info.members).map(([name, member]) => [name, evalInfo(member)])) }
      : {}),
  }
}

/**
 * After a package list's image failed to evaluate: names the packages that are not in nixpkgs
 * (with near matches) in one line, from the generated file's own listing. Returns when every
 * name exists, so Nix's error (a broken or removed package) is reported instead.
 */
async function explainPackages(
  installable: FileInstallable,
  generated: GeneratedFile,
  context: NixContext,
): Promise<void> {
  const args = [
    ...FEATURES,
    'eval',
    '--json',
    ...installableArgs({ ...installable, attr: generated.problemsAttr }, context.nixPath),
  ]
  const result = await run('nix', args, { env: context.env })
  if (result.exitCode !== 0) return
  const problems = JSON.parse(result.stdout) as PackageProblem[]
  if (problems.length > 0) throw new NixImageError(problemsMessage(problems, generated.source))
}

// Nix 2.8 says `getting status of '/x.nix': No such file or directory`, Nix 2.26 `path '/x.nix' does not exist`.
const MISSING_FILE = /^getting status of .*No such file or directory|^path '.*' does not exist$/

function evaluationError(installable: Installable, log: NixLog): NixImageError {
  const failure: NixFailure | undefined = log.failure()
  const message = failure ? describeFailure(failure) : log.plainText() || 'no error message'
  const target = describeInstallable(installable)
  if (
    installable.type === 'file' &&
    failure &&
    MISSING_FILE.test(failure.message) &&
    failure.message.includes(`'${resolve(installable.file)}'`)
  ) {
    return new NixImageError(
      `Nix file ${installable.file} does not exist: pass the path of your image expression (e.g. ./image.nix)`,
    )
  }
  if (
    failure &&
    /attribute '.*' (in selection path '.*' )?(not found|missing)|does not provide attribute/.test(failure.message)
  ) {
    const fix = installable.type === 'flake' ? 'check the attribute after # (nix flake show lists them)' : 'check attr'
    return new NixImageError(`${target}: ${message}; ${fix}`)
  }
  return new NixImageError(`evaluation of ${target} failed: ${message}`)
}

/** Nix's `--json` answer; anything else (a help text, a warning on stdout) is one clear line. */
export function nixJson<T>(stdout: string, what: string): T {
  try {
    return JSON.parse(stdout) as T
  } catch {
    throw new NixImageError(
      `${what} printed no JSON (${firstLines(stdout, 1).slice(0, 80) || 'nothing'}): check the installable and attr`,
    )
  }
}
