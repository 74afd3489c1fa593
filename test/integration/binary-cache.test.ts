import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type CliRun } from '../helpers/cli.js'
import {
  cacheProject,
  cachedStorePaths,
  dependencyPath,
  forgetFromStore,
  isValid,
  narinfoOf,
  nixKeyPair,
} from '../helpers/binary-cache.js'
import { fixturesDir, testEnv, testNixConfig } from '../helpers/nix.js'
import { watchCommandLines } from '../helpers/processes.js'
import { freePort } from '../helpers/registry.js'
import { useRegistry } from '../helpers/use-registry.js'
import { startHttpBinaryCache } from '../helpers/http-binary-cache.js'

// docs/caching.md with the CLI: file:// and HTTP binary caches,
// and a store from which the slow dependency was deleted between runs, as on a fresh CI runner.

const registry = useRegistry()
const work = mkdtempSync(join(tmpdir(), 'nix-image-binary-cache-'))
const key = () => nixKeyPair(join(work, 'keys'), `test-cache-${Math.random().toString(36).slice(2, 8)}`)

interface CacheJson {
  pushed: boolean
  outPath: string
  cache?: {
    built: { paths: number; bytes: number }
    substituted: { paths: number }
    fromCache: { paths: number; bytes: number }
    uploaded: { paths: number; bytes: number }
    uploadMs: number
    warnings: string[]
  }
  timings: Record<string, number>
}

const applicationPath = (file: string): string =>
  execFileSync('nix', ['eval', '--raw', '-f', file, 'application.outPath'], { env: env(), encoding: 'utf8' })

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return testEnv({
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    ...extra,
  })
}

async function push(
  file: string,
  repository: string,
  flags: string[],
  extra: NodeJS.ProcessEnv = {},
): Promise<{ run: CliRun; json: CacheJson }> {
  const run = await runCli(
    [
      'push',
      file,
      '--attr',
      'image',
      '--image',
      `${registry.host}/${repository}`,
      '--insecure-registry',
      '--json',
      ...flags,
    ],
    env(extra),
  )
  expect(run.code, run.stderr).toBe(0)
  return { run, json: JSON.parse(run.stdout) as CacheJson }
}

