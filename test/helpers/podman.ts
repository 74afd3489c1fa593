import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { run, type Run } from './clone.js'
import { onFreshRunner } from './processes.js'
import type { TestRegistry } from './registry.js'

// podman runs what the tests pushed, for real: pulled from the loopback registry by the reference
// nix-image reported, into a store of the test file's own (graph root, run root and podman's
// temporary folder under one folder, removed afterwards), then started, or created and exported.
// Its configuration is written here and named by CONTAINERS_CONF, CONTAINERS_STORAGE_CONF and
// CONTAINERS_REGISTRIES_CONF, so neither the machine's /etc/containers nor another test's store
// plays a part. podman is a test dependency
// (scripts/install-deps.sh installs it): when it is missing, the tests fail, they never skip.

/** containers.conf: podman's temporary files in `dir`, and what these machines need. */
const containersConf = (dir: string): string =>
  [
    '[containers]',
    // runc refuses podman's default rlimits here ("error setting rlimit type 7").
    'default_ulimits = []',
    '[engine]',
    // crun fails on these machines' hybrid cgroup layout ("cgroups in hybrid mode not supported").
    'runtime = "runc"',
    'cgroup_manager = "cgroupfs"',
    // No journald in CI machines and chroots.
    'events_logger = "file"',
    `tmp_dir = "${join(dir, 'libpod')}"`,
    '',
  ].join('\n')

/** storage.conf: the images and containers in `dir` (graph root and run root). */
const storageConf = (dir: string): string =>
  [
    '[storage]',
    'driver = "overlay"',
    `graphroot = "${join(dir, 'root')}"`,
    `runroot = "${join(dir, 'runroot')}"`,
    '',
  ].join('\n')

export interface RunOptions {
  /** The command, after the image's Entrypoint (its Cmd when not given). */
  command?: string[]
  /** Replaces the image's Entrypoint ('' clears it). */
  entrypoint?: string
  /** `--user`, e.g. '1000' or '1000:1000'. */
  user?: string
  /** Written to the container's stdin (`--interactive`). */
  input?: string
  /**
   * Variables for the container, passed by name (`--env NAME`, the value in podman's own
   * environment): no value, credentials included, is on a command line.
   */
  env?: Record<string, string>
  /** `host` reaches the loopback registry from inside; the default is no network at all. */
  network?: 'none' | 'host'
  /** `--volume` specs, `HOST:CONTAINER[:ro]`. */
  volumes?: string[]
  /** The working folder inside (the image's WorkingDir when not given). */
  workdir?: string
}

export interface Podman {
  /** Pulls `ref` from the test registry (removing a copy pulled before: it comes from the registry); `arch` picks an index's member. */
  pull(ref: string, options?: { arch?: string }): Promise<void>
  /** Starts a container of the pulled image and waits for it: exit code and output. */
  run(ref: string, options?: RunOptions): Promise<Run>
  /** The pulled image's file system as a container sees it (`podman create` + `podman export`), unpacked into a new folder. */
  exportFiles(ref: string): Promise<string>
  /** `podman image inspect`'s view of the pulled image. */
  inspect(
    ref: string,
  ): Promise<{ Digest: string; RepoDigests: string[]; Architecture: string; Config: Record<string, unknown> }>
}

