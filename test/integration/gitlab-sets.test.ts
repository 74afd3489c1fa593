import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ciVariables as gitlabCiVariables, gitlabProject, runPipeline } from '../helpers/gitlab.js'
import { testEnv, testNixConfig } from '../helpers/nix.js'
import { startRegistry, type TestRegistry } from '../helpers/registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { readPage } from '../helpers/docs.js'

// The monorepo pipeline of docs/image-sets.md under gitlab-ci-local: two includes of the component, each with
// its own dotenv_prefix, read by one deploy job that needs both.

const root = resolve(import.meta.dirname, '../..')
const monorepoPipeline = join(root, 'examples/gitlab/monorepo.gitlab-ci.yml')
const multiArchPipeline = join(root, 'examples/gitlab/multi-arch.gitlab-ci.yml')
let registry: TestRegistry

beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(async () => {
  await registry?.stop()
})

const flake = (content: string): string =>
  `{ outputs = { self }: let sets = import ./sets.nix { system = "x86_64-linux"; content = ${JSON.stringify(content)}; }; in { backend = sets.monorepo; web = sets.mixed.web; app = sets.platforms; }; }\n`

const ciVariables = () => gitlabCiVariables(registry)

describe('two includes of the component with their own dotenv_prefix', () => {
  it('is the monorepo pipeline in docs/image-sets.md', () => {
    expect(readPage('docs/image-sets.md')).toContain(readFileSync(monorepoPipeline, 'utf8').trim())
  })

  it('one deploy job reads both: a set of images under BACKEND_<NAME>_*, a single image under FRONTEND_*', async () => {
    const project = gitlabProject(
      'gitlab-sets',
      { insecure_registry: true },
      { pipelinePath: monorepoPipeline, flake: flake('gitlab-sets') },
    )
    const run = await runPipeline(project, ciVariables(), testEnv())
    expect(run.code, run.output).toBe(0)

    const image = `${registry.host}/group/project`
    const digestRef = async (repository: string): Promise<string> => {
      const [tag] = await listTags(registry, repository)
      return `${registry.host}/${repository}@${await inspectDigest(registry, `${registry.host}/${repository}:${tag}`)}`
    }
    expect(project.kubectlCalls()).toEqual([
      `set image deployment/api api=${await digestRef('group/project/api')}`,
      `set image deployment/worker worker=${await digestRef('group/project/worker')}`,
      `set image deployment/web web=${await digestRef('group/project/web')}`,
    ])
    expect(await listTags(registry, 'group/project/migrate')).toHaveLength(1)
    expect(project.jobLog('backend-build')).toMatch(
      new RegExp(`api: ${image}/api:\\w+ was not in the registry: built and pushed`),
    )
    expect(run.output).not.toContain(registry.password)

    // Each image of the set has its SBOM file, named in the dotenv and matched by the job's cyclonedx report.
    const dotenv = project.dotenv('backend')
    for (const name of ['api', 'migrate', 'worker']) {
      expect(dotenv[`BACKEND_${name.toUpperCase()}_SBOM_FILE`]).toBe(`backend.${name}.cdx.json`)
      const bom = JSON.parse(readFileSync(join(project.dir, `backend.${name}.cdx.json`), 'utf8'))
      expect(bom.metadata.component).toMatchObject({
        name: `${image}/${name}`,
        hashes: [{ content: (await digestRef(`group/project/${name}`)).split('@sha256:')[1] }],
      })
    }
    expect(existsSync(join(project.dir, 'frontend.cdx.json'))).toBe(true)
  })
})

describe('the multi-arch pipeline of docs/image-sets.md', () => {
  it('is the multi-arch pipeline in docs/image-sets.md', () => {
    expect(readPage('docs/image-sets.md')).toContain(readFileSync(multiArchPipeline, 'utf8').trim())
  })

  it('each platform job pushes its member, the no_build job the index, and deploy gets the index digest', async () => {
    // The arm runner's Nix builds aarch64-linux only (the fixtures' builders are /bin/sh scripts: they run here).
    const project = gitlabProject(
      'gitlab-multi-arch',
      { insecure_registry: true },
      {
        pipelinePath: multiArchPipeline,
        flake: flake('gitlab-multi-arch'),
        jobVariables: {
          'app-arm64-build': { NIX_CONFIG: `${testNixConfig}\nsystem = aarch64-linux\nextra-platforms =` },
        },
      },
    )
    const run = await runPipeline(project, ciVariables(), testEnv())
    expect(run.code, run.output).toBe(0)
    const image = `${registry.host}/group/project`
    const digest = await inspectDigest(registry, `${image}:latest`)
    expect(project.kubectlCalls()).toEqual([`set image deployment/app app=${image}@${digest}`])
    // Two members and the index under its own tag and latest.
    expect(await listTags(registry, 'group/project')).toHaveLength(4)
    expect(project.jobLog('app-amd64-build')).toMatch(/x86_64-linux: .* built and pushed/)
    expect(project.jobLog('app-arm64-build')).toMatch(/aarch64-linux: .* built and pushed/)
    expect(project.jobLog('app-build')).not.toMatch(/_build_started/)
  })
})
