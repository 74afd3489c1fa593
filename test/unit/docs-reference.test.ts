import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { updateReference } from '../../scripts/docs-reference.js'
import { repositoryRoot } from '../helpers/docs.js'

// The reference tables of docs/ are generated (scripts/docs-reference.ts) and `npm test` runs its
// check. Here, in a scratch copy of what the script reads: one changed definition makes the check
// fail naming the table, and the rewrite brings the page back to it.

/** The files the tables are made from and written to, copied to a fresh folder. */
function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-docs-reference-'))
  for (const path of ['README.md', 'action.yml', 'templates', 'tekton', 'docs', 'src/cli/flags.ts']) {
    cpSync(join(repositoryRoot, path), join(dir, path), { recursive: true })
  }
  return dir
}

function replaceIn(dir: string, path: string, from: string, to: string): void {
  const text = readFileSync(join(dir, path), 'utf8')
  expect(text, `${path} holds ${from}`).toContain(from)
  writeFileSync(join(dir, path), text.replace(from, to))
}

const script = join(repositoryRoot, 'scripts/docs-reference.ts')
const tsx = join(repositoryRoot, 'node_modules/.bin/tsx')

function runScript(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(tsx, [script, ...args], (error, _stdout, stderr) =>
      done({ code: error ? Number(error.code) || 1 : 0, stderr }),
    )
  })
}

describe('docs/ reference tables', () => {
  it('a changed input description fails `npm run check-docs`, naming the page and the table; `npm run docs` rewrites it', async () => {
    const dir = scratchCopy()
    replaceIn(
      dir,
      'action.yml',
      'The attribute of the Nix file that is the image.',
      'The attribute of the Nix file that holds the image.',
    )
    const check = await runScript(['--check', '--root', dir])
    expect(check.code).toBe(1)
    expect(check.stderr).toContain("docs/github.md: table action-inputs is out of date: run 'npm run docs'")
    expect(check.stderr).not.toContain('component-inputs')
    expect((await runScript(['--root', dir])).code).toBe(0)
    expect(readFileSync(join(dir, 'docs/github.md'), 'utf8')).toContain(
      '| `attr` | – | The attribute of the Nix file that holds the image. |',
    )
    expect(await runScript(['--check', '--root', dir])).toEqual({ code: 0, stderr: '' })
  }, 60_000) // two tsx processes: seconds on a loaded two-core machine

  it.each([
    [
      'templates/build.yml',
      '      description: The stage the job runs in.\n',
      '      description: The stage the build job runs in.\n',
      'docs/gitlab.md',
      'component-inputs',
    ],
    [
      'tekton/nix-image.yaml',
      'description: The folder of the source workspace to run in.',
      'description: The folder to run in.',
      'docs/tekton.md',
      'tekton:nix-image:params',
    ],
    [
      'tekton/nix-image.yaml',
      'description: The tag (the image',
      'description: The pushed tag (the image',
      'docs/tekton.md',
      'tekton:nix-image:results',
    ],
    [
      'src/cli/flags.ts',
      "description: 'Evaluate and ask the registry; build and push nothing.'",
      "description: 'Evaluate, ask the registry, build nothing.'",
      'docs/cli.md',
      'cli-flags',
    ],
  ])('a change to %s makes its table stale', async (path, from, to, page, table) => {
    const dir = scratchCopy()
    replaceIn(dir, path, from, to)
    expect(await updateReference(dir, { check: true })).toEqual([{ page, table }])
  })

  it('a marker naming no table, and a table no page shows, are errors', async () => {
    const unknown = scratchCopy()
    writeFileSync(join(unknown, 'docs/extra.md'), '<!-- generated:action-input -->\n<!-- /generated -->\n')
    await expect(updateReference(unknown, { check: true })).rejects.toThrow(
      /docs\/extra\.md: <!-- generated:action-input --> names no table/,
    )
    const unshown = scratchCopy()
    replaceIn(unshown, 'docs/github.md', '<!-- generated:action-outputs -->', '<!-- outputs -->')
    await expect(updateReference(unshown, { check: true })).rejects.toThrow(
      /no page shows the generated table\(s\) action-outputs/,
    )
  })
})