/** A private podman store for the test file, emptied before its tests and removed after them. */
export function usePodman(registry: TestRegistry): Podman {
  let dir = ''
  let environment: NodeJS.ProcessEnv = {}
  beforeAll(async () => {
    const version = await run(['podman', '--version'])
    if (version.code !== 0)
      throw new Error(
        'podman does not run: scripts/install-deps.sh installs podman and runc (the tests start what they pushed)',
      )
    dir = mkdtempSync(join(tmpdir(), 'nix-image-podman-'))
    const conf = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text)
      return join(dir, name)
    }
    mkdirSync(join(dir, 'tmp'))
    environment = {
      PATH: process.env.PATH,
      HOME: dir,
      TMPDIR: join(dir, 'tmp'),
      CONTAINERS_CONF: conf('containers.conf', containersConf(dir)),
      CONTAINERS_STORAGE_CONF: conf('storage.conf', storageConf(dir)),
      // No mirrors, no short-name aliases: references name their registry.
      CONTAINERS_REGISTRIES_CONF: conf('registries.conf', 'unqualified-search-registries = []\n'),
      // podman 5 (Debian 13) warns on every command that cgroups v1 is deprecated: these machines
      // have v1 (the hybrid layout), and the tests read what podman and the containers print.
      PODMAN_IGNORE_CGROUPSV1_WARNING: '1',
    }
  })
  afterAll(async () => {
    if (!dir) return
    await podman(['rm', '--all', '--force'])
    await podman(['rmi', '--all', '--force'])
    rmSync(dir, { recursive: true, force: true })
  })

  // With a blob-info cache of its own (empty, as on a fresh runner): podman 4.3 as root records
  // what it pulls in the machine's, which skopeo reads when nix-image pushes.
  async function podman(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
    const command = onFreshRunner({ argv: ['podman', ...args], env: { ...environment, ...options.env } })
    return run(command.argv, { env: command.env, input: options.input })
  }

  async function succeed(args: string[]): Promise<string> {
    const result = await podman(args)
    if (result.code !== 0) throw new Error(`podman ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`)
    return result.stdout
  }

  return {
    async pull(ref, options = {}) {
      await succeed(['rmi', '--force', '--ignore', ref])
      await succeed([
        'pull',
        '--quiet',
        '--tls-verify=false',
        '--authfile',
        registry.authFile,
        ...(options.arch ? ['--arch', options.arch] : []),
        ref,
      ])
    },
    async run(ref, options = {}) {
      const flags = ['--rm', '--pull=never', `--network=${options.network ?? 'none'}`]
      if (options.user) flags.push('--user', options.user)
      if (options.entrypoint !== undefined) flags.push(`--entrypoint=${options.entrypoint}`)
      if (options.input !== undefined) flags.push('--interactive')
      for (const name of Object.keys(options.env ?? {})) flags.push('--env', name)
      for (const volume of options.volumes ?? []) flags.push('--volume', volume)
      if (options.workdir) flags.push('--workdir', options.workdir)
      return podman(['run', ...flags, ref, ...(options.command ?? [])], { input: options.input, env: options.env })
    },
    async exportFiles(ref) {
      const files = mkdtempSync(join(dir, 'files-'))
      // A command, never run: an image without one (a package list's) is created all the same.
      const container = (await succeed(['create', '--pull=never', ref, '/not-run'])).trim()
      try {
        await succeed(['export', '--output', join(files, 'rootfs.tar'), container])
      } finally {
        await succeed(['rm', '--force', container])
      }
      const root = join(files, 'rootfs')
      mkdirSync(root)
      const unpacked = await run(['tar', '-xf', join(files, 'rootfs.tar'), '-C', root])
      if (unpacked.code !== 0) throw new Error(`unpacking the export of ${ref} failed: ${unpacked.stderr.trim()}`)
      return root
    },
    async inspect(ref) {
      return (JSON.parse(await succeed(['image', 'inspect', ref])) as Awaited<ReturnType<Podman['inspect']>>[])[0]!
    },
  }
}

/**
 * Where an exported file system differs from the host's store: every file, link and folder of
 * each store path must be in `root` at the same path, files byte for byte and with their mode.
 * [] when none differs.
 */
export function storeDifferences(root: string, storePaths: string[]): string[] {
  const differences: string[] = []
  const compare = (path: string): void => {
    const host = lstatSync(path)
    const copy = join(root, path)
    const exported = lstatSync(copy, { throwIfNoEntry: false })
    if (!exported) {
      differences.push(`${path}: missing`)
      return
    }
    if (host.isSymbolicLink()) {
      if (!exported.isSymbolicLink() || readlinkSync(copy) !== readlinkSync(path))
        differences.push(`${path}: not the link to ${readlinkSync(path)}`)
    } else if (host.isDirectory()) {
      if (!exported.isDirectory()) differences.push(`${path}: not a folder`)
      else for (const entry of readdirSync(path)) compare(join(path, entry))
    } else if (!exported.isFile() || !readFileSync(copy).equals(readFileSync(path))) {
      differences.push(`${path}: not the same bytes`)
    } else if ((exported.mode & 0o777) !== (host.mode & 0o777)) {
      differences.push(`${path}: mode ${(exported.mode & 0o777).toString(8)}, not ${(host.mode & 0o777).toString(8)}`)
    }
  }
  for (const path of storePaths) compare(path)
  return differences
}
