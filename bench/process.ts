import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import type { FreshRunnerCommand } from '../test/helpers/processes.js'

/** One command; `stdoutFile` sends its output to a file instead of collecting it. */
export interface Command extends FreshRunnerCommand {
  stdoutFile?: string
}

export interface Timed {
  ms: number
  stdout: string
}

/** Runs the commands one after another and returns their total wall time; any failure stops the benchmark. */
export async function timed(...commands: Command[]): Promise<Timed> {
  const started = performance.now()
  let stdout = ''
  for (const command of commands) stdout += await runChecked(command)
  return { ms: performance.now() - started, stdout }
}

async function runChecked({ argv, env, stdoutFile }: Command): Promise<string> {
  const [command = '', ...args] = argv
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : undefined
  const child = spawn(command, args, { env, stdio: ['ignore', fd ?? 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (exitCode) => resolve(exitCode ?? 1))
  })
  if (fd !== undefined) closeSync(fd)
  if (code !== 0) throw new Error(`${argv.join(' ')} exited ${code}:\n${stderr.trim().split('\n').slice(-5).join('\n')}`)
  return stdout
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
