import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// What `npm publish` (the release workflow) would upload, as `npm pack --dry-run` lists it.
const root = resolve(import.meta.dirname, '../..')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  bin: Record<string, string>
  dependencies?: Record<string, string>
  engines: { node: string }
}
const packed = (
  JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  ) as { files: { path: string }[] }[]
)[0]!.files.map((file) => file.path)

/** The files a bin entry loads: itself and the chunks it imports, statically or on first use. */
function loadedBy(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  for (const [, chunk] of readFileSync(join(root, entry), 'utf8').matchAll(/["']\.\/(chunk-[A-Z0-9]+\.js)["']/g))
    loadedBy(`dist/${chunk}`, seen)
  return seen
}

describe('the npm package', () => {
  it('holds what the bin entries load and nothing else', () => {
    const needed = new Set(Object.values(packageJson.bin).flatMap((entry) => [...loadedBy(entry)]))
    expect(Object.keys(packageJson.bin).sort()).toEqual(['nix-image', 'nix-image-gitlab'])
    expect(packed.filter((path) => path.startsWith('dist/')).sort()).toEqual([...needed].sort())
    expect(packed.filter((path) => !path.startsWith('dist/')).sort()).toEqual(['LICENSE', 'README.md', 'package.json'])
  })

  it('installs nothing besides: the bundles hold their dependencies', () => {
    // What `npm install -g nix-image` would fetch on top (the flake's package runs dist/ alone).
    expect(packageJson.dependencies ?? {}).toEqual({})
  })

  it('engines admits every Node the tests start the bundles with', () => {
    // The tests themselves, the CLI and the GitLab job (CLI_NODE: Node 24 in CI's second leg),
    // the Action (ACTION_NODE: Node 24, as GitHub runs it).
    const [, major = '', minor = '', patch = '', below = ''] =
      /^>=(\d+)\.(\d+)\.(\d+) <(\d+)$/.exec(packageJson.engines.node) ?? []
    expect(below, `engines.node '${packageJson.engines.node}' is '>=A.B.C <D'`).not.toBe('')
    for (const node of new Set(
      [process.execPath, process.env.CLI_NODE, process.env.ACTION_NODE].filter(
        (path) => path !== undefined && path !== '',
      ),
    )) {
      const version = execFileSync(node!, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
      const [a = 0, b = 0, c = 0] = version.split('.').map(Number)
      const atLeast =
        a !== Number(major) ? a > Number(major) : b !== Number(minor) ? b > Number(minor) : c >= Number(patch)
      expect(
        atLeast && a < Number(below),
        `Node ${version} (${node}) within engines.node '${packageJson.engines.node}'`,
      ).toBe(true)
    }
  })
})
