import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse, parseAllDocuments, stringify } from 'yaml'
import { cliNode } from './cli.js'
import { fixturesDir } from './nix.js'
import { writeScript } from './processes.js'

const root = resolve(import.meta.dirname, '../..')
const gitlabCiLocal = join(root, 'node_modules', '.bin', 'gitlab-ci-local')

/** The README's pipeline, as users copy it. */
export const examplePipelinePath = join(root, 'examples/gitlab/.gitlab-ci.yml')

export interface GitlabProject {
  dir: string
  /** What the pipeline's `kubectl` was asked, one call a line. */
  kubectlCalls(): string[]
  /** The dotenv report the build job (`<jobPrefix>-build`) left for later jobs. */
  dotenv(jobPrefix?: string): Record<string, string>
  jobLog(job: string): string
}

/**
 * A git project holding a flake with an `image` package and the example pipeline, whose component
 * include is pointed at this checkout's template (GitLab itself cannot run here) with `inputs`
 * added to the README's. `kubectl` and `nix-image-gitlab` are on the jobs' PATH: a recorder, and
 * the bundled dist/gitlab.js as the component's runner image provides it.
 */
export function gitlabProject(
  content: string,
  inputs: Record<string, unknown>,
  options: { pipelinePath?: string; flake?: string; jobVariables?: Record<string, Record<string, string>> } = {},
): GitlabProject {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-gitlab-'))
  cpSync(fixturesDir, dir, { recursive: true })
  writeFileSync(
    join(dir, 'flake.nix'),
    options.flake ??
      `{ outputs = { self }: { packages.x86_64-linux.image = (import ./images.nix { system = "x86_64-linux"; content = ${JSON.stringify(content)}; }).layered; }; }\n`,
  )
  mkdirSync(join(dir, 'templates'))
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true })
  const pipeline = parse(readFileSync(options.pipelinePath ?? examplePipelinePath, 'utf8')) as {
    include: { component?: string; local?: string; inputs: Record<string, unknown> }[]
  } & Record<string, { variables?: Record<string, string> }>
  for (const include of pipeline.include) {
    const component = /\/nix-image\/nix-image\/(\w+)@/.exec(include.component ?? '')?.[1]
    if (!component) continue
    delete include.component
    include.local = `templates/${component}.yml`
    Object.assign(include.inputs, inputs)
  }
  // What the test's runners differ in (an arm runner's Nix), as job variables.
  for (const [job, variables] of Object.entries(options.jobVariables ?? {})) {
    pipeline[job] = { ...pipeline[job], variables: { ...pipeline[job]?.variables, ...variables } }
  }
  writeFileSync(join(dir, '.gitlab-ci.yml'), stringify(pipeline))
  const bin = join(dir, '.bin')
  writeScript(bin, 'nix-image-gitlab', `exec "${cliNode}" "${join(root, 'dist', 'gitlab.js')}" "$@"`)
  writeScript(bin, 'kubectl', `echo "$*" >> "${join(dir, 'kubectl.calls')}"`)
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
      cwd: dir,
      stdio: 'ignore',
    })
  }
  git('init', '-q')
  git('remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git')
  writeFileSync(join(dir, '.gitignore'), '.bin/\nkubectl.calls\n*.env\n*.cdx.json\n.gitlab-ci-local/\n')
  git('add', '-A')
  git('commit', '-qm', 'project')
  return {
    dir,
    kubectlCalls: () => readFileSync(join(dir, 'kubectl.calls'), 'utf8').trim().split('\n'),
    dotenv: (jobPrefix = 'nix-image') =>
      Object.fromEntries(
        readFileSync(join(dir, `${jobPrefix}.env`), 'utf8')
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      ),
    jobLog: (job) => readFileSync(join(dir, '.gitlab-ci-local', 'output', `${job}.log`), 'utf8'),
  }
}

/** The predefined variables of a job in project group/<project>, its registry on loopback. */
export function ciVariables(
  registry: { host: string; username: string; password: string },
  project = 'project',
): Record<string, string> {
  return {
    CI_REGISTRY: registry.host,
    CI_REGISTRY_IMAGE: `${registry.host}/group/${project}`,
    CI_REGISTRY_USER: registry.username,
    CI_REGISTRY_PASSWORD: registry.password,
  }
}

export interface PipelineRun {
  code: number
  output: string
}

/**
 * Runs the project's pipeline with gitlab-ci-local's shell executor and the given CI variables;
 * `options.args` replaces `--force-shell-executor` (job names, another executor).
 */
export function runPipeline(
  project: GitlabProject,
  variables: Record<string, string>,
  env: NodeJS.ProcessEnv,
  options: { args?: string[] } = {},
): Promise<PipelineRun> {
  const args = [...(options.args ?? ['--force-shell-executor']), '--home', join(project.dir, '.gitlab-ci-local-home')]
  for (const [name, value] of Object.entries(variables)) args.push('--variable', `${name}=${value}`)
  return new Promise((done) => {
    execFile(
      gitlabCiLocal,
      args,
      {
        cwd: project.dir,
        env: { ...env, PATH: `${join(project.dir, '.bin')}:${env.PATH}` },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
    )
  })
}

/**
 * The shell GitLab Runner's Docker and Kubernetes executors start in the job's image: they give
 * the container `sh -c` of a script that execs the first of these shells that is executable
 * (bash before sh; "shell not found" when none is), and write the job script to its stdin.
 */
export const detectShellCommand = [
  'sh',
  '-c',
  [
    'for shell in /usr/local/bin/bash /usr/bin/bash /bin/bash /usr/local/bin/sh /usr/bin/sh /bin/sh /busybox/sh; do',
    '  if [ -x "$shell" ]; then exec "$shell"; fi',
    'done',
    'echo shell not found >&2',
    'exit 1',
  ].join('\n'),
]

/**
 * templates/build.yml's job as a runner gets it: its variables with `inputs` (defaults for the
 * rest) and `$NAME` references expanded from `ciVariables`, as GitLab expands job variables; and
 * the job script of its `script:` lines (bash, errexit and pipefail on, each line echoed first,
 * run in the project folder), for a shell's stdin.
 */
export function componentBuildJob(
  inputs: Record<string, string>,
  ciVariables: Record<string, string>,
): { variables: Record<string, string>; script: string } {
  const [spec, jobs] = parseAllDocuments(readFileSync(join(root, 'templates', 'build.yml'), 'utf8')).map((document) =>
    document.toJS(),
  ) as [
    { spec: { inputs: Record<string, { default?: unknown }> } },
    Record<string, { variables: Record<string, string>; script: string[] }>,
  ]
  const input = (name: string): string => inputs[name] ?? String(spec.spec.inputs[name]?.default ?? '')
  const [job] = Object.values(jobs)
  const variables = Object.fromEntries(
    Object.entries(job!.variables).map(([name, value]) => [
      name,
      value
        .replace(/\$\[\[\s*inputs\.(\w+)\s*\]\]/g, (_all, key: string) => input(key))
        .replace(/\$\{?(\w+)\}?/g, (all, key: string) => ciVariables[key] ?? all),
    ]),
  )
  const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`
  const script = [
    'set -eo pipefail',
    'set +o noclobber',
    'cd "$CI_PROJECT_DIR"',
    ...job!.script.flatMap((line) => [`echo ${quote(`$ ${line}`)}`, line]),
    '',
  ].join('\n')
  return { variables, script }
}
