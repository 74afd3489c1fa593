import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ciVariables, gitlabProject, runPipeline } from '../helpers/gitlab.js'
import { testEnv } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'

// The GitLab component's job for a commit pushed already (a branch pipeline, then the merge
// request's, or a retried job): the job answers from the source record before Nix is called.

const registry = useRegistry()

describe('the component job, for a commit pushed before', () => {
  it('reports the image without calling Nix, with the dotenv of the first run', async () => {
    const project = gitlabProject('gitlab-source-record', { insecure_registry: true })
    // The flake's lock is committed (every input locked: this flake has none), as a project's is.
    writeFileSync(join(project.dir, 'flake.lock'), JSON.stringify({ nodes: { root: {} }, root: 'root', version: 7 }))
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', project.dir, '-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args])
    git('add', 'flake.lock')
    git('commit', '-qm', 'lock')
    // The job's Nix records every call.
    const calls = join(project.dir, 'nix.calls')
    writeScript(join(project.dir, '.bin'), 'nix', `echo "nix $*" >> ${calls}\nexec /usr/bin/nix "$@"`)

    const first = await runPipeline(project, ciVariables(registry), testEnv())
    expect(first.code, first.output).toBe(0)
    expect(readFileSync(calls, 'utf8')).toContain('nix ')
    const pushed = project.dotenv()
    expect(pushed.NIX_IMAGE_PUSHED).toBe('true')

    rmSync(calls)
    const rerun = await runPipeline(project, ciVariables(registry), testEnv())
    expect(rerun.code, rerun.output).toBe(0)
    expect(existsSync(calls) ? readFileSync(calls, 'utf8') : '').toBe('')
    expect(project.jobLog('nix-image-build')).toContain('Nix is not run')
    const { NIX_IMAGE_PUSHED, ...same } = pushed
    expect(project.dotenv()).toMatchObject({ ...same, NIX_IMAGE_PUSHED: 'false' })
  })
})
