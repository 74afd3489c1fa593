import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { startProxy, type RegistryProxy } from '../helpers/proxy.js'
import { useRegistry } from '../helpers/use-registry.js'

// Round 3 of the hostile registry: what the features of round 2 read from a registry (tag lists,
// referrers tag indexes, platform-set indexes) when a proxy in front of CNCF Distribution rewrites
// its answers. Everything else the registry answers is the real thing.

const work = mkdtempSync(join(tmpdir(), 'nix-image-hostile-answers-'))
const registry = useRegistry()
let proxy: RegistryProxy
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  proxy = await startProxy(registry.host)
  env = testEnv({ HOME: work, NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
})
afterAll(async () => {
  await proxy?.stop()
})

async function push(file: string, host: string, repository: string, ...args: string[]): Promise<{ code: number; stderr: string; result: Record<string, any> }> {
  const run = await runCli(['push', file, '--attr', 'layeredZstd', '--image', `${host}/${repository}`, '--insecure-registry', '--json', ...args], env)
  return { code: run.code, stderr: run.stderr, result: run.code === 0 ? JSON.parse(run.stdout) : {} }
}

/** The paths the proxy forwarded that are not `/v2/` or under `/v2/<repository>/`. */
const outside = (repository: string, from: number): string[] =>
  proxy.log.slice(from).filter((line) => !line.endsWith(' /v2/') && !line.split(' ')[1]!.startsWith(`/v2/${repository}/`))

describe('names from a registry are checked before they become request paths', () => {
  it('a tag list naming ../../other/app/manifests/latest: no request leaves the repository, the push works', async () => {
    // Another repository on the same host, which a resolved `..` would reach.
    expect((await push(writeVariant(work, 'secret'), registry.host, 'secret/app', '--tag', 'latest')).code).toBe(0)
    expect((await push(writeVariant(work, 'paths-v1'), registry.host, 'h/paths')).code).toBe(0)
    const hostile = ['../../../secret/app/manifests/latest', 'latest?n=1', 'x/../../../../secret/app/blobs/sha256:0']
    proxy.addFaults({
      match: (req) => req.method === 'GET' && (req.url ?? '').startsWith('/v2/h/paths/tags/list'),
      fault: {
        kind: 'body',
        rewrite: (body) => {
          const list = JSON.parse(body.toString('utf8')) as { tags: string[] }
          return { body: Buffer.from(JSON.stringify({ ...list, tags: [...hostile, ...list.tags] })) }
        },
      },
      times: 5,
    })
    const from = proxy.log.length
    const run = await push(writeVariant(work, 'paths-v2'), proxy.host, 'h/paths')
    proxy.clearFaults()
    expect(run.code, run.stderr).toBe(0)
    expect(run.result.pushed).toBe(true)
    expect(proxy.log.slice(from).some((line) => line.includes('/tags/list'))).toBe(true)
    expect(outside('h/paths', from)).toEqual([])
  })
})
