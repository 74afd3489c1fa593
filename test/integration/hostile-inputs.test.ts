import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorLine, runCli, type CliRun } from '../helpers/cli.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'
import { listTags } from '../helpers/skopeo.js'

// Classes 3-6 and 8 of the threat model: hostile inputs and hostile repository contents, each
// against the real Nix, skopeo and registry. Every refusal is one line with no stack.
const images = join(fixturesDir, 'images.nix')
const work = mkdtempSync(join(tmpdir(), 'nix-image-hostile-inputs-'))
const argvLog = join(work, 'argv.log')
const envDir = mkdtempSync(join(work, 'env-'))
const bin = mkdtempSync(join(work, 'wrappers-'))
// Wrappers record each nix and skopeo command line and environment, then run the real tool.
for (const tool of ['nix', 'skopeo']) {
  writeScript(
    bin,
    tool,
    `printf '%s\\n' "${tool} $*" >> ${argvLog}\nenv > "${envDir}/${tool}.$$"\nexec /usr/bin/${tool} "$@"`,
  )
}
const registry = useRegistry()

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({
    HOME: work,
    PATH: `${bin}:${process.env.PATH}`,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    ...extra,
  })
const push = (...args: string[]): string[] => [
  'push',
  images,
  '--attr',
  'archive',
  '--image',
  `${registry.host}/hostile/app`,
  '--insecure-registry',
  ...args,
]

function expectOneLine(run: CliRun, message: RegExp): void {
  expect(run.code).not.toBe(0)
  expect(errorLine(run)).toMatch(message)
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/)
  // Nothing raw that a terminal or a CI log would act on.
  expect(run.stderr + run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
}

describe('no input becomes an option of Nix', () => {
  const nixOptions = ['--impure', '--no-sandbox', '--allow-unsafe-native-code-during-evaluation', '--help']
  it.each(nixOptions)('--attr=%s is refused before Nix runs', async (option) => {
    const before = existsSync(argvLog) ? readFileSync(argvLog, 'utf8') : ''
    expectOneLine(
      await runCli(push(`--attr=${option}`), env()),
      /attr '--.*' starts with '-', which Nix would read as an option/,
    )
    const ran = (existsSync(argvLog) ? readFileSync(argvLog, 'utf8') : '').slice(before.length)
    expect(ran).not.toMatch(/ (eval|build) /)
  })

  it.each([
    [
      'an installable',
      () => ['push', '--image', 'ghcr.io/o/app', '--', '--impure'],
      /installable '--impure' starts with '-'/,
    ],
    ['a nix-path entry', () => push('--nix-path=--impure'), /nix-path entry '--impure' is malformed/],
  ])('%s starting with - is refused', async (_name, args, message) => {
    expectOneLine(await runCli(args(), env()), message)
  })
})

