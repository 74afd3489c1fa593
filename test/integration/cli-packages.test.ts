import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorLine, runCli } from '../helpers/cli.js'
import { testEnv } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { closureOf, nixpkgsCopy, pulledLayers, standInNixpkgs } from '../helpers/nixpkgs.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { readPage } from '../helpers/docs.js'

// Images from a package list (Nixery's idea, pinned): the stand-in nixpkgs on -I nixpkgs= or as
// a locked flake, pushed to a loopback registry and read back.

const work = mkdtempSync(join(tmpdir(), 'nix-image-packages-'))
const pin = `nixpkgs=${standInNixpkgs}`
const registry = useRegistry()
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  env = testEnv({
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    NIX_PATH: '',
  })
})

interface Pushed {
  image: string
  tag: string
  ref: string
  digest: string
  pushed: boolean
  skipped: boolean
}

async function push(packages: string, image: string, ...flags: string[]): Promise<Pushed> {
  const run = await runCli(
    ['push', '--packages', packages, '--image', image, '--insecure-registry', '--json', ...flags],
    env,
  )
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as Pushed
}

async function tagOf(packages: string, ...flags: string[]): Promise<string> {
  const run = await runCli(['tag', '--packages', packages, ...flags], env)
  expect(run.code, run.stderr).toBe(0)
  return run.stdout.trim()
}

/** The command of docs/packages.md: its list and namespace, with the stand-in nixpkgs (locked) for the commit. */
function readmeCommand(): { packages: string; image: string; nixpkgs: string } {
  const [, packages = '', image = '', nixpkgs = ''] =
    /^nix-image push --packages '([^']+)' --image (\S+) \\\n\s+--nixpkgs (\S+)$/m.exec(readPage('docs/packages.md')) ??
    []
  return { packages, image, nixpkgs }
}

