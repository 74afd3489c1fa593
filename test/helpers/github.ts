import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { fixturesDir } from './nix.js'

const root = resolve(import.meta.dirname, '../..')

/** The repository a workflow checks out: the test fixtures and the given flake.nix, in a fresh folder. */
export function checkoutWithFlake(flake: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'nix-image-workspace-'))
  cpSync(fixturesDir, workspace, { recursive: true })
  writeFileSync(join(workspace, 'flake.nix'), flake)
  return workspace
}

/** The Node that starts the action: Node 24 as GitHub's runners use when CI provides it (ACTION_NODE). */
export const actionNode = process.env.ACTION_NODE || process.execPath

interface ActionDefinition {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string; post: string }
}

export const actionDefinition = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionDefinition

/** The files and folders a runner gives a step, in a fresh folder. */
export interface RunnerFiles {
  dir: string
  runnerTemp: string
  output: string
  state: string
  env: string
  path: string
  summary: string
}

export function runnerFiles(): RunnerFiles {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-runner-'))
  const runnerTemp = join(dir, 'temp')
  mkdirSync(runnerTemp)
  const files = { output: 'output', state: 'state', env: 'env', path: 'path', summary: 'summary.md' }
  for (const name of Object.values(files)) writeFileSync(join(dir, name), '')
  return {
    dir,
    runnerTemp,
    ...(Object.fromEntries(Object.entries(files).map(([key, name]) => [key, join(dir, name)])) as Omit<
      RunnerFiles,
      'dir' | 'runnerTemp'
    >),
  }
}

export interface StepRun {
  code: number
  stdout: string
  stderr: string
}

/** `${{ github.token }}` and friends in action.yml defaults, as the runner would fill them in. */
export interface Expressions {
  'github.token': string
}

/**
 * Starts `dist/index.js` as a runner starts a `node24` action's main: every input of action.yml
 * as `INPUT_<NAME>` (defaults filled in), and the runner's files in the environment.
 */
export function runMain(
  inputs: Record<string, string>,
  files: RunnerFiles,
  env: NodeJS.ProcessEnv,
  expressions: Expressions,
  cwd?: string,
): Promise<StepRun> {
  return runStep(actionDefinition.runs.main, mainEnv(inputs, files, env, expressions), cwd)
}

/** The main step's command and environment, for a test that signals it (a cancelled job). */
export function mainCommand(
  inputs: Record<string, string>,
  files: RunnerFiles,
  env: NodeJS.ProcessEnv,
  expressions: Expressions,
): { argv: string[]; env: NodeJS.ProcessEnv } {
  return { argv: [actionNode, join(root, actionDefinition.runs.main)], env: mainEnv(inputs, files, env, expressions) }
}

function mainEnv(
  inputs: Record<string, string>,
  files: RunnerFiles,
  env: NodeJS.ProcessEnv,
  expressions: Expressions,
): NodeJS.ProcessEnv {
  const inputEnv: NodeJS.ProcessEnv = {}
  for (const [name, definition] of Object.entries(actionDefinition.inputs)) {
    const value =
      inputs[name] ??
      String(definition.default ?? '').replace(
        /\$\{\{\s*([\w.]+)\s*\}\}/g,
        (_all, key: string) => expressions[key as keyof Expressions] ?? '',
      )
    inputEnv[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in actionDefinition.inputs)) throw new Error(`input ${name} is not in action.yml`)
  }
  return { ...env, ...inputEnv, ...runnerEnv(files) }
}

/** Starts `dist/post.js` as the runner does: the state main saved, as `STATE_<name>`. */
export function runPost(files: RunnerFiles, env: NodeJS.ProcessEnv): Promise<StepRun> {
  const state = Object.fromEntries(
    Object.entries(readCommandFile(files.state)).map(([name, value]) => [`STATE_${name}`, value]),
  )
  return runStep(actionDefinition.runs.post, { ...env, ...state, ...runnerEnv(files) })
}

function runnerEnv(files: RunnerFiles): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: files.runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
  }
}

function runStep(script: string, env: NodeJS.ProcessEnv, cwd?: string): Promise<StepRun> {
  return new Promise((done) => {
    execFile(actionNode, [join(root, script)], { env, cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

/**
 * Reads a file written with the runner's file commands (`GITHUB_OUTPUT`, `GITHUB_STATE`,
 * `GITHUB_ENV`): `name<<DELIMITER` heredocs, or `name=value` lines.
 */
export function readCommandFile(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n')
  const values: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const end = lines.indexOf(delimiter ?? '', i + 1)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return values
}

/** The `::error::` workflow commands a step printed, decoded. */
export function workflowCommands(stdout: string, command: string): string[] {
  const prefix = new RegExp(`^::${command}(?: [^:]*)?::(.*)$`)
  return stdout
    .split('\n')
    .map((line) => prefix.exec(line)?.[1])
    .filter((message): message is string => message !== undefined)
    .map((message) => message.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
}
