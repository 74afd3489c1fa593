import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorLine, runCli } from '../helpers/cli.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { startTokenServer, type TokenServer } from '../helpers/token-server.js'

// Token auth as ghcr.io, GitLab and Docker Hub do it: Distribution with `auth: token:` answers
// 401 with a Bearer challenge naming a realm on another host (the token server, another port),
// which trades Basic credentials for a signed JWT scoped to the repository.
const users: Record<string, string> = {}
let tokens: TokenServer
const work = mkdtempSync(join(tmpdir(), 'nix-image-token-auth-'))

// The token server first (the registry names it), stopped after the registry.
beforeAll(async () => {
  tokens = await startTokenServer(users)
})
afterAll(async () => {
  await tokens?.stop()
})
const registry = useRegistry(() => ({ token: tokens }))
beforeAll(() => {
  users[registry.username] = registry.password
})

const env = (password = registry.password): NodeJS.ProcessEnv =>
  testEnv({ HOME: work, NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: password })
const push = (repo: string, file: string, ...flags: string[]) =>
  runCli(
    [
      'push',
      file,
      '--attr',
      'layered',
      '--image',
      `${registry.host}/${repo}`,
      '--insecure-registry',
      '--json',
      ...flags,
    ],
    env(),
  )

describe('a registry with token auth', () => {
  it('pushes, reports the registry digest, skips on the rerun, and never prints a token', async () => {
    const file = writeVariant(work, 'token-auth')
    const first = await push('team/app', file, '--extra-tag', 'latest')
    expect(first.code, first.stderr).toBe(0)
    const result = JSON.parse(first.stdout)
    expect(result).toMatchObject({ pushed: true })
    expect(result.digest).toBe(await inspectDigest(registry, result.ref))
    expect(await listTags(registry, 'team/app')).toEqual(expect.arrayContaining([result.tag, 'latest']))
    // The product asked for the repository's scope with the service the challenge named, as the user.
    expect(tokens.requests).toContainEqual({
      scopes: ['repository:team/app:pull,push'],
      service: tokens.service,
      account: registry.username,
      authenticated: true,
    })

    const before = tokens.requests.length
    const rerun = await push('team/app', file)
    expect(rerun.code, rerun.stderr).toBe(0)
    expect(JSON.parse(rerun.stdout)).toMatchObject({ skipped: true, digest: result.digest })
    // One token for the one repository scope: cached for the run, not fetched per request.
    expect(tokens.requests.length - before).toBe(1)

    for (const output of [first, rerun]) {
      for (const token of tokens.issued) expect(output.stdout + output.stderr).not.toContain(token)
      expect(output.stdout + output.stderr).not.toContain(registry.password)
    }
  })

  it('reads anonymously where the token server allows it', async () => {
    const run = await runCli(
      [
        'push',
        writeVariant(work, 'anonymous'),
        '--attr',
        'layered',
        '--image',
        `${registry.host}/public/app`,
        '--insecure-registry',
        '--dry-run',
        '--json',
      ],
      testEnv({ HOME: work }),
    )
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ dryRun: true, pushed: false, digest: '' })
    expect(tokens.requests.at(-1)).toMatchObject({ scopes: ['repository:public/app:pull'], authenticated: false })
  })

  it('a wrong password: one line about the credentials, nothing pushed', async () => {
    const run = await runCli(
      [
        'push',
        writeVariant(work, 'wrong'),
        '--attr',
        'layered',
        '--image',
        `${registry.host}/team/wrong`,
        '--insecure-registry',
      ],
      env('wrong-password'),
    )
    expect(run.code).toBe(1)
    expect(errorLine(run)).toMatch(/credentials/)
    expect(await listTags(registry, 'team/wrong')).toEqual([])
  })
})
