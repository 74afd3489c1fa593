import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { cachedStorePaths, forgetFromStore } from '../helpers/binary-cache.js'
import { ciVariables as projectVariables, gitlabProject, runPipeline, type GitlabProject } from '../helpers/gitlab.js'
import { testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'
import { readPage } from '../helpers/docs.js'

// docs/caching.md on GitLab: the component's `cache: true` and its `cache:` keyword,
// run by gitlab-ci-local (which carries `cache:` between pipelines with --shell-isolation; it
// ignores fallback_keys, so the branch's own key is what is exercised here).

const root = resolve(import.meta.dirname, '../..')
const cachePipelinePath = join(root, 'examples/gitlab/cache.gitlab-ci.yml')
const registry = useRegistry()

const ciVariables = () => projectVariables(registry, 'cached')

function setApp(project: GitlabProject, record: string, app: string): void {
  const args = `{ system = "x86_64-linux"; salt = "gitlab-cache"; record = ${JSON.stringify(record)}; app = ${JSON.stringify(app)}; }`
  writeFileSync(
    join(project.dir, 'flake.nix'),
    `{ outputs = { self }: { packages.x86_64-linux.image = (import ./cache-images.nix ${args}).image; }; }\n`,
  )
  execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qam', app], {
    cwd: project.dir,
  })
}

describe('cache: true, with gitlab-ci-local', () => {
  it('is the pipeline in docs/caching.md', () => {
    expect(readPage('docs/caching.md')).toContain(readFileSync(cachePipelinePath, 'utf8').trim())
  })

  it('the next pipeline, on a fresh runner, substitutes the dependency from the carried folder', async () => {
    const project = gitlabProject('', { insecure_registry: true }, { pipelinePath: cachePipelinePath })
    const record = join(project.dir, '..', `${project.dir.split('/').pop()}-builds`)
    writeFileSync(record, '')
    const builds = (): number => readFileSync(record, 'utf8').split('\n').filter(Boolean).length
    setApp(project, record, 'v1')
    const run = await runPipeline(project, ciVariables(), testEnv(), {
      args: ['--force-shell-executor', '--shell-isolation'],
    })
    expect(run.code, run.output).toBe(0)
    expect(builds()).toBe(1)
    expect(project.jobLog('nix-image-build')).toMatch(
      /Binary cache: 0 paths substituted from it \(0 B\), \d+ built .*, \d+ uploaded/,
    )
    // gitlab-ci-local keeps the job's cache under .gitlab-ci-local/cache/<key>/.
    // The key is nix-image-<job prefix>-<branch>; the project's branch is git's default.
    const branch = execFileSync('git', ['branch', '--show-current'], { cwd: project.dir, encoding: 'utf8' }).trim()
    const carried = join(project.dir, '.gitlab-ci-local', 'cache', `nix-image-nix-image-${branch}`, '.nix-image-cache')
    const dependency = cachedStorePaths(carried).find((path) => path.includes('slow-dependency-gitlab-cache')) ?? ''
    expect(dependency).not.toBe('')
    expect(existsSync(join(carried, 'nix-image-signing-key.pub'))).toBe(true)

    // A fresh runner: no build folder, and a store without the dependency.
    rmSync(join(project.dir, '.gitlab-ci-local', 'builds'), { recursive: true, force: true })
    forgetFromStore(dependency, testEnv())
    setApp(project, record, 'v2')
    const rerun = await runPipeline(project, ciVariables(), testEnv(), {
      args: ['--force-shell-executor', '--shell-isolation'],
    })
    expect(rerun.code, rerun.output).toBe(0)
    expect(builds()).toBe(1)
    expect(project.jobLog('nix-image-build')).toMatch(/Binary cache: [1-9]\d* paths substituted from it/)
  })
})