describe('--binary-cache', () => {
  it('a changed application on a fresh runner substitutes the dependency instead of building it', async () => {
    const project = cacheProject(work, 'cli-roundtrip')
    const cache = join(work, 'roundtrip-cache')
    const signing = key()
    const flags = ['--binary-cache', `file://${cache}`, '--binary-cache-public-key', signing.publicKey]
    const secretEnv = { NIX_IMAGE_BINARY_CACHE_SECRET_KEY: signing.secret }

    const watch = watchCommandLines()
    const first = await push(project.variant('v1'), 'cache/roundtrip', flags, secretEnv)
    const commandLines = watch.stop()
    expect(project.builds()).toBe(1)
    const dependency = dependencyPath(project.variant('v1'), env())
    const application = applicationPath(project.variant('v1'))
    expect(first.json.cache?.built.paths).toBeGreaterThan(2)
    expect(first.json.cache?.fromCache.paths).toBe(0)
    // The packages are in the cache, the dependency signed with the key; the image, and the
    // archive that assembles it, went to the registry only.
    expect(cachedStorePaths(cache)).toEqual(expect.arrayContaining([dependency, application]))
    expect(first.json.cache?.uploaded.paths).toBe(cachedStorePaths(cache).length)
    expect(first.json.cache?.uploaded.paths).toBeLessThan(first.json.cache?.built.paths ?? 0)
    expect(
      cachedStorePaths(cache).filter((path) => path === first.json.outPath || path.endsWith('-archive.tar')),
    ).toEqual([])
    expect(readFileSync(narinfoOf(cache, dependency), 'utf8')).toContain(`Sig: ${signing.publicKey.split(':')[0]}:`)
    // The key is on no command line and in no output.
    const secretPart = signing.secret.split(':')[1] ?? ''
    for (const text of [...commandLines, first.run.stdout, first.run.stderr]) expect(text).not.toContain(secretPart)
    expect(first.run.stderr).toMatch(/Binary cache: 0 paths substituted from it \(0 B\), \d+ built/)

    forgetFromStore(dependency, env())
    expect(isValid(dependency, env())).toBe(false)
    const second = await push(project.variant('v2'), 'cache/roundtrip', flags, secretEnv)
    expect(second.json.pushed).toBe(true)
    expect(project.builds()).toBe(1)
    expect(isValid(dependency, env())).toBe(true)
    expect(second.json.cache?.fromCache.paths).toBeGreaterThanOrEqual(1)
    expect(second.run.stderr).toContain(`copying path '${dependency}' from 'file://${cache}'`)
    // The new application was uploaded; the dependency was there already.
    expect(second.json.cache?.uploaded.paths).toBeLessThan(first.json.cache?.uploaded.paths ?? 0)
    expect(cachedStorePaths(cache)).toContain(applicationPath(project.variant('v2')))
    expect(second.json.cache?.built.paths).toBeLessThan(first.json.cache?.built.paths ?? 0)
  })

  it('an unsigned or tampered cache is refused by Nix, and the push still works by building', async () => {
    const project = cacheProject(work, 'cli-refused')
    const cache = join(work, 'refused-cache')
    const signing = key()
    // Uploaded without a key: unsigned entries.
    const unsigned = await push(project.variant('v1'), 'cache/refused', ['--binary-cache', `file://${cache}`])
    expect(unsigned.run.stderr).toContain('no signing key')
    const dependency = dependencyPath(project.variant('v1'), env())
    expect(readFileSync(narinfoOf(cache, dependency), 'utf8')).not.toContain('Sig:')
    forgetFromStore(dependency, env())

    const flags = ['--binary-cache', `file://${cache}`, '--binary-cache-public-key', signing.publicKey]
    const secretEnv = { NIX_IMAGE_BINARY_CACHE_SECRET_KEY: signing.secret }
    const refused = await push(project.variant('v2'), 'cache/refused', flags, secretEnv)
    expect(refused.json.pushed).toBe(true)
    expect(project.builds()).toBe(2)
    expect(refused.json.cache?.fromCache.paths).toBe(0)
    // The refused entry was replaced by a signed one.
    expect(readFileSync(narinfoOf(cache, dependency), 'utf8')).toContain(`Sig: ${signing.publicKey.split(':')[0]}:`)

    // A signature that no longer matches (the entry was edited): refused again.
    const narinfo = narinfoOf(cache, dependency)
    writeFileSync(
      narinfo,
      readFileSync(narinfo, 'utf8').replace(
        /^NarSize: (\d+)$/m,
        (_line, size: string) => `NarSize: ${Number(size) + 1}`,
      ),
    )
    forgetFromStore(dependency, env())
    const tampered = await push(project.variant('v3'), 'cache/refused', flags, secretEnv)
    expect(tampered.json.pushed).toBe(true)
    expect(project.builds()).toBe(3)

    // A damaged NAR under a valid signature: the download fails its hash check, Nix builds instead.
    const nar = join(cache, /^URL: (.+)$/m.exec(readFileSync(narinfo, 'utf8'))?.[1] ?? '')
    writeFileSync(nar, Buffer.concat([readFileSync(nar), Buffer.from('tampered')]))
    forgetFromStore(dependency, env())
    const damaged = await push(project.variant('v4'), 'cache/refused', flags, secretEnv)
    expect(damaged.json.pushed).toBe(true)
    expect(project.builds()).toBe(4)
  })

  it('uploads nothing that came from another substituter', async () => {
    const project = cacheProject(work, 'cli-upstream')
    const upstream = join(work, 'upstream-cache')
    const ours = join(work, 'our-cache')
    const upstreamKey = key()
    const signing = key()
    // cache.nixos.org's stand-in: the dependency is there, signed by its own key.
    const file = project.variant('v1')
    const dependency = dependencyPath(file, env())
    await runCli(['tag', file, '--attr', 'image'], env())
    execFileSync('nix-build', [file, '-A', 'dependency', '--no-out-link'], { env: env(), stdio: 'ignore' })
    execFileSync('nix', ['copy', '--to', `file://${upstream}?secret-key=${upstreamKey.secretFile}`, dependency], {
      env: env(),
      stdio: 'ignore',
    })
    forgetFromStore(dependency, env())
    expect(project.builds()).toBe(1)

    const upstreamConfig = `${testNixConfig}\nextra-substituters = file://${upstream}\nextra-trusted-public-keys = ${upstreamKey.publicKey}`
    const run = await push(
      project.variant('v2'),
      'cache/upstream',
      ['--binary-cache', `file://${ours}`, '--binary-cache-public-key', signing.publicKey],
      {
        NIX_CONFIG: upstreamConfig,
        NIX_IMAGE_BINARY_CACHE_SECRET_KEY: signing.secret,
      },
    )
    expect(project.builds()).toBe(1)
    expect(run.json.cache?.substituted.paths).toBeGreaterThanOrEqual(1)
    expect(run.json.cache?.fromCache.paths).toBe(0)
    expect(run.json.cache?.uploaded.paths).toBeGreaterThan(0)
    expect(cachedStorePaths(ours)).not.toContain(dependency)

    // What was uploaded substitutes on a fresh runner: its reference comes from upstream.
    const application = applicationPath(project.variant('v2'))
    expect(cachedStorePaths(ours)).toContain(application)
    forgetFromStore(dependency, env())
    const substituted = execFileSync(
      'nix-store',
      [
        '--realise',
        application,
        '--option',
        'extra-substituters',
        `file://${ours}`,
        '--option',
        'extra-trusted-public-keys',
        signing.publicKey,
      ],
      { env: env({ NIX_CONFIG: upstreamConfig }), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    )
    expect(substituted.trim()).toBe(application)
    expect(project.builds()).toBe(1)
  })

  it('a remote cache (HTTP PUT) gets the built paths and, once, the references it lacks', async () => {
    const project = cacheProject(work, 'cli-remote')
    const remote = await startHttpBinaryCache()
    const upstream = join(work, 'remote-upstream')
    const upstreamKey = key()
    const signing = key()
    try {
      // The dependency comes from elsewhere (cache.nixos.org's stand-in): the remote lacks it.
      const dependency = dependencyPath(project.variant('v1'), env())
      execFileSync('nix-build', [project.variant('v1'), '-A', 'dependency', '--no-out-link'], {
        env: env(),
        stdio: 'ignore',
      })
      execFileSync('nix', ['copy', '--to', `file://${upstream}?secret-key=${upstreamKey.secretFile}`, dependency], {
        env: env(),
        stdio: 'ignore',
      })
      forgetFromStore(dependency, env())
      const upstreamConfig = `${testNixConfig}\nextra-substituters = file://${upstream}\nextra-trusted-public-keys = ${upstreamKey.publicKey}`
      const flags = ['--binary-cache', remote.url, '--binary-cache-public-key', signing.publicKey]
      const secrets = { NIX_CONFIG: upstreamConfig, NIX_IMAGE_BINARY_CACHE_SECRET_KEY: signing.secret }

      const first = await push(project.variant('v2'), 'cache/remote', flags, secrets)
      expect(project.builds()).toBe(1)
      const application = applicationPath(project.variant('v2'))
      expect(remote.storePaths()).toEqual(expect.arrayContaining([application, dependency]))
      expect(first.run.stderr).toMatch(/lacked 1 path\(s\) the built ones refer to: uploaded them too/)
      expect(first.json.cache?.uploaded.paths).toBe(remote.storePaths().length)

      // The next commit: the dependency is there already, only the new application goes up.
      const second = await push(project.variant('v3'), 'cache/remote', flags, secrets)
      expect(second.json.cache?.uploaded.paths).toBe((first.json.cache?.uploaded.paths ?? 0) - 1)
      expect(
        remote.puts.filter((path) => path.endsWith('.narinfo') && path.startsWith(dependency.slice(11, 43))),
      ).toHaveLength(1)

      // A fresh runner with the remote cache alone substitutes the dependency, signed by the key.
      forgetFromStore(dependency, env())
      const third = await push(project.variant('v4'), 'cache/remote', flags, {
        NIX_IMAGE_BINARY_CACHE_SECRET_KEY: signing.secret,
      })
      expect(project.builds()).toBe(1)
      expect(third.json.cache?.fromCache.paths).toBeGreaterThanOrEqual(1)
      expect(third.run.stderr).toContain(`copying path '${dependency}' from '${remote.url}'`)
    } finally {
      await remote.stop()
    }
  })

  it('a cache that is down is a warning: the image is pushed', async () => {
    const project = cacheProject(work, 'cli-down', 0)
    const down = `http://127.0.0.1:${await freePort()}/cache`
    const signing = key()
    const { run, json } = await push(project.variant('v1'), 'cache/down', ['--binary-cache', down], {
      NIX_IMAGE_BINARY_CACHE_SECRET_KEY: signing.secret,
    })
    expect(json.pushed).toBe(true)
    expect(json.cache?.warnings).toHaveLength(1)
    expect(run.stderr).toMatch(
      /warning: could not upload to the binary cache http:\/\/127\.0\.0\.1:\d+\/cache: .+; the image is pushed anyway/,
    )
  })

  it('a set of images is pushed without the cache, and says so', async () => {
    const sets = join(mkdtempSync(join(work, 'sets-')), 'sets.nix')
    writeFileSync(sets, `import ${join(fixturesDir, 'sets.nix')} { content = "binary-cache-set"; }\n`)
    const run = await runCli(
      [
        'push',
        sets,
        '--attr',
        'monorepo',
        '--image',
        `${registry.host}/cache-set`,
        '--insecure-registry',
        '--binary-cache',
        `file://${join(work, 'set-cache')}`,
      ],
      env(),
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain(
      'warning: binary-cache and cache apply to a single image; this set of images is built without them',
    )
  })

  it('bad cache input gets one line that names it', async () => {
    const project = cacheProject(work, 'cli-bad', 0)
    const run = await runCli(
      [
        'push',
        project.variant('v1'),
        '--attr',
        'image',
        '--image',
        `${registry.host}/cache/bad`,
        '--binary-cache',
        'file:///tmp/x',
        '--binary-cache-public-key',
        'not-a-key',
      ],
      env(),
    )
    expect(run.code).toBe(1)
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('nix-image:')),
    ).toEqual([
      "nix-image: error: binary-cache-public-key 'not-a-key' is not a Nix public key: give it as NAME:BASE64, as in the cache's nix.conf trusted-public-keys line",
    ])
    const badKey = await runCli(
      [
        'push',
        project.variant('v1'),
        '--attr',
        'image',
        '--image',
        `${registry.host}/cache/bad`,
        '--binary-cache',
        'file:///tmp/x',
      ],
      env({ NIX_IMAGE_BINARY_CACHE_SECRET_KEY: 'oops' }),
    )
    expect(badKey.code).toBe(1)
    expect(badKey.stderr).toContain('NIX_IMAGE_BINARY_CACHE_SECRET_KEY is not a Nix binary cache secret key')
    expect(badKey.stderr).not.toContain('oops')
  })
})