describe('every failure is one line', () => {
  it.each([
    [
      'a port over 65535',
      () => push('--image', '127.0.0.1:70000/app'),
      /--image '127\.0\.0\.1:70000\/app' has the port 70000, which is not between 1 and 65535/,
    ],
    ["--tag ''", () => push('--tag', ''), /tag '' is not a valid tag/],
  ])('%s', async (_name, args, message) => {
    expectOneLine(await runCli(args(), env()), message)
  })

  it("Nix's help text where JSON was expected", async () => {
    const helpBin = mkdtempSync(join(work, 'help-'))
    writeScript(
      helpBin,
      'nix',
      'case "$*" in *--version*) echo "nix (Nix) 2.8.0";; *) echo "Usage: nix eval [option...] installable"; echo "Evaluate a Nix expression.";; esac',
    )
    expectOneLine(
      await runCli(push(), env({ PATH: `${helpBin}:${process.env.PATH}` })),
      /nix eval of .* printed no JSON \(Usage: nix eval/,
    )
  })

  it('a damaged gzip archive: one line naming it, nothing pushed', async () => {
    const file = join(mkdtempSync(join(work, 'damaged-')), 'damaged.nix')
    // A gzip header, then bytes that are no deflate stream.
    writeFileSync(
      file,
      `derivation { name = "damaged.tar.gz"; system = builtins.currentSystem; builder = "/bin/sh";
        args = [ "-c" "printf '\\\\037\\\\213\\\\010\\\\000\\\\000\\\\000\\\\000\\\\000\\\\000\\\\003no-deflate-stream' > $out" ]; }\n`,
    )
    // skopeo 1.9.3 gets it unpacked by nix-image, later ones read it themselves.
    const run = await runCli(
      ['push', file, '--image', `${registry.host}/hostile/damaged`, '--insecure-registry'],
      env(),
    )
    expectOneLine(
      run,
      /cannot decompress \S+-damaged\.tar\.gz: |skopeo could not push .*hostile\/damaged.*(gzip|header|flate)/i,
    )
    expect(await listTags(registry, 'hostile/damaged')).toEqual([])
  })

  it('control characters in an installable are shown as text, never printed raw', async () => {
    const forged = 'archive\r\u001b[0Ksection_end:1:x\r\u001b[0K\nJob succeeded'
    expectOneLine(
      await runCli(push('--attr', forged), env()),
      /attr 'archive\\r\\e\[0Ksection_end:1:x\\r\\e\[0K\\nJob succeeded' contains a newline or control character/,
    )
  })
})

describe('repository contents are shown, never obeyed', () => {
  it("a manifest's image string with ESC and CR: verify prints them as text", async () => {
    const dir = mkdtempSync(join(work, 'escapes-'))
    writeFileSync(
      join(dir, 'app.yaml'),
      'kind: Pod\nspec:\n  containers:\n    - name: app\n      image: "registry.example/acme/app:old\\e[2K\\rJob succeeded"\n',
    )
    const run = await runCli(
      ['verify', '--image', 'registry.example/acme/app', '--manifests', 'app.yaml', '--tag', 'new'],
      env(),
      dir,
    )
    expectOneLine(run, /1 image reference of registry\.example\/acme\/app not at tag new/)
    expect(run.stdout).toContain(
      'found registry.example/acme/app:old\\e[2K\\rJob succeeded, expected registry.example/acme/app:new',
    )
  })
})

describe('children get only what they need', () => {
  it('no CI token, runner token or password reaches Nix or skopeo', async () => {
    const secrets = {
      CI_JOB_TOKEN: 'glcbt-job-token-1',
      CI_REPOSITORY_URL: 'https://gitlab-ci-token:glcbt-job-token-1@gitlab.example/g/p.git',
      CI_DEPENDENCY_PROXY_PASSWORD: 'dependency-proxy-2',
      ACTIONS_RUNTIME_TOKEN: 'actions-runtime-3',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-4',
      GITHUB_TOKEN: 'ghs_workflow-5',
    }
    // Earlier tests' dumps go (a new child may not reuse their PID-named file).
    for (const name of readdirSync(envDir)) rmSync(join(envDir, name))
    const run = await runCli(push('--no-skip-existing'), env(secrets))
    expect(run.code, run.stderr).toBe(0)
    const dumps = readdirSync(envDir).map((name) => [name, readFileSync(join(envDir, name), 'utf8')] as const)
    expect(dumps.some(([name]) => name.startsWith('skopeo.'))).toBe(true)
    for (const [name, dump] of dumps) {
      for (const value of [...Object.values(secrets), registry.password]) expect(dump, name).not.toContain(value)
      expect(dump).toMatch(/^PATH=/m)
    }
    expect(dumps.find(([name]) => name.startsWith('nix.'))?.[1]).toMatch(/^NIX_CONFIG=/m)
    expect(dumps.find(([name]) => name.startsWith('skopeo.'))?.[1]).not.toMatch(/^NIX_CONFIG=/m)
  })
})

describe('files go where the user meant', () => {
  const stale =
    'apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n    - name: app\n      image: registry.example/acme/app:old\n'
  const repo = (): { dir: string; outside: string } => {
    const dir = mkdtempSync(join(work, 'repo-'))
    const outside = join(mkdtempSync(join(work, 'outside-')), 'elsewhere.yaml')
    writeFileSync(outside, stale)
    mkdirSync(join(dir, 'deploy'))
    return { dir, outside }
  }
  const pin = (dir: string, manifests = 'deploy/*.yaml'): Promise<CliRun> =>
    runCli(
      ['pin', '--image', 'registry.example/acme/app', '--manifests', manifests, '--tag', 'new'],
      env({ PATH: '/nonexistent' }),
      dir,
    )

  it('pin does not write through a committed symlink out of the working tree', async () => {
    const { dir, outside } = repo()
    symlinkSync(outside, join(dir, 'deploy', 'app.yaml'))
    expectOneLine(
      await pin(dir),
      /manifest .*deploy\/app\.yaml leads out of the working tree through a symlink .*refusing to write there/,
    )
    expect(readFileSync(outside, 'utf8')).toBe(stale)
  })

  it('nor through a symlinked folder', async () => {
    const { dir, outside } = repo()
    symlinkSync(join(outside, '..'), join(dir, 'linked'))
    expectOneLine(await pin(dir, 'linked/*.yaml'), /leads out of the working tree through a symlink/)
    expect(readFileSync(outside, 'utf8')).toBe(stale)
  })

  it('a symlink inside the tree is followed to its target, and stays a link', async () => {
    const { dir } = repo()
    writeFileSync(join(dir, 'real.yaml'), stale)
    symlinkSync('../real.yaml', join(dir, 'deploy', 'app.yaml'))
    const run = await pin(dir)
    expect(run.code, run.stderr).toBe(0)
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toContain('app:new')
    expect(readdirSync(join(dir, 'deploy'), { withFileTypes: true })[0]?.isSymbolicLink()).toBe(true)
  })

  it('pin on a read-only file, as a user who may not write it: one line', async () => {
    const { dir } = repo()
    const file = join(dir, 'deploy', 'app.yaml')
    writeFileSync(file, stale)
    // Readable by the user, writable by nobody but root (who ignores modes: the CLI runs as nobody).
    for (const path of [work, dir, join(dir, 'deploy')]) chmodSync(path, 0o755)
    chmodSync(file, 0o444)
    const run = await runCli(
      ['pin', '--image', 'registry.example/acme/app', '--manifests', 'deploy/*.yaml', '--tag', 'new'],
      env({ PATH: '/nonexistent', HOME: '/nonexistent' }),
      dir,
      { asNobody: true },
    )
    expectOneLine(run, /cannot write manifest .*app\.yaml \((EPERM|EACCES)\): /)
    expect(readFileSync(file, 'utf8')).toBe(stale)
  })

  it.each([
    ['a symlink to /dev/zero', (path: string) => symlinkSync('/dev/zero', path), /is not a regular file \(a device\)/],
    // The glob skips a FIFO already; named alone, it must still not be opened for a blocking read.
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), /is not a regular file \(a FIFO\)|matches no file/],
  ])('verify of %s: one line, no hang', async (_name, make, message) => {
    const { dir } = repo()
    make(join(dir, 'deploy', 'app.yaml'))
    const run = await runCli(
      ['verify', '--image', 'registry.example/acme/app', '--manifests', 'deploy/app.yaml', '--tag', 'new'],
      env(),
      dir,
    )
    expectOneLine(run, message)
  })

  it('--manifest-file does not write through a symlink out of the working tree', async () => {
    const { dir, outside } = repo()
    symlinkSync(outside, join(dir, 'index.json'))
    const run = await runCli(push('--manifest-file', 'index.json'), env(), dir)
    expectOneLine(run, /manifest file index\.json leads out of the working tree through a symlink/)
    expect(readFileSync(outside, 'utf8')).toBe(stale)
  })
})

