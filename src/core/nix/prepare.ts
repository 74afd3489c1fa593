import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describeSource, nixpkgsSource, writePackageExpression, type NixpkgsSource } from './packages.js'
import { describeInstallable, nixVersion, validateNixPath, type NixContext } from './nix.js'
import type { Installable, Logger, PackageList, PushOptions } from '../types.js'
import { nixEnvOf } from '../base/children.js'

// What every run does before it evaluates: the Nix version probed, the `-I` pins checked, and a
// package list written out as the Nix file it stands for.

export type EvaluateOptions = Pick<PushOptions, 'installable' | 'nixPath' | 'tag' | 'env' | 'nixEnv' | 'tempDir'>

/** What a run evaluates, settled: a package list has become its generated Nix file. */
export interface PreparedNix {
  /** With the `nix --version` probe, run beside the evaluation (see nix.ts's evaluatePrepared). */
  context: NixContext & { version: Promise<string> }
  installable: Exclude<Installable, { type: 'packages' }>
}

/**
 * Starts the Nix version probe and settles the `-I` pins. A package list is written out as a
 * Nix file in the run's temp dir, after its nixpkgs pin has been checked.
 */
export async function prepareNix(options: EvaluateOptions, logger: Logger): Promise<PreparedNix> {
  const nixPath = nixPathFor(options.installable, options.nixPath, logger)
  const { installable: given } = options
  // A package list's pin is checked before anything runs.
  const source = given.type === 'packages' ? nixpkgsSource(given.list, nixPath) : undefined
  const env = nixEnvOf(options)
  const version = nixVersion(env)
  version.catch(() => undefined)
  const context = { env, logger, nixPath, version }
  if (given.type !== 'packages') return { context, installable: given }
  return {
    context,
    installable: await writePackageFile(
      given.list,
      source ?? nixpkgsSource(given.list, nixPath),
      options.tempDir ?? tmpdir(),
      logger,
    ),
  }
}

async function writePackageFile(
  list: PackageList,
  source: NixpkgsSource,
  dir: string,
  logger: Logger,
): Promise<PreparedNix['installable']> {
  if (source.type === 'unpinned') {
    logger.warn(
      'nixpkgs is not pinned (allow-unpinned): the image, and its tag, change whenever NIX_PATH or the channel does',
    )
  }
  const installable = await writePackageExpression(list, source, dir)
  logger.info(`${describeInstallable(installable)} (nixpkgs: ${describeSource(source)}) as ${installable.file}`)
  logger.debug(readFileSync(installable.file, 'utf8'))
  return installable
}

/** Flakes pin nixpkgs in flake.lock and ignore `-I`; say so instead of silently dropping it. */
function nixPathFor(installable: Installable, nixPath: string[], logger: Logger): string[] {
  if (nixPath.length === 0) return []
  if (installable.type === 'flake') {
    logger.warn(`nix-path ${nixPath.join(' ')} is ignored for the flake ${installable.ref}: its flake.lock is the pin`)
    return []
  }
  const checked = validateNixPath(nixPath)
  logger.info(`Nix path: ${checked.join(' ')}`)
  return checked
}
