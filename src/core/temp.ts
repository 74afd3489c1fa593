import { mkdtempSync, rmSync } from 'node:fs'
import { constants } from 'node:os'
import { join } from 'node:path'
import { signalChildren } from './exec.js'

/**
 * A folder for this run's auth file and unpacked archives, removed on every way out of the
 * process, a signal included (a cancelled CI job gets SIGTERM): the core cleans up after itself,
 * but a killed process runs no `finally`.
 */
export function privateTempDir(parent: string): string {
  const dir = mkdtempSync(join(parent, 'nix-image-run-'))
  const remove = (): void => rmSync(dir, { recursive: true, force: true })
  process.once('exit', remove)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      signalChildren(signal)
      remove()
      process.exit(128 + constants.signals[signal])
    })
  }
  return dir
}
