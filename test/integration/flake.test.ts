import { mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshClone, run, standInNixpkgs } from '../helpers/clone.js'
import { testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest } from '../helpers/skopeo.js'

// The top-level flake.nix, as a Nix user meets it: a fresh clone, nixpkgs overridden by the
// offline stand-in (test/fixtures/nixpkgs), everything else as committed.
const registry = useRegistry()
let clone: string
let override: string[]

beforeAll(async () => {
  clone = freshClone()
  override = standInNixpkgs(clone)
})
afterAll(async () => {
  if (clone) rmSync(dirname(clone), { recursive: true, force: true })
})

const nix = (...args: string[]) => run(['nix', ...args], { cwd: clone, env: testEnv() })

describe('flake.nix', () => {
  it('`nix run .# -- --help` runs the CLI', async () => {
    const help = await nix('run', '--no-write-lock-file', ...override, '.#', '--', '--help')
    expect(help.code, help.stderr).toBe(0)
    expect(help.stdout).toContain('nix-image push [INSTALLABLE] --image REGISTRY/REPO')
    const version = await nix('run', '--no-write-lock-file', ...override, '.#', '--', '--version')
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version)
    // The GitLab entry, outside a GitLab job: its one-line error about the missing image.
    const gitlab = await nix('run', '--no-write-lock-file', ...override, '.#nix-image-gitlab')
    expect(gitlab.code).toBe(1)
    expect(gitlab.stderr).toMatch(/nix-image: error: image is empty/)
  })

  it('builds the CLI, whose result/bin/nix-image pushes with nothing but nix on PATH', async () => {
    const build = await nix('build', '--no-write-lock-file', ...override, '.#default')
    expect(build.code, build.stderr).toBe(0)
    const cli = join(clone, 'result/bin/nix-image')
    expect(readlinkSync(join(clone, 'result'))).toMatch(/^\/nix\/store\/[a-z0-9]{32}-nix-image-\d+\.\d+\.\d+$/)

    // skopeo must come from the package's wrapper: PATH holds only nix.
    const bin = mkdtempSync(join(tmpdir(), 'nix-image-path-'))
    symlinkSync('/usr/bin/nix', join(bin, 'nix'))
    const env = testEnv({
      PATH: bin,
      NIX_IMAGE_REGISTRY_USERNAME: registry.username,
      NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    })
    const images = join(clone, 'test/fixtures/images.nix')
    const args = [
      'push',
      images,
      '--attr',
      'layered',
      '--image',
      `${registry.host}/flake/cli`,
      '--insecure-registry',
      '--json',
    ]
    const first = await run([cli, ...args], { env })
    expect(first.code, first.stderr).toBe(0)
    const result = JSON.parse(first.stdout)
    expect(result).toMatchObject({ pushed: true, kind: 'docker-archive' })
    expect(await inspectDigest(registry, result.ref)).toBe(result.digest)
    const rerun = JSON.parse((await run([cli, ...args], { env })).stdout)
    expect(rerun).toMatchObject({ pushed: false, skipped: true, digest: result.digest })
  })

  it('passes `nix flake check` (it builds the checks: the CLI, the runner image, the CLI run in a build)', async () => {
    const check = await nix('flake', 'check', '--no-write-lock-file', ...override)
    expect(check.code, check.stderr).toBe(0)
  })

  it('has every output for aarch64-linux too', async () => {
    for (const output of [
      'packages.aarch64-linux.default.drvPath',
      'packages.aarch64-linux.runner-image.drvPath',
      'apps.aarch64-linux.default.program',
    ]) {
      const evaluated = await nix('eval', '--raw', '--no-write-lock-file', ...override, `.#${output}`)
      expect(evaluated.code, evaluated.stderr).toBe(0)
      expect(evaluated.stdout).toMatch(/^\/nix\/store\//)
    }
  })

  it('locks nixpkgs to a nixos release by revision and hash', () => {
    const lock = JSON.parse(readFileSync(join(clone, 'flake.lock'), 'utf8'))
    expect(lock.nodes.nixpkgs.original).toMatchObject({
      type: 'github',
      owner: 'NixOS',
      repo: 'nixpkgs',
      ref: expect.stringMatching(/^nixos-\d\d\.\d\d$/),
    })
    expect(lock.nodes.nixpkgs.locked).toMatchObject({
      rev: expect.stringMatching(/^[0-9a-f]{40}$/),
      narHash: expect.stringMatching(/^sha256-[A-Za-z0-9+/]{43}=$/),
    })
    expect(readFileSync(join(clone, 'flake.nix'), 'utf8')).toContain(
      `github:NixOS/nixpkgs/${lock.nodes.nixpkgs.original.ref}`,
    )
  })
})
