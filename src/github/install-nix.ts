import * as core from '@actions/core'
import { which } from '@actions/io'
import { existsSync } from 'node:fs'
import { appendFile, chmod, mkdir, writeFile } from 'node:fs/promises'
import { homedir, userInfo } from 'node:os'
import { join } from 'node:path'
import { childEnvironments } from '../adapter/child-env.js'
import { NixImageError, firstLines } from '../core/base/errors.js'
import { run } from '../core/base/exec.js'
import { formatBytes } from '../core/base/words.js'

/** `auto`: install only when `nix` is not on PATH; `true`: always; `false`: never. */
export type NixInstallMode = 'auto' | 'true' | 'false'

export interface NixInstallOptions {
  install: NixInstallMode
  /** The official installer of the chosen release, or the workflow's own. */
  installerUrl: string
  /** nix.conf lines from the workflow, added after the action's own. */
  extraConfig: string
  /** Where the installer and its nix.conf are written. */
  tempDir: string
  /**
   * Make the runner's user a trusted user of the daemon: a daemon takes substituters and their
   * keys from untrusted clients only when listed in trusted-substituters (binary-cache, cache).
   */
  trustUser?: boolean
}

/** What nix-image itself needs of Nix: the `nix` command and flakes. */
const BASE_CONFIG = 'experimental-features = nix-command flakes'

/**
 * Makes sure later steps and this one have Nix: installs it with the official installer when
 * it is missing (or when asked), in the mode the runner can host, and puts it on PATH.
 */
export async function ensureNix(options: NixInstallOptions): Promise<boolean> {
  const found = await which('nix', false)
  if (options.install === 'false' || (options.install === 'auto' && found)) {
    core.info(found ? `Nix found at ${found}: not installing it` : 'Nix is not on PATH and install-nix is false')
    return false
  }
  await core.group(`Install Nix from ${options.installerUrl}`, () => installNix(options))
  return true
}

/**
 * The nix.conf the installer writes: what nix-image needs, the runner's user as a trusted user
 * of a daemon when a binary cache is used (a daemon ignores the substituters and keys of an
 * untrusted client), then the workflow's extra-nix-config.
 */
export function installerSettings(options: {
  daemon: boolean
  trustUser: boolean
  user: string
  extraConfig: string
}): string {
  const trusted = options.daemon && options.trustUser ? `extra-trusted-users = ${options.user}` : ''
  return `${[BASE_CONFIG, trusted, options.extraConfig.trim()].filter(Boolean).join('\n')}\n`
}

async function installNix(options: NixInstallOptions): Promise<void> {
  const daemon = canRunDaemon()
  const installer = join(options.tempDir, 'install-nix')
  const config = join(options.tempDir, 'nix.conf')
  await writeFile(installer, await download(options.installerUrl))
  await chmod(installer, 0o700)
  const settings = installerSettings({
    daemon,
    trustUser: options.trustUser ?? false,
    user: userInfo().username,
    extraConfig: options.extraConfig,
  })
  await writeFile(config, settings)

  const args = [daemon ? '--daemon' : '--no-daemon', '--yes', '--no-channel-add', '--nix-extra-conf-file', config]
  core.info(`Installing Nix ${daemon ? 'multi-user, with a daemon' : 'single-user'}`)
  // An absolute shell: PATH is the runner's business, and may be minimal in containers.
  const result = await run('/bin/sh', [installer, ...args], {
    // The allowlisted environment, as every child gets: no input, runner token or password.
    env: { ...childEnvironments(process.env).nixEnv, NIX_INSTALLER_NO_MODIFY_PROFILE: '1' },
    onStderrLine: (line) => core.info(line),
  })
  for (const line of result.stdout.split('\n')) if (line) core.info(line)
  if (result.exitCode !== 0) {
    throw new NixImageError(
      `the Nix installer from ${options.installerUrl} failed (exit ${result.exitCode}): ${firstLines(result.stderr, 1) || 'see the log'}; check nix-version / nix-installer-url, or install Nix in an earlier step`,
    )
  }
  // Later steps find nix through GITHUB_PATH; this step through its own PATH.
  core.addPath(daemon ? '/nix/var/nix/profiles/default/bin' : join(homedir(), '.nix-profile', 'bin'))
  // The daemon reads the settings from /etc/nix/nix.conf; single-user Nix from the user's file.
  if (!daemon) await appendUserConfig(settings)
}

/** `$XDG_CONFIG_HOME/nix/nix.conf`, private to the user: extra-nix-config may hold a token. */
async function appendUserConfig(settings: string): Promise<void> {
  const dir = join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'nix')
  await mkdir(dir, { recursive: true })
  await appendFile(join(dir, 'nix.conf'), settings, { mode: 0o600 })
}

/** A daemon needs systemd to run it and root (or sudo) to install it; containers and root-only runners have neither. */
function canRunDaemon(): boolean {
  if (!existsSync('/run/systemd/system')) return false
  return process.getuid?.() === 0 || existsSync('/usr/bin/sudo')
}

async function download(url: string): Promise<string> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (error) {
    throw new NixImageError(
      `could not download the Nix installer from ${url}: ${(error as Error).cause ?? (error as Error).message}; check nix-installer-url`,
    )
  }
  if (!response.ok) {
    throw new NixImageError(
      `could not download the Nix installer from ${url}: HTTP ${response.status}; check nix-version / nix-installer-url`,
    )
  }
  // The official installer is a 30 KB script that downloads Nix itself: anything far larger is
  // not an installer, and is not read to the end.
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response.body ?? []) {
    size += chunk.length
    if (size > MAX_INSTALLER_BYTES) {
      throw new NixImageError(
        `the Nix installer at ${url} is larger than ${formatBytes(MAX_INSTALLER_BYTES)}, which no installer script is: check nix-installer-url`,
      )
    }
    chunks.push(Buffer.from(chunk))
  }
  return Buffer.concat(chunks).toString('utf8')
}

const MAX_INSTALLER_BYTES = 1 << 20
