import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixturesDir, testEnv } from './nix.js'
import type { TestRegistry } from './registry.js'

/** The stand-in nixpkgs, as `-I nixpkgs=` takes it. */
export const standInNixpkgs = join(fixturesDir, 'nixpkgs')

export interface NixpkgsCopy {
  dir: string
  /** `nixpkgs=<dir>`, for --nix-path. */
  nixPathEntry: string
  /** `path:<dir>?narHash=…`: the copy as a locked flake reference, for --nixpkgs. */
  lockedFlakeRef(): string
}

/**
 * A copy of the stand-in nixpkgs that is a tree of its own, as a pinned nixpkgs commit is: a
 * flake (what `builtins.getFlake` needs) whose default.nix is the package set. `edit` changes its
 * package definitions, as another nixpkgs commit would.
 */
export function nixpkgsCopy(parent: string, edit: (text: string) => string = (text) => text): NixpkgsCopy {
  const dir = mkdtempSync(join(parent, 'nixpkgs-'))
  for (const name of ['lib.nix', 'build-lib.sh', 'nixpkgs'])
    cpSync(join(fixturesDir, name), join(dir, name), { recursive: true })
  const packages = join(dir, 'nixpkgs', 'default.nix')
  writeFileSync(packages, edit(readFileSync(packages, 'utf8')))
  writeFileSync(join(dir, 'default.nix'), 'args: import ./nixpkgs args\n')
  writeFileSync(join(dir, 'flake.nix'), '{ outputs = { self }: { }; }\n')
  return {
    dir,
    nixPathEntry: `nixpkgs=${dir}`,
    lockedFlakeRef() {
      const metadata = execFileSync('nix', ['flake', 'metadata', '--json', `path:${dir}`], {
        env: testEnv(),
        encoding: 'utf8',
      })
      return `path:${dir}?narHash=${(JSON.parse(metadata) as { locked: { narHash: string } }).locked.narHash}`
    },
  }
}

/** The store paths of these stand-in packages' closures, as `nix-store -qR` lists them. */
export function closureOf(nixPathEntry: string, attrs: string[]): string[] {
  const expr = `let pkgs = import <nixpkgs> { }; in [ ${attrs.map((attr) => `pkgs.${attr}`).join(' ')} ]`
  const env = testEnv()
  const built = execFileSync('nix-build', ['--no-out-link', '-I', nixPathEntry, '--expr', expr], {
    env,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
  return execFileSync('nix-store', ['--query', '--requisites', ...built], { env, encoding: 'utf8' })
    .trim()
    .split('\n')
    .sort()
}

/** Each layer's entries, read back from the registry (`skopeo copy docker://… dir:…`). */
export function pulledLayers(registry: TestRegistry, ref: string, parent: string): string[][] {
  const dir = mkdtempSync(join(parent, 'pulled-'))
  execFileSync(
    'skopeo',
    ['copy', '--src-tls-verify=false', '--src-authfile', registry.authFile, `docker://${ref}`, `dir:${dir}`],
    { stdio: 'ignore' },
  )
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { layers: { digest: string }[] }
  const blobs = new Set(readdirSync(dir))
  return manifest.layers.map((layer) => {
    const blob = layer.digest.replace(/^sha256:/, '')
    if (!blobs.has(blob)) throw new Error(`layer ${blob} was not copied`)
    // GNU tar detects the compression itself.
    return execFileSync('tar', ['-tf', join(dir, blob)], { encoding: 'utf8' })
      .trim()
      .split('\n')
  })
}
