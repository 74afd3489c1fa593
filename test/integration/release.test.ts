import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushToRegistry, type PushedImage } from '../helpers/cli.js'
import { freshClone, git, run, standInNixpkgs } from '../helpers/clone.js'
import { readCommandFile, runMain, runnerFiles } from '../helpers/github.js'
import { ciVariables, componentBuildJob, detectShellCommand } from '../helpers/gitlab.js'
import { fixturesDir, testEnv, testNixConfig } from '../helpers/nix.js'
import { usePodman } from '../helpers/podman.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest } from '../helpers/skopeo.js'
import { runTaskSpec } from '../helpers/tekton.js'

// .github/workflows/release.yml, run step by step as a runner would, on a fresh clone tagged
// v<version>: the runner image built by the action and pushed to a loopback registry in place of
// ghcr.io, the major tag moved on a bare "origin", the GitLab release pushed to a bare "GitLab".
// Only what needs the outside world is left out, by name (checkout, setup-node, npm ci: the
// clone and its linked node_modules stand in; npm publish: test/unit/package.test.ts checks
// what it would publish). The flake's nixpkgs is the offline stand-in, locked into the clone.

interface Step {
  id?: string
  name?: string
  uses?: string
  with?: Record<string, string>
  run?: string
  env?: Record<string, string>
  if?: string
}
const root = resolve(import.meta.dirname, '../..')
const workflow = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } }
  jobs: { release: { permissions: Record<string, string>; steps: Step[] } }
}
const steps = workflow.jobs.release.steps
const notRunHere = (step: Step): boolean =>
  /^actions\/(checkout|setup-node)@/.test(step.uses ?? '') ||
  /^npm ci\b/.test(step.run ?? '') ||
  /\bnpm publish\b/.test(step.run ?? '')

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string
const gitlabToken = `glpat-${'s3cr3t'.repeat(4)}`
const registry = useRegistry()
let clone: string
let origin: string
let gitlab: string
let releaseSha: string
const context: Record<string, string> = {}
const actionRuns: Record<string, string>[] = []
// What git was started with in the GitLab step: its arguments, and the header config it got.
let gitCalls: string[] = []
let gitHeaders: string[] = []

/** The runner image the component released to GitLab names: its job_image default, `runner:<version>@sha256:…`. */
function pinnedJobImage(): string {
  const template = execFileSync('git', ['show', `${version}:templates/build.yml`], { cwd: gitlab, encoding: 'utf8' })
  return /^ {4}job_image:\n(?: {6}.*\n)*? {6}default: (.*)$/m.exec(template)?.[1] ?? ''
}

/** `${{ expr }}` as the runner fills it in, from the contexts the test provides or steps set. */
function evaluate(text: string): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_all, key: string) => {
    if (!(key in context)) throw new Error(`release.yml uses \${{ ${key} }}, which the test does not provide`)
    return context[key] ?? ''
  })
}

function evaluateCondition(condition: string): boolean {
  const match = /^vars\.(\w+) != ''$/.exec(condition)
  if (!match) throw new Error(`release.yml condition the test cannot evaluate: ${condition}`)
  return (context[`vars.${match[1]}`] ?? '') !== ''
}

function recordOutputs(step: Step, outputs: Record<string, string>): void {
  if (step.id) for (const [name, value] of Object.entries(outputs)) context[`steps.${step.id}.outputs.${name}`] = value
}

const jobEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({
    GITHUB_REPOSITORY: 'Nix-Image/nix-image',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: clone,
    GITHUB_REF_NAME: `v${version}`,
    GITHUB_SHA: releaseSha,
    ...extra,
  })

/** The action step (`uses: ./`), its image on the loopback registry instead of ghcr.io. */
async function runActionStep(step: Step): Promise<Record<string, string>> {
  const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(value)]))
  expect(inputs.image).toMatch(/^ghcr\.io\//)
  inputs.image = inputs.image!.replace(/^ghcr\.io\//, `${registry.host}/`)
  const files = runnerFiles()
  const credentials = {
    'registry-username': registry.username,
    'registry-password': registry.password,
    'insecure-registry': 'true',
  }
  const result = await runMain({ ...inputs, ...credentials }, files, jobEnv(), { 'github.token': 'ghs_unused' }, clone)
  expect(result.code, result.stdout + result.stderr).toBe(0)
  return readCommandFile(files.output)
}

/** A `run:` step as the runner starts it: bash -eo pipefail, the step's env, GITHUB_OUTPUT. */
async function runShellStep(step: Step, extraEnv: NodeJS.ProcessEnv = {}): Promise<Record<string, string>> {
  const output = join(mkdtempSync(join(tmpdir(), 'nix-image-step-')), 'output')
  writeFileSync(output, '')
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value)]))
  const result = await run(['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], {
    cwd: clone,
    env: jobEnv({ GITHUB_OUTPUT: output, ...env, ...extraEnv }),
  })
  expect(result.code, `${step.name ?? step.run}\n${result.stdout}${result.stderr}`).toBe(0)
  return readCommandFile(output)
}

