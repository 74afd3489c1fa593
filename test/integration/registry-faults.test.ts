import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliNode, cliPath, errorLine, runCli, type CliRun } from '../helpers/cli.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { processesWith, until } from '../helpers/processes.js'
import { isSkopeoUpload, startProxy, type FaultRule, type RegistryProxy } from '../helpers/proxy.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'

// A fault-injecting proxy sits between the product (and its skopeo) and the registry.
const registry = useRegistry()
let proxy: RegistryProxy
const work = mkdtempSync(join(tmpdir(), 'nix-image-faults-'))

beforeAll(async () => {
  proxy = await startProxy(registry.host)
})
afterAll(async () => {
  await proxy?.stop()
})

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({
    HOME: work,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
    ...extra,
  })
const pushArgs = (file: string, repo: string): string[] => [
  'push',
  file,
  '--attr',
  'layeredZstd',
  '--image',
  `${proxy.host}/${repo}`,
  '--insecure-registry',
  '--json',
]
const isUpload = (req: { method?: string; url?: string }): boolean => (req.url ?? '').includes('/blobs/uploads/')
const isManifest =
  (method: string) =>
  (req: { method?: string; url?: string }): boolean =>
    req.method === method && (req.url ?? '').includes('/manifests/')
/** The product's own existence check (skopeo, whose user agent is containers/image, asks too). */
const isCheck = (req: { method?: string; url?: string; headers: Record<string, unknown> }): boolean =>
  isManifest('HEAD')(req) && !String(req.headers['user-agent']).startsWith('containers/')
const requestsTo = (pattern: RegExp): number => proxy.log.filter((line) => pattern.test(line)).length

describe('registry faults', () => {
  it('a burst of resets, 5xx, 429 with Retry-After and slow answers: the push succeeds with the right digest', async () => {
    const rules = [
      { match: isCheck, fault: { kind: 'status', status: 503 }, times: 2 },
      { match: isCheck, fault: { kind: 'status', status: 429, retryAfter: '1' }, times: 1 },
      { match: (req) => req.url === '/v2/', fault: { kind: 'delay', ms: 300 }, times: 2 },
      { match: isUpload, fault: { kind: 'reset' }, times: 1 },
      { match: isUpload, fault: { kind: 'status', status: 500 }, times: 1 },
      { match: isManifest('PUT'), fault: { kind: 'status', status: 502 }, times: 1 },
    ] satisfies FaultRule[]
    proxy.addFaults(...rules)
    const run = await runCli(pushArgs(writeVariant(work, 'faults'), 'faults/burst'), env())
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.digest).toBe(await inspectDigest(registry, `${registry.host}/faults/burst:${result.tag}`))
    expect(rules.map((rule) => rule.times)).toEqual([0, 0, 0, 0, 0, 0]) // every fault was met
    // One log line per retry of the existence check.
    expect(run.stderr).toMatch(/HEAD .*503.*retrying in \d\.\d s \(attempt 2 of 5\)/)
    expect(run.stderr).toMatch(/answered 429; retrying in [1-9]\.\d s \(attempt 4 of 5\)/) // never sooner than asked
    expect(proxy.log.length).toBeLessThan(200)
  })

  it('a registry that keeps failing: a bounded number of attempts, then one line', async () => {
    proxy.addFaults({ match: isManifest('HEAD'), fault: { kind: 'status', status: 503 }, times: 100 })
    const heads = requestsTo(/^HEAD .*\/faults\/down\/manifests\//)
    const started = Date.now()
    const run = await runCli(pushArgs(writeVariant(work, 'down'), 'faults/down'), env())
    expect(run.code).toBe(1)
    expect(errorLine(run)).toMatch(/503.*gave up after 5 attempts/)
    expect(requestsTo(/^HEAD .*\/faults\/down\/manifests\//) - heads).toBe(5)
    expect(Date.now() - started).toBeLessThan(30_000)
    proxy.clearFaults()
  })

  it('skopeo killed mid-push: the tag never points at a partial image, and the next run converges to the same digest', async () => {
    const file = writeVariant(work, 'killed')
    const slow = { match: isSkopeoUpload, fault: { kind: 'delay' as const, ms: 1500 }, times: 2 }
    proxy.addFaults(slow)
    const killed = runCli(pushArgs(file, 'faults/killed'), env())
    // skopeo's first upload has arrived (and is held back): the push is under way.
    await until(() => slow.times < 2)
    const skopeo = processesWith('skopeo', 'copy', `${proxy.host}/faults/killed`)
    expect(skopeo.length).toBeGreaterThan(0)
    for (const pid of skopeo) process.kill(pid, 'SIGKILL')
    const first: CliRun = await killed
    expect(first.code).not.toBe(0)
    expect(await listTags(registry, 'faults/killed')).toEqual([])

    slow.times = 0
    const second = await runCli(pushArgs(file, 'faults/killed'), env())
    expect(second.code, second.stderr).toBe(0)
    const clean = await runCli(
      [
        ...pushArgs(file, 'faults/clean').slice(0, 4),
        '--image',
        `${registry.host}/faults/clean`,
        '--insecure-registry',
        '--json',
      ],
      env(),
    )
    expect(JSON.parse(second.stdout).digest).toBe(JSON.parse(clean.stdout).digest)
    expect(JSON.parse(second.stdout).digest).toBe(
      await inspectDigest(registry, JSON.parse(second.stdout).ref.replace(proxy.host, registry.host)),
    )
  })

  it('SIGTERM mid-push: skopeo stops, and the auth file (0600 while it lived) is gone', async () => {
    const temp = mkdtempSync(join(work, 'tmp-'))
    const slow = { match: isSkopeoUpload, fault: { kind: 'delay' as const, ms: 3000 }, times: 5 }
    proxy.addFaults(slow)
    const child = spawn(cliNode, [cliPath, ...pushArgs(writeVariant(work, 'sigterm'), 'faults/sigterm')], {
      env: env({ TMPDIR: temp }),
      stdio: 'ignore',
    })
    await until(() => slow.times < 5)
    const authFiles = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('auth.json'))
        .map((name) => join(dir, name))
    const [authFile] = authFiles(temp)
    expect(authFile).toBeDefined()
    expect(statSync(authFile ?? '').mode & 0o777).toBe(0o600)
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(143)
    await until(() => processesWith('skopeo', 'copy', `${proxy.host}/faults/sigterm`).length === 0, 5000)
    expect(readdirSync(temp)).toEqual([])
    slow.times = 0
  })
})
