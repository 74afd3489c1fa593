import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startActionsCache, type ActionsCacheService } from '../helpers/actions-cache.js'
import { cachedStorePaths, forgetFromStore, narinfoOf, nixKeyPair } from '../helpers/binary-cache.js'
import { readCommandFile, runMain, runPost, runnerFiles, type RunnerFiles } from '../helpers/github.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'
import { readPage } from '../helpers/docs.js'

// docs/caching.md on GitHub: `cache: true` carries a binary cache folder between
// runs through @actions/cache, here against a loopback stand-in of the Actions cache service v2
// (what github.com runs), with the bundled dist/index.js and dist/post.js started as a runner does.

const root = resolve(import.meta.dirname, '../..')
const registry = useRegistry()
let service: ActionsCacheService
const work = mkdtempSync(join(tmpdir(), 'nix-image-action-cache-'))
const record = join(work, 'builds')
const expressions = { 'github.token': '' }

beforeAll(async () => {
  service = await startActionsCache()
  writeFileSync(record, '')
})
afterAll(async () => {
  await service?.stop()
})

// The checked-out repository: the same path in every run, as on GitHub's runners (main and post
// archive the cache folder by its path relative to GITHUB_WORKSPACE).
const checkout = join(work, 'workspace')

/** The repository at a commit whose application is `app`. */
function workspace(app: string): string {
  const dir = checkout
  cpSync(fixturesDir, dir, { recursive: true })
  const args = `{ system = "x86_64-linux"; salt = "action-cache"; record = ${JSON.stringify(record)}; app = ${JSON.stringify(app)}; }`
  writeFileSync(
    join(dir, 'flake.nix'),
    `{ outputs = { self }: { packages.x86_64-linux.image = (import ./cache-images.nix ${args}).image; }; }\n`,
  )
  return dir
}

const builds = (): number => readFileSync(record, 'utf8').split('\n').filter(Boolean).length

const env = (run: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({
    GITHUB_WORKSPACE: checkout,
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: String(run),
    GITHUB_RUN_ATTEMPT: '1',
    ...service.env,
    ...extra,
  })

// The step of docs/caching.md, pointed at the loopback registry.
const examplePath = join(root, 'examples/github/cache.yml')
const exampleText = readFileSync(examplePath, 'utf8')
const exampleStep = Object.values(
  (parse(exampleText) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> }).jobs,
)
  .flatMap((job) => job.steps)
  .find((step) => step.uses?.startsWith('nix-image/nix-image@'))

const inputs = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(exampleStep?.with ?? {}).map(([name, value]) => [name, String(value)])),
  image: `${registry.host}/action/cached`,
  'registry-username': registry.username,
  'registry-password': registry.password,
  'insecure-registry': 'true',
  ...extra,
})

/** The same runner paths, emptied: a fresh machine (the cache's version is a hash of its path). */
function freshRunner(files: RunnerFiles): void {
  for (const name of readdirSync(files.runnerTemp))
    rmSync(join(files.runnerTemp, name), { recursive: true, force: true })
  for (const file of [files.output, files.state, files.env, files.path, files.summary]) writeFileSync(file, '')
}