beforeAll(async () => {
  clone = freshClone({ withNodeModules: true })
  releaseSha = git(clone, 'rev-parse', 'HEAD')
  git(clone, 'tag', `v${version}`)
  const bare = mkdtempSync(join(tmpdir(), 'nix-image-remotes-'))
  origin = join(bare, 'origin.git')
  gitlab = join(bare, 'gitlab.git')
  execFileSync('git', ['init', '--quiet', '--bare', origin])
  execFileSync('git', ['init', '--quiet', '--bare', gitlab])
  git(clone, 'remote', 'add', 'origin', origin)
  // The one change to the clone: the flake's nixpkgs locked to the offline stand-in.
  const lock = await run(['nix', 'flake', 'lock', ...standInNixpkgs(clone)], { cwd: clone, env: testEnv() })
  expect(lock.code, lock.stderr).toBe(0)

  Object.assign(context, {
    'github.repository_owner': 'Nix-Image',
    'secrets.NPM_TOKEN': 'npm_unused',
    'vars.GITLAB_URL': `file://${gitlab}`,
    'secrets.GITLAB_TOKEN': gitlabToken,
  })
  for (const step of steps) {
    if (notRunHere(step) || (step.if && !evaluateCondition(step.if))) continue
    if (step.uses === './') {
      const outputs = await runActionStep(step)
      actionRuns.push(outputs)
      recordOutputs(step, outputs)
      continue
    }
    if (/gitlab-release\.sh push/.test(step.run ?? '')) {
      // git behind a recorder: the token must reach it through the environment only.
      const bin = mkdtempSync(join(tmpdir(), 'nix-image-git-'))
      writeScript(
        bin,
        'git',
        `printf '%s\\n' "$*" >> ${bin}/calls\nprintf '%s=%s\\n' "$GIT_CONFIG_KEY_0" "$GIT_CONFIG_VALUE_0" >> ${bin}/headers\nexec /usr/bin/git "$@"`,
      )
      recordOutputs(step, await runShellStep(step, { PATH: `${bin}:${process.env.PATH}` }))
      gitCalls = readFileSync(join(bin, 'calls'), 'utf8').trim().split('\n')
      gitHeaders = [...new Set(readFileSync(join(bin, 'headers'), 'utf8').trim().split('\n'))].filter(
        (line) => line !== '=',
      )
      continue
    }
    recordOutputs(step, await runShellStep(step))
  }
  // A rerun of the action step (a release job run again): the runner image is found, not rebuilt.
  actionRuns.push(await runActionStep(steps.find((step) => step.uses === './')!))
}, 300_000)
afterAll(async () => {
  for (const dir of [clone && dirname(clone), origin && dirname(origin)])
    if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the release workflow', () => {
  it('runs on version tags, with the permissions its steps need', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*'])
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write', packages: 'write', 'id-token': 'write' })
    const skipped = steps.filter(notRunHere).map((step) => step.uses ?? step.run?.trim())
    expect(skipped).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci --no-audit --no-fund',
      expect.stringContaining('npm publish --provenance --access public'),
    ])
  })

  it('reads the version from the tag, package.json and the component, which agree', () => {
    expect(context['steps.version.outputs.version']).toBe(version)
    expect(context['steps.version.outputs.major']).toBe(`v${version.split('.')[0]}`)
  })

  it('builds the runner image with the action and pushes it under the version; the rerun skips it', async () => {
    const [first, rerun] = actionRuns
    const ref = `${registry.host}/nix-image/runner:${version}`
    expect(first).toMatchObject({ ref, pushed: 'true', skipped: 'false', kind: 'docker-archive' })
    expect(rerun).toMatchObject({ ref, pushed: 'false', skipped: 'true', digest: first?.digest })
    expect(await inspectDigest(registry, ref)).toBe(first?.digest)
  })

  it("the runner image's root has what a job needs", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nix-image-runner-copy-'))
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--src-tls-verify=false',
      '--src-authfile',
      registry.authFile,
      `docker://${registry.host}/nix-image/runner:${version}`,
      `dir:${dir}`,
    ])
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { layers: { digest: string }[] }
    const entries = manifest.layers.flatMap(({ digest }) =>
      execFileSync('tar', ['-tvf', join(dir, digest.slice('sha256:'.length))], { encoding: 'utf8' }).split('\n'),
    )
    const entry = (path: string) =>
      entries.find((line) => line.endsWith(` ./${path}`) || line.includes(` ./${path} -> `))
    for (const dir of ['tmp/', 'var/tmp/', 'nix/store/']) expect(entry(dir), dir).toMatch(/^drwxrwxrwt /)
    expect(entry('nix/var/nix/db/')).toMatch(/^drwxrwxrwx /)
    for (const path of [
      'bin/nix-image',
      'bin/nix-image-gitlab',
      'bin/nix',
      'bin/skopeo',
      'bin/node',
      'bin/git',
      'bin/sh',
      'usr/bin/env',
      'etc/passwd',
      'etc/group',
      'etc/ssl/certs/ca-certificates.crt',
    ]) {
      expect(entry(path), path).toBeDefined()
    }
    const nixConf = / -> (\/nix\/store\/\S+)$/.exec(entry('etc/nix/nix.conf') ?? '')?.[1] ?? ''
    expect(readFileSync(nixConf, 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['experimental-features = nix-command flakes', 'build-users-group =']),
    )
    const config = JSON.parse(
      execFileSync(
        'skopeo',
        [
          'inspect',
          '--config',
          '--tls-verify=false',
          '--authfile',
          registry.authFile,
          `docker://${registry.host}/nix-image/runner:${version}`,
        ],
        { encoding: 'utf8' },
      ),
    )
    expect(config.config.Env).toEqual(
      expect.arrayContaining(['PATH=/bin:/usr/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-bundle.crt']),
    )
  })

  it('moves the major tag to the release', () => {
    expect(
      execFileSync('git', ['rev-parse', `v${version.split('.')[0]}`], { cwd: origin, encoding: 'utf8' }).trim(),
    ).toBe(releaseSha)
  })

  it('pushes to GitLab a tag whose component pins that runner image by digest, without the token on a command line', async () => {
    const tagged = (path: string) =>
      execFileSync('git', ['show', `${version}:${path}`], { cwd: gitlab, encoding: 'utf8' })
    const jobImage = pinnedJobImage()
    const digest = actionRuns[0]?.digest
    expect(jobImage).toBe(`${registry.host}/nix-image/runner:${version}@${digest}`)
    // skopeo takes a tag or a digest, not both; GitLab's runner pulls by the digest.
    expect(await inspectDigest(registry, (jobImage ?? '').replace(`:${version}@`, '@'))).toBe(digest)
    expect(JSON.parse(tagged('package.json')).version).toBe(version)
    expect(
      execFileSync('git', ['rev-parse', `${version}^`, 'main'], { cwd: gitlab, encoding: 'utf8' })
        .trim()
        .split('\n'),
    ).toEqual([releaseSha, releaseSha])
    // The release commit's own template is unchanged: only the GitLab tag carries the digest.
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(releaseSha)
    expect(gitCalls).toContain(`push --quiet file://${gitlab} refs/tags/${version}`)
    expect(
      gitCalls.filter(
        (line) => line.includes(gitlabToken) || line.includes(Buffer.from(`oauth2:${gitlabToken}`).toString('base64')),
      ),
    ).toEqual([])
    expect(gitHeaders).toEqual([
      `http.file://${gitlab}.extraHeader=Authorization: Basic ${Buffer.from(`oauth2:${gitlabToken}`).toString('base64')}`,
    ])
  })

  it("GitLab's pipeline releases those tags and no others", () => {
    const pipeline = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8'))
    const rule = /^\$CI_COMMIT_TAG =~ \/(.*)\/$/.exec(pipeline.workflow.rules[0].if)?.[1] ?? ''
    expect(new RegExp(rule).test(version)).toBe(true)
    expect(new RegExp(rule).test(`v${version}`)).toBe(false)
    expect(pipeline.release.release.tag_name).toBe('$CI_COMMIT_TAG')
  })
})

