import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkoutWithFlake, readCommandFile, runMain, runnerFiles, workflowCommands } from '../helpers/github.js'
import { testEnv, testNixConfig } from '../helpers/nix.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { readPage } from '../helpers/docs.js'

// The multi-arch workflow of docs/image-sets.md, job by job as runners start the action: an amd64 and an arm64
// job push their platform's member, the index job (no-build) assembles the index.

const root = resolve(import.meta.dirname, '../..')
const workflowPath = join(root, 'examples/github/multi-arch.yml')
const workflowText = readFileSync(workflowPath, 'utf8')
const expressions = { 'github.token': `ghs_${'t0k3n'.repeat(8)}` }

interface Step {
  id?: string
  uses?: string
  with?: Record<string, string>
}
const workflow = parse(workflowText) as {
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix: { runner: string[] } }; steps: Step[] }>
}
const stepOf = (job: string): Step =>
  workflow.jobs[job]!.steps.find((step) => step.uses?.startsWith('nix-image/nix-image@'))!

// An arm runner's Nix builds aarch64-linux only (the fixtures' builders are /bin/sh scripts: they run here).
const runnerNixConfig: Record<string, string> = {
  'ubuntu-24.04': testNixConfig,
  'ubuntu-24.04-arm': `${testNixConfig}\nsystem = aarch64-linux\nextra-platforms =`,
}

let registry: TestRegistry
let workspace: string

beforeAll(async () => {
  registry = await startRegistry()
  workspace = checkoutWithFlake(
    `{ outputs = { self }: { app = (import ./sets.nix { system = "x86_64-linux"; content = "action-multi-arch"; }).platforms; }; }\n`,
  )
})
afterAll(async () => {
  await registry?.stop()
})

function inputs(job: string): Record<string, string> {
  return {
    ...stepOf(job).with,
    image: `${registry.host}/octo-org/app`,
    'registry-username': registry.username,
    'registry-password': registry.password,
    'insecure-registry': 'true',
  }
}

const env = (nixConfig: string): NodeJS.ProcessEnv =>
  testEnv({
    GITHUB_REPOSITORY: 'Octo-Org/App',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: workspace,
    NIX_CONFIG: nixConfig,
  })

describe('the multi-arch workflow of docs/image-sets.md', () => {
  it('is the workflow in docs/image-sets.md: a matrix of an amd64 and an arm64 runner, then the index job with no-build', () => {
    expect(readPage('docs/image-sets.md')).toContain(workflowText.trim())
    expect(workflow.jobs.member?.strategy?.matrix.runner).toEqual(['ubuntu-24.04', 'ubuntu-24.04-arm'])
    expect(stepOf('index').with).toMatchObject({ 'no-build': true })
  })

  it('each matrix job pushes its member; the index job pushes the index naming both, with the extra tag', async () => {
    const members: Record<string, string> = {}
    for (const runner of workflow.jobs.member!.strategy!.matrix.runner) {
      const files = runnerFiles()
      const run = await runMain(inputs('member'), files, env(runnerNixConfig[runner]!), expressions, workspace)
      expect(run.code, run.stdout + run.stderr).toBe(0)
      const { images } = JSON.parse(readCommandFile(files.output).images ?? '{}') as {
        images: { name: string; pushed: boolean; digest: string }[]
      }
      const pushed = images.filter((entry) => entry.pushed && entry.name !== '')
      expect(pushed).toHaveLength(1)
      members[pushed[0]!.name] = pushed[0]!.digest
      expect(readFileSync(files.summary, 'utf8')).toContain('x86_64-linux')
    }
    expect(Object.keys(members).sort()).toEqual(['aarch64-linux', 'x86_64-linux'])

    const files = runnerFiles()
    const run = await runMain(
      Object.fromEntries(Object.entries(inputs('index')).map(([key, value]) => [key, String(value)])),
      files,
      env(testNixConfig),
      expressions,
      workspace,
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const outputs = readCommandFile(files.output)
    expect(outputs).toMatchObject({ kind: 'index', image: `${registry.host}/octo-org/app` })
    expect(outputs['digest-ref']).toBe(
      `${registry.host}/octo-org/app@${await inspectDigest(registry, `${registry.host}/octo-org/app:latest`)}`,
    )
    const index = (
      JSON.parse(outputs.images ?? '{}') as { images: { name: string; kind: string; platforms?: unknown }[] }
    ).images.find((entry) => entry.kind === 'index')
    expect(index?.platforms).toEqual([
      { platform: 'linux/arm64', digest: members['aarch64-linux'] },
      { platform: 'linux/amd64', digest: members['x86_64-linux'] },
    ])
    expect(await listTags(registry, 'octo-org/app')).toHaveLength(4)
    // One summary row per image and index.
    const summary = readFileSync(files.summary, 'utf8')
    for (const name of ['aarch64-linux', 'x86_64-linux', 'index: linux/arm64, linux/amd64'])
      expect(summary).toContain(name)
    expect(workflowCommands(run.stdout, 'error')).toEqual([])
  })
})
