import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Called with each line the child writes to stderr, as it arrives (build logs, progress). */
  onStderrLine?: (line: string) => void
  /** The child writes stdout straight into this file (large binary output: no copy through Node). */
  stdoutFile?: string
  /** The child's stdout is piped into this stream (large output read as it comes, with backpressure). */
  stdoutStream?: Writable
  /** Aborting stops the child (SIGTERM); its exit is then returned as a signal's, not thrown. */
  signal?: AbortSignal
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** The child could not be started at all (not installed, not executable). */
export class CommandNotFoundError extends Error {
  constructor(
    readonly command: string,
    cause: Error,
  ) {
    super(`${command}: ${cause.message}`)
  }
}

// Children still running, so a cancelled run can stop them instead of leaving a push behind.
const running = new Set<ChildProcess>()

/** Sends `signal` to every child still running (a cancelled CI job must not keep pushing). */
export function signalChildren(signal: NodeJS.Signals): void {
  for (const child of running) child.kill(signal)
}

/**
 * Runs a program with an argv array (never a shell string) and collects its output.
 * A non-zero exit is returned, not thrown: each tool wrapper knows what its failures mean.
 */
export async function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const stdoutFd = options.stdoutFile ? openSync(options.stdoutFile, 'w', 0o600) : undefined
  let child: ChildProcess
  try {
    child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
      signal: options.signal,
    })
  } finally {
    // The child has its own copy of the descriptor.
    if (stdoutFd !== undefined) closeSync(stdoutFd)
  }
  running.add(child)
  for (const end of ['close', 'error'] as const) child.once(end, () => running.delete(child))
  const stdoutChunks: Buffer[] = []
  const stdoutDone = !child.stdout
    ? Promise.resolve()
    : options.stdoutStream
      ? finished(child.stdout.pipe(options.stdoutStream))
      : finished(child.stdout.on('data', (chunk: Buffer) => stdoutChunks.push(chunk)))
  // Awaited after the exit: a reader that stops or fails first (ERR_STREAM_PREMATURE_CLOSE) must
  // not be an unhandled rejection meanwhile, which ends the whole process.
  stdoutDone.catch(() => undefined)
  let stderr = ''
  let partial = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    if (!options.onStderrLine) return
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) options.onStderrLine(line)
  })
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', (error) => {
      if (error.name !== 'AbortError') reject(new CommandNotFoundError(command, error))
    })
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
  await stdoutDone
  if (partial && options.onStderrLine) options.onStderrLine(partial)
  return { exitCode, stdout: Buffer.concat(stdoutChunks).toString('utf8'), stderr }
}
