import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  actionDefinition,
  actionNode,
  checkoutWithFlake,
  readCommandFile,
  runMain,
  runPost,
  runnerFiles,
  workflowCommands,
  type RunnerFiles,
  type StepRun,
} from '../helpers/github.js'
import { runCli } from '../helpers/cli.js'
import { testEnv } from '../helpers/nix.js'
import { startNixInstaller } from '../helpers/nix-installer.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { readPage } from '../helpers/docs.js'

const root = resolve(import.meta.dirname, '../..')
const workflowPath = join(root, 'examples/github/workflow.yml')
const workflowText = readFileSync(workflowPath, 'utf8')
const githubToken = `ghs_${'t0k3n'.repeat(8)}`
const expressions = { 'github.token': githubToken }

interface Workflow {
  jobs: Record<
    string,
    {
      outputs?: Record<string, string>
      steps: { id?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[]
    }
  >
}
const workflow = parse(workflowText) as Workflow
const actionStep = Object.values(workflow.jobs)
  .flatMap((job) => job.steps)
  .find((step) => step.uses?.startsWith('nix-image/nix-image@'))

const registry = useRegistry()
let workspace: string

beforeAll(async () => {
  // The repository a workflow checks out: a flake with an `image` package, made from the fixtures.
  workspace = checkoutWithFlake(
    `{ outputs = { self }: { packages.x86_64-linux.image = (import ./images.nix { system = "x86_64-linux"; content = "github-action"; }).layered; }; }\n`,
  )
  console.info(`action runs on ${actionNode} (Node ${process.env.ACTION_NODE ? 'from ACTION_NODE' : process.version})`)
})

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({ GITHUB_REPOSITORY: 'Octo-Org/App', GITHUB_ACTOR: 'octocat', GITHUB_WORKSPACE: workspace, ...extra })

/** The step of the README's workflow, pointed at the loopback registry instead of ghcr.io. */
function readmeStepInputs(repository: string, password = registry.password): Record<string, string> {
  return {
    ...actionStep?.with,
    image: `${registry.host}/${repository}`,
    'registry-username': registry.username,
    'registry-password': password,
    'insecure-registry': 'true',
  }
}

/** Everything a step leaves where others can read it: the runner's files and the step's output. */
function everythingWritten(files: RunnerFiles, run: StepRun): string {
  const fileText = ['output', 'state', 'env', 'path', 'summary'].map((name) =>
    readFileSync(files[name as keyof RunnerFiles], 'utf8'),
  )
  // `::add-mask::` is how a step tells the runner what to mask; the runner never prints it.
  const stdout = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
  return [...fileText, ...stdout, run.stderr].join('\n')
}

describe('the README workflow', () => {
  it('is the workflow in README.md and docs/github.md, and its jobs read outputs the action has', () => {
    for (const page of ['README.md', 'docs/github.md']) expect(readPage(page), page).toContain(workflowText.trim())
    expect(actionStep?.with).toBeDefined()
    for (const value of Object.values(workflow.jobs.image?.outputs ?? {})) {
      const [, stepId, output] = /steps\.([\w-]+)\.outputs\.([\w-]+)/.exec(value) ?? []
      expect(stepId).toBe(actionStep?.id)
      expect(Object.keys(actionDefinition.outputs)).toContain(output)
    }
    expect(workflow.jobs.deploy?.steps[0]?.env?.IMAGE).toBe('${{ needs.image.outputs.digest-ref }}')
    expect(actionDefinition.runs).toMatchObject({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' })
  })

  it('builds and pushes on the first run, skips on the rerun, and post removes the auth folder', async () => {
    const files = runnerFiles()
    const run = await runMain(readmeStepInputs('readme/app'), files, env(), expressions, workspace)
    expect(run.code, run.stdout + run.stderr).toBe(0)

    const outputs = readCommandFile(files.output)
    const tag = (await runCli(['tag', '.#image'], env(), workspace)).stdout.trim()
    const ref = `${registry.host}/readme/app:${tag}`
    const digest = await inspectDigest(registry, ref)
    expect(outputs).toMatchObject({
      image: `${registry.host}/readme/app`,
      tag,
      ref,
      digest,
      'digest-ref': `${registry.host}/readme/app@${digest}`,
      kind: 'docker-archive',
      pushed: 'true',
      skipped: 'false',
    })
    expect(outputs['out-path']).toMatch(/^\/nix\/store\//)
    const metadata = JSON.parse(outputs.metadata ?? '{}')
    expect(metadata).toMatchObject({ ref, digest, pushed: true, extraTags: ['latest'], tagSource: 'imageTag' })
    expect(await listTags(registry, 'readme/app')).toEqual(expect.arrayContaining([tag, 'latest']))

    const summary = readFileSync(files.summary, 'utf8')
    for (const text of [
      'Built and pushed',
      ref,
      digest,
      "the image's own imageTag",
      'docker-archive',
      'Evaluate',
      'Push',
    ]) {
      expect(summary).toContain(text)
    }
    // A first push uploads every layer; the count comes from the pushed manifest, on every skopeo.
    expect(summary).toMatch(/Layers<\/td>\s*<td>[1-9]\d* uploaded, 0 already in the registry</)
    expect(workflowCommands(run.stdout, 'notice')).toEqual([`${ref} was not in the registry: built and pushed`])
    expect(run.stdout).toContain(`::group::Evaluate .#image`)
    expect(run.stdout).toContain(`::group::Push ${ref}`)

    const tempDir = readCommandFile(files.state)['temp-dir'] ?? ''
    expect(tempDir.startsWith(files.runnerTemp)).toBe(true)
    // main removes its folder as it ends; post removes it when main could not (killed).
    expect(existsSync(tempDir)).toBe(false)
    mkdirSync(tempDir)
    expect((await runPost(files, env())).code).toBe(0)
    expect(existsSync(tempDir)).toBe(false)
    const basicAuth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
    for (const secret of [registry.password, basicAuth, githubToken])
      expect(everythingWritten(files, run)).not.toContain(secret)

    const blobs = registry.blobCount()
    const rerunFiles = runnerFiles()
    const rerun = await runMain(readmeStepInputs('readme/app'), rerunFiles, env(), expressions, workspace)
    expect(rerun.code, rerun.stdout).toBe(0)
    expect(readCommandFile(rerunFiles.output)).toMatchObject({ ref, digest, pushed: 'false', skipped: 'true' })
    expect(readFileSync(rerunFiles.summary, 'utf8')).toContain('Already in the registry')
    expect(rerun.stdout).not.toContain('::group::Build')
    expect(registry.blobCount()).toBe(blobs)
    expect((await runPost(rerunFiles, env())).code).toBe(0)
  })
})

describe('verify-manifests', () => {
  it('fails the step on a stale reference with the fix in the summary, and passes once pinned', async () => {
    const deploy = join(workspace, 'deploy')
    mkdirSync(deploy, { recursive: true })
    const image = `${registry.host}/verify/app`
    writeFileSync(
      join(deploy, 'app.yaml'),
      `kind: Pod\nspec:\n  containers:\n    - name: app\n      image: ${image}:old # pinned by CI\n`,
    )
    const inputs = { ...readmeStepInputs('verify/app'), 'verify-manifests': 'deploy/*.yaml' }

    const files = runnerFiles()
    const run = await runMain(inputs, files, env(), expressions, workspace)
    expect(run.code).toBe(1)
    const outputs = readCommandFile(files.output)
    expect(outputs.pushed).toBe('true') // the image exists for the fixed manifest to use
    expect(run.stdout).toContain(
      `::error title=stale image reference,file=deploy/app.yaml,line=5::found ${image}:old, expected ${outputs.ref}`,
    )
    const failure = workflowCommands(run.stdout, 'error').at(-1) ?? ''
    expect(failure).toMatch(/^deploy manifests reference .* at another tag than \w+; fix with: nix-image pin /)
    const summary = readFileSync(files.summary, 'utf8')
    expect(summary).toContain('Deploy manifests')
    expect(summary).toContain(
      `nix-image pin --image ${image} --manifests 'deploy/*.yaml' --tag ${outputs.tag} --digest ${outputs.digest}`,
    )

    await runCli(
      [
        'pin',
        '--image',
        image,
        '--manifests',
        'deploy/*.yaml',
        '--tag',
        outputs.tag ?? '',
        '--digest',
        outputs.digest ?? '',
      ],
      env(),
      workspace,
    )
    expect(readFileSync(join(deploy, 'app.yaml'), 'utf8')).toContain(
      `image: ${outputs['digest-ref']?.replace('@', `:${outputs.tag}@`)} # pinned by CI`,
    )
    const rerun = await runMain(inputs, runnerFiles(), env(), expressions, workspace)
    expect(rerun.code, rerun.stdout).toBe(0)
    expect(rerun.stdout).toContain('::group::Verify deploy manifests')
  })
})

describe('failures', () => {
  it('a wrong password: one error annotation, a failure summary, nothing pushed, post still cleans up', async () => {
    const files = runnerFiles()
    const run = await runMain(readmeStepInputs('failing/app', 'not-the-password'), files, env(), expressions, workspace)
    expect(run.code).toBe(1)
    const errors = workflowCommands(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/credentials/)
    expect(errors[0]).not.toContain('\n')
    expect(readFileSync(files.summary, 'utf8')).toContain('Failed')
    expect(await listTags(registry, 'failing/app')).toEqual([])

    const tempDir = readCommandFile(files.state)['temp-dir'] ?? ''
    expect(existsSync(tempDir)).toBe(false)
    mkdirSync(tempDir)
    await runPost(files, env())
    expect(existsSync(tempDir)).toBe(false)
    expect(everythingWritten(files, run)).not.toContain('not-the-password')
  })

  it("an image expression that throws: Nix's message in the one error annotation and in the summary", async () => {
    const files = runnerFiles()
    const run = await runMain(
      { ...readmeStepInputs('failing/eval'), installable: './images.nix', attr: 'evalDeepThrow' },
      files,
      env(),
      expressions,
      workspace,
    )
    expect(run.code).toBe(1)
    const errors = workflowCommands(run.stdout, 'error')
    expect(errors).toEqual([
      expect.stringMatching(
        /^evaluation of \.\/images\.nix \(attribute evalDeepThrow\) failed: fixture-pkg-1\.0 is marked as broken, refusing to evaluate/,
      ),
    ])
    expect(readFileSync(files.summary, 'utf8')).toContain('fixture-pkg-1.0 is marked as broken, refusing to evaluate')
  })

  it.each([
    [{ push: 'maybe' }, "input push is 'maybe': use true or false"],
    [{ 'install-nix': 'sometimes' }, "input install-nix is 'sometimes'"],
    [{ image: 'registry.example/Bad Name' }, 'image'],
    [{ 'extra-tags': 'ok,-bad' }, 'extra-tag'],
  ])('bad input %o: one line that names it', async (inputs, message) => {
    const files = runnerFiles()
    const run = await runMain({ ...readmeStepInputs('bad/app'), ...inputs }, files, env(), expressions, workspace)
    expect(run.code).toBe(1)
    const errors = workflowCommands(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(message)
    expect(errors[0]).not.toMatch(/\n| {4}at /)
  })
})

describe('installing Nix', () => {
  let installer: Awaited<ReturnType<typeof startNixInstaller>>
  let installerUrl: string
  const requests = () => installer.requests()

  beforeAll(async () => {
    installer = await startNixInstaller()
    installerUrl = installer.url
  })
  afterAll(() => installer.stop())

  const dryRun = (extra: Record<string, string>) => ({ ...readmeStepInputs('install/app'), push: 'false', ...extra })

  it('does not install when nix is on PATH', async () => {
    const before = requests()
    const run = await runMain(
      dryRun({ 'nix-installer-url': installerUrl }),
      runnerFiles(),
      env(),
      expressions,
      workspace,
    )
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/Nix found at \/\S+\/nix: not installing it/)
    expect(requests()).toBe(before)
  })

  it('installs Nix single-user when it is missing, configures it, and puts it on PATH for later steps', async () => {
    const home = mkdtempSync(join(tmpdir(), 'nix-image-home-'))
    const record = join(home, '.install-record')
    const emptyBin = mkdtempSync(join(tmpdir(), 'nix-image-bin-'))
    const files = runnerFiles()
    const run = await runMain(
      dryRun({ 'nix-installer-url': installerUrl, 'extra-nix-config': 'max-jobs = 1' }),
      files,
      env({
        PATH: emptyBin,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      }),
      expressions,
      workspace,
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain('installed a stand-in Nix')
    expect(run.stdout).toContain('::group::Install Nix')

    const daemon = existsSync('/run/systemd/system') ? '--daemon' : '--no-daemon'
    expect(readFileSync(join(record, 'args'), 'utf8').trim().split('\n')).toEqual([
      daemon,
      '--yes',
      '--no-channel-add',
      '--nix-extra-conf-file',
      expect.stringContaining(files.runnerTemp),
    ])
    expect(readFileSync(join(record, 'nix.conf'), 'utf8')).toBe(
      'experimental-features = nix-command flakes\nmax-jobs = 1\n',
    )
    // The installer gets no input, runner token or workflow token.
    expect(readFileSync(join(record, 'env'), 'utf8')).not.toMatch(/^INPUT_|runtime-token|ghs_/m)
    expect(readFileSync(files.path, 'utf8').trim()).toBe(join(home, '.nix-profile', 'bin'))
    const userConfig = join(home, '.config', 'nix', 'nix.conf')
    expect(readFileSync(userConfig, 'utf8')).toContain('max-jobs = 1')
    expect(statSync(userConfig).mode & 0o777).toBe(0o600)
    // The workflow token reaches Nix for github.com fetches in its environment, and no file.
    expect(readFileSync(join(record, 'nix-config-seen'), 'utf8')).toContain(`access-tokens = github.com=${githubToken}`)
    expect(readFileSync(userConfig, 'utf8')).not.toContain(githubToken)
    expect(everythingWritten(files, run)).not.toContain(githubToken)
    expect(readCommandFile(files.output)).toMatchObject({ pushed: 'false', skipped: 'false' })
  })

  it('an installer larger than any installer script: one line, not read to the end', async () => {
    const files = runnerFiles()
    const inputs = dryRun({
      'install-nix': 'true',
      'nix-installer-url': installerUrl.replace('/nix-2.99.0/', '/huge/'),
    })
    const run = await runMain(
      inputs,
      files,
      env({ HOME: mkdtempSync(join(tmpdir(), 'nix-image-home-')) }),
      expressions,
      workspace,
    )
    expect(run.code).toBe(1)
    expect(workflowCommands(run.stdout, 'error')).toEqual([
      expect.stringMatching(/the Nix installer at .*\/huge\/install is larger than 1\.0 MiB.*check nix-installer-url/),
    ])
  })

  it('a missing installer: one line naming nix-installer-url', async () => {
    const files = runnerFiles()
    const run = await runMain(
      dryRun({ 'install-nix': 'true', 'nix-installer-url': installerUrl.replace('2.99.0', '0.0.0') }),
      files,
      env({ HOME: mkdtempSync(join(tmpdir(), 'nix-image-home-')) }),
      expressions,
      workspace,
    )
    expect(run.code).toBe(1)
    expect(workflowCommands(run.stdout, 'error')).toEqual([
      expect.stringMatching(/could not download the Nix installer .*HTTP 404.*nix-installer-url/),
    ])
    // main removes its own folder as it fails, not only post.
    expect(readdirSync(files.runnerTemp)).toHaveLength(0)
  })
})
