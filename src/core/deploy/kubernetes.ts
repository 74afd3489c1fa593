import { basename } from 'node:path'
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  type Document,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml'
import { NixImageError } from '../base/errors.js'
import { canonicalName, splitReference } from '../registry/reference.js'

// Finds the container images a Kubernetes manifest (or kustomization, or Helm values file) names,
// and computes byte-exact edits that repoint them. Parsing is the `yaml` package's; the edits
// replace source ranges it reports, so comments, quoting, order and indentation stay as written.

/** What a reference must become: the tag, and the digest when one is known. */
export interface ExpectedImage {
  tag: string
  digest?: string
}

/** One image reference in a YAML file. */
export interface ImageReference {
  line: number
  column: number
  /** Where it was found: a container's `image`, a kustomization `images:` entry, a values key. */
  source: 'container' | 'kustomization' | 'values'
  /** The reference as it reads, e.g. `ghcr.io/owner/app:abc` (composed for kustomize and values). */
  found: string
  /** The repository as written, kept when the reference is rewritten. */
  name: string
  tag?: string
  digest?: string
  /** The same reference pointing at `expected`, as it would read. */
  expected(expected: ExpectedImage): string
  /** The edits that make it point at `expected`; none when it already does. */
  edits(expected: ExpectedImage): TextEdit[]
}

/** Replace `text[start, end)` with `replacement`. */
export interface TextEdit {
  start: number
  end: number
  replacement: string
}

export interface ScanOptions {
  /** Dotted key paths of images in Helm-style values files (`image`, `app.image`). */
  valuesKeys: string[]
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers'])

/** All references in one file whose repository is `image` (a normalised name, as `ImageName.name`). */
export function findImageReferences(text: string, file: string, image: string, options: ScanOptions): ImageReference[] {
  const lines = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter: lines, keepSourceTokens: true })
  if (!Array.isArray(documents)) return [] // an empty stream
  const position = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset)
    return { line, column: col }
  }
  const references: ImageReference[] = []
  for (const document of documents) {
    const error = document.errors[0]
    if (error) {
      const { line, column } = position(error.pos[0])
      throw new NixImageError(
        `${file}:${line}:${column}: not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      )
    }
    references.push(...containerImages(document, text, position))
    if (isKustomization(document, file)) references.push(...kustomizationImages(document, text, position))
    for (const key of options.valuesKeys) references.push(...valuesImages(document, key, text, position))
  }
  return references.filter((reference) => canonicalName(reference.name) === image)
}

/** Applies edits (non-overlapping) to a text; the bytes between them are untouched. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end)
  }
  return result
}

type Position = (offset: number) => { line: number; column: number }

/** `image:` of every container, init container and ephemeral container, wherever a pod spec sits. */
function containerImages(document: Document, text: string, position: Position): ImageReference[] {
  const references: ImageReference[] = []
  visit(document, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || !CONTAINER_LISTS.has(String(pair.key.value)) || !isSeq(pair.value)) return
      for (const container of pair.value.items) {
        if (!isMap(container)) continue
        const image = container.get('image', true)
        if (isScalar(image) && typeof image.value === 'string')
          references.push(stringReference(image, 'container', text, position))
      }
    },
  })
  return references
}

/** A reference held in one string: rewritten whole, in the quoting style it had. */
function stringReference(
  node: Scalar,
  source: ImageReference['source'],
  text: string,
  position: Position,
): ImageReference {
  const found = String(node.value)
  const { name, tag, digest } = splitReference(found)
  const expected = (want: ExpectedImage): string => `${name}:${want.tag}${want.digest ? `@${want.digest}` : ''}`
  return {
    ...position(node.range?.[0] ?? 0),
    source,
    found,
    name,
    tag,
    digest,
    expected,
    edits: (want) => (expected(want) === found ? [] : [replaceScalar(node, expected(want), text)]),
  }
}

function isKustomization(document: Document, file: string): boolean {
  return /^kustomization\.ya?ml$/i.test(basename(file)) || document.get('kind') === 'Kustomization'
}

/** kustomize `images:` entries: `name`, optionally `newName`, `newTag`, `digest`. */
function kustomizationImages(document: Document, text: string, position: Position): ImageReference[] {
  const images = document.get('images', true)
  if (!isSeq(images)) return []
  return images.items.filter(isMap).flatMap((entry) => {
    const name = entry.get('newName') ?? entry.get('name')
    if (typeof name !== 'string') return []
    return [fieldsReference(entry, { name, tagKey: 'newTag', digestKey: 'digest' }, 'kustomization', text, position)]
  })
}

/**
 * A Helm-style values key: either a reference string (`image: repo:tag`) or a map with
 * `repository` (and optionally `registry`), `tag` and `digest`, as most charts lay it out.
 */
function valuesImages(document: Document, keyPath: string, text: string, position: Position): ImageReference[] {
  const node = document.getIn(keyPath.split('.'), true)
  if (isScalar(node) && typeof node.value === 'string') return [stringReference(node, 'values', text, position)]
  if (!isMap(node)) return []
  const repository = node.get('repository')
  if (typeof repository !== 'string') return []
  const registry = node.get('registry')
  const name = typeof registry === 'string' && registry ? `${registry}/${repository}` : repository
  return [fieldsReference(node, { name, tagKey: 'tag', digestKey: 'digest' }, 'values', text, position)]
}

/** A reference spread over a map's fields: the tag and digest are rewritten, the name kept. */
function fieldsReference(
  map: YAMLMap,
  fields: { name: string; tagKey: string; digestKey: string },
  source: ImageReference['source'],
  text: string,
  position: Position,
): ImageReference {
  const tag = map.get(fields.tagKey)
  const digest = map.get(fields.digestKey)
  const tagText = tag === undefined || tag === null ? undefined : String(tag)
  const digestText = typeof digest === 'string' && digest ? digest : undefined
  const found = `${fields.name}${tagText ? `:${tagText}` : ''}${digestText ? `@${digestText}` : ''}`
  const expected = (want: ExpectedImage): string => `${fields.name}:${want.tag}${want.digest ? `@${want.digest}` : ''}`
  return {
    ...position(map.range?.[0] ?? 0),
    source,
    found,
    name: fields.name,
    tag: tagText,
    digest: digestText,
    expected,
    edits(want) {
      if (expected(want) === found) return []
      const edits: TextEdit[] = []
      if (tagText !== want.tag) edits.push(setField(map, fields.tagKey, want.tag, text))
      // A digest outranks the tag where both are given: a stale one must go, not stay.
      if (digestText !== want.digest)
        edits.push(
          want.digest ? setField(map, fields.digestKey, want.digest, text) : removeField(map, fields.digestKey, text),
        )
      return edits
    },
  }
}

function replaceScalar(node: Scalar, value: string, text: string): TextEdit {
  const [start, end] = node.range ?? [0, 0]
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return { start, end, replacement: JSON.stringify(value) }
    case 'QUOTE_SINGLE':
      return { start, end, replacement: `'${value.replace(/'/g, "''")}'` }
    case 'PLAIN':
      return { start, end, replacement: value }
    default:
      throw new ManualEditError(
        lineOf(text, start),
        'the image is a block scalar; write it as a plain or quoted string',
      )
  }
}

