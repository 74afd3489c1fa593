import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { cliNode, cliPath } from '../helpers/cli.js'
import { fixturesDir, testNixConfig } from '../helpers/nix.js'
import { standInNixpkgs } from '../helpers/nixpkgs.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { checkPipeline, checkTask, checkTaskSpec, runTaskSpec, type TaskRun } from '../helpers/tekton.js'
import { readPage } from '../helpers/docs.js'

type Obj = Record<string, unknown>
const root = resolve(import.meta.dirname, '../..')
const load = (path: string): Obj => parse(readFileSync(join(root, path), 'utf8')) as Obj
const buildTask = load('tekton/nix-image.yaml')
const verifyTask = load('tekton/nix-image-verify.yaml')
const pipelinePath = 'examples/tekton/pipeline.yaml'
const pipeline = load(pipelinePath)
const tasks = { 'nix-image': buildTask, 'nix-image-verify': verifyTask }

const work = mkdtempSync(join(tmpdir(), 'nix-image-tekton-'))
// The step image's PATH: the bundled CLI as `nix-image`, a recorder as `kubectl`, then the
// machine's nix, skopeo and shell tools (what the runner image holds).
const bin = join(work, 'bin')
writeScript(bin, 'nix-image', `exec "${cliNode}" "${cliPath}" "$@"`)
writeScript(bin, 'kubectl', `echo "$*" >> "${join(work, 'kubectl.calls')}"`)
const base = { path: `${bin}:${process.env.PATH}`, nixConfig: testNixConfig }
const kubectlCalls = (): string[] =>
  existsSync(join(work, 'kubectl.calls')) ? readFileSync(join(work, 'kubectl.calls'), 'utf8').trim().split('\n') : []

const registry = useRegistry()
let dockerconfig: string

beforeAll(async () => {
  // The dockerconfig workspace: a Secret's config.json, the only place the credentials are.
  dockerconfig = mkdtempSync(join(work, 'dockerconfig-'))
  cpSync(registry.authFile, join(dockerconfig, 'config.json'))
})

/** A source workspace: a flake whose `image` is a fixture image, and a deployment referencing `image`. */
function source(content: string, deployedImage?: string): string {
  const dir = mkdtempSync(join(work, 'source-'))
  cpSync(fixturesDir, dir, { recursive: true })
  const image = `(import ./images.nix { system = "x86_64-linux"; content = ${JSON.stringify(content)}; }).layered`
  writeFileSync(join(dir, 'flake.nix'), `{ outputs = { self }: { packages.x86_64-linux.image = ${image}; }; }\n`)
  mkdirSync(join(dir, 'deploy'))
  if (deployedImage) writeFileSync(join(dir, 'deploy', 'deployment.yaml'), deployment(deployedImage))
  return dir
}

