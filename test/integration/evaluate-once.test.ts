import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { errorLine, runCli, type CliRun } from '../helpers/cli.js'
import { costlyFile, costlyFlake, evaluations } from '../helpers/costly.js'
import { testEnv } from '../helpers/nix.js'
import { nixpkgsCopy } from '../helpers/nixpkgs.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest } from '../helpers/skopeo.js'

// Issue 26: a cold push evaluates the installable once. The evaluation that tells the tag names
// the store derivations, and the build builds those: a second evaluation of a real project
// (nixpkgs, a module system) costs as much as the first. Each fixture prints a trace once per
// evaluation; a `nix` on PATH notes each call, to see what the build was asked for.

const work = mkdtempSync(join(tmpdir(), 'nix-image-evaluate-once-'))
const nixCalls = join(work, 'nix.calls')
const wrapperBin = join(work, 'bin')
writeScript(wrapperBin, 'nix', `echo "$*" >> "${nixCalls}"\nexec /usr/bin/nix "$@"`)
const registry = useRegistry()
let env: NodeJS.ProcessEnv

beforeAll(() => {
  env = testEnv({
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    PATH: `${wrapperBin}:${process.env.PATH}`,
    NIX_PATH: '',
  })
})
beforeEach(() => writeFileSync(nixCalls, ''))

// Few attributes, small layers: the count is what these tests read, not the cost. Content no
// earlier run built: a cold push, whose store lacks the image.
const small = { attributes: 1000, sizeMiB: 4 }
const fresh = (name: string): string => `${name}-${Date.now()}`

/** The store paths each `nix build` call of the run named (`<drv>` or `<drv>^*`), by name, sorted. */
function builds(): string[][] {
  const lines = readFileSync(nixCalls, 'utf8')
    .split('\n')
    .filter((line) => / build /.test(` ${line} `))
  const name = (path: string): string => path.replace(/^\/nix\/store\/[a-z0-9]{32}-/, '').replace(/\^\*$/, '')
  return lines.map((line) =>
    line
      .split(' ')
      .filter((arg) => arg.startsWith('/nix/store/'))
      .map(name)
      .sort(),
  )
}

function expectDerivationBuilds(): void {
  const lines = readFileSync(nixCalls, 'utf8')
    .split('\n')
    .filter((line) => / build /.test(` ${line} `))
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) {
    expect(line).not.toMatch(/ --file | --expr |#/)
    expect(line).toMatch(/\/nix\/store\/[a-z0-9]{32}-[^ ]+\.drv(\^\*)?( |$)/)
  }
}

async function push(
  installable: string,
  image: string,
  ...flags: string[]
): Promise<CliRun & { result: Record<string, unknown> }> {
  const run = await runCli(
    ['push', installable, '--image', `${registry.host}/${image}`, '--insecure-registry', '--json', ...flags],
    env,
  )
  expect(run.code, run.stderr).toBe(0)
  return { ...run, result: JSON.parse(run.stdout) as Record<string, unknown> }
}

