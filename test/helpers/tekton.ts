import { execFile } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

// Tekton cannot run here (no cluster). This checks Tasks and Pipelines against the tekton.dev/v1
// API reference (pkg/apis/pipeline/v1: task_types.go, container_types.go, param_types.go,
// workspace_types.go, result_types.go, pipeline_types.go) and runs each step's script the way
// Tekton's entrypoint does: variables substituted, script written to a file and executed.

type Obj = Record<string, unknown>

// Allowed keys per object, as in the v1 Go types' JSON names.
const KEYS = {
  task: ['apiVersion', 'kind', 'metadata', 'spec'],
  metadata: ['name', 'namespace', 'labels', 'annotations'],
  taskSpec: [
    'params',
    'displayName',
    'description',
    'steps',
    'volumes',
    'stepTemplate',
    'sidecars',
    'workspaces',
    'results',
  ],
  paramSpec: ['name', 'type', 'description', 'properties', 'default'],
  workspace: ['name', 'description', 'mountPath', 'readOnly', 'optional'],
  result: ['name', 'type', 'properties', 'description', 'value'],
  step: [
    'name',
    'image',
    'command',
    'args',
    'workingDir',
    'envFrom',
    'env',
    'computeResources',
    'volumeMounts',
    'volumeDevices',
    'imagePullPolicy',
    'securityContext',
    'script',
    'timeout',
    'workspaces',
    'onError',
    'stdoutConfig',
    'stderrConfig',
    'ref',
  ],
  envVar: ['name', 'value', 'valueFrom'],
  pipelineSpec: ['displayName', 'description', 'tasks', 'params', 'workspaces', 'results', 'finally'],
  pipelineWorkspace: ['name', 'description', 'optional'],
  pipelineTask: [
    'name',
    'displayName',
    'description',
    'taskRef',
    'taskSpec',
    'when',
    'onError',
    'workspaces',
    'params',
    'matrix',
    'runAfter',
    'retries',
    'timeout',
    'pipelineRef',
    'pipelineSpec',
  ],
  taskRef: ['name', 'kind', 'apiVersion', 'resolver', 'params'],
  param: ['name', 'value'],
  workspaceBinding: ['name', 'workspace', 'subPath'],
  embeddedTask: [
    'metadata',
    'spec',
    'apiVersion',
    'kind',
    'params',
    'displayName',
    'description',
    'steps',
    'volumes',
    'stepTemplate',
    'sidecars',
    'workspaces',
    'results',
  ],
}
const PARAM_NAME = /^[a-zA-Z_][a-zA-Z0-9_.-]*$/
const RESULT_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const TYPES = ['string', 'array', 'object']

function keysOf(value: unknown, allowed: string[], where: string, problems: string[]): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where}: not an object`)
    return {}
  }
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${where}: unknown field '${key}'`)
  return value as Obj
}

const list = (value: unknown): Obj[] => (Array.isArray(value) ? (value as Obj[]) : [])

function unique(names: string[], where: string, problems: string[]): void {
  for (const name of names)
    if (names.indexOf(name) !== names.lastIndexOf(name)) problems.push(`${where}: '${name}' declared twice`)
}