describe('the example of docs/packages.md: shell yq jq skopeo under a namespace', () => {
  it('is named as Nixery names it, holds exactly the closures, and a rerun pushes nothing', async () => {
    const example = readmeCommand()
    expect(example).toEqual({
      packages: 'shell yq jq skopeo',
      image: 'ghcr.io/acme/',
      nixpkgs: expect.stringMatching(/^github:NixOS\/nixpkgs\/[0-9a-f]{40}$/),
    })
    const first = await push(
      example.packages,
      example.image.replace('ghcr.io/acme/', `${registry.host}/tools/`),
      '--nixpkgs',
      nixpkgsCopy(work).lockedFlakeRef(),
    )
    expect(first).toMatchObject({ image: `${registry.host}/tools/shell/yq/jq/skopeo`, pushed: true, skipped: false })
    expect(first.tag).toBe(await tagOf('shell yq jq skopeo', '--nix-path', pin))
    expect(await inspectDigest(registry, first.ref)).toBe(first.digest)

    // One layer per store path of the closure, then the layer linking bin/ into /.
    const layers = pulledLayers(registry, first.ref, work)
    const storePaths = [
      ...new Set(
        layers
          .flat()
          .map((entry) => /^(?:\.\/)?nix\/store\/([^/]+)/.exec(entry)?.[1])
          .filter(Boolean),
      ),
    ]
      .map((name) => `/nix/store/${name}`)
      .sort()
    expect(storePaths).toEqual(closureOf(pin, ['bashInteractive', 'coreutils', 'cacert', 'yq', 'jq', 'skopeo']))
    const links = layers.at(-1) ?? []
    // bash and sh from bashInteractive, coreutils' tools (env among them), each package's program.
    for (const exe of ['bash', 'sh', 'coreutils', 'env', 'yq', 'jq', 'skopeo']) expect(links).toContain(`./bin/${exe}`)
    // extraCommands: a /tmp anyone may write, and /usr/bin/env (coreutils is in the list).
    expect(links).toEqual(expect.arrayContaining(['./tmp/', './usr/bin/env']))

    const blobs = registry.blobCount()
    const again = await runCli(
      [
        'push',
        '--packages',
        'shell yq jq skopeo',
        '--image',
        `${registry.host}/tools/`,
        '-I',
        pin,
        '--insecure-registry',
        '--json',
      ],
      env,
    )
    expect(again.code, again.stderr).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({
      tag: first.tag,
      digest: first.digest,
      pushed: false,
      skipped: true,
    })
    expect(again.stderr).not.toMatch(/==> Build|==> Push|building '/)
    expect(registry.blobCount()).toBe(blobs)
  })

  it('the order of the list and repeated names change neither the image nor its tag', async () => {
    expect(await tagOf('skopeo,jq yq shell jq', '-I', pin)).toBe(await tagOf('shell yq jq skopeo', '-I', pin))
  })

  it('a full repository is used as given', async () => {
    const result = await push('jq', `${registry.host}/team/jq-image`, '-I', pin, '--dry-run')
    expect(result.image).toBe(`${registry.host}/team/jq-image`)
  })
})

describe('the pin', () => {
  it('a different nixpkgs gives a different tag; the same tree pinned as a locked flake gives the same', async () => {
    const same = nixpkgsCopy(work)
    const newer = nixpkgsCopy(work, (text) =>
      text.replace('pname = "jq"; version = "1.7.1"', 'pname = "jq"; version = "1.7.2"'),
    )
    const base = await tagOf('shell jq', '-I', pin)
    expect(await tagOf('shell jq', '-I', same.nixPathEntry)).toBe(base)
    expect(await tagOf('shell jq', '--nixpkgs', same.lockedFlakeRef())).toBe(base)
    const moved = await tagOf('shell jq', '--nixpkgs', newer.lockedFlakeRef())
    expect(moved).toMatch(/^[0-9a-z]{32}$/)
    expect(moved).not.toBe(base)
    expect(await tagOf('shell jq', '-I', newer.nixPathEntry)).toBe(moved)
  })

  it('pushes from a locked flake', async () => {
    const result = await push('hello', `${registry.host}/pinned/`, '--nixpkgs', nixpkgsCopy(work).lockedFlakeRef())
    expect(result).toMatchObject({ image: `${registry.host}/pinned/hello`, pushed: true })
  })

  it.each([
    [[], /a package list needs a pinned nixpkgs.*--nixpkgs github:NixOS\/nixpkgs\/<commit>/],
    [
      ['--nixpkgs', 'github:NixOS/nixpkgs/nixos-24.05'],
      /nixpkgs 'github:NixOS\/nixpkgs\/nixos-24\.05' is not locked.*name a commit/,
    ],
    [['--nixpkgs', 'nixpkgs'], /nixpkgs 'nixpkgs' is not locked/],
    [['-I', 'nixpkgs=channel:nixos-24.05'], /nix-path nixpkgs=channel:nixos-24\.05 is a channel or branch/],
    [
      ['-I', 'nixpkgs=https://github.com/NixOS/nixpkgs/archive/nixos-unstable.tar.gz'],
      /is a channel or branch, which moves/,
    ],
  ])('refuses an unpinned nixpkgs (%j) with one line, pushing nothing', async (flags, message) => {
    // NIX_PATH names a nixpkgs, as on a machine with channels: it is still no pin.
    const run = await runCli(
      ['push', '--packages', 'jq', '--image', `${registry.host}/unpinned/`, '--insecure-registry', ...flags],
      { ...env, NIX_PATH: pin },
    )
    expect(run.code).toBe(1)
    expect(errorLine(run)).toMatch(message)
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('nix-image:')),
    ).toHaveLength(1)
    expect(await listTags(registry, 'unpinned/jq')).toEqual([])
  })

  it('--allow-unpinned takes NIX_PATH, and warns', async () => {
    const run = await runCli(['tag', '--packages', 'jq', '--allow-unpinned'], { ...env, NIX_PATH: pin })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout.trim()).toBe(await tagOf('jq', '-I', pin))
    expect(run.stderr).toMatch(/warning: nixpkgs is not pinned/)
  })
})

