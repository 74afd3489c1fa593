import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { cliNode, cliPath, errorLine, runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'

const images = join(fixturesDir, 'images.nix')
const OLD = '0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nix-image-deploy-'))
  cpSync(join(fixturesDir, 'manifests'), dir, { recursive: true })
  rmSync(join(dir, 'broken.yaml'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const manifestArgs = [
  '--image',
  'ghcr.io/acme/app',
  '--manifests',
  '*.yaml',
  '--manifests',
  'workloads.yml',
  '--values-key',
  'image',
]

describe('nix-image verify and pin', () => {
  it('verify evaluates the tag, lists each stale reference, and prints a pin command that fixes them', async () => {
    const tag = (await runCli(['tag', images, '--attr', 'layered'], testEnv())).stdout.trim()
    const verify = await runCli(['verify', images, '--attr', 'layered', ...manifestArgs], testEnv(), dir)
    expect(verify.code).toBe(1)
    expect(verify.stdout).toContain(`app.yaml:17: found ghcr.io/acme/app:${OLD}, expected ghcr.io/acme/app:${tag}\n`)
    expect(verify.stdout.trim().split('\n')).toHaveLength(10)
    const line = errorLine(verify)
    expect(line).toMatch(
      /^nix-image: error: 10 image references of ghcr\.io\/acme\/app not at tag \w+; fix with: nix-image pin /,
    )

    // The printed command, run by a shell as a user would paste it.
    const bin = mkdtempSync(join(tmpdir(), 'nix-image-bin-'))
    writeScript(bin, 'nix-image', `exec "${cliNode}" "${cliPath}" "$@"`)
    const fix = line.slice(line.indexOf('fix with: ') + 'fix with: '.length)
    execFileSync('/bin/sh', ['-c', fix], {
      cwd: dir,
      env: { ...testEnv(), PATH: `${bin}:/usr/bin:/bin` },
      stdio: 'pipe',
    })
    const again = await runCli(['verify', images, '--attr', 'layered', ...manifestArgs], testEnv(), dir)
    expect(again.code, again.stderr).toBe(0)
    expect(readFileSync(join(dir, 'app.yaml'), 'utf8')).toContain(
      `image: ghcr.io/acme/app:${tag}   # runs`.replace('image: ', 'image: "').replace(`${tag}   #`, `${tag}"   #`),
    )
  })

  it('with --tag, needs no Nix; --json prints one object', async () => {
    const noNix = { ...testEnv(), PATH: '/nonexistent' }
    const verify = await runCli(['verify', ...manifestArgs, '--tag', OLD, '--json'], noNix, dir)
    expect(verify.code).toBe(1)
    const report = JSON.parse(verify.stdout)
    expect(report).toMatchObject({
      image: 'ghcr.io/acme/app',
      tag: OLD,
      ok: false,
      fix: expect.stringContaining(`--tag ${OLD}`),
    })
    // Every reference carries the tag but two, which name a digest alone: unknown without --digest.
    expect(report.findings.filter((finding: { ok: boolean }) => !finding.ok)).toEqual([
      expect.objectContaining({
        file: 'kustomization.yaml',
        line: 12,
        found: `ghcr.io/acme/app@sha256:${'1'.repeat(64)}`,
      }),
      expect.objectContaining({
        file: 'workloads.yml',
        line: 30,
        found: `ghcr.io/acme/app@sha256:${'1'.repeat(64)}`,
        expected: `ghcr.io/acme/app:${OLD}`,
      }),
    ])
    const withDigest = await runCli(
      ['verify', ...manifestArgs, '--tag', OLD, '--digest', `sha256:${'1'.repeat(64)}`],
      noNix,
      dir,
    )
    expect(withDigest.code, withDigest.stdout).toBe(0)

    const pin = await runCli(['pin', ...manifestArgs, '--tag', 'v2'], noNix, dir)
    expect(pin.code, pin.stderr).toBe(0)
    expect(pin.stderr).toContain(
      'Pinned ghcr.io/acme/app:v2 in app.yaml, kustomization.yaml, values.yaml, workloads.yml',
    )
    expect(readFileSync(join(dir, 'values.yaml'), 'utf8')).toContain('tag: "v2"')
  })

  it.each([
    [['verify', '--image', 'ghcr.io/acme/app', '--tag', 'x'], '--manifests is required'],
    [['verify', '--manifests', '*.yaml', '--tag', 'x'], '--image is required'],
    [
      ['verify', ...manifestArgs, '--tag', 'x', '--digest', 'sha256:nope'],
      "--digest 'sha256:nope' is not a sha256 digest",
    ],
    [
      ['verify', '--image', 'ghcr.io/acme/app', '--manifests', 'deploy/**/*.yaml', '--tag', 'x'],
      "--manifests 'deploy/**/*.yaml' matches no file",
    ],
    [
      ['verify', '--image', 'ghcr.io/acme/typo', '--manifests', '*.yaml', '--tag', 'x'],
      'no image in app.yaml, kustomization.yaml, values.yaml is from ghcr.io/acme/typo',
    ],
    [
      ['pin', '--image', 'ghcr.io/acme/app', '--manifests', join(fixturesDir, 'manifests/broken.yaml'), '--tag', 'x'],
      /broken\.yaml:\d+:\d+: not valid YAML: Flow sequence/,
    ],
  ])('%j fails with one line', async (args, message) => {
    const run = await runCli(args, testEnv(), dir)
    expect(run.code).not.toBe(0)
    expect(errorLine(run)).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})
