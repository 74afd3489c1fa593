import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median } from './process.js'

export interface StartupFigure {
  entry: string
  node: string
  /** Median ms from spawning the process to its first `nix` call. */
  ms: number
  /** The same for a bare `node -e` that spawns nix at once: the floor no bundle can beat. */
  bareNodeMs: number
}

/**
 * P4: time from process start to the first `nix` call. A stand-in `nix` first on PATH records
 * the moment it starts (and fails, which ends the run), so nothing but start-up is measured.
 */
export async function measureStartup(
  nodes: { label: string; path: string }[],
  runs: number,
  distDir: string,
): Promise<StartupFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-bench-startup-'))
  const stamp = join(dir, 'stamp')
  const fakeNix = join(dir, 'bin', 'nix')
  mkdirSync(join(dir, 'bin'))
  writeFileSync(fakeNix, `#!/bin/sh\ndate +%s%N > "${stamp}"\nexit 1\n`)
  chmodSync(fakeNix, 0o755)
  const env = { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` }

  const runner = join(dir, 'runner')
  mkdirSync(runner)
  for (const file of ['output', 'state', 'env', 'path', 'summary']) writeFileSync(join(runner, file), '')
  const actionEnv = {
    ...env,
    'INPUT_INSTALL-NIX': 'false',
    INPUT_INSTALLABLE: 'default.nix',
    INPUT_IMAGE: '127.0.0.1:9/bench/startup',
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STATE: join(runner, 'state'),
    GITHUB_ENV: join(runner, 'env'),
    GITHUB_PATH: join(runner, 'path'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    GITHUB_REPOSITORY: 'bench/startup',
    RUNNER_TEMP: runner,
  }
  const entries = [
    {
      entry: 'dist/cli.js',
      args: [join(distDir, 'cli.js'), 'push', 'default.nix', '--image', '127.0.0.1:9/bench/startup'],
      env,
    },
    { entry: 'dist/index.js', args: [join(distDir, 'index.js')], env: actionEnv },
  ]

  const untilNix = async (node: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> => {
    const started = performance.timeOrigin + performance.now()
    await new Promise((done) => spawn(node, args, { env: childEnv, stdio: 'ignore' }).once('close', done))
    return Number(readFileSync(stamp, 'utf8').trim()) / 1e6 - started
  }

  const figures: StartupFigure[] = []
  for (const node of nodes) {
    const bare: number[] = []
    for (let i = 0; i < runs; i++)
      bare.push(await untilNix(node.path, ['-e', "require('node:child_process').spawnSync('nix')"], env))
    for (const { entry, args, env: childEnv } of entries) {
      const times: number[] = []
      for (let i = 0; i < runs; i++) times.push(await untilNix(node.path, args, childEnv))
      figures.push({ entry, node: node.label, ms: median(times), bareNodeMs: median(bare) })
    }
  }
  return figures
}

const STATIC_IMPORT = /^import\s(?:[^;]*?\sfrom\s)?"\.\/(chunk-[\w-]+\.js)"/gm
const DYNAMIC_IMPORT = /import\("\.\/(chunk-[\w-]+\.js)"\)/g

/**
 * Each entry point's bytes: what Node parses before the first line runs (the entry and the
 * chunks it imports statically), and everything the run may load later on.
 */
export function bundleSizes(distDir: string): { entry: string; startBytes: number; allBytes: number }[] {
  const closure = (entry: string, withDynamic: boolean): Set<string> => {
    const seen = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(join(distDir, file), 'utf8')
      for (const [, chunk = ''] of text.matchAll(STATIC_IMPORT)) visit(chunk)
      if (withDynamic) for (const [, chunk = ''] of text.matchAll(DYNAMIC_IMPORT)) visit(chunk)
    }
    visit(entry)
    return seen
  }
  const bytes = (files: Set<string>): number =>
    [...files].reduce((sum, file) => sum + statSync(join(distDir, file)).size, 0)
  return readdirSync(distDir)
    .filter((file) => file.endsWith('.js') && !file.startsWith('chunk-'))
    .map((entry) => ({
      entry: `dist/${entry}`,
      startBytes: bytes(closure(entry, false)),
      allBytes: bytes(closure(entry, true)),
    }))
}
