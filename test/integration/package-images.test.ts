import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { readCommandFile, runMain, runnerFiles } from '../helpers/github.js'
import { gitlabProject, runPipeline } from '../helpers/gitlab.js'
import { testEnv } from '../helpers/nix.js'
import { nixpkgsCopy, pulledLayers } from '../helpers/nixpkgs.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest } from '../helpers/skopeo.js'
import { readPage } from '../helpers/docs.js'

// The seed's use of Nixery, pinned: one job builds an image from a package list, a later job of
// the same pipeline runs in it. Here the later job's image reference is followed to the registry
// and pulled, as the runner would before starting the container (run-manifests.test.ts opens such
// an image's file system in podman; its stand-in tools are links to this machine's, not runnable).

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'nix-image-package-images-'))
const page = readPage('docs/packages.md')
const commitPin = 'github:NixOS/nixpkgs/013635633ffe11f70df1d639f563f21c42c1f778'
const registry = useRegistry()
let lockedNixpkgs: string

beforeAll(async () => {
  lockedNixpkgs = nixpkgsCopy(work).lockedFlakeRef()
})

/** The executables a pulled image links into /bin. */
function binaries(ref: string): string[] {
  return (pulledLayers(registry, ref, work).at(-1) ?? [])
    .filter((entry) => entry.startsWith('./bin/') && entry !== './bin/')
    .map((entry) => entry.slice('./bin/'.length))
}

describe('GitHub: a later job runs in the image the tools job built', () => {
  const path = join(root, 'examples/github/tools.yml')
  const text = readFileSync(path, 'utf8')
  const workflow = parse(text) as {
    jobs: {
      tools: { outputs: Record<string, string>; steps: { id: string; with: Record<string, string> }[] }
      check: {
        needs: string
        container: { image: string; credentials: Record<string, string> }
        steps: { run: string }[]
      }
    }
  }

  it('is the workflow in docs/packages.md, wired from the step output to the container image', () => {
    expect(page).toContain(text.trim())
    const step = workflow.jobs.tools.steps[0]
    expect(step?.with).toMatchObject({ packages: 'shell yq jq skopeo', nixpkgs: commitPin })
    expect(workflow.jobs.tools.outputs.image).toBe(`\${{ steps.${step?.id}.outputs.digest-ref }}`)
    expect(workflow.jobs.check.needs).toBe('tools')
    expect(workflow.jobs.check.container.image).toBe('${{ needs.tools.outputs.image }}')
  })

  it('the step pushes the list under the repository’s namespace; its digest-ref pulls an image with the tools', async () => {
    const files = runnerFiles()
    const step = workflow.jobs.tools.steps[0]
    const inputs = {
      ...step?.with,
      nixpkgs: lockedNixpkgs, // the stand-in nixpkgs, locked, in place of the commit
      image: (step?.with.image ?? '').replace('ghcr.io/${{ github.repository }}', `${registry.host}/Octo-Org/App`),
      'registry-username': registry.username,
      'registry-password': registry.password,
      'insecure-registry': 'true',
    }
    const env = testEnv({ GITHUB_REPOSITORY: 'Octo-Org/App', GITHUB_ACTOR: 'octocat', GITHUB_WORKSPACE: work })
    const run = await runMain(inputs, files, env, { 'github.token': 'ghs_unused' }, work)
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const outputs = readCommandFile(files.output)
    const image = `${registry.host}/octo-org/app/shell/yq/jq/skopeo`
    expect(outputs.image).toBe(image)
    expect(outputs['digest-ref']).toBe(`${image}@${await inspectDigest(registry, `${image}:${outputs.tag}`)}`)
    // needs.tools.outputs.image is this digest-ref: what the runner pulls for the check job.
    expect(binaries(outputs['digest-ref'] ?? '')).toEqual(
      expect.arrayContaining(['bash', 'coreutils', 'jq', 'yq', 'skopeo']),
    )
  })
})

describe('GitLab: a later job runs in the image the tools job built', () => {
  const path = join(root, 'examples/gitlab/tools.gitlab-ci.yml')

  it('is the pipeline in docs/packages.md', () => {
    expect(page).toContain(readFileSync(path, 'utf8').trim())
    expect(readFileSync(path, 'utf8')).toContain(`nixpkgs: ${commitPin}`)
  })

  it('the tools job hands its digest ref to the later job, whose runner pulls exactly that image', async () => {
    const project = gitlabProject('unused', { insecure_registry: true, nixpkgs: lockedNixpkgs }, { pipelinePath: path })
    const variables = {
      CI_REGISTRY: registry.host,
      CI_REGISTRY_IMAGE: `${registry.host}/group/project`,
      CI_REGISTRY_USER: registry.username,
      CI_REGISTRY_PASSWORD: registry.password,
    }
    const built = await runPipeline(project, variables, testEnv(), { args: ['tools-build', '--force-shell-executor'] })
    expect(built.code, built.output).toBe(0)
    const { NIX_IMAGE: image, NIX_IMAGE_TAG: tag, NIX_IMAGE_DIGEST_REF: digestRef } = project.dotenv('tools')
    expect(image).toBe(`${registry.host}/group/project/tools`)
    expect(digestRef).toBe(`${image}@${await inspectDigest(registry, `${image}:${tag}`)}`)

    // The later job with a container runtime that can pull (with skopeo, from the loopback
    // registry) and do nothing else: the job's image is resolved and pulled, then it stops.
    const pulled = join(work, 'pulled.log')
    const runtime = writeScript(
      join(work, 'runtime'),
      'docker',
      `case "$1" in
  pull) skopeo copy --src-tls-verify=false --src-authfile "${registry.authFile}" "docker://$2" "dir:$(mktemp -d)" >/dev/null && echo "$2" >> "${pulled}" ;;
  *) echo "no containers here: $*" >&2; exit 1 ;;
esac`,
    )
    const later = await runPipeline(project, variables, testEnv(), {
      args: ['check-deployment', '--container-executable', runtime],
    })
    expect(later.output).toContain(`starting ${digestRef}`)
    expect(existsSync(pulled) ? readFileSync(pulled, 'utf8').trim().split('\n') : []).toEqual([digestRef])
    expect(binaries(digestRef ?? '')).toEqual(expect.arrayContaining(['bash', 'coreutils', 'jq', 'yq', 'skopeo']))
  })
})
