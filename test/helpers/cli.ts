import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { asNobody, onFreshRunner, withoutVarTmp } from './processes.js'

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
