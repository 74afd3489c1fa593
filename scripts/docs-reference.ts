// The reference tables of docs/, made from what runs read, never kept by hand: the Action's
// inputs and outputs (action.yml), the component's inputs (templates/build.yml's spec:inputs),
// the Tekton tasks' params, workspaces and results (tekton/*.yaml) and the CLI's flags
// (src/cli/flags.ts, the table its parser reads). Each table sits in a page between
//
//   <!-- generated:NAME -->            and            <!-- /generated -->
//
// and nothing else of the page is touched.
//
//   npx tsx scripts/docs-reference.ts                 rewrites the tables
//   npx tsx scripts/docs-reference.ts --check         fails, naming each stale table (npm test)
//   ... --root DIR                                    works on a copy of the repository
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import type { Flag } from '../src/cli/flags.js'

type Tables = Map<string, string>

const START = /<!-- generated:([\w:./-]+) -->\n/g
const END = '<!-- /generated -->'

/** Text for a table cell: markdown's own characters shown as themselves, on one line. */
function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*<>|]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`))
}

/** A value as code; GitHub's tables need `|` escaped even there. */
function code(text: string): string {
  return text === '' ? '–' : `\`${text.replace(/\|/g, '\\|')}\``
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

const readYaml = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T

interface ActionFile {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

function actionTables(root: string, tables: Tables): void {
  const action = readYaml<ActionFile>(join(root, 'action.yml'))
  tables.set(
    'action-inputs',
    table(
      ['Input', 'Default', 'Description'],
      Object.entries(action.inputs).map(([name, input]) => [
        code(name),
        input.required ? 'required' : code(String(input.default ?? '')),
        cell(input.description),
      ]),
    ),
  )
  tables.set(
    'action-outputs',
    table(
      ['Output', 'Description'],
      Object.entries(action.outputs).map(([name, output]) => [code(name), cell(output.description)]),
    ),
  )
}

interface ComponentInput {
  description: string
  type?: string
  default?: unknown
  options?: unknown[]
  regex?: string
}

function componentTable(root: string, tables: Tables): void {
  // The spec is the first YAML document of the template; the job is the second.
  const header = readFileSync(join(root, 'templates/build.yml'), 'utf8').split(/^---$/m)[0] ?? ''
  const { spec } = parse(header) as { spec: { inputs: Record<string, ComponentInput> } }
  const rows = Object.entries(spec.inputs).map(([name, input]) => {
    const rule = input.options
      ? ` One of ${input.options.map((option) => `\`${String(option)}\``).join(', ')}.`
      : input.regex
        ? ` Matches \`${input.regex.replace(/\|/g, '\\|')}\`.`
        : ''
    return [
      code(name),
      input.type ?? 'string',
      'default' in input ? code(String(input.default)) : 'required',
      `${cell(input.description)}${rule}`,
    ]
  })
  tables.set('component-inputs', table(['Input', 'Type', 'Default', 'Description'], rows))
}

interface TektonTask {
  metadata: { name: string }
  spec: {
    params?: { name: string; type?: string; description: string; default?: unknown }[]
    workspaces?: { name: string; description: string; optional?: boolean; readOnly?: boolean }[]
    results?: { name: string; description: string }[]
  }
}

function tektonTables(root: string, tables: Tables): void {
  const dir = join(root, 'tekton')
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const task = readYaml<TektonTask>(join(dir, file))
    const name = task.metadata.name
    const params = task.spec.params ?? []
    tables.set(
      `tekton:${name}:params`,
      table(
        ['Param', 'Default', 'Description'],
        params.map((param) => [
          code(param.name),
          param.default === undefined ? 'required' : code(String(param.default)),
          cell(param.description),
        ]),
      ),
    )
    const workspaces = task.spec.workspaces ?? []
    tables.set(
      `tekton:${name}:workspaces`,
      table(
        ['Workspace', 'Binding', 'Description'],
        workspaces.map((workspace) => [
          code(workspace.name),
          [workspace.optional ? 'optional' : 'required', ...(workspace.readOnly ? ['read-only'] : [])].join(', '),
          cell(workspace.description),
        ]),
      ),
    )
    const results = task.spec.results ?? []
    if (results.length)
      tables.set(
        `tekton:${name}:results`,
        table(
          ['Result', 'Description'],
          results.map((result) => [code(result.name), cell(result.description)]),
        ),
      )
  }
}

async function cliTable(root: string, tables: Tables): Promise<void> {
  const { FLAGS } = (await import(pathToFileURL(join(root, 'src/cli/flags.ts')).href)) as {
    FLAGS: Record<string, Flag>
  }
  const rows = Object.entries(FLAGS).map(([name, flag]) => {
    const spelled = `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.type === 'string' ? ` ${flag.value ?? 'VALUE'}` : ''}`
    const commands = flag.commands.length ? flag.commands.join(', ') : '–'
    return [code(spelled), commands, `${cell(flag.description)}${flag.multiple ? ' Repeatable.' : ''}`]
  })
  tables.set('cli-flags', table(['Flag', 'Commands', 'Description'], rows))
}

/** Every table, by the name its markers carry. */
export async function referenceTables(root: string): Promise<Tables> {
  const tables: Tables = new Map()
  actionTables(root, tables)
  componentTable(root, tables)
  tektonTables(root, tables)
  await cliTable(root, tables)
  return tables
}

/** The pages whose markers name a table (README.md and docs/*.md). */
function pages(root: string): string[] {
  return [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  ]
}

export interface Stale {
  page: string
  table: string
}

/** Writes (or, with `check`, only compares) every table; answers the ones that were out of date. */
export async function updateReference(root: string, { check }: { check: boolean }): Promise<Stale[]> {
  const tables = await referenceTables(root)
  const stale: Stale[] = []
  const used = new Set<string>()
  for (const page of pages(root)) {
    const path = join(root, page)
    const text = readFileSync(path, 'utf8')
    const updated = text.replace(
      new RegExp(`${START.source}([\\s\\S]*?)${END}`, 'g'),
      (all, name: string, body: string) => {
        const generated = tables.get(name)
        if (generated === undefined)
          throw new Error(
            `${page}: <!-- generated:${name} --> names no table (known: ${[...tables.keys()].join(', ')})`,
          )
        used.add(name)
        if (body === `${generated}\n`) return all
        stale.push({ page, table: name })
        return `<!-- generated:${name} -->\n${generated}\n${END}`
      },
    )
    if (!check && updated !== text) writeFileSync(path, updated)
  }
  // A table no page shows would be a definition the docs forgot.
  const unused = [...tables.keys()].filter((name) => !used.has(name))
  if (unused.length)
    throw new Error(
      `no page shows the generated table(s) ${unused.join(', ')}: add <!-- generated:NAME --> … <!-- /generated --> to a docs page`,
    )
  return stale
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const rootIndex = args.indexOf('--root')
  const root = resolve(rootIndex >= 0 ? (args[rootIndex + 1] ?? '.') : join(import.meta.dirname, '..'))
  try {
    const stale = await updateReference(root, { check })
    for (const { page, table: name } of stale) {
      console.error(
        check
          ? `docs-reference: ${page}: table ${name} is out of date: run 'npm run docs'`
          : `docs-reference: ${page}: rewrote table ${name}`,
      )
    }
    process.exitCode = check && stale.length ? 1 : 0
  } catch (error) {
    console.error(`docs-reference: ${(error as Error).message}`)
    process.exitCode = 1
  }
}