/** Sets `key: value` in a block map: in place when the key exists, else as a new last line. */
function setField(map: YAMLMap, key: string, value: string, text: string): TextEdit {
  const node = map.get(key, true)
  // A tag such as `1` or `1.0` would parse as a number: quote what plain YAML would not keep a string.
  const literal = /^[0-9.eE+-]+$|^(true|false|null|yes|no|on|off|~)$/i.test(value) ? JSON.stringify(value) : value
  if (isScalar(node)) {
    const edit = replaceScalar(node, value, text)
    return node.type === 'PLAIN' ? { ...edit, replacement: literal } : edit
  }
  if (map.flow)
    throw new ManualEditError(lineOf(text, map.range?.[0] ?? 0), `add '${key}: ${value}' to this flow mapping by hand`)
  const last = map.items.at(-1) as Pair<Scalar> | undefined
  const firstKey = (map.items[0]?.key as Scalar | undefined)?.range?.[0] ?? 0
  const indent = firstKey - text.lastIndexOf('\n', firstKey - 1) - 1
  const lastEnd =
    (last?.value as Scalar | undefined)?.range?.[1] ?? (last?.key as Scalar | undefined)?.range?.[1] ?? firstKey
  const lineEnd = text.indexOf('\n', lastEnd)
  const at = lineEnd === -1 ? text.length : lineEnd + 1
  const newline = lineEnd === -1 ? '\n' : ''
  return { start: at, end: at, replacement: `${newline}${' '.repeat(indent)}${key}: ${literal}\n` }
}

/** Removes a `key: value` line from a block map. */
function removeField(map: YAMLMap, key: string, text: string): TextEdit {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key) as
    | Pair<Scalar, Scalar>
    | undefined
  const start = pair?.key?.range?.[0] ?? 0
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  if (!pair || map.flow || text.slice(lineStart, start).trim() !== '') {
    throw new ManualEditError(lineOf(text, start), `remove '${key}' from this image entry by hand`)
  }
  const lineEnd = text.indexOf('\n', pair.value?.range?.[2] ?? start)
  return { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1, replacement: '' }
}

/** An edit the tool will not guess at; the caller names the file. */
export class ManualEditError extends NixImageError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}