// The runner image as a job runs it: pulled by the reference the released component pins, then
// started by podman as GitLab Runner and Tekton start it, as root and as another uid (OpenShift,
// runAsUser). Its Node, Nix and bash are real programs (the stand-in nixpkgs copies the host's
// with their libraries); skopeo, git and the CA bundle are still links to the host, so no job
// here builds or pushes: each finds an image the host pushed, which needs Node, Nix (evaluating,
// writing .drv files into the image's store) and the registry, and no build.
describe('the runner image runs a job', () => {
  const podman = usePodman(registry)
  let jobImage = ''
  // The app image the jobs evaluate and find, pushed from here.
  let app: PushedImage
  let project = ''

  beforeAll(async () => {
    jobImage = pinnedJobImage()
    await podman.pull(jobImage)
    // A project anyone may write (the job leaves its dotenv and SBOM there), the fixtures its source.
    project = mkdtempSync(join(tmpdir(), 'nix-image-runner-job-'))
    cpSync(fixturesDir, project, { recursive: true })
    chmodSync(project, 0o777)
    app = await pushToRegistry(registry, [
      join(project, 'runnable.nix'),
      '--attr',
      'layeredZstd',
      '--image',
      `${registry.host}/group/project`,
    ])
  }, 300_000)

  it.each(['0', '1000'])('nix-image --version as --user %s', async (user) => {
    expect(await podman.run(jobImage, { user, command: ['nix-image', '--version'] })).toMatchObject({
      code: 0,
      stdout: `${version}\n`,
    })
  })

  it('/tmp, /var/tmp, the store and the Nix database are writable by another uid, as the README says', async () => {
    const probe =
      'for dir in /tmp /var/tmp /nix/store /nix/var/nix/db; do touch "$dir/probe-$(id -u)" && echo "$dir"; done'
    expect(await podman.run(jobImage, { user: '1000', command: ['sh', '-c', probe] })).toMatchObject({
      code: 0,
      stdout: '/tmp\n/var/tmp\n/nix/store\n/nix/var/nix/db\n',
      stderr: '',
    })
  })

  it.each(['0', '1000'])(
    "GitLab: the component's job, its script on stdin of the shell GitLab detects, as --user %s",
    async (user) => {
      const ci = { ...ciVariables(registry), CI_PROJECT_DIR: '/builds/group/project' }
      const job = componentBuildJob(
        { installable: './runnable.nix', attr: 'layeredZstd', insecure_registry: 'true', job_prefix: `job-${user}` },
        ci,
      )
      // HOME and USER: the README's advice for a uid without an /etc/passwd entry.
      const env = { ...ci, ...job.variables, HOME: '/tmp', USER: 'job' }
      const run = await podman.run(jobImage, {
        user,
        command: detectShellCommand,
        input: job.script,
        env,
        network: 'host',
        volumes: [`${project}:/builds/group/project`],
      })
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.stdout + run.stderr).toContain(`${app.ref} is already in the registry: nothing built, nothing pushed`)
      expect(readFileSync(join(project, `job-${user}.env`), 'utf8')).toContain(
        `NIX_IMAGE_DIGEST_REF=${app.digestRef}\n`,
      )
    },
  )

  it.each(['0', '1000'])("Tekton: the build step's script in the step's image, as --user %s", async (user) => {
    const task = parse(readFileSync(join(clone, 'tekton/nix-image.yaml'), 'utf8')) as { spec: Record<string, unknown> }
    const source = mkdtempSync(join(tmpdir(), 'nix-image-runner-tekton-'))
    cpSync(fixturesDir, source, { recursive: true })
    // A Secret's config.json, mounted as Kubernetes mounts one (readable by the step's uid).
    const dockerconfig = mkdtempSync(join(tmpdir(), 'nix-image-runner-dockerconfig-'))
    cpSync(registry.authFile, join(dockerconfig, 'config.json'))
    chmodSync(join(dockerconfig, 'config.json'), 0o644)
    const params = {
      image: `${registry.host}/group/project`,
      installable: 'runnable.nix',
      attr: 'layeredZstd',
      'insecure-registry': 'true',
    }
    const result = await runTaskSpec(
      task.spec,
      params,
      { source, dockerconfig },
      { path: '/bin:/usr/bin', nixConfig: testNixConfig },
      async (step) => {
        // Each folder at its own path inside, as Tekton mounts workspaces and results; open to the uid.
        for (const folder of step.folders) chmodSync(folder, 0o777)
        const env = Object.fromEntries(Object.entries(step.env).map(([name, value]) => [name, value ?? '']))
        const ran = await podman.run(jobImage, {
          user,
          command: [step.script],
          env,
          workdir: step.cwd,
          network: 'host',
          volumes: step.folders.map((folder) => `${folder}:${folder}`),
        })
        return { code: ran.code, text: ran.stdout + ran.stderr }
      },
    )
    expect(result.code, result.output).toBe(0)
    expect(result.results).toEqual({
      IMAGE_URL: app.ref,
      IMAGE_DIGEST: app.digest,
      TAG: app.ref.split(':').at(-1),
      PUSHED: 'false',
    })
  })
})
