import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkoutWithFlake, readCommandFile, runMain, runnerFiles } from '../helpers/github.js'
import { testEnv } from '../helpers/nix.js'
import { startNixInstaller } from '../helpers/nix-installer.js'
import { pathWithoutNix } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'

// The Action on GitHub's runners, which have no Nix: the first run of a commit installs it and
// pushes; a rerun of that commit on a fresh runner finds the source record before installing
// anything, and ends with the same outputs without downloading the installer.

const registry = useRegistry()
let installer: Awaited<ReturnType<typeof startNixInstaller>>
let workspace: string
let bin: string

beforeAll(async () => {
  installer = await startNixInstaller()
  workspace = checkoutWithFlake(
    `{ outputs = { self }: { packages.x86_64-linux.image = (import ./images.nix { system = "x86_64-linux"; content = "action-source-record"; }).layered; }; }\n`,
  )
  writeFileSync(join(workspace, 'flake.lock'), JSON.stringify({ nodes: { root: {} }, root: 'root', version: 7 }))
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', workspace, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args])
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'first')
  bin = pathWithoutNix()
})
afterAll(() => installer.stop())

/** One run of the step on a fresh runner: a new HOME (no Nix profile) and runner folders. */
async function step() {
  const home = mkdtempSync(join(tmpdir(), 'nix-image-home-'))
  const files = runnerFiles()
  const inputs = {
    image: `${registry.host}/action-source/app`,
    installable: '.#image',
    'registry-username': registry.username,
    'registry-password': registry.password,
    'insecure-registry': 'true',
    'nix-installer-url': installer.url,
  }
  const env = testEnv({
    PATH: bin,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GITHUB_REPOSITORY: 'o/app',
    GITHUB_WORKSPACE: workspace,
  })
  const before = installer.requests()
  const run = await runMain(inputs, files, env, { 'github.token': 'ghs_token' }, workspace)
  expect(run.code, run.stdout + run.stderr).toBe(0)
  return { run, outputs: readCommandFile(files.output), installed: installer.requests() - before }
}

describe('the Action on a runner without Nix', () => {
  it('installs Nix and pushes the first time; a rerun of the commit installs nothing and gives the same outputs', async () => {
    const first = await step()
    expect(first.installed).toBe(1)
    expect(first.outputs.pushed).toBe('true')
    expect(first.run.stdout).toContain('a rerun needs no Nix')

    const rerun = await step()
    expect(rerun.installed).toBe(0)
    expect(rerun.run.stdout).not.toContain('::group::Install Nix')
    expect(rerun.run.stdout).toContain('Nix is not run')
    const same = ['image', 'tag', 'ref', 'digest', 'digest-ref', 'out-path', 'kind']
    for (const name of same) expect(rerun.outputs[name], name).toBe(first.outputs[name])
    expect(rerun.outputs.skipped).toBe('true')
  })
})
