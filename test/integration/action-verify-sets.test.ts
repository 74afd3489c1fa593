import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { checkoutWithFlake, readCommandFile, runMain, runnerFiles, workflowCommands } from '../helpers/github.js'
import { testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'

// verify-manifests for a set, through the Action: after the push, each repository's references
// must be at the tag that repository got; a stale one fails the step, naming its own fix.

const expressions = { 'github.token': `ghs_${'t0k3n'.repeat(8)}` }
const registry = useRegistry()
let workspace: string

beforeAll(() => {
  // sets.nix's monorepo: api, worker and migrate, each pushed to <image>/<name>.
  workspace = checkoutWithFlake(`{ outputs = { self }: { backend = (import ./sets.nix { system = "x86_64-linux"; content = "action-verify-sets"; }).monorepo; }; }\n`)
})

const env = (): NodeJS.ProcessEnv => testEnv({ GITHUB_REPOSITORY: 'Octo-Org/App', GITHUB_ACTOR: 'octocat', GITHUB_WORKSPACE: workspace })

const inputs = (): Record<string, string> => ({
  installable: '.#backend',
  image: `${registry.host}/octo-org/backend`,
  'registry-username': registry.username,
  'registry-password': registry.password,
  'insecure-registry': 'true',
  'verify-manifests': 'deploy/*.yaml',
})

/** deploy/backend.yaml: the api's and the worker's containers (migrate is deployed elsewhere). */
function deploy(api: string, worker: string): void {
  mkdirSync(join(workspace, 'deploy'), { recursive: true })
  const container = (name: string, image: string) => `    - name: ${name}\n      image: ${image}\n`
  writeFileSync(join(workspace, 'deploy', 'backend.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${container('api', api)}${container('worker', worker)}`)
}

interface Entry {
  name: string
  image: string
  tag: string
  digest: string
}

async function step() {
  const files = runnerFiles()
  const run = await runMain(inputs(), files, env(), expressions, workspace)
  const { images } = JSON.parse(readCommandFile(files.output).images ?? '{}') as { images: Entry[] }
  return { run, images: Object.fromEntries(images.map((entry) => [entry.name, entry])), summary: readFileSync(files.summary, 'utf8') }
}

/** A failure annotation of the set: the title names what failed, the message its fix. */
const failures = (stdout: string): string[] => stdout.split('\n').filter((line) => line.startsWith('::error title=nix-image%3A deploy manifests::'))

describe('verify-manifests for a set', () => {
  it('fails the step for each repository whose references are stale, and passes once each is pinned', async () => {
    const backend = `${registry.host}/octo-org/backend`
    deploy(`${backend}/api:old`, `${backend}/worker:old`)

    const first = await step()
    expect(first.run.code).toBe(1)
    // Pushed first, so the images the fixed manifests name exist.
    const { api, worker } = first.images
    expect(api?.tag).toMatch(/^\w+$/)
    expect(worker?.tag).toMatch(/^\w+$/)
    expect(first.run.stdout).toContain(`::error title=stale image reference,file=deploy/backend.yaml,line=6::found ${backend}/api:old, expected ${backend}/api:${api?.tag}`)
    expect(first.run.stdout).toContain(`::error title=stale image reference,file=deploy/backend.yaml,line=8::found ${backend}/worker:old, expected ${backend}/worker:${worker?.tag}`)
    expect(failures(first.run.stdout)).toHaveLength(2)
    expect(workflowCommands(first.run.stdout, 'error').at(-1)).toBe('2 of the set failed: deploy manifests, deploy manifests')
    expect(first.summary).toContain(`nix-image pin --image ${backend}/worker --manifests 'deploy/*.yaml' --tag ${worker?.tag}`)

    // The api pinned, the worker still stale: the step fails for the worker alone.
    const pin = (entry: Entry) => runCli(['pin', '--image', entry.image, '--manifests', 'deploy/*.yaml', '--tag', entry.tag, '--digest', entry.digest], env(), workspace)
    expect((await pin(api!)).code).toBe(0)
    const second = await step()
    expect(second.run.code).toBe(1)
    expect(second.images.api).toMatchObject({ tag: api?.tag, digest: api?.digest })
    expect(failures(second.run.stdout)).toEqual([
      `::error title=nix-image%3A deploy manifests::reference ${backend}/worker at another tag than ${worker?.tag}; fix with: nix-image pin --image ${backend}/worker --manifests 'deploy/*.yaml' --tag ${worker?.tag} --digest ${worker?.digest}`,
    ])
    expect(second.run.stdout).not.toContain('file=deploy/backend.yaml,line=6')

    expect((await pin(worker!)).code).toBe(0)
    const third = await step()
    expect(third.run.code, third.run.stdout).toBe(0)
    expect(third.run.stdout).toContain('::group::Verify deploy manifests')
    expect(third.run.stdout).toContain('2 reference(s) to 3 image(s) point at their tags')
    expect(workflowCommands(third.run.stdout, 'error')).toEqual([])
  })
})