describe('a cold push evaluates once and builds the derivations evaluation named', () => {
  it('a Nix file', async () => {
    const file = costlyFile(work, { content: fresh('file'), ...small })
    const run = await push(file, 'once/file', '--attr', 'zstd')
    expect(run.result).toMatchObject({ pushed: true, kind: 'docker-archive' })
    expect(evaluations(run.stderr)).toBe(1)
    expectDerivationBuilds()
    expect(builds()).toEqual([['costly.tar.zst.drv']])
    expect(existsSync(run.result.outPath as string)).toBe(true)
    expect(await inspectDigest(registry, run.result.ref as string)).toBe(run.result.digest)

    // The rerun finds the tag: one evaluation, nothing built.
    writeFileSync(nixCalls, '')
    const rerun = await push(file, 'once/file', '--attr', 'zstd')
    expect(rerun.result).toMatchObject({ pushed: false, skipped: true })
    expect(evaluations(rerun.stderr)).toBe(1)
    expect(builds()).toEqual([])
  })

  it('a nix2container image, with its copyTo', async () => {
    const run = await push(costlyFile(work, { content: fresh('n2c'), ...small }), 'once/n2c', '--attr', 'n2c')
    expect(run.result).toMatchObject({ pushed: true, kind: 'nix2container' })
    expect(evaluations(run.stderr)).toBe(1)
    expectDerivationBuilds()
    expect(builds()).toEqual([['copy-to-costly.drv', 'image-costly.json.drv']])
  })

  it('a build that fails: one line naming the builder and its last line, after one evaluation', async () => {
    const file = costlyFile(work, { content: fresh('broken'), ...small })
    const run = await runCli(
      ['push', file, '--attr', 'broken', '--image', `${registry.host}/once/broken`, '--insecure-registry'],
      env,
    )
    expect(run.code).toBe(1)
    expect(errorLine(run)).toMatch(
      /^nix-image: error: nix build of .*images\.nix \(attribute broken\) failed: builder for '\/nix\/store\/[a-z0-9]{32}-costly-broken\.tar\.zst\.drv' failed with exit code 1; last log line: fixture build failure$/,
    )
    expect(evaluations(run.stderr)).toBe(1)
    expectDerivationBuilds()
  })

  it('an image whose evaluation imports from a derivation', async () => {
    const run = await push(
      costlyFile(work, { content: fresh('ifd'), ...small }),
      'once/ifd',
      '--attr',
      'fromDerivation',
    )
    expect(run.result).toMatchObject({ pushed: true })
    expect(evaluations(run.stderr)).toBe(1)
    expectDerivationBuilds()
  })

  it('a flake whose big input a fresh runner fetches first', async () => {
    const flake = costlyFlake(work, { content: fresh('flake'), inputMiB: 8, ...small })
    // A fresh runner: no fetcher cache, no evaluation cache.
    const cache = mkdtempSync(join(work, 'cache-'))
    const run = await runCli(
      ['push', `${flake.ref}#images.zstd`, '--image', `${registry.host}/once/flake`, '--insecure-registry', '--json'],
      { ...env, XDG_CACHE_HOME: cache },
    )
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ pushed: true })
    expect(evaluations(run.stderr)).toBe(1)
    expectDerivationBuilds()
  })

  it('a set of images: one evaluation, one build of both', async () => {
    const run = await runCli(
      [
        'push',
        costlyFile(work, { content: fresh('set'), ...small }),
        '--attr',
        'set',
        '--image',
        `${registry.host}/once/set`,
        '--insecure-registry',
        '--json',
      ],
      env,
    )
    expect(run.code, run.stderr).toBe(0)
    const { images } = JSON.parse(run.stdout) as { images: { name: string; pushed: boolean }[] }
    expect(images.map((image) => [image.name, image.pushed])).toEqual([
      ['api', true],
      ['worker', true],
    ])
    expect(evaluations(run.stderr)).toBe(1)
    expectDerivationBuilds()
    expect(builds()).toEqual([['api.tar.zst.drv', 'worker.tar.zst.drv']])
  })

  it('a package list: its generated expression, evaluated once', async () => {
    // The stand-in nixpkgs, tracing each evaluation, with a package no other test has built.
    const nixpkgs = nixpkgsCopy(work, (text) =>
      text
        .replace(
          'fixtures = import ../lib.nix { inherit system; };',
          'fixtures = builtins.trace "nix-image fixture: evaluated nixpkgs" (import ../lib.nix { inherit system; });',
        )
        .replace('version = "2.12.1"', `version = "2.12.1-${Date.now()}"`),
    )
    const run = await runCli(
      [
        'push',
        '--packages',
        'hello',
        '--nix-path',
        nixpkgs.nixPathEntry,
        '--image',
        `${registry.host}/once/packages`,
        '--insecure-registry',
        '--json',
      ],
      env,
    )
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ pushed: true })
    expect(evaluations(run.stderr)).toBe(1)
    expectDerivationBuilds()
  })
})
