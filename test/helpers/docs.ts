import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const repositoryRoot = resolve(import.meta.dirname, '../..')

/** A page as users read it: `README.md`, or one of docs/ (`docs/github.md`). */
export function readPage(path: string): string {
  return readFileSync(join(repositoryRoot, path), 'utf8')
}
