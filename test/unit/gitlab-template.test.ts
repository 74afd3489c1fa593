import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../helpers/docs.js'

// GitLab's own CI schema (app/assets/javascripts/editor/schema/ci.json, what its pipeline editor
// underlines with), as gitlab-ci-local ships it (untyped JavaScript, hence the cast).
const { schema: gitlabCiSchema } = (await import('gitlab-ci-local/src/schema/schema.js' as string)) as {
  schema: object
}

interface Input {
  description?: string
  type?: string
  default?: unknown
}

const template = readFileSync(join(repositoryRoot, 'templates/build.yml'), 'utf8')
const [header, body] = parseAllDocuments(template).map((document) => document.toJS() as Record<string, unknown>)
const inputs = (header as { spec: { inputs: Record<string, Input> } }).spec.inputs

// Without `type`, every `if type is …` rule of the schema applies at once (an absent property
// matches them all), so a default would have to be a string, a number, a boolean and an array.
const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(gitlabCiSchema)
const problems = (document: unknown): string[] =>
  validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)

describe('templates/build.yml', () => {
  it('declares the type of every input, and each default is of that type', () => {
    for (const [name, input] of Object.entries(inputs)) {
      expect(['string', 'boolean', 'number'], `input ${name}`).toContain(input.type)
      expect(typeof input.default, `default of input ${name}`).toBe(input.type)
    }
  })

  it('is valid by GitLab CI schema: the spec header and the job', () => {
    expect(problems(header)).toEqual([])
    expect(problems(body)).toEqual([])
  })

  it.each(readdirSync(join(repositoryRoot, 'examples/gitlab')).filter((name) => name.endsWith('.yml')))(
    'examples/gitlab/%s is valid by it too',
    (name) => {
      const pipeline = parseAllDocuments(readFileSync(join(repositoryRoot, 'examples/gitlab', name), 'utf8')).map(
        (document) => document.toJS(),
      )
      expect(pipeline.flatMap(problems)).toEqual([])
    },
  )

  it("an input without a type is what GitLab's schema flags", () => {
    const untyped = structuredClone(header) as { spec: { inputs: Record<string, Input> } }
    delete untyped.spec.inputs.stage!.type
    expect(problems(untyped).join('\n')).toMatch(/\/spec\/inputs\/stage/)
  })

  it('passes each boolean input to the job whole, where it arrives as true or false', () => {
    const variables = (Object.values(body as Record<string, { variables?: Record<string, string> }>)[0]?.variables ??
      {}) as Record<string, string>
    for (const [name] of Object.entries(inputs).filter(([, input]) => input.type === 'boolean')) {
      expect(variables[`NIX_IMAGE_INPUT_${name.toUpperCase()}`], `input ${name}`).toBe(`$[[ inputs.${name} ]]`)
    }
  })
})