const deployment = (image: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hello\nspec:\n  template:\n    spec:\n      containers:\n        - name: hello\n          image: ${image}\n`

const runBuild = (params: Record<string, string>, workspaces: Record<string, string>): Promise<TaskRun> =>
  runTaskSpec(buildTask.spec as Obj, { 'insecure-registry': 'true', ...params }, workspaces, base)

describe('the Tasks', () => {
  it.each([
    ['tekton/nix-image.yaml', buildTask],
    ['tekton/nix-image-verify.yaml', verifyTask],
  ])('%s is a valid tekton.dev/v1 Task', (_path, task) => {
    expect(checkTask(task)).toEqual([])
  })

  it('the checker catches what Tekton would refuse', () => {
    const spec = structuredClone(buildTask.spec) as { params: Obj[]; results: Obj[]; steps: Obj[]; workspaces: Obj[] }
    spec.params.push({ name: '1bad', type: 'number', defualt: 'x' })
    spec.results.push({ name: 'bad-' })
    spec.workspaces.push({ name: 'cache', optional: 'yes' })
    spec.steps.push({ name: 'Two_Words', image: 'x', script: 'echo $(params.image)', command: ['sh'] })
    const problems = checkTaskSpec(spec as Obj, 'spec').join('\n')
    const expected = [
      "param name '1bad'",
      'type number',
      "unknown field 'defualt'",
      "result name 'bad-'",
      'cache.optional is not a boolean',
    ]
    for (const text of [...expected, 'not a DNS label', 'both script and command', 'splices']) {
      expect(problems).toContain(text)
    }
  })

  it('are what Tekton Chains reads, and run the runner image of the component’s release', () => {
    const results = (buildTask.spec as { results: Obj[] }).results.map((result) => result.name)
    expect(results).toEqual(['IMAGE_URL', 'IMAGE_DIGEST', 'TAG', 'PUSHED'])
    const component = parse(readFileSync(join(root, 'templates/build.yml'), 'utf8').split('\n---\n')[0] ?? '') as {
      spec: { inputs: { job_image: { default: string } } }
    }
    for (const task of [buildTask, verifyTask]) {
      for (const step of (task.spec as { steps: Obj[] }).steps)
        expect(step.image).toBe(component.spec.inputs.job_image.default)
    }
  })
})

describe('nix-image Task, run as Tekton runs its step', () => {
  it('pushes with the dockerconfig workspace, writes the registry’s digest to IMAGE_DIGEST, and skips on a rerun', async () => {
    const dir = source('tekton-build')
    const image = `${registry.host}/tekton/hello`
    const first = await runBuild(
      { image, installable: '.#image', 'extra-tags': 'latest, stable' },
      { source: dir, dockerconfig },
    )
    expect(first.code, first.output).toBe(0)
    const { IMAGE_URL: ref = '', TAG: tag } = first.results
    expect(ref).toBe(`${image}:${tag}`)
    expect(first.results.IMAGE_DIGEST).toBe(await inspectDigest(registry, ref))
    expect(first.results.PUSHED).toBe('true')
    expect((await listTags(registry, 'tekton/hello')).sort()).toEqual([tag, 'latest', 'stable'].sort())
    expect(first.output).not.toContain(registry.password)

    const again = await runBuild({ image, installable: '.#image' }, { source: dir, dockerconfig })
    expect(again.code, again.output).toBe(0)
    expect(again.results).toEqual({ ...first.results, PUSHED: 'false' })
  })

  it('takes a kubernetes.io/dockerconfigjson Secret’s .dockerconfigjson too', async () => {
    const secret = mkdtempSync(join(work, 'secret-'))
    cpSync(registry.authFile, join(secret, '.dockerconfigjson'))
    const run = await runBuild(
      { image: `${registry.host}/tekton/secret`, installable: '.#image' },
      { source: source('tekton-secret'), dockerconfig: secret },
    )
    expect(run.code, run.output).toBe(0)
    expect(run.results.PUSHED).toBe('true')
  })

  it('without the dockerconfig workspace it has no credentials, and pushes nothing', async () => {
    const run = await runBuild(
      { image: `${registry.host}/tekton/anonymous`, installable: '.#image' },
      { source: source('tekton-anonymous') },
    )
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/nix-image: error: .*(401|credentials|unauthorized)/i)
    expect(await listTags(registry, 'tekton/anonymous')).toEqual([])
  })

  it('builds a pinned package list', async () => {
    const run = await runBuild(
      { image: `${registry.host}/tekton-tools/`, packages: 'shell jq', 'nix-path': `nixpkgs=${standInNixpkgs}` },
      { source: source('unused'), dockerconfig },
    )
    expect(run.code, run.output).toBe(0)
    expect(run.results.IMAGE_URL).toMatch(new RegExp(`^${registry.host}/tekton-tools/shell/jq:[0-9a-z]{32}$`))
    expect(run.results.IMAGE_DIGEST).toBe(await inspectDigest(registry, run.results.IMAGE_URL ?? ''))
  })

  it('a param holding shell code is only data', async () => {
    const marker = join(work, 'marker')
    const hostile = `x"; touch ${marker}; echo "$(touch ${marker})\`touch ${marker}\``
    const params = {
      image: `${registry.host}/tekton/hostile`,
      installable: '.#image',
      attr: hostile,
      'extra-tags': `ok,$(touch ${marker})`,
    }
    const run = await runBuild(params, { source: source('tekton-hostile'), dockerconfig })
    expect(run.code).not.toBe(0)
    expect(existsSync(marker)).toBe(false)
    expect(run.output.split('\n').filter((line) => line.startsWith('nix-image: error:'))).toHaveLength(1)
    const bad = await runBuild(
      { image: `${registry.host}/tekton/hostile`, installable: '.#image', 'skip-existing': 'yes' },
      { source: source('tekton-hostile'), dockerconfig },
    )
    expect(bad.output).toContain("nix-image: error: param skip-existing is 'yes': use true or false")
    expect(await listTags(registry, 'tekton/hostile')).toEqual([])
  })
})