describe('a full disk', () => {
  /** The CLI with TMPDIR on a tmpfs of `size`, filled with `fill` bytes first (root only: it mounts). */
  const onSmallDisk = (size: string, fill: number, args: string[]): Promise<CliRun> => {
    const mount = mkdtempSync(join(work, 'disk-'))
    const script = `mount -t tmpfs -o size=${size} small "${mount}" && head -c ${fill} /dev/zero > "${mount}/fill" 2>/dev/null; exec "$@"`
    return runCli(args, env({ TMPDIR: mount }), undefined, {
      wrap: ['unshare', '--mount', '--', 'sh', '-c', script, 'sh'],
    })
  }

  it.runIf(process.getuid?.() === 0)('ENOSPC writing the auth file: one line, nothing pushed', async () => {
    expectOneLine(
      await onSmallDisk('8k', 8192, push('--no-skip-existing', '--image', `${registry.host}/hostile/full`)),
      /cannot write the auth file .*auth\.json \(ENOSPC\): the disk is full/,
    )
    expect(await listTags(registry, 'hostile/full')).toEqual([])
  })

  // skopeo before 1.10 needs the archive unpacked (nix-image does it); later ones read it as it is
  // and fill the run's folder themselves (--tmpdir): one line either way.
  it.runIf(process.getuid?.() === 0)('ENOSPC unpacking the archive: one line, nothing pushed', async () => {
    expectOneLine(
      await onSmallDisk('16k', 0, push('--no-skip-existing', '--image', `${registry.host}/hostile/unpack`)),
      /cannot write the unpacked image .*image\.tar \(ENOSPC\): the disk is full|skopeo could not push .*(no space left on device|short write)/,
    )
    expect(await listTags(registry, 'hostile/unpack')).toEqual([])
  })
})
