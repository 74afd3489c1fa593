import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
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

/** A program to run: argv (no shell) and its environment. */
export interface FreshRunnerCommand {
  argv: string[]
  env: NodeJS.ProcessEnv
}

/**
 * The same command as it runs on a fresh CI runner: an empty containers blob-info cache, so
 * skopeo knows nothing of earlier pushes. Root's cache is /var/lib/containers/cache, so the
 * command gets a private tmpfs there (a mount namespace: the machine's own cache is left alone);
 * other users' cache lives under XDG_DATA_HOME.
 */
export function onFreshRunner<T extends FreshRunnerCommand>(command: T): T {
  if (process.getuid?.() === 0) {
    const script = 'mkdir -p /var/lib/containers && mount -t tmpfs fresh-runner /var/lib/containers && exec "$@"'
    return { ...command, argv: ['unshare', '--mount', '--', 'sh', '-c', script, 'sh', ...command.argv] }
  }
  return { ...command, env: { ...command.env, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'nix-image-fresh-runner-')) } }
}

/**
 * The same command on a machine without /var/tmp (job images such as nixos/nix have none): a
 * private empty tmpfs over /var in a mount namespace, the machine's own /var left alone. Root only.
 */
export function withoutVarTmp<T extends FreshRunnerCommand>(command: T): T {
  if (process.getuid?.() !== 0) throw new Error('withoutVarTmp needs root (a mount namespace)')
  const script = 'mount -t tmpfs no-var-tmp /var && test ! -e /var/tmp && exec "$@"'
  return { ...command, argv: ['unshare', '--mount', '--', 'sh', '-c', script, 'sh', ...command.argv] }
}

/** Waits until `condition` holds, polling; fails the test after `ms`. */
export async function until(condition: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The pids of processes whose command line contains every one of `parts`. */
export function processesWith(...parts: string[]): number[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
        return parts.every((part) => cmdline.includes(part))
      } catch {
        return false
      }
    })
    .map(Number)
}

/** The same command as an unprivileged user (nobody): root ignores file modes, users do not. Root only. */
export function asNobody<T extends FreshRunnerCommand>(command: T): T {
  if (process.getuid?.() !== 0) throw new Error('asNobody needs root (setpriv)')
  return {
    ...command,
    argv: ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', ...command.argv],
  }
}

/**
 * A PATH of a runner without Nix (GitHub's): the tools a push needs besides it, each linked on
 * its own, so that nothing on it is `nix`.
 */
export function pathWithoutNix(): string {
  const bin = mkdtempSync(join(tmpdir(), 'nix-image-no-nix-'))
  for (const tool of ['skopeo', 'git', 'sh', 'zstd', 'gzip', 'tar']) {
    const path = [`/usr/bin/${tool}`, `/bin/${tool}`].find(existsSync)
    if (path) symlinkSync(path, join(bin, tool))
  }
  return bin
}
