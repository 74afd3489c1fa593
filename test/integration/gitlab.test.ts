import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFile } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliNode, runCli } from '../helpers/cli.js'
import { examplePipelinePath, gitlabProject, runPipeline, ciVariables as gitlabCiVariables } from '../helpers/gitlab.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { readPage } from '../helpers/docs.js'

const root = resolve(import.meta.dirname, '../..')
const registry = useRegistry()

const ciVariables = () => gitlabCiVariables(registry)

describe('the README pipeline, with gitlab-ci-local', () => {
  it('is the .gitlab-ci.yml in README.md and docs/gitlab.md', () => {
    for (const page of ['README.md', 'docs/gitlab.md'])
      expect(readPage(page), page).toContain(readFileSync(examplePipelinePath, 'utf8').trim())
  })

  it('builds and pushes to $CI_REGISTRY_IMAGE, hands the digest to the deploy job, and skips on the rerun', async () => {
    const project = gitlabProject('gitlab-readme', { insecure_registry: true })
    const run = await runPipeline(project, ciVariables(), testEnv())
    expect(run.code, run.output).toBe(0)

    const tag = (await runCli(['tag', '.#image'], testEnv(), project.dir)).stdout.trim()
    const image = `${registry.host}/group/project`
    const digest = await inspectDigest(registry, `${image}:${tag}`)
    expect(project.dotenv()).toEqual({
      NIX_IMAGE: image,
      NIX_IMAGE_TAG: tag,
      NIX_IMAGE_REF: `${image}:${tag}`,
      NIX_IMAGE_DIGEST: digest,
      NIX_IMAGE_DIGEST_REF: `${image}@${digest}`,
      NIX_IMAGE_PUSHED: 'true',
      NIX_IMAGE_SBOM_FILE: 'nix-image.cdx.json',
      NIX_IMAGE_SBOM_DIGEST: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    })
    expect(statSync(join(project.dir, 'nix-image.env')).size).toBeLessThan(5 * 1024)
    // The deploy job (needs: the build job) got the registry's digest through the dotenv report.
    expect(project.kubectlCalls()).toEqual([`set image deployment/app app=${image}@${digest}`])
    expect(await listTags(registry, 'group/project')).toEqual(expect.arrayContaining([tag, 'latest']))

    const log = project.jobLog('nix-image-build')
    // gitlab-ci-local reads the section markers as GitLab does, and reports each section's time.
    expect(log).toMatch(/nix_image_1_evaluate_started[\s\S]*nix_image_1_evaluate took \d+ms/)
    expect(log).toMatch(/Timings: evaluate \d+ ms, check \d+ ms, build/)
    for (const text of [log, run.output, readFileSync(join(project.dir, 'nix-image.env'), 'utf8')])
      expect(text).not.toContain(registry.password)

    const blobs = registry.blobCount()
    const rerun = await runPipeline(project, ciVariables(), testEnv())
    expect(rerun.code, rerun.output).toBe(0)
    expect(project.dotenv()).toMatchObject({ NIX_IMAGE_DIGEST: digest, NIX_IMAGE_PUSHED: 'false' })
    expect(project.jobLog('nix-image-build')).not.toMatch(/_build_started/)
    expect(registry.blobCount()).toBe(blobs)
    expect(project.kubectlCalls()).toHaveLength(2)
  })

  it("an image expression that throws: Nix's message in the job log's one error line", async () => {
    const project = gitlabProject('gitlab-eval-error', {
      insecure_registry: true,
      installable: './images.nix',
      attr: 'evalDeepThrow',
    })
    const run = await runPipeline(project, ciVariables(), testEnv())
    expect(run.code).not.toBe(0)
    const errors = project
      .jobLog('nix-image-build')
      .split('\n')
      .filter((line) => line.includes('nix-image: error:'))
    expect(errors).toEqual([
      expect.stringMatching(
        /evaluation of \.\/images\.nix \(attribute evalDeepThrow\) failed: fixture-pkg-1\.0 is marked as broken, refusing to evaluate/,
      ),
    ])
  })

  it('an input carrying shell metacharacters runs nothing and fails with one line', async () => {
    const marker = (n: number) => join(registry.dataDir, `..`, `marker-${n}`)
    const hostile = `x"; touch ${marker(1)}; echo "$(touch ${marker(2)})\`touch ${marker(3)}\`\nline2`
    const project = gitlabProject('gitlab-hostile', {
      insecure_registry: true,
      attr: hostile,
      extra_tags: `ok,$(touch ${marker(4)})`,
    })
    const run = await runPipeline(project, ciVariables(), testEnv())
    expect(run.code).not.toBe(0)
    for (const n of [1, 2, 3, 4]) expect(existsSync(marker(n))).toBe(false)
    const errors = project
      .jobLog('nix-image-build')
      .split('\n')
      .filter((line) => line.includes('nix-image: error:'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain("cannot be combined with the flake installable '.#image'")
    expect(await listTags(registry, 'group/project')).not.toContain('ok')
  })
})

describe('GitLab API notes', () => {
  interface Recorded {
    method: string
    url: string
    headers: IncomingHttpHeaders
    body: string
  }
  let server: Server
  let apiUrl: string
  const recorded: Recorded[] = []
  let refuse = false

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        recorded.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body })
        response.setHeader('content-type', 'application/json')
        if (refuse) response.writeHead(403).end(JSON.stringify({ message: '403 Forbidden - insufficient_scope' }))
        else response.writeHead(201).end(JSON.stringify({ id: 1 }))
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const address = server.address()
    apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/gitlab/api/v4`
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  const token = 'glpat-abcdefghijklmnop1234'
  const sha = 'a'.repeat(40)
  /** The component's job, as its script runs it: dist/gitlab.js with job variables. */
  const runJob = (variables: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((done) => {
      execFile(
        cliNode,
        [join(root, 'dist', 'gitlab.js')],
        { env: testEnv(variables), cwd: join(root, 'test', 'fixtures') },
        (error, stdout, stderr) => done({ code: error ? Number(error.code) || 1 : 0, stdout, stderr }),
      )
    })
  const jobVariables = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    ...ciVariables(),
    CI_API_V4_URL: apiUrl,
    CI_PROJECT_ID: '42',
    CI_COMMIT_SHA: sha,
    CI_COMMIT_REF_NAME: 'feature',
    CI_PIPELINE_URL: 'https://gitlab.example.com/group/project/-/pipelines/9',
    CI_MERGE_REQUEST_IID: '7',
    NIX_IMAGE_INPUT_INSTALLABLE: 'images.nix',
    NIX_IMAGE_INPUT_ATTR: 'archive',
    NIX_IMAGE_INPUT_INSECURE_REGISTRY: 'true',
    NIX_IMAGE_INPUT_DOTENV_FILE: join(registry.dataDir, '..', 'api.env'),
    NIX_IMAGE_INPUT_SBOM_FILE: join(registry.dataDir, '..', 'api.cdx.json'),
    NIX_IMAGE_INPUT_API_TOKEN: token,
    ...extra,
  })

  it('sets a commit status with the ref and, when asked, notes the merge request; the token only in a header', async () => {
    recorded.length = 0
    refuse = false
    const run = await runJob(jobVariables({ NIX_IMAGE_INPUT_MR_NOTE: 'true' }))
    expect(run.code, run.stderr + run.stdout).toBe(0)
    const ref = readFileSync(join(registry.dataDir, '..', 'api.env'), 'utf8').match(/^NIX_IMAGE_REF=(.*)$/m)?.[1]
    expect(recorded.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `POST /gitlab/api/v4/projects/42/statuses/${sha}`,
      'POST /gitlab/api/v4/projects/42/merge_requests/7/notes',
    ])
    const [status, note] = recorded
    expect(JSON.parse(status?.body ?? '{}')).toEqual({
      state: 'success',
      name: `nix-image: ${registry.host}/group/project`,
      ref: 'feature',
      target_url: 'https://gitlab.example.com/group/project/-/pipelines/9',
      description: `pushed: ${ref}`,
    })
    expect(JSON.parse(note?.body ?? '{}').body).toContain(`\`${ref}\` was built and pushed`)
    for (const request of recorded) {
      expect(request.headers['private-token']).toBe(token)
      expect(request.url + request.body).not.toContain(token)
    }
    expect(run.stdout + run.stderr).not.toContain(token)
  })

  /** sbom-images.nix with its own content and the given openssl, each in a file of its own. */
  const sbomImages = (content: string): ((openssl: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'nix-image-gitlab-note-'))
    return (openssl) => {
      const path = join(dir, `images-${openssl}.nix`)
      writeFileSync(
        path,
        `import ${join(fixturesDir, 'sbom-images.nix')} { openssl = "${openssl}"; content = "${content}"; }\n`,
      )
      return path
    }
  }

  it('the merge request note says what changed since the extra tag: the openssl bump, in a table', async () => {
    refuse = false
    const images = sbomImages('gitlab-note')
    const image = `${registry.host}/group/note`
    const inputs = {
      NIX_IMAGE_INPUT_ATTR: 'layered',
      NIX_IMAGE_INPUT_IMAGE: image,
      NIX_IMAGE_INPUT_EXTRA_TAGS: 'latest',
      NIX_IMAGE_INPUT_MR_NOTE: 'true',
    }
    const noteOf = (): string =>
      JSON.parse(recorded.find(({ url }) => url.endsWith('/merge_requests/7/notes'))?.body ?? '{}').body ?? ''

    recorded.length = 0
    const first = await runJob(jobVariables({ ...inputs, NIX_IMAGE_INPUT_INSTALLABLE: images('3.0.13') }))
    expect(first.code, first.stderr).toBe(0)
    expect(noteOf()).toContain(`${image}:latest does not exist yet: nothing to compare with`)

    recorded.length = 0
    const bumped = await runJob(jobVariables({ ...inputs, NIX_IMAGE_INPUT_INSTALLABLE: images('3.0.14') }))
    expect(bumped.code, bumped.stderr).toBe(0)
    const note = noteOf()
    expect(note).toMatch(new RegExp(`\\*\\*What changed\\*\\* since \`${image}:latest\` \\(\`sha256:[0-9a-f]{12}\`\\)`))
    expect(note).toContain('| package | before | after |\n|---|---|---|\n| openssl | 3.0.13 | 3.0.14 |\n')
    expect(note.match(/^\| /gm)).toHaveLength(2) // the header and the one change
    expect(note).toContain('Rebuilt at the same version (a dependency changed): `app 1.2.0`, `curl 8.9.1`')
  })

  it('a set: one commit status, and one note listing every image with what changed in the bumped one only', async () => {
    refuse = false
    const images = sbomImages('gitlab-set-note')
    const image = `${registry.host}/group/set-note`
    const inputs = {
      NIX_IMAGE_INPUT_ATTR: 'set',
      NIX_IMAGE_INPUT_IMAGE: image,
      NIX_IMAGE_INPUT_EXTRA_TAGS: 'latest',
      NIX_IMAGE_INPUT_MR_NOTE: 'true',
    }
    const first = await runJob(jobVariables({ ...inputs, NIX_IMAGE_INPUT_INSTALLABLE: images('3.0.13') }))
    expect(first.code, first.stderr).toBe(0)

    recorded.length = 0
    const bumped = await runJob(jobVariables({ ...inputs, NIX_IMAGE_INPUT_INSTALLABLE: images('3.0.14') }))
    expect(bumped.code, bumped.stderr).toBe(0)
    expect(recorded.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `POST /gitlab/api/v4/projects/42/statuses/${sha}`,
      'POST /gitlab/api/v4/projects/42/merge_requests/7/notes',
    ])
    expect(JSON.parse(recorded[0]?.body ?? '{}')).toMatchObject({
      state: 'success',
      name: `nix-image: ${image}`,
      description: `1 pushed, 1 in the registry: ${image}`,
    })
    const note: string = JSON.parse(recorded[1]?.body ?? '{}').body ?? ''
    expect(note).toMatch(new RegExp(`^- \`api\` built and pushed: \`${image}/api@sha256:[0-9a-f]{64}\`$`, 'm'))
    expect(note).toMatch(
      new RegExp(`^- \`worker\` already in the registry: \`${image}/worker@sha256:[0-9a-f]{64}\`$`, 'm'),
    )
    // One section, for api: worker is the image latest names already.
    expect(note.match(/\*\*What changed\*\*/g)).toHaveLength(1)
    expect(note).toContain(`#### \`api\`\n\n**What changed** since \`${image}/api:latest\``)
    expect(note).toContain('| openssl | 3.0.13 | 3.0.14 |')
  })

  it('without mr_note, no comment; outside a merge request pipeline, none either', async () => {
    recorded.length = 0
    refuse = false
    const run = await runJob(jobVariables({ CI_MERGE_REQUEST_IID: '', NIX_IMAGE_INPUT_MR_NOTE: 'true' }))
    expect(run.code, run.stderr).toBe(0)
    expect(recorded.map(({ url }) => url)).toEqual([`/gitlab/api/v4/projects/42/statuses/${sha}`])
  })

  it('a token without the api scope: one line that says so', async () => {
    recorded.length = 0
    refuse = true
    const run = await runJob(jobVariables())
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(
        "nix-image: error: the GitLab API refused to set the commit status (HTTP 403): api_token needs the 'api' scope",
      ),
    ])
    expect(run.stderr).not.toContain(token)
  })
})