describe('cache: true, with the Actions cache service', () => {
  it('is the step in docs/caching.md', () => {
    expect(readPage('docs/caching.md')).toContain(exampleText.trim())
    expect(exampleStep?.with).toMatchObject({ cache: true })
  })

  it('a changed application on a fresh runner restores the cache and substitutes the dependency', async () => {
    const files = runnerFiles()
    const first = await runMain(inputs(), files, env(1), expressions, workspace('v1'))
    expect(first.code, first.stdout + first.stderr).toBe(0)
    expect(builds()).toBe(1)
    expect(first.stdout).toContain('No binary cache saved yet for this image')
    const firstCache = JSON.parse(readCommandFile(files.output).metadata ?? '{}').cache
    expect(firstCache.built.paths).toBeGreaterThan(2)
    // Not the image, nor the archive that assembles it.
    expect(firstCache.uploaded.paths).toBeLessThan(firstCache.built.paths)
    expect(firstCache.local.keyGenerated).toBe(true)
    const cacheDir = readCommandFile(files.state)['cache-dir'] ?? ''
    expect(cacheDir.startsWith(files.runnerTemp)).toBe(true)

    const post = await runPost(files, env(1))
    expect(post.code, post.stdout + post.stderr).toBe(0)
    expect(service.entries()).toEqual([
      expect.objectContaining({
        key: expect.stringMatching(/^nix-image-binary-cache-octo-org\/app-[0-9a-f]{16}-main-1-1$/),
      }),
    ])
    expect(service.requests).toEqual(
      expect.arrayContaining([
        'POST GetCacheEntryDownloadURL',
        'POST CreateCacheEntry',
        'POST FinalizeCacheEntryUpload',
      ]),
    )

    // A fresh runner: no cache folder, and a store without the dependency and what refers to it.
    const cachedDependency =
      cachedStorePaths(cacheDir).find((path) => path.includes('slow-dependency-action-cache')) ?? ''
    expect(cachedDependency).not.toBe('')
    freshRunner(files)
    forgetFromStore(cachedDependency, env(2))
    const second = await runMain(inputs(), files, env(2), expressions, workspace('v2'))
    expect(second.code, second.stdout + second.stderr).toBe(0)
    expect(second.stdout).toMatch(
      /Cache hit for restore-key: nix-image-binary-cache-octo-org\/app-[0-9a-f]{16}-main-1-1/,
    )
    expect(builds()).toBe(1)
    const secondCache = JSON.parse(readCommandFile(files.output).metadata ?? '{}').cache
    expect(secondCache.fromCache.paths).toBeGreaterThanOrEqual(1)
    expect(secondCache.local.keyGenerated).toBe(false)
    expect(readFileSync(files.summary, 'utf8')).toMatch(/Binary cache.*substituted from it/)
    expect((await runPost(files, env(2))).code).toBe(0)
    expect(service.entries()).toHaveLength(2)

    // The same commit again: the registry has the image, nothing is built, nothing saved.
    const third = await runMain(inputs(), files, env(3), expressions, workspace('v2'))
    expect(third.code, third.stdout + third.stderr).toBe(0)
    const post3 = await runPost(files, env(3))
    expect(post3.stdout).toContain('The binary cache is unchanged: not saving it')
    expect(service.entries()).toHaveLength(2)
  })
})

describe('binary-cache with a signing key', () => {
  it('masks the key, writes it to no file the step leaves, and signs what it uploads with it', async () => {
    const key = nixKeyPair(join(work, 'keys'), 'action-cache-1')
    const cacheDir = join(work, 'action-binary-cache')
    const files = runnerFiles()
    const run = await runMain(
      inputs({
        cache: 'false',
        'binary-cache': `file://${cacheDir}`,
        'binary-cache-secret-key': key.secret,
        'binary-cache-public-key': key.publicKey,
      }),
      files,
      env(20),
      expressions,
      workspace('signed'),
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${key.secret}`)
    const written = [files.output, files.state, files.env, files.path, files.summary].map((file) =>
      readFileSync(file, 'utf8'),
    )
    const printed = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect([...written, ...printed, run.stderr].join('\n')).not.toContain(key.secret.split(':')[1])
    const uploaded = cachedStorePaths(cacheDir)
    expect(uploaded.length).toBeGreaterThan(0)
    for (const path of uploaded)
      expect(readFileSync(narinfoOf(cacheDir, path), 'utf8')).toContain('Sig: action-cache-1:')
  })
})

describe('extra-nix-config reaches Nix', () => {
  it("docs/caching.md's remote builders and shared cache, in the configuration every Nix call of the step sees", async () => {
    const block = /```yaml\n( +extra-nix-config: \|\n[\s\S]*?)```/.exec(readPage('docs/caching.md'))?.[1] ?? ''
    const indent = /^ */.exec(block)?.[0].length ?? 0
    const extraNixConfig = String(
      (
        parse(
          block
            .split('\n')
            .map((line) => line.slice(indent))
            .join('\n'),
        ) as Record<string, unknown>
      )['extra-nix-config'],
    )
    const settings = extraNixConfig
      .trim()
      .split('\n')
      .map((line) => line.split(' = ') as [string, string])
    expect(settings.map(([name]) => name)).toEqual([
      'builders',
      'builders-use-substitutes',
      'extra-substituters',
      'extra-trusted-public-keys',
    ])

    const bin = mkdtempSync(join(work, 'bin-'))
    const seen = join(work, 'nix-config.json')
    // `nix show-config` (2.8; on 2.26 an alias of `nix config show`) with the step's environment.
    writeScript(bin, 'nix', `/usr/bin/nix show-config --json > "${seen}" 2>/dev/null\nexec /usr/bin/nix "$@"`)
    const files = runnerFiles()
    const run = await runMain(
      inputs({ push: 'false', cache: 'false', 'install-nix': 'false', 'extra-nix-config': extraNixConfig }),
      files,
      env(10, { PATH: `${bin}:${process.env.PATH}` }),
      expressions,
      workspace('config'),
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const config = JSON.parse(readFileSync(seen, 'utf8')) as Record<string, { value: unknown }>
    for (const [name, value] of settings) {
      const seenValue = config[name.replace(/^extra-/, '')]?.value
      if (name.startsWith('extra-')) expect(seenValue).toContain(value)
      else expect(String(seenValue)).toBe(value)
    }
  })
})
