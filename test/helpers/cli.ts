import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { testEnv } from './nix.js'
import { asNobody, onFreshRunner, withoutVarTmp } from './processes.js'
import type { TestRegistry } from './registry.js'

export const cliPath = resolve(import.meta.dirname, '../../dist/cli.js')

/**
 * The Node that starts the bundles users run outside GitHub (dist/cli.js, dist/gitlab.js):
 * CLI_NODE when CI sets it (its second leg runs them on Node 24), else the Node running the tests.
 */
export const cliNode = process.env.CLI_NODE || process.execPath

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the bundled CLI, as users run it, and collects what it printed; `freshRunner` runs it
 * with an empty skopeo blob-info cache, as on a new CI machine, `noVarTmp` without /var/tmp,
 * `asNobody` as an unprivileged user;
 * `wrap` runs it under another command (`unshare …`).
 */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
  options: { freshRunner?: boolean; noVarTmp?: boolean; asNobody?: boolean; wrap?: string[] } = {},
): Promise<CliRun> {
  let command = { argv: [...(options.wrap ?? []), cliNode, cliPath, ...args], env }
  if (options.freshRunner) command = onFreshRunner(command)
  if (options.noVarTmp) command = withoutVarTmp(command)
  if (options.asNobody) command = asNobody(command)
  const {
    argv: [program = '', ...rest],
    env: childEnv,
  } = command
  return new Promise((done) => {
    execFile(program, rest, { env: childEnv, cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      done({ code, stdout, stderr })
    })
  })
}

/** The single line a failed run ends with, the one users read. */
export function errorLine(run: CliRun): string {
  return (
    run.stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('nix-image:'))[0] ?? ''
  )
}

/** What `push --json` reports of an image (a set's: of each, under `images`). */
export interface PushedImage {
  name?: string
  image: string
  ref: string
  tag: string
  digest: string
  digestRef: string
  kind: string
  tagSource: string
  pushed: boolean
  skipped: boolean
  layers?: { uploaded: number; skipped: number }
  images?: PushedImage[]
}

/**
 * `nix-image push ARGS --insecure-registry --json` with the test registry's credentials (and
 * `nixConfig` for Nix, `freshRunner` as runCli's): what it reported, once it succeeded.
 */
export async function pushToRegistry(
  registry: TestRegistry,
  args: string[],
  options: { nixConfig?: string; freshRunner?: boolean } = {},
): Promise<PushedImage> {
  const credentials = { NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password }
  const env = testEnv({ ...credentials, ...(options.nixConfig ? { NIX_CONFIG: options.nixConfig } : {}) })
  const run = await runCli(['push', ...args, '--insecure-registry', '--json'], env, undefined, {
    freshRunner: options.freshRunner,
  })
  if (run.code !== 0) throw new Error(`nix-image push ${args.join(' ')} failed (${run.code}):\n${run.stderr}`)
  return JSON.parse(run.stdout) as PushedImage
}
