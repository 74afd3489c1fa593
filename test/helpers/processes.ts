import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Samples every process's argv from /proc while a test runs: the place a password on a
 * command line would be visible to any user of the machine.
 */
export function watchCommandLines(intervalMs = 5): { stop(): string[] } {
  const seen = new Set<string>()
  const sample = (): void => {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()
        if (cmdline) seen.add(cmdline)
      } catch {
        // the process ended between listing and reading
      }
    }
  }
  const timer = setInterval(sample, intervalMs)
  sample()
  return {
    stop() {
      clearInterval(timer)
      sample()
      return [...seen]
    },
  }
}

/** Writes an executable shell script (a stand-in tool, or a wrapper that logs its arguments). */
export function writeScript(dir: string, name: string, body: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}
