import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { ciVariables, gitlabProject, runPipeline, type GitlabProject } from '../helpers/gitlab.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'

// Every file nix-image writes, when a repository (a merge request) or a CI cache committed a
// symlink where it goes: the SBOM file, a carried binary cache folder. The dotenv report, pinned
// manifests and the manifest file are in hostile-inputs.test.ts and files.test.ts.

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'nix-image-hostile-files-'))
const registry = useRegistry()

/** A file outside the checkout that a link in it points at, and its content, which must not change. */
function outsideFile(): string {
  const dir = mkdtempSync(join(work, 'outside-'))
  const file = join(dir, 'target')
  writeFileSync(file, 'untouched')
  return file
}

/** Commits `link` → `target` into the project, as a merge request would. */
function commitLink(project: GitlabProject, link: string, target: string): void {
  // The fixtures hold a nix-image.cdx.json of their own (another test's document).
  rmSync(join(project.dir, link), { force: true })
  symlinkSync(target, join(project.dir, link))
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: project.dir })
  git('add', '-f', link)
  git('commit', '-qm', `a link at ${link}`)
}

describe('the SBOM file', () => {
  it('--sbom-file through a committed symlink out of the working tree: not written, a warning, the push done', async () => {
    const checkout = mkdtempSync(join(work, 'checkout-'))
    const outside = outsideFile()
    symlinkSync(outside, join(checkout, 'nix-image.cdx.json'))
    const pushed = await runCli(
      [
        'push',
        writeVariant(work, 'sbom-link'),
        '--attr',
        'layeredZstd',
        '--image',
        `${registry.host}/files/app`,
        '--insecure-registry',
        '--sbom-file',
        'nix-image.cdx.json',
        '--json',
      ],
      testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password }),
      checkout,
    )
    expect(pushed.code, pushed.stderr).toBe(0)
    expect(JSON.parse(pushed.stdout)).toMatchObject({ pushed: true, sbom: { state: 'attached' } })
    expect(JSON.parse(pushed.stdout).sbom.file).toBeUndefined()
    expect(pushed.stderr).toMatch(
      /warning: could not write the SBOM to nix-image\.cdx\.json: SBOM file nix-image\.cdx\.json leads out of the working tree through a symlink \(to .*\): refusing to write there; replace the link with a file/,
    )
    expect(readFileSync(outside, 'utf8')).toBe('untouched')
  })

  it("GitLab's default nix-image.cdx.json committed as a symlink out of the checkout: the job pushes, warns, and writes nothing there", async () => {
    const project = gitlabProject('gitlab-sbom-link', { insecure_registry: true })
    const outside = outsideFile()
    commitLink(project, 'nix-image.cdx.json', outside)
    const run = await runPipeline(project, ciVariables(registry), testEnv(), {
      args: ['--force-shell-executor', 'nix-image-build'],
    })
    expect(run.code, run.output).toBe(0)
    expect(project.jobLog('nix-image-build')).toMatch(
      /warning: could not write the SBOM to nix-image\.cdx\.json: .*leads out of the working tree through a symlink/,
    )
    expect(project.dotenv()).toMatchObject({ NIX_IMAGE_PUSHED: 'true', NIX_IMAGE_SBOM_FILE: '' })
    expect(readFileSync(outside, 'utf8')).toBe('untouched')
  })
})

describe('a carried binary cache folder', () => {
  it('cache: true with .nix-image-cache/nar committed as a symlink out of the checkout: one line, nothing written or pruned there', async () => {
    const project = gitlabProject(
      'gitlab-cache-link',
      { insecure_registry: true },
      { pipelinePath: join(root, 'examples/gitlab/cache.gitlab-ci.yml') },
    )
    const outside = mkdtempSync(join(work, 'outside-nar-'))
    writeFileSync(join(outside, 'precious'), 'untouched')
    mkdirSync(join(project.dir, '.nix-image-cache'))
    commitLink(project, '.nix-image-cache/nar', outside)
    const run = await runPipeline(project, ciVariables(registry), testEnv(), {
      args: ['--force-shell-executor', 'nix-image-build'],
    })
    expect(run.code).not.toBe(0)
    expect(project.jobLog('nix-image-build')).toMatch(
      /nix-image: error: binary cache folder .*\.nix-image-cache\/nar leads out of the working tree through a symlink \(to .*\): refusing to write there; replace the link with a folder/,
    )
    expect(readdirSync(outside)).toEqual(['precious'])
  })
})
