import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPage, repositoryRoot } from '../helpers/docs.js'

// Every relative link between the pages users read resolves: the file (or folder) exists, and a
// `#fragment` names a heading of the page it points into, by GitHub's anchor rules.
const pages = [
  'README.md',
  'SECURITY.md',
  ...readdirSync(join(repositoryRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

/** The page without fenced code blocks and inline code, where `[x](y)` and `#` are not markdown. */
function prose(text: string): string[] {
  let fenced = false
  return text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced
      return ''
    }
    return fenced ? '' : line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length))
  })
}

/**
 * GitHub's anchor for a heading: the text as shown (link targets, markup and HTML dropped, code
 * kept), lowercased, every character but letters, digits, `_`, `-` and spaces removed, spaces
 * made `-`; a repeated anchor gets `-1`, `-2`, … in order.
 */
function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  let fenced = false
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    const heading = fenced ? undefined : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading !== undefined) {
      const shown = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '')
      const base = shown
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-')
      const count = seen.get(base) ?? 0
      seen.set(base, count + 1)
      anchors.add(count === 0 ? base : `${base}-${count}`)
    }
    for (const [, id] of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(id ?? '')
  }
  return anchors
}

interface Link {
  page: string
  line: number
  target: string
}

function relativeLinks(page: string): Link[] {
  return prose(readPage(page)).flatMap((text, index) =>
    [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
      .map(([, target = '']) => ({ page, line: index + 1, target }))
      .filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target)),
  )
}

/** What is wrong with a link, or undefined when it resolves. */
function problem({ page, target }: Link): string | undefined {
  const [path = '', fragment] = target.split('#', 2)
  const file = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path)))
  if (file.startsWith('..')) return `${file} is outside the repository`
  if (!existsSync(join(repositoryRoot, file))) return `${file} does not exist`
  if (fragment === undefined) return undefined
  if (!file.endsWith('.md')) return `#${fragment} points into ${file}, which has no headings`
  return headingAnchors(readPage(file)).has(fragment) ? undefined : `${file} has no heading #${fragment}`
}

describe('links between README.md and docs/', () => {
  it('every relative link and #anchor resolves', () => {
    const links = pages.flatMap(relativeLinks)
    expect(links.length).toBeGreaterThan(50)
    const broken = links.flatMap((link) => {
      const why = problem(link)
      return why ? [`${link.page}:${link.line}: (${link.target}) ${why}`] : []
    })
    expect(broken).toEqual([])
  })

  it.each([
    ['## Tested range', 'tested-range'],
    ["## Provenance and signatures, with the ecosystem's tools", 'provenance-and-signatures-with-the-ecosystems-tools'],
    ['## `nix-image-verify`: are the manifests at the tag?', 'nix-image-verify-are-the-manifests-at-the-tag'],
    ['## P5: the binary cache', 'p5-the-binary-cache'],
    ['### GitLab CI/CD component', 'gitlab-cicd-component'],
    ['## Images from a package list (Nixery, pinned)', 'images-from-a-package-list-nixery-pinned'],
    ['## What changed → since [v1](x.md)', 'what-changed--since-v1'],
    ['## snake_case and *emphasis*', 'snake_case-and-emphasis'],
  ])('the anchor of %s is #%s, as GitHub makes it', (heading, anchor) => {
    expect(headingAnchors(heading)).toEqual(new Set([anchor]))
  })

  it('a repeated heading gets -1, and a fenced # line is no heading', () => {
    expect(headingAnchors('## Inputs\n\n```sh\n# Inputs\n```\n\n## Inputs\n')).toEqual(new Set(['inputs', 'inputs-1']))
  })
})
