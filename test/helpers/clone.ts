import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs a program (argv, no shell) and collects what it printed; `input` is written to its stdin. */
export function run(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<Run> {
  const [program = '', ...args] = argv
  const { input, ...execOptions } = options
  return new Promise((done) => {
    const child = execFile(program, args, { ...execOptions, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
    // A program that exits without reading its input closes the pipe: its exit code tells.
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(input)
  })
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim()
}

/**
 * A fresh clone of this checkout's committed HEAD, as a user or a runner gets the repository:
 * what is not committed is not there. Made as one commit of HEAD's tree in a new repository,
 * not `git clone`: CI checkouts are often shallow, and newer Nix refuses shallow git inputs.
 * `withNodeModules` gives it this checkout's node_modules (what `npm ci` would install, without
 * the registry), hard-linked (0.5 s against 13 s for `npm ci --offline`; nothing run in the clone
 * writes there), copied across filesystems. Not a symlink: esbuild would resolve it outside the
 * clone and name the chunks differently.
 */
export function freshClone(options: { withNodeModules?: boolean } = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'nix-image-clone-')), 'nix-image')
  mkdirSync(dir)
  execFileSync('sh', ['-c', 'git -C "$1" archive HEAD | tar -x -C "$2"', 'sh', root, dir])
  git(dir, 'init', '--quiet')
  git(dir, 'add', '--all')
  git(dir, 'commit', '--quiet', '--message', `nix-image at ${git(root, 'rev-parse', '--short', 'HEAD')}`)
  if (options.withNodeModules) {
    const [from, to] = [join(root, 'node_modules'), join(dir, 'node_modules')]
    try {
      execFileSync('cp', ['-al', from, to], { stdio: 'ignore' })
    } catch {
      rmSync(to, { recursive: true, force: true })
      execFileSync('cp', ['-a', from, to])
    }
  }
  return dir
}

/**
 * `--override-input` for the flake's nixpkgs: the offline stand-in in the clone itself. A git
 * URL with `dir`, because the stand-in's default.nix reads ../lib.nix (Nix 2.8's `path:` has no `dir`).
 */
export function standInNixpkgs(clone: string): string[] {
  return ['--override-input', 'nixpkgs', `git+file://${clone}?dir=test/fixtures/nixpkgs`]
}