/** Problems of a TaskSpec (a Task's spec or a Pipeline's embedded taskSpec); [] when valid. */
export function checkTaskSpec(spec: Obj, where: string, problems: string[] = []): string[] {
  const params = list(spec.params).map((param, i) => keysOf(param, KEYS.paramSpec, `${where}.params[${i}]`, problems))
  for (const param of params) {
    if (!PARAM_NAME.test(String(param.name))) problems.push(`${where}: param name '${param.name}' is invalid`)
    const type = (param.type as string | undefined) ?? 'string'
    if (!TYPES.includes(type)) problems.push(`${where}: param ${param.name} has type ${type}`)
    if (param.default !== undefined && type === 'string' && typeof param.default !== 'string')
      problems.push(`${where}: param ${param.name}'s default is not a string`)
    if (param.description !== undefined && typeof param.description !== 'string')
      problems.push(`${where}: param ${param.name}'s description is not a string`)
  }
  unique(
    params.map((param) => String(param.name)),
    `${where}.params`,
    problems,
  )
  const workspaces = list(spec.workspaces).map((workspace, i) =>
    keysOf(workspace, KEYS.workspace, `${where}.workspaces[${i}]`, problems),
  )
  for (const workspace of workspaces) {
    for (const flag of ['readOnly', 'optional']) {
      if (workspace[flag] !== undefined && typeof workspace[flag] !== 'boolean')
        problems.push(`${where}: workspace ${workspace.name}.${flag} is not a boolean`)
    }
  }
  unique(
    workspaces.map((workspace) => String(workspace.name)),
    `${where}.workspaces`,
    problems,
  )
  const results = list(spec.results).map((result, i) => keysOf(result, KEYS.result, `${where}.results[${i}]`, problems))
  for (const result of results) {
    if (!RESULT_NAME.test(String(result.name))) problems.push(`${where}: result name '${result.name}' is invalid`)
    if (result.type !== undefined && !TYPES.includes(String(result.type)))
      problems.push(`${where}: result ${result.name} has type ${result.type}`)
  }
  const steps = list(spec.steps)
  if (steps.length === 0) problems.push(`${where}: no steps`)
  steps.forEach((raw, i) => {
    const step = keysOf(raw, KEYS.step, `${where}.steps[${i}]`, problems)
    if (!DNS_LABEL.test(String(step.name))) problems.push(`${where}: step name '${step.name}' is not a DNS label`)
    if (step.script !== undefined && step.command !== undefined)
      problems.push(`${where}: step ${step.name} has both script and command`)
    for (const [j, env] of list(step.env).entries())
      keysOf(env, KEYS.envVar, `${where}.steps[${i}].env[${j}]`, problems)
    // Params in script text would be spliced into code: they must reach it through env.
    if (/\$\((params|inputs|results|workspaces|tasks|context)\b/.test(String(step.script ?? '')))
      problems.push(`${where}: step ${step.name} splices a $(…) variable into its script`)
    for (const text of [JSON.stringify(step.env ?? []), String(step.workingDir ?? '')]) {
      for (const [, kind, name] of text.matchAll(/\$\((params|results|workspaces)\.([^.)[]+)/g)) {
        const declared = { params, results, workspaces }[kind as 'params' | 'results' | 'workspaces'].map(
          (item) => item.name,
        )
        if (!declared.includes(name)) problems.push(`${where}: step ${step.name} refers to undeclared ${kind} ${name}`)
      }
    }
  })
  unique(
    steps.map((step) => String(step.name)),
    `${where}.steps`,
    problems,
  )
  return problems
}

/** Problems of a `tekton.dev/v1` Task; [] when valid. */
export function checkTask(task: Obj): string[] {
  const problems: string[] = []
  keysOf(task, KEYS.task, 'Task', problems)
  if (task.apiVersion !== 'tekton.dev/v1' || task.kind !== 'Task')
    problems.push(`not a tekton.dev/v1 Task: ${task.apiVersion} ${task.kind}`)
  const metadata = keysOf(task.metadata, KEYS.metadata, 'metadata', problems)
  if (!DNS_LABEL.test(String(metadata.name))) problems.push(`metadata.name '${metadata.name}' is invalid`)
  return checkTaskSpec(keysOf(task.spec, KEYS.taskSpec, 'spec', problems), 'spec', problems)
}

/** Problems of a `tekton.dev/v1` Pipeline whose taskRefs name `tasks`; [] when valid. */
export function checkPipeline(pipeline: Obj, tasks: Record<string, Obj>): string[] {
  const problems: string[] = []
  if (pipeline.apiVersion !== 'tekton.dev/v1' || pipeline.kind !== 'Pipeline')
    problems.push('not a tekton.dev/v1 Pipeline')
  const spec = keysOf(pipeline.spec, KEYS.pipelineSpec, 'spec', problems)
  const pipelineParams = list(spec.params).map((param) => keysOf(param, KEYS.paramSpec, 'spec.params', problems).name)
  const pipelineWorkspaces = list(spec.workspaces).map(
    (workspace) => keysOf(workspace, KEYS.pipelineWorkspace, 'spec.workspaces', problems).name,
  )
  const seen: Obj[] = []
  for (const raw of list(spec.tasks)) {
    const pipelineTask = keysOf(raw, KEYS.pipelineTask, `tasks.${raw.name}`, problems)
    const where = `tasks.${pipelineTask.name}`
    let taskSpec: Obj
    if (pipelineTask.taskRef) {
      const name = String(keysOf(pipelineTask.taskRef, KEYS.taskRef, `${where}.taskRef`, problems).name)
      taskSpec = (tasks[name]?.spec as Obj | undefined) ?? {}
      if (!tasks[name]) problems.push(`${where}: no Task ${name}`)
    } else {
      taskSpec = keysOf(pipelineTask.taskSpec, KEYS.embeddedTask, `${where}.taskSpec`, problems)
      checkTaskSpec(taskSpec, `${where}.taskSpec`, problems)
    }
    const declared = list(taskSpec.params)
    const given = list(pipelineTask.params).map((param) => keysOf(param, KEYS.param, `${where}.params`, problems))
    for (const param of given) {
      if (!declared.some((item) => item.name === param.name))
        problems.push(`${where}: the Task has no param ${param.name}`)
      for (const [, name] of String(param.value).matchAll(/\$\(params\.([^)]+)\)/g))
        if (!pipelineParams.includes(name)) problems.push(`${where}: no pipeline param ${name}`)
      for (const [, task, result] of String(param.value).matchAll(/\$\(tasks\.([^.]+)\.results\.([^)]+)\)/g)) {
        const producer = seen.find((item) => item.name === task)
        const producerSpec = producer?.taskRef
          ? (tasks[String((producer.taskRef as Obj).name)]?.spec as Obj | undefined)
          : undefined
        if (!producer || !list(producerSpec?.results).some((item) => item.name === result))
          problems.push(`${where}: no result ${task}.${result} before it`)
      }
    }
    for (const param of declared)
      if (param.default === undefined && !given.some((item) => item.name === param.name))
        problems.push(`${where}: required param ${param.name} not given`)
    const bound = list(pipelineTask.workspaces).map((binding) =>
      keysOf(binding, KEYS.workspaceBinding, `${where}.workspaces`, problems),
    )
    for (const binding of bound)
      if (!pipelineWorkspaces.includes(binding.workspace))
        problems.push(`${where}: no pipeline workspace ${binding.workspace}`)
    for (const workspace of list(taskSpec.workspaces)) {
      if (!workspace.optional && !bound.some((item) => item.name === workspace.name))
        problems.push(`${where}: workspace ${workspace.name} not bound`)
    }
    for (const after of (pipelineTask.runAfter as string[] | undefined) ?? []) {
      if (!seen.some((item) => item.name === after)) problems.push(`${where}: runAfter ${after} is not an earlier task`)
    }
    seen.push(pipelineTask)
  }
  return problems
}

