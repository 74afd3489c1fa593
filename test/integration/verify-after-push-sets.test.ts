import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cliNode, runCli } from '../helpers/cli.js'
import { checkoutWithFlake, readCommandFile, runMain, runnerFiles, workflowCommands } from '../helpers/github.js'
import { ciVariables } from '../helpers/gitlab.js'
import { testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'

// verify-manifests for a set, through the Action and through the GitLab job: after the push, each
// repository's references must be at the tag that repository got; a stale one fails the step or
// job, naming that repository's own fix, and each pinned one stops failing.

const root = resolve(import.meta.dirname, '../..')
const expressions = { 'github.token': `ghs_${'t0k3n'.repeat(8)}` }
const registry = useRegistry()
let workspace: string

beforeAll(() => {
  // sets.nix's monorepo: api, worker and migrate, each pushed to <image>/<name>.
  workspace = checkoutWithFlake(
    `{ outputs = { self }: { backend = (import ./sets.nix { system = "x86_64-linux"; content = "verify-after-push-sets"; }).monorepo; }; }\n`,
  )
})

interface Pushed {
  image: string
  tag: string
  digest: string
}

/** deploy/backend.yaml: the api's and the worker's containers (migrate is deployed elsewhere). */
function deploy(api: string, worker: string): void {
  mkdirSync(join(workspace, 'deploy'), { recursive: true })
  const container = (name: string, image: string) => `    - name: ${name}\n      image: ${image}\n`
  writeFileSync(
    join(workspace, 'deploy', 'backend.yaml'),
    `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${container('api', api)}${container('worker', worker)}`,
  )
}

async function pin(image: Pushed): Promise<void> {
  const run = await runCli(
    ['pin', '--image', image.image, '--manifests', 'deploy/*.yaml', '--tag', image.tag, '--digest', image.digest],
    testEnv(),
    workspace,
  )
  expect(run.code, run.stderr).toBe(0)
}

const fixFor = (image: Pushed): string =>
  `fix with: nix-image pin --image ${image.image} --manifests 'deploy/*.yaml' --tag ${image.tag} --digest ${image.digest}`

describe('the Action', () => {
  async function step() {
    const files = runnerFiles()
    const inputs = {
      installable: '.#backend',
      image: `${registry.host}/octo-org/backend`,
      'registry-username': registry.username,
      'registry-password': registry.password,
      'insecure-registry': 'true',
      'verify-manifests': 'deploy/*.yaml',
    }
    const run = await runMain(
      inputs,
      files,
      testEnv({ GITHUB_REPOSITORY: 'Octo-Org/App', GITHUB_WORKSPACE: workspace }),
      expressions,
      workspace,
    )
    const { images } = JSON.parse(readCommandFile(files.output).images ?? '{}') as {
      images: (Pushed & { name: string })[]
    }
    return {
      run,
      images: Object.fromEntries(images.map((entry) => [entry.name, entry])),
      summary: readFileSync(files.summary, 'utf8'),
    }
  }
  /** The set's failure annotations: their title names what failed, their message the fix. */
  const failures = (stdout: string): string[] =>
    stdout.split('\n').filter((line) => line.startsWith('::error title=nix-image%3A deploy manifests::'))

  it('fails the step for each repository whose references are stale, and passes once each is pinned', async () => {
    const backend = `${registry.host}/octo-org/backend`
    deploy(`${backend}/api:old`, `${backend}/worker:old`)
    const first = await step()
    expect(first.run.code).toBe(1)
    // Pushed first, so the images the fixed manifests name exist.
    const { api, worker } = first.images
    if (!api || !worker) throw new Error(`no api or worker in the images output: ${first.run.stdout}`)
    expect(first.run.stdout).toContain(
      `::error title=stale image reference,file=deploy/backend.yaml,line=6::found ${backend}/api:old, expected ${backend}/api:${api.tag}`,
    )
    expect(first.run.stdout).toContain(
      `::error title=stale image reference,file=deploy/backend.yaml,line=8::found ${backend}/worker:old, expected ${backend}/worker:${worker.tag}`,
    )
    expect(failures(first.run.stdout)).toHaveLength(2)
    expect(workflowCommands(first.run.stdout, 'error').at(-1)).toBe(
      '2 of the set failed: deploy manifests, deploy manifests',
    )
    expect(first.summary).toContain(fixFor(worker))

    // The api pinned, the worker still stale: the step fails for the worker alone.
    await pin(api)
    const second = await step()
    expect(second.run.code).toBe(1)
    expect(failures(second.run.stdout)).toEqual([
      `::error title=nix-image%3A deploy manifests::reference ${backend}/worker at another tag than ${worker.tag}; ${fixFor(worker)}`,
    ])
    expect(second.run.stdout).not.toContain('file=deploy/backend.yaml,line=6')

    await pin(worker)
    const third = await step()
    expect(third.run.code, third.run.stdout).toBe(0)
    expect(third.run.stdout).toContain('2 reference(s) to 3 image(s) point at their tags')
    expect(workflowCommands(third.run.stdout, 'error')).toEqual([])
  })
})

describe('the GitLab job', () => {
  /** The component's job, as its script runs it: dist/gitlab.js with the job's variables, in the checkout. */
  function job(): Promise<{ code: number; stdout: string; stderr: string }> {
    const variables = {
      ...ciVariables(registry, 'backend'),
      NIX_IMAGE_INPUT_INSTALLABLE: '.#backend',
      NIX_IMAGE_INPUT_INSECURE_REGISTRY: 'true',
      NIX_IMAGE_INPUT_VERIFY_MANIFESTS: 'deploy/*.yaml',
    }
    return new Promise((done) => {
      execFile(
        cliNode,
        [join(root, 'dist', 'gitlab.js')],
        { env: testEnv(variables), cwd: workspace },
        (error, stdout, stderr) => done({ code: error ? Number(error.code) || 1 : 0, stdout, stderr }),
      )
    })
  }
  const errors = (stderr: string): string[] => stderr.split('\n').filter((line) => line.includes('nix-image: error: '))
  /** What the dotenv report says of one image of the set. */
  function pushed(name: string): Pushed {
    const dotenv = readFileSync(join(workspace, 'nix-image.env'), 'utf8')
    const value = (key: string): string =>
      new RegExp(`^NIX_IMAGE_${name.toUpperCase()}_${key}=(.*)$`, 'm').exec(dotenv)?.[1] ?? ''
    return { image: `${registry.host}/group/backend/${name}`, tag: value('TAG'), digest: value('DIGEST') }
  }

  it('fails the job for each repository whose references are stale, and passes once each is pinned', async () => {
    const backend = `${registry.host}/group/backend`
    deploy(`${backend}/api:old`, `${backend}/worker:old`)
    const first = await job()
    expect(first.code).toBe(1)
    const [api, worker] = [pushed('api'), pushed('worker')]
    expect(api.tag).toMatch(/^\w+$/)
    expect(first.stdout).toContain(
      `deploy/backend.yaml:6: found ${backend}/api:old, expected ${backend}/api:${api.tag}`,
    )
    expect(first.stdout).toContain(
      `deploy/backend.yaml:8: found ${backend}/worker:old, expected ${backend}/worker:${worker.tag}`,
    )
    expect(errors(first.stderr)).toHaveLength(2)

    await pin(api)
    const second = await job()
    expect(second.code).toBe(1)
    expect(errors(second.stderr)).toEqual([
      expect.stringContaining(
        `nix-image: error: deploy manifests: reference ${backend}/worker at another tag than ${worker.tag}; ${fixFor(worker)}`,
      ),
    ])

    await pin(worker)
    const third = await job()
    expect(third.code, third.stderr).toBe(0)
    expect(third.stdout).toContain('2 reference(s) to 3 image(s) point at their tags')
  })
})
