import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { checkoutWithFlake, runMain, runnerFiles } from '../helpers/github.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'

// What a run promises whatever the image (issue 24): a skip builds nothing; a child gets the
// environment meant for it and no other; a run's words say what it did.

const registry = useRegistry()
const work = mkdtempSync(join(tmpdir(), 'nix-image-invariants-'))
let env: NodeJS.ProcessEnv

beforeAll(() => {
  env = testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
})

/** images.nix with this file's own layer text: images no other test built or pushed. */
function variant(content: string): string {
  const path = join(mkdtempSync(join(work, 'variant-')), 'images.nix')
  writeFileSync(path, `import ${join(fixturesDir, 'images.nix')} { content = ${JSON.stringify(content)}; }\n`)
  return path
}

async function push(file: string, repo: string, ...flags: string[]) {
  const args = ['push', file, '--attr', 'layeredZstd', '--image', `${registry.host}/${repo}`, '--insecure-registry']
  const run = await runCli([...args, '--json', ...flags], env)
  expect(run.code, run.stderr).toBe(0)
  return {
    ...run,
    result: JSON.parse(run.stdout) as {
      outPath: string
      pushed: boolean
      skipped: boolean
      reason: string
      sbom?: unknown
    },
  }
}

/** Takes the image out of the local store, as on a fresh runner that did not build it. */
function forget(outPath: string): void {
  execFileSync('nix-store', ['--delete', outPath], { env, stdio: 'ignore' })
  expect(existsSync(outPath)).toBe(false)
}

describe('a skip builds nothing', () => {
  it('with an SBOM in the registry: the image stays out of the store, and the run says nothing was built', async () => {
    const file = variant('skip with sbom')
    const first = await push(file, 'skip/with-sbom')
    expect(first.result.pushed).toBe(true)
    forget(first.result.outPath)
    const again = await push(file, 'skip/with-sbom')
    expect(again.result).toMatchObject({ pushed: false, skipped: true, sbom: { state: 'present' } })
    expect(again.result.reason).toMatch(/nothing built, nothing pushed$/)
    expect(existsSync(first.result.outPath)).toBe(false)
  })

  it('without an SBOM in the registry: nothing is built to make one; one line says how to attach it', async () => {
    const file = variant('skip without sbom')
    const first = await push(file, 'skip/without-sbom', '--no-sbom')
    forget(first.result.outPath)
    const again = await push(file, 'skip/without-sbom')
    expect(again.result).toMatchObject({ pushed: false, skipped: true })
    expect(again.result.sbom).toBeUndefined()
    expect(again.result.reason).toMatch(/nothing built, nothing pushed$/)
    expect(existsSync(first.result.outPath)).toBe(false)
    const lines = again.stderr.split('\n').filter((line) => line.includes('no SBOM for'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/a skip builds nothing .*build it with Nix and run again, or run with skip-existing off/)

    // Built (as the line says), the next skip attaches it from the store, still building nothing more.
    execFileSync('nix-build', [file, '-A', 'layeredZstd', '--no-out-link'], { env, stdio: 'ignore' })
    const attached = await push(file, 'skip/without-sbom')
    expect(attached.result).toMatchObject({ pushed: false, skipped: true, sbom: { state: 'attached' } })
  })
})

describe("every child's environment from one place", () => {
  it("a stream image's script gets neither Nix's settings (the workflow token in NIX_CONFIG) nor the registry password", async () => {
    const dump = join(mkdtempSync(join(work, 'dump-')), 'env.txt')
    // A stream image whose script writes down the environment it was started with, then streams.
    const expression = `let
      lib = import ./lib.nix { system = "x86_64-linux"; };
      inner = (import ./images.nix { system = "x86_64-linux"; content = "child env"; }).stream;
    in lib.run "stream-envdump" { inherit inner; } ''
      printf '#!/bin/sh\\n/usr/bin/env > ${dump}\\nexec %s\\n' "$inner" > "$out"
      chmod +x "$out"
    ''`
    const workspace = checkoutWithFlake('{ outputs = { self }: { }; }\n')
    writeFileSync(join(workspace, 'envdump.nix'), `${expression}\n`)
    const token = `ghs_${'s3cr3t'.repeat(6)}`
    const files = runnerFiles()
    const run = await runMain(
      {
        installable: './envdump.nix',
        image: `${registry.host}/children/stream`,
        'registry-username': registry.username,
        'registry-password': registry.password,
        'insecure-registry': 'true',
        'install-nix': 'false',
        'source-record': 'false',
      },
      files,
      testEnv({ GITHUB_REPOSITORY: 'o/app', GITHUB_WORKSPACE: workspace }),
      { 'github.token': token },
      workspace,
    )
    expect(run.code, run.stderr + run.stdout).toBe(0)
    const seen = readFileSync(dump, 'utf8')
    expect(seen).toMatch(/^PATH=/m)
    expect(seen).not.toMatch(/^NIX_CONFIG=/m)
    expect(seen).not.toContain(token)
    expect(seen).not.toContain(registry.password)
  })
})