describe('nix-image-verify Task', () => {
  const verify = (dir: string, tag: string): Promise<TaskRun> =>
    runTaskSpec(
      verifyTask.spec as Obj,
      { image: 'registry.example.com/acme/hello', tag, manifests: 'deploy/*.yaml' },
      { source: dir },
      { ...base, path: bin },
    )

  // PATH holds nix-image alone: no nix, no skopeo, no yq or jq.
  it('passes on a pinned deployment and fails on a stale one, with neither Nix nor a registry', async () => {
    const tag = '0c5mjhm1y0dbvz3q6qxi1fq9xcvkyp5f'
    expect((await verify(source('verify', `registry.example.com/acme/hello:${tag}`), tag)).code).toBe(0)
    const stale = await verify(
      source('verify', 'registry.example.com/acme/hello:1a2b3c4d5e6f7g8h9i0jklmnpqrsvwxy'),
      tag,
    )
    expect(stale.code).toBe(1)
    expect(stale.output).toContain(
      `deploy/deployment.yaml:10: found registry.example.com/acme/hello:1a2b3c4d5e6f7g8h9i0jklmnpqrsvwxy, expected registry.example.com/acme/hello:${tag}`,
    )
    expect(stale.output).toMatch(/nix-image: error: 1 image reference .* fix with: nix-image pin/)
  })
})

describe('the Pipeline of docs/tekton.md: build, verify, kubectl apply', () => {
  it('is the Pipeline in docs/tekton.md and fits the Tasks', () => {
    expect(readPage('docs/tekton.md')).toContain(readFileSync(join(root, pipelinePath), 'utf8').trim())
    expect(checkPipeline(pipeline, tasks)).toEqual([])
  })

  /** The PipelineRun: each PipelineTask in order, its params resolved from pipeline params and earlier results. */
  async function runPipeline(
    params: Record<string, string>,
    workspaces: Record<string, string>,
  ): Promise<Record<string, TaskRun>> {
    const runs: Record<string, TaskRun> = {}
    for (const pipelineTask of (pipeline.spec as { tasks: Obj[] }).tasks) {
      const resolveValue = (value: string): string =>
        value
          .replace(/\$\(params\.([^)]+)\)/g, (_all, name: string) => params[name] ?? '')
          .replace(
            /\$\(tasks\.([^.]+)\.results\.([^)]+)\)/g,
            (_all, task: string, result: string) => runs[task]?.results[result] ?? '',
          )
      const taskParams = Object.fromEntries(
        ((pipelineTask.params as Obj[] | undefined) ?? []).map((param) => [
          param.name,
          resolveValue(String(param.value)),
        ]),
      )
      const bound = Object.fromEntries(
        ((pipelineTask.workspaces as Obj[] | undefined) ?? []).map((binding) => [
          binding.name,
          workspaces[String(binding.workspace)] ?? '',
        ]),
      )
      const spec = pipelineTask.taskRef
        ? (tasks[(pipelineTask.taskRef as { name: 'nix-image' }).name].spec as Obj)
        : (pipelineTask.taskSpec as Obj)
      const extra =
        pipelineTask.taskRef && (pipelineTask.taskRef as Obj).name === 'nix-image'
          ? { 'insecure-registry': 'true' }
          : {}
      const run = await runTaskSpec(spec, { ...taskParams, ...extra }, bound, base)
      runs[String(pipelineTask.name)] = run
      if (run.code !== 0) break
    }
    return runs
  }

  it('applies a deployment pinned to the built tag, and stops before kubectl on a stale one', async () => {
    const image = `${registry.host}/acme/hello`
    const dir = source('tekton-pipeline')
    const tag = (await runBuild({ image, installable: '.#image' }, { source: dir, dockerconfig })).results.TAG
    writeFileSync(join(dir, 'deploy', 'deployment.yaml'), deployment(`${image}:${tag}`))
    const before = kubectlCalls().length
    const runs = await runPipeline({ image }, { source: dir, dockerconfig })
    expect(Object.keys(runs)).toEqual(['build', 'verify', 'deploy'])
    for (const run of Object.values(runs)) expect(run.code, run.output).toBe(0)
    expect(runs.build?.results.PUSHED).toBe('false')
    expect(kubectlCalls().slice(before)).toEqual(['apply -f deploy/deployment.yaml'])

    writeFileSync(join(dir, 'deploy', 'deployment.yaml'), deployment(`${image}:0000000000000000000000000000000a`))
    const stale = await runPipeline({ image }, { source: dir, dockerconfig })
    expect(stale.verify?.code).toBe(1)
    expect(stale.deploy).toBeUndefined()
    expect(kubectlCalls().slice(before)).toHaveLength(1)
  })
})