describe('skopeo', () => {
  it('comes from the list’s own pinned nixpkgs when the one on PATH is too old', async () => {
    const bin = mkdtempSync(join(work, 'oldskopeo-'))
    writeScript(bin, 'skopeo', 'echo "skopeo version 1.4.1"')
    symlinkSync('/usr/bin/nix', join(bin, 'nix'))
    // A flake pin and no NIX_PATH: there is no <nixpkgs> to fall back on.
    const run = await runCli(
      [
        'push',
        '--packages',
        'jq',
        '--image',
        `${registry.host}/oldskopeo/`,
        '--nixpkgs',
        nixpkgsCopy(work).lockedFlakeRef(),
        '--insecure-registry',
      ],
      {
        ...env,
        PATH: bin,
      },
    )
    expect(run.code, run.stderr).toBe(0)
    // The stand-in's skopeo package is named as nixpkgs' (skopeo-<version>) and runs the system's.
    expect(run.stderr).toMatch(
      /Pushing with skopeo \S+ \(built with Nix: \/nix\/store\/[0-9a-z]{32}-skopeo-1\.18\.0\/bin\/skopeo\)/,
    )
  })
})

describe('bad lists', () => {
  it('an unknown package fails with one line naming it and its near matches, pushing nothing', async () => {
    const run = await runCli(
      [
        'push',
        '--packages',
        'shell jqq python3Packages.request',
        '--image',
        `${registry.host}/bad/`,
        '-I',
        pin,
        '--insecure-registry',
      ],
      env,
    )
    expect(run.code).toBe(1)
    const line = errorLine(run)
    expect(line).toContain("'jqq' is not in nixpkgs (did you mean jq?)")
    expect(line).toContain("'python3Packages.request' is not in nixpkgs (did you mean python3Packages.requests?)")
    expect(line).not.toMatch(/shell|bashInteractive/)
    expect(run.stderr.split('\n').filter((text) => text.includes('error'))).toHaveLength(1)
    expect(await listTags(registry, 'bad/shell/jqq/python3packages.request')).toEqual([])
  })

  it('a package set is not a package', async () => {
    const run = await runCli(['tag', '--packages', 'python3Packages', '-I', pin], env)
    expect(errorLine(run)).toMatch(/'python3Packages' is a package set, not a package/)
  })

  it.each([
    ['jq $(touch x)', /'\$\(touch' is not a nixpkgs attribute path/],
    ['jq "x"', /'"x"' is not a nixpkgs attribute path/],
    ['a..b', /'a\.\.b' is not a nixpkgs attribute path/],
  ])('refuses %j before Nix sees it', async (packages, message) => {
    const run = await runCli(['tag', '--packages', packages, '-I', pin], env)
    expect(run.code).toBe(1)
    expect(errorLine(run)).toMatch(message)
    expect(run.stderr).not.toMatch(/Nix \d/)
  })

  it('refuses an installable beside the list', async () => {
    const run = await runCli(['tag', './default.nix', '--packages', 'jq', '-I', pin], env)
    expect(errorLine(run)).toMatch(/give no installable or attr with it/)
  })
})

describe('verify with a package list', () => {
  it('checks a deployment against the list’s tag without a registry', async () => {
    const tag = await tagOf('shell jq', '-I', pin)
    const manifest = join(work, 'job.yaml')
    const write = (image: string): void =>
      writeFileSync(
        manifest,
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`,
      )
    write(`registry.example/tools/shell/jq:${tag}`)
    const verify = (): ReturnType<typeof runCli> =>
      runCli(
        ['verify', '--packages', 'shell jq', '-I', pin, '--image', 'registry.example/tools/', '--manifests', manifest],
        env,
      )
    expect((await verify()).code).toBe(0)
    write('registry.example/tools/shell/jq:0000')
    const stale = await verify()
    expect(stale.code).toBe(1)
    expect(errorLine(stale)).toContain(`fix with: nix-image pin`)
    expect(readFileSync(manifest, 'utf8')).toContain(':0000')
  })
})
