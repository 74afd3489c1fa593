import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// docs/architecture.md stays true: every path it names in backticks exists, and every folder of
// src/core is on it.

const root = resolve(import.meta.dirname, '../..')
const page = readFileSync(join(root, 'docs/architecture.md'), 'utf8')

/** `src/…` paths written in code spans, and the folders of src/core/ named as `name/`. */
function namedPaths(): string[] {
  const spans = [...page.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] ?? '')
  const paths = new Set<string>()
  for (const span of spans) {
    if (span.startsWith('src/') || span.startsWith('test/') || span.startsWith('scripts/')) paths.add(span)
    else if (/^[a-z]+\/$/.test(span)) paths.add(`src/core/${span}`)
    else if (/^[a-z]+\/[a-z-]+\.ts$/.test(span)) paths.add(`src/core/${span}`)
  }
  return [...paths].sort()
}

describe('docs/architecture.md', () => {
  it('names only folders and files that exist', () => {
    const paths = namedPaths()
    expect(paths.length).toBeGreaterThan(20)
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([])
  })

  it('names every folder of src/core', () => {
    const folders = readdirSync(join(root, 'src/core')).filter((name) =>
      statSync(join(root, 'src/core', name)).isDirectory(),
    )
    expect(folders.filter((folder) => !page.includes(`src/core/${folder}/`))).toEqual([])
  })
})
