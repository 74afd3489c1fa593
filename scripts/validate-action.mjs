// Checks action.yml, the example workflows and this repository's own workflows (release, CI)
// against GitHub's schemas (@action-validator/core).
// Its schema (0.6.0, December 2024) predates `using: node24`, which runners have run since
// 2025: that one value is checked here and the rest of the file by the schema.
import { validateAction, validateWorkflow } from '@action-validator/core'
import { readFileSync, readdirSync } from 'node:fs'

const failures = []
const check = (path, validate, text = readFileSync(path, 'utf8')) => {
  const { errors } = validate(text)
  if (errors.length) failures.push(`${path}: ${JSON.stringify(errors, null, 2)}`)
}

const action = readFileSync('action.yml', 'utf8')
if (!/^ {2}using: node24$/m.test(action)) failures.push('action.yml: runs.using must be node24')
check('action.yml', validateAction, action.replace(/^( {2}using:) node24$/m, '$1 node20'))
for (const dir of ['examples/github', '.github/workflows']) {
  for (const name of readdirSync(dir)) check(`${dir}/${name}`, validateWorkflow)
}

if (failures.length) {
  console.error(failures.join('\n'))
  process.exit(1)
}
console.log('action.yml, examples/github/ and .github/workflows/ are valid')
