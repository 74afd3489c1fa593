import { mkdtempSync, rmSync } from 'node:fs'
import { constants } from 'node:os'
import { join, resolve } from 'node:path'
import { signalChildren } from './exec.js'
import { fileError } from './files.js'

/**
 * A folder for this run's auth file and unpacked archives, removed on every way out of the
 * process, a signal included (a cancelled CI job gets SIGTERM): the core cleans up after itself,
 * but a killed process runs no `finally`.
 */
export function privateTempDir(parent: string): string {
  let dir: string
  try {
    // Absolute (TMPDIR may be relative): its paths are handed to skopeo as option values.
    dir = mkdtempSync(join(resolve(parent), 'nix-image-run-'))
  } catch (error) {
    throw fileError('write', 'a temporary folder in', parent, error)
  }
  const remove = (): void => rmSync(dir, { recursive: true, force: true })
  process.once('exit', remove)
  // SIGINT: a runner's cancel (GitHub sends it first); SIGTERM: a job timeout or kill; SIGHUP: a
  // closed terminal or session; SIGQUIT: Ctrl-\. Each would otherwise end Node without cleanup.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) {
    process.once(signal, () => {
      signalChildren(signal)
      remove()
      process.exit(128 + constants.signals[signal])
    })
  }
  return dir
}
