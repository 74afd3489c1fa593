import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorLine, runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv, writeVariant } from '../helpers/nix.js'
import { watchCommandLines, writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'
import { listTags } from '../helpers/skopeo.js'
import { skopeoVersion } from '../../src/core/push/skopeo.js'

const images = join(fixturesDir, 'images.nix')
const work = mkdtempSync(join(tmpdir(), 'nix-image-errors-'))
const emptyHome = mkdtempSync(join(work, 'home-'))
const registry = useRegistry()

/** Credentials for the test registry, and a HOME without auth files. */
const withCredentials = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({
    HOME: emptyHome,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    ...extra,
  })

async function expectFailure(args: string[], env: NodeJS.ProcessEnv, message: RegExp, repo?: string): Promise<void> {
  const run = await runCli(args, env)
  expect(run.code).not.toBe(0)
  expect(errorLine(run)).toMatch(message)
  // One clear line, no stack trace.
  expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
  if (repo) expect(await listTags(registry, repo)).toEqual([])
}

const push = (repo: string, ...args: string[]): string[] => [
  'push',
  '--image',
  `${registry.host}/${repo}`,
  '--insecure-registry',
  ...args,
]

describe('each failure ends with one clear line, a non-zero exit and nothing pushed', () => {
  it('nix missing', async () => {
    const bin = mkdtempSync(join(work, 'nonix-'))
    await expectFailure(
      push('err/nonix', images, '--attr', 'archive'),
      withCredentials({ PATH: bin }),
      /nix is not installed or not on PATH: install Nix/,
      'err/nonix',
    )
  })

  // On every Nix: Nix 2.2x prints the trace first and the message last, 2.8 the message first.
  it.each([
    ['evalError', /failed: fixture evaluation error/],
    ['evalDeepThrow', /failed: fixture-pkg-1\.0 is marked as broken, refusing to evaluate/],
    ['evalAbort', /failed: evaluation aborted with the following error message: 'fixture abort message'/],
    ['evalAssert', /failed: assertion '.*pathExists \/nonexistent-fixture-path.*' failed/],
  ])('an evaluation error (%s), with Nix own message', async (attr, message) => {
    await expectFailure(
      push('err/eval', images, '--attr', attr),
      withCredentials(),
      new RegExp(`evaluation of .*images\\.nix \\(attribute ${attr}\\) ${message.source}`),
      'err/eval',
    )
  })

  it('an attribute that does not exist', async () => {
    await expectFailure(
      push('err/attr', images, '--attr', 'nope'),
      withCredentials(),
      /attribute 'nope'.*check attr/,
      'err/attr',
    )
  })

  it('a Nix file that does not exist', async () => {
    await expectFailure(
      push('err/file', join(work, 'missing.nix')),
      withCredentials(),
      /Nix file .*missing\.nix does not exist/,
      'err/file',
    )
  })

  it('an output that is not an image', async () => {
    await expectFailure(
      push('err/notimage', images, '--attr', 'notImage'),
      withCredentials(),
      /is not a container image: expected dockerTools/,
      'err/notimage',
    )
  })

  it.each([
    [
      'an image with a tag',
      ['push', images, '--attr', 'archive', '--image', 'ghcr.io/o/app:latest'],
      /--image 'ghcr\.io\/o\/app:latest' carries a tag/,
    ],
    [
      'an invalid repository',
      ['push', images, '--attr', 'archive', '--image', 'ghcr.io/o/-app'],
      /--image .* has an invalid repository/,
    ],
    [
      'an invalid tag',
      ['push', images, '--attr', 'archive', '--image', 'ghcr.io/o/app', '--tag', 'bad tag'],
      /tag 'bad tag' is not a valid tag/,
    ],
    [
      'an invalid extra tag',
      ['push', images, '--attr', 'archive', '--image', 'ghcr.io/o/app', '--extra-tag', '$(id)'],
      /extra-tag '\$\(id\)' is not a valid tag/,
    ],
    [
      'a nix-path that does not exist',
      ['push', images, '--attr', 'archive', '--image', 'ghcr.io/o/app', '-I', 'nixpkgs=/nonexistent'],
      /nix-path entry 'nixpkgs=\/nonexistent': \/nonexistent does not exist/,
    ],
    ['an unknown option', ['push', '--bogus'], /Unknown option '--bogus'/],
  ])('%s', async (_name, args, message) => {
    await expectFailure(args, withCredentials(), message)
  })

  it('an unreachable registry, within a bounded time', async () => {
    const started = Date.now()
    await expectFailure(
      ['push', images, '--attr', 'archive', '--image', '127.0.0.1:9/app', '--insecure-registry'],
      withCredentials(),
      /registry 127\.0\.0\.1:9 is unreachable \(ECONNREFUSED\): check the registry host .*gave up after 5 attempts/,
    )
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('a wrong password', async () => {
    await expectFailure(
      push('err/auth', images, '--attr', 'archive'),
      withCredentials({ NIX_IMAGE_REGISTRY_PASSWORD: 'wrong' }),
      /rejected the credentials \(401\): check the registry username and password/,
      'err/auth',
    )
  })

  it('no credentials at all', async () => {
    const env = withCredentials()
    delete env.NIX_IMAGE_REGISTRY_USERNAME
    delete env.NIX_IMAGE_REGISTRY_PASSWORD
    await expectFailure(
      push('err/nocreds', images, '--attr', 'archive'),
      env,
      /requires credentials \(401\)/,
      'err/nocreds',
    )
  })

  it('TLS towards a plain-HTTP registry without --insecure-registry', async () => {
    await expectFailure(
      ['push', images, '--attr', 'archive', '--image', `${registry.host}/err/tls`],
      withCredentials(),
      /TLS connection to .* failed .*set insecure-registry/,
      'err/tls',
    )
  })

  it('a skopeo failure', async () => {
    const bin = mkdtempSync(join(work, 'badskopeo-'))
    writeScript(
      bin,
      'skopeo',
      `case "$1" in --version) echo "skopeo version 1.13.3";; *) echo 'time="x" level=fatal msg="writing blob: disk quota exceeded"' >&2; exit 1;; esac`,
    )
    const variant = writeVariant(work, 'skopeo-failure')
    await expectFailure(
      push('err/skopeo', variant, '--attr', 'layeredZstd'),
      withCredentials({ PATH: `${bin}:${process.env.PATH}` }),
      /skopeo could not push .*err\/skopeo:.*: writing blob: disk quota exceeded/,
      'err/skopeo',
    )
  })
})

describe('skopeo', () => {
  it('is built with Nix from the pinned nixpkgs when the system one is too old, and the log says so', async () => {
    const bin = mkdtempSync(join(work, 'oldskopeo-'))
    writeScript(bin, 'skopeo', 'echo "skopeo version 1.4.1"; exit 0')
    symlinkSync('/usr/bin/nix', join(bin, 'nix'))
    const nixpkgs = mkdtempSync(join(work, 'nixpkgs-'))
    writeFileSync(
      join(nixpkgs, 'default.nix'),
      `{ ... }: { skopeo = derivation {
        name = "skopeo-from-test-nixpkgs"; system = builtins.currentSystem; builder = "/bin/sh";
        args = [ "-c" "/bin/mkdir -p $out/bin && printf '#!/bin/sh\\\\nexec /usr/bin/skopeo \\"$@\\"\\\\n' > $out/bin/skopeo && /bin/chmod +x $out/bin/skopeo" ];
      }; }`,
    )
    const variant = writeVariant(work, 'nix-skopeo')
    const run = await runCli(
      push('nixskopeo/app', variant, '--attr', 'layeredZstd', '-I', `nixpkgs=${nixpkgs}`),
      withCredentials({ PATH: bin }),
    )
    // The one second evaluation a run may make, said in the log (issue 26).
    expect(run.stderr).toMatch(
      /skopeo 1\.4\.1 on PATH is older than 1\.6 .*building skopeo with Nix.*a second evaluation/,
    )
    // The stand-in runs the system skopeo, whatever its version (1.9.3 on Debian 12, 1.18.0 on 13).
    const version = (await skopeoVersion('/usr/bin/skopeo')) ?? ''
    expect(run.stderr).toContain(`Pushing with skopeo ${version} (built with Nix: /nix/store/`)
    expect(run.stderr).toMatch(/-skopeo-from-test-nixpkgs\/bin\/skopeo\)/)
    // PATH holds no zstd program: skopeo reads the zstd archive itself.
    expect(run.stderr).toMatch(/no zstd program on PATH: skopeo reads \S+\.tar\.zst itself/)
    expect(run.code, run.stderr).toBe(0)
  })
})

describe('secrets', () => {
  it('the password is on no command line and in no output, and the auth file is gone afterwards', async () => {
    const temp = mkdtempSync(join(work, 'tmp-'))
    // Wrappers log every nix and skopeo command line before running the real tool; sampling
    // /proc also catches what they do not start (copy-to, children of children).
    const bin = mkdtempSync(join(work, 'wrappers-'))
    const argvLog = join(work, 'argv.log')
    for (const tool of ['nix', 'skopeo'])
      writeScript(bin, tool, `printf '%s\\n' "${tool} $*" >> ${argvLog}\nexec /usr/bin/${tool} "$@"`)
    const env = withCredentials({ TMPDIR: temp, PATH: `${bin}:${process.env.PATH}` })
    const watcher = watchCommandLines()
    const runs = [
      await runCli(
        push('secret/archive', writeVariant(work, 'secret'), '--attr', 'layered', '--extra-tag', 'latest'),
        env,
      ),
      await runCli(push('secret/n2c', writeVariant(work, 'secret-n2c'), '--attr', 'n2c'), env),
      await runCli(push('secret/auth', images, '--attr', 'archive'), {
        ...env,
        NIX_IMAGE_REGISTRY_PASSWORD: `${registry.password}x`,
      }),
    ]
    const commandLines = [...watcher.stop(), ...readFileSync(argvLog, 'utf8').split('\n')]
    expect(runs.map((run) => run.code)).toEqual([0, 0, 1])
    expect(commandLines.some((line) => /^skopeo .*copy .*--dest-authfile/.test(line))).toBe(true)
    expect(runs[1]!.stderr).toMatch(/Running skopeo --insecure-policy copy nix:.* --dest-authfile/)
    // Neither the password nor the Authorization header it becomes.
    const secrets = [registry.password, Buffer.from(`${registry.username}:${registry.password}`).toString('base64')]
    for (const secret of secrets) {
      for (const line of commandLines) expect(line).not.toContain(secret)
      for (const run of runs) expect(run.stdout + run.stderr).not.toContain(secret)
    }
    expect(readdirSync(temp)).toEqual([])
  })
})
