import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { readPage } from '../helpers/docs.js'
import { git } from '../helpers/clone.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest } from '../helpers/skopeo.js'

// docs/cli.md's "Examples with nixpkgs": each example file as users copy it, and the command
// the page gives for it, with the offline stand-ins for nixpkgs and nix2container in place of
// GitHub (the only change: where the pins point) and the loopback registry in place of ghcr.io.
const root = resolve(import.meta.dirname, '../..')
const page = readPage('docs/cli.md')
const start = page.indexOf('## Examples with nixpkgs')
const end = page.indexOf('\n## ', start)
const section = page.slice(start, end < 0 ? undefined : end)
const registry = useRegistry()
let env: NodeJS.ProcessEnv
let standIns: string

beforeAll(async () => {
  env = testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
  // One git repository holding the fixtures: the stand-in nixpkgs flake (its default.nix reads
  // ../lib.nix, hence a git URL with `dir`) and a stand-in nix2container flake beside it.
  standIns = mkdtempSync(join(tmpdir(), 'nix-image-stand-ins-'))
  cpSync(fixturesDir, standIns, { recursive: true })
  mkdirSync(join(standIns, 'nix2container'))
  writeFileSync(
    join(standIns, 'nix2container', 'flake.nix'),
    '{ outputs = { self }: { packages.x86_64-linux.nix2container = (import ../lib.nix { system = "x86_64-linux"; }).nix2container; }; }\n',
  )
  git(standIns, 'init', '--quiet')
  git(standIns, 'add', '--all')
  git(standIns, 'commit', '--quiet', '--message', 'stand-ins')
})

/** The section's command starting with `start` (its `\` continuations joined), as arguments. */
function pageCommand(start: string): string[] {
  const lines = section.split('\n')
  let index = lines.findIndex((line) => line.startsWith(`${start} `))
  expect(index, `docs/cli.md command starting with ${start}`).toBeGreaterThanOrEqual(0)
  let command = ''
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
    command += ` ${line.replace(/\\$/, '')}`
    if (!line.endsWith('\\')) break
  }
  return command.trim().split(/\s+/).slice(1)
}

describe('docs/cli.md: Examples with nixpkgs', () => {
  it('image.nix, pinned with --nix-path, pushed without --attr', async () => {
    const example = readFileSync(join(root, 'examples/nixpkgs/image.nix'), 'utf8')
    expect(section).toContain(example.trim())
    const work = mkdtempSync(join(tmpdir(), 'nix-image-readme-'))
    writeFileSync(join(work, 'image.nix'), example)
    const args = pageCommand('nix-image push ./image.nix').map((arg) =>
      arg === 'ghcr.io/me/hello'
        ? `${registry.host}/me/hello`
        : arg.startsWith('nixpkgs=https://')
          ? `nixpkgs=${join(fixturesDir, 'nixpkgs')}`
          : arg,
    )
    expect(args).toContain('--nix-path')
    const run = await runCli([...args, '--insecure-registry', '--json'], env, work)
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ kind: 'docker-archive', pushed: true, tagSource: 'imageTag' })
    expect(await inspectDigest(registry, result.ref)).toBe(result.digest)
    // What is in it: the package the example names, found by the SBOM nix-image attached.
    expect(run.stderr).toMatch(/Attached an SBOM of [1-9]\d* store paths? /)
  })

  it("nix2container in a flake, pushed with an extra tag: the README's command line", async () => {
    const example = readFileSync(join(root, 'examples/nix2container/flake.nix'), 'utf8')
    expect(section).toContain(example.trim())
    const work = mkdtempSync(join(tmpdir(), 'nix-image-readme-flake-'))
    const pinned = example
      .replace('github:NixOS/nixpkgs/nixos-24.05', `git+file://${standIns}?dir=nixpkgs`)
      .replace('github:nlewo/nix2container', `git+file://${standIns}?dir=nix2container`)
    expect(pinned).not.toMatch(/github:/)
    writeFileSync(join(work, 'flake.nix'), pinned)
    const command = pageCommand('nix-image push .#image')
    expect(readPage('README.md')).toContain(`nix-image ${command.join(' ')}\n`)
    const args = command.map((arg) => (arg === 'ghcr.io/me/hello' ? `${registry.host}/me/hello-n2c` : arg))
    const run = await runCli([...args, '--insecure-registry', '--json'], env, work)
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ kind: 'nix2container', pushed: true, extraTags: ['latest'] })
    expect(await inspectDigest(registry, `${registry.host}/me/hello-n2c:latest`)).toBe(result.digest)
  })
})
