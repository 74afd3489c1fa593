import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliNode, cliPath } from '../helpers/cli.js'
import { mainCommand, readCommandFile, runnerFiles } from '../helpers/github.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { processesWith, until } from '../helpers/processes.js'
import { isSkopeoUpload, startProxy, type RegistryProxy } from '../helpers/proxy.js'
import { useRegistry } from '../helpers/use-registry.js'
import { listTags } from '../helpers/skopeo.js'

// Class 7 of the threat model: a cancelled run stops its children and removes its auth file at
// once, not at some later step. Uploads are slowed by a proxy so the signal lands mid-push.
const registry = useRegistry()
let proxy: RegistryProxy
const work = mkdtempSync(join(tmpdir(), 'nix-image-cancel-'))

beforeAll(async () => {
  proxy = await startProxy(registry.host)
})
afterAll(async () => {
  await proxy?.stop()
})

const credentials = (): NodeJS.ProcessEnv => ({
  NIX_IMAGE_REGISTRY_USERNAME: registry.username,
  NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
})
const authFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('auth.json'))
    .map((name) => join(dir, name))

/** Starts `child`, waits until skopeo uploads, checks the auth file exists (0600), then signals it. */
async function cancelMidPush(
  start: () => ChildProcess,
  temp: string,
  repository: string,
  signal: NodeJS.Signals,
): Promise<number | null> {
  const slow = { match: isSkopeoUpload, fault: { kind: 'delay' as const, ms: 3000 }, times: 5 }
  proxy.addFaults(slow)
  const child = start()
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, killedBy) => resolve(code ?? (killedBy ? -1 : null))),
  )
  try {
    await until(() => slow.times < 5)
    const [authFile] = authFiles(temp)
    expect(authFile).toBeDefined()
    expect(statSync(authFile ?? '').mode & 0o777).toBe(0o600)
    child.kill(signal)
    const code = await exited
    await until(() => processesWith('skopeo', 'copy', `${proxy.host}/${repository}`).length === 0, 5000)
    return code
  } finally {
    slow.times = 0
  }
}

describe('a cancelled run cleans up at once', () => {
  it.each([
    ['SIGQUIT', 131],
    ['SIGHUP', 129],
  ] as const)('the CLI on %s: skopeo stopped, the auth file gone', async (signal, code) => {
    const temp = mkdtempSync(join(work, 'tmp-'))
    const repository = `cancel/${signal.toLowerCase()}`
    const args = [
      'push',
      writeVariant(work, `cancel-${signal}`),
      '--attr',
      'layeredZstd',
      '--image',
      `${proxy.host}/${repository}`,
      '--insecure-registry',
    ]
    const start = (): ChildProcess =>
      spawn(cliNode, [cliPath, ...args], {
        env: testEnv({ HOME: work, TMPDIR: temp, ...credentials() }),
        stdio: 'ignore',
      })
    expect(await cancelMidPush(start, temp, repository, signal)).toBe(code)
    expect(readdirSync(temp)).toEqual([])
    expect(await listTags(registry, repository)).toEqual([])
  })

  it("the Action's main step on the runner's cancel (SIGINT): skopeo stopped, RUNNER_TEMP clean before any post step", async () => {
    const files = runnerFiles()
    const repository = 'cancel/action'
    const inputs = {
      installable: writeVariant(work, 'cancel-action'),
      attr: 'layeredZstd',
      image: `${proxy.host}/${repository}`,
      'registry-username': registry.username,
      'registry-password': registry.password,
      'insecure-registry': 'true',
      'install-nix': 'false',
    }
    const command = mainCommand(inputs, files, testEnv({ GITHUB_REPOSITORY: 'o/r', GITHUB_ACTOR: 'octocat' }), {
      'github.token': 'ghs_cancel',
    })
    const start = (): ChildProcess =>
      spawn(command.argv[0] ?? '', command.argv.slice(1), { env: command.env, stdio: 'ignore' })
    expect(await cancelMidPush(start, files.runnerTemp, repository, 'SIGINT')).toBe(130)
    expect(readCommandFile(files.state)['temp-dir']).toMatch(/^\//)
    expect(readdirSync(files.runnerTemp)).toEqual([])
    expect(await listTags(registry, repository)).toEqual([])
  })
})
