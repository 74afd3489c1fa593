import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseImageName } from '../../src/core/registry/reference.js'
import { RegistryClient } from '../../src/core/registry/client.js'
import { runCli } from '../helpers/cli.js'
import { silentLogger } from '../helpers/logger.js'
import { testEnv } from '../helpers/nix.js'
import { nixpkgsCopy, standInNixpkgs } from '../helpers/nixpkgs.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'

// A rerun of a commit already pushed, answered by its source record: Nix is never called (a
// `nix` on PATH logs every call), on a fresh runner (the image not in the store, an empty Nix
// cache). Every source the record cannot answer for evaluates, and says why.

const fixtures = resolve(import.meta.dirname, '../fixtures')
const registry = useRegistry()
const work = mkdtempSync(join(tmpdir(), 'nix-image-source-record-'))
const nixLog = join(work, 'nix-calls.log')
let bin: string
let repo: string

const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { encoding: 'utf8' }).trim()

beforeAll(() => {
  // The Nix the runs find on PATH: records each call, then runs the real one.
  bin = join(work, 'bin')
  writeScript(bin, 'nix', `echo "nix $*" >> ${nixLog}\nexec /usr/bin/nix "$@"`)
  repo = mkdtempSync(join(work, 'repo-'))
  for (const file of ['images.nix', 'lib.nix', 'build-lib.sh']) copyFileSync(join(fixtures, file), join(repo, file))
  writeFileSync(
    join(repo, 'flake.nix'),
    `{
  outputs = { self }: {
    packages.x86_64-linux = {
      image = (import ./images.nix { system = "x86_64-linux"; content = "source-record"; }).layered;
      byRev = (import ./images.nix { system = "x86_64-linux"; content = "rev-\${self.rev or "dirty"}"; }).layered;
    };
  };
}
`,
  )
  writeFileSync(
    join(repo, 'flake.lock'),
    `${JSON.stringify({ nodes: { root: {} }, root: 'root', version: 7 }, null, 2)}\n`,
  )
  execFileSync('git', ['init', '-q', repo])
  git('add', '-A')
  git('commit', '-qm', 'first')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Result {
  image: string
  tag: string
  ref: string
  digest: string
  digestRef: string
  outPath: string
  kind: string
  tagSource: string
  pushed: boolean
  skipped: boolean
}

/** A run of `push .#attr` from the repository on a fresh runner: its result, its log, the Nix calls it made. */
async function push(attr: string, options: { extra?: string[]; path?: string } = {}) {
  rmSync(nixLog, { force: true })
  const env = testEnv({
    PATH: `${options.path ?? bin}:${process.env.PATH}`,
    XDG_CACHE_HOME: mkdtempSync(join(work, 'cache-')),
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
  })
  const args = [
    'push',
    `.#${attr}`,
    '--image',
    `${registry.host}/source/${attr.toLowerCase()}`,
    '--insecure-registry',
    '--json',
    ...(options.extra ?? []),
  ]
  const run = await runCli(args, env, repo, { freshRunner: true })
  expect(run.code, run.stderr).toBe(0)
  const calls = existsSync(nixLog) ? readFileSync(nixLog, 'utf8').trim() : ''
  return { result: JSON.parse(run.stdout) as Result, stderr: run.stderr, calls }
}

const reported = ({ image, tag, ref, digest, digestRef, outPath, kind, tagSource }: Result) => ({
  image,
  tag,
  ref,
  digest,
  digestRef,
  outPath,
  kind,
  tagSource,
})

/** Removes the image's out path from the store, as on a runner that never built it. */
const forget = (outPath: string) =>
  execFileSync('nix', ['store', 'delete', outPath], { env: testEnv(), stdio: 'ignore' })

const client = () =>
  new RegistryClient({
    image: parseImageName(`${registry.host}/source/image`),
    credentials: registry,
    insecure: true,
    logger: silentLogger,
  })

/** The source records of a repository: the tags named after a key. */
async function recordTags(repository: string): Promise<string[]> {
  const listed = new RegistryClient({
    image: parseImageName(`${registry.host}/${repository}`),
    credentials: registry,
    insecure: true,
    logger: silentLogger,
  })
  const tags = (await listed.listTags(100)).filter((name) => name.startsWith('nix-image-source-'))
  expect(tags.length).toBeGreaterThan(0)
  return tags
}

describe('a rerun of a commit already pushed', () => {
  let first: Awaited<ReturnType<typeof push>>

  it('records the source after the push, and a rerun on a fresh runner reports the image without calling Nix', async () => {
    first = await push('image')
    expect(first.result.pushed).toBe(true)
    expect(first.calls).toContain('nix ')
    expect(first.stderr).toContain(
      `No source record for commit ${git('rev-parse', 'HEAD').slice(0, 12)} #image: evaluating`,
    )
    expect(first.stderr).toContain('a rerun needs no Nix')

    forget(first.result.outPath)
    const rerun = await push('image')
    expect(rerun.calls).toBe('')
    expect(rerun.stderr).toContain('Nix is not run')
    expect(reported(rerun.result)).toEqual(reported(first.result))
    expect(rerun.result).toMatchObject({ pushed: false, skipped: true })
    // The record is an artifact whose subject is the image.
    const [tag] = await recordTags('source/image')
    const record = await client().getManifest(tag!)
    expect(JSON.parse(record.body.toString())).toMatchObject({
      artifactType: 'application/vnd.nix-image.source-record.v1+json',
      subject: { digest: first.result.digest },
    })
  })

  it.each([
    [
      'a modified tracked file',
      () => writeFileSync(join(repo, 'lib.nix'), `${readFileSync(join(repo, 'lib.nix'), 'utf8')}\n`),
      () => git('checkout', '--', 'lib.nix'),
    ],
    [
      'an untracked file that is git added',
      () => {
        writeFileSync(join(repo, 'new.txt'), 'x')
        git('add', 'new.txt')
      },
      () => {
        git('rm', '-q', '--cached', 'new.txt')
        rmSync(join(repo, 'new.txt'))
      },
    ],
  ])('evaluates with %s, and says why', async (_, change, undo) => {
    change()
    try {
      const run = await push('image')
      expect(run.calls).toContain('nix ')
      expect(run.stderr).toContain('No source record: tracked files are modified (git status); evaluating')
    } finally {
      undo()
    }
  })

  it('evaluates when another Nix would evaluate, with --no-source-record, and when the record is hostile', async () => {
    const otherBin = join(work, 'other-bin')
    writeScript(otherBin, 'nix', `echo "nix $*" >> ${nixLog}\n# another Nix\nexec /usr/bin/nix "$@"`)
    const other = await push('image', { path: otherBin })
    expect(other.calls).toContain('nix ')
    expect(other.stderr).toContain('No source record for commit')

    const off = await push('image', { extra: ['--no-source-record'] })
    expect(off.calls).toContain('nix ')
    expect(off.stderr).not.toContain('source record')

    // Someone who can push tags rewrites the record: its out path is no store path.
    const registryClient = client()
    for (const tag of await recordTags('source/image')) {
      const record = JSON.parse((await registryClient.getManifest(tag)).body.toString()) as {
        annotations: Record<string, string>
      }
      const image = JSON.parse(record.annotations['dev.nix-image.source.image']!) as Record<string, unknown>
      record.annotations['dev.nix-image.source.image'] = JSON.stringify({ ...image, outPath: '/etc/passwd' })
      await registryClient.putManifest(
        tag,
        'application/vnd.oci.image.manifest.v1+json',
        Buffer.from(JSON.stringify(record)),
      )
    }
    const hostile = await push('image')
    expect(hostile.calls).toContain('nix ')
    expect(hostile.stderr).toContain(
      'Source record refused: the source record is not one nix-image wrote (its out path is not a store path); evaluating',
    )
    expect(reported(hostile.result)).toEqual(reported(first.result))
  })

  it('evaluates when the tag moved to another image, or the image was deleted', async () => {
    // The hostile run above evaluated and wrote the record again: it holds.
    const holds = await push('image')
    expect(holds.calls).toBe('')
    const { result: other } = await push('byRev')
    // Another image pushed under the same tag (anyone who can push to the repository can).
    const tls = ['--src-tls-verify=false', '--dest-tls-verify=false', '--authfile', registry.authFile]
    execFileSync(
      'skopeo',
      ['copy', '--insecure-policy', ...tls, `docker://${other.digestRef}`, `docker://${first.result.ref}`],
      { stdio: 'ignore' },
    )
    const moved = await push('image')
    expect(moved.calls).toContain('nix ')
    expect(moved.stderr).toMatch(
      /Source record refused: the source record names \S+ at sha256:[0-9a-f]{64}, but the tag now names sha256:[0-9a-f]{64}; evaluating/,
    )

    await fetch(`http://${registry.host}/v2/source/image/manifests/${moved.result.digest}`, {
      method: 'DELETE',
      headers: {
        authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
      },
    })
    const deleted = await push('image')
    expect(deleted.calls).toContain('nix ')
    expect(deleted.stderr).toMatch(/which the registry no longer has; evaluating|No source record/)
    expect(deleted.result.pushed).toBe(true)
  })

  it('a new commit with the same tree gets a new key: an expression that reads self.rev is evaluated again', async () => {
    const before = await push('byRev')
    git('commit', '-q', '--allow-empty', '-m', 'same tree')
    const after = await push('byRev')
    expect(after.calls).toContain('nix ')
    expect(after.stderr).toContain(
      `No source record for commit ${git('rev-parse', 'HEAD').slice(0, 12)} #byRev: evaluating`,
    )
    expect(after.result.tag).not.toBe(before.result.tag)
  })

  it('a package list on a locked nixpkgs is answered without Nix; on a nixpkgs folder it evaluates', async () => {
    const locked = nixpkgsCopy(work).lockedFlakeRef()
    const list = ['--packages', 'jq']
    const run = (extra: string[]) =>
      runCli(
        ['push', ...list, ...extra, '--image', `${registry.host}/source/`, '--insecure-registry', '--json'],
        testEnv({
          PATH: `${bin}:${process.env.PATH}`,
          NIX_IMAGE_REGISTRY_USERNAME: registry.username,
          NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
        }),
        work,
        { freshRunner: true },
      )
    const calls = () => (existsSync(nixLog) ? readFileSync(nixLog, 'utf8').trim() : '')
    rmSync(nixLog, { force: true })
    const first = await run(['--nixpkgs', locked])
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr).toContain('a rerun needs no Nix')
    rmSync(nixLog, { force: true })
    const again = await run(['--nixpkgs', locked])
    expect(again.code, again.stderr).toBe(0)
    expect(calls()).toBe('')
    expect(JSON.parse(again.stdout)).toMatchObject({ digest: JSON.parse(first.stdout).digest, skipped: true })
    // A folder's content can change under the same path: no part of a key.
    const folder = await run(['-I', `nixpkgs=${standInNixpkgs}`])
    expect(folder.code, folder.stderr).toBe(0)
    expect(calls()).toContain('nix ')
    expect(folder.stderr).toContain(
      "No source record: the package list's nixpkgs is not a locked flake reference or a commit's tarball; evaluating",
    )
  })
})