export interface TaskRun {
  code: number
  output: string
  results: Record<string, string>
}

/** One step to run: its script file, its whole environment, its working folder, and the folders it uses (script, HOME, results, workspaces). */
export interface Step {
  script: string
  env: NodeJS.ProcessEnv
  cwd?: string
  folders: string[]
}

/** Runs a step's script on this machine (the step image's tools on `base.path`). */
export function runStepHere(step: Step): Promise<{ code: number; text: string }> {
  return new Promise((done) => {
    execFile(step.script, [], { env: step.env, cwd: step.cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, text: stdout + stderr }),
    )
  })
}

/**
 * Runs a TaskSpec's steps in order as Tekton would: params (defaults filled in), workspaces and
 * result paths substituted into env and workingDir, the script written to a file and executed
 * with only the step's env, HOME and PATH (no other credentials). `path` leads the PATH.
 * `runStep` runs each step (in a container of the step's image, say); here by default.
 */
export async function runTaskSpec(
  spec: Obj,
  params: Record<string, string>,
  workspaces: Record<string, string>,
  base: { path: string; nixConfig: string },
  runStep: (step: Step) => Promise<{ code: number; text: string }> = runStepHere,
): Promise<TaskRun> {
  const resultsDir = mkdtempSync(join(tmpdir(), 'tekton-results-'))
  const values: Record<string, string> = {}
  for (const param of list(spec.params)) {
    const value = params[String(param.name)] ?? (param.default as string | undefined)
    if (value === undefined) throw new Error(`param ${param.name} is required`)
    values[`params.${param.name}`] = value
  }
  for (const workspace of list(spec.workspaces)) {
    const dir = workspaces[String(workspace.name)]
    if (!dir && !workspace.optional) throw new Error(`workspace ${workspace.name} is required`)
    values[`workspaces.${workspace.name}.path`] = dir ?? ''
    values[`workspaces.${workspace.name}.bound`] = String(Boolean(dir))
  }
  for (const result of list(spec.results)) values[`results.${result.name}.path`] = join(resultsDir, String(result.name))
  const substitute = (text: string): string =>
    text.replace(/\$\(([^)]+)\)/g, (all, name: string) => {
      if (!(name in values)) throw new Error(`unknown variable ${all}`)
      return values[name] ?? ''
    })
  let output = ''
  for (const step of list(spec.steps)) {
    const script = join(mkdtempSync(join(tmpdir(), 'tekton-script-')), 'script')
    const text = String(step.script)
    // Tekton's entrypoint runs a script with its own shebang; without one it adds `#!/bin/sh\nset -e`.
    writeFileSync(script, text.startsWith('#!') ? text : `#!/bin/sh\nset -e\n${text}`)
    chmodSync(script, 0o755)
    const home = mkdtempSync(join(tmpdir(), 'tekton-home-'))
    const env: NodeJS.ProcessEnv = { PATH: base.path, HOME: home, NIX_CONFIG: base.nixConfig }
    for (const variable of list(step.env)) env[String(variable.name)] = substitute(String(variable.value ?? ''))
    const cwd = step.workingDir ? substitute(String(step.workingDir)) : undefined
    const run = await runStep({
      script,
      env,
      cwd,
      folders: [dirname(script), home, resultsDir, ...Object.values(workspaces)],
    })
    output += run.text
    if (run.code !== 0) return { code: run.code, output, results: readResults(spec, resultsDir) }
  }
  return { code: 0, output, results: readResults(spec, resultsDir) }
}

function readResults(spec: Obj, dir: string): Record<string, string> {
  const results: Record<string, string> = {}
  for (const result of list(spec.results)) {
    try {
      results[String(result.name)] = readFileSync(join(dir, String(result.name)), 'utf8')
    } catch {
      // not written
    }
  }
  return results
}
