import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorLine, runCli, type CliRun } from '../helpers/cli.js'
import { readPage } from '../helpers/docs.js'
import { testEnv } from '../helpers/nix.js'
import { freePort } from '../helpers/registry.js'

// docs/troubleshooting.md quotes the lines users meet as nix-image prints them: each case here
// is run with the page's own values, and the line it ends with must be on the page word for word.
// (The ghcr.io 403, which needs ghcr.io itself, is checked in test/unit/registry.test.ts.)
const page = readPage('docs/troubleshooting.md')
const work = mkdtempSync(join(tmpdir(), 'nix-image-troubleshooting-'))
const env = testEnv({ HOME: work })
// Where a run needs an image but must fail before reaching it: nothing listens on port 9.
const nowhere = '127.0.0.1:9'

async function failure(args: string[], cwd = work): Promise<CliRun> {
  const run = await runCli(args, env, cwd)
  expect(run.code, run.stderr).toBe(1)
  expect(errorLine(run), run.stderr).toMatch(/^nix-image: error: ./)
  return run
}

describe('docs/troubleshooting.md quotes what nix-image prints', () => {
  it.each([
    ['no pin at all', ['push', '--packages', 'shell jq', '--image', `${nowhere}/acme/`]],
    [
      'a branch as the flake pin',
      [
        'push',
        '--packages',
        'shell jq',
        '--nixpkgs',
        'github:NixOS/nixpkgs/nixos-24.11',
        '--image',
        `${nowhere}/acme/`,
      ],
    ],
    [
      'a channel as the nix-path pin',
      ['push', '--packages', 'shell jq', '--nix-path', 'nixpkgs=channel:nixos-24.11', '--image', `${nowhere}/acme/`],
    ],
  ])('an unpinned nixpkgs: %s', async (_case, args) => {
    expect(page).toContain(errorLine(await failure(args)))
  })

  it('a deploy manifest at another tag: the finding and the fix command', async () => {
    const project = mkdtempSync(join(work, 'project-'))
    mkdirSync(join(project, 'deploy'))
    // The image on line 9, as the page's finding says.
    writeFileSync(
      join(project, 'deploy', 'app.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:0a5hs9kq1mxlq2vq8wqvv1bx9d8d3p7c\n',
    )
    const run = await failure(
      [
        'verify',
        '--image',
        'ghcr.io/acme/app',
        '--manifests',
        'deploy/*.yaml',
        '--tag',
        '7xk2w0r8hq4q1b5j9fnd6s3lqzvmcy0a',
      ],
      project,
    )
    expect(run.stdout).toMatch(/^deploy\/app\.yaml:9: found /)
    expect(page).toContain(run.stdout.trim())
    expect(page).toContain(errorLine(run))
  })

  it('an unreachable registry', async () => {
    const host = `127.0.0.1:${await freePort()}`
    const run = await failure(
      ['push', 'examples/hello/default.nix', '--image', `${host}/acme/app`, '--insecure-registry'],
      join(import.meta.dirname, '../..'),
    )
    // The page names a registry host of its own, and the retries' time varies.
    const line = errorLine(run)
      .replace(host, 'registry.example.com:5000')
      .replace(/ in [\d.]+ s\)$/, ' in 4.4 s)')
    expect(page).toContain(line)
  })

  it('an evaluation that fails, and a Nix file that is not there', async () => {
    writeFileSync(join(work, 'image.nix'), '{ }: { image = throw "the app needs a version"; }\n')
    const image = ['--image', `${nowhere}/acme/app`]
    expect(page).toContain(errorLine(await failure(['push', './image.nix', '--attr', 'image', ...image])))
    expect(page).toContain(errorLine(await failure(['push', './missing.nix', ...image])))
  })
})
