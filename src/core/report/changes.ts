import { markdownCode, markdownText } from '../base/escape.js'
import type { ImageChanges, PackageVersion, SbomPackage } from '../types.js'
import { formatBytes } from '../base/words.js'

// "What changed" between two images, from their SBOMs: packages added, removed, and changed in
// version, the ones rebuilt at the same version (a dependency moved), and the size change.

/** Compares by package name; a name present in several versions compares as the set of them. */
export function diffPackages(
  before: readonly SbomPackage[],
  after: readonly SbomPackage[],
): Omit<ImageChanges, 'from' | 'to'> {
  const old = byName(before)
  const now = byName(after)
  const added: PackageVersion[] = []
  const removed: PackageVersion[] = []
  const changed: ImageChanges['changed'] = []
  const rebuilt: PackageVersion[] = []
  for (const [name, packages] of now) {
    const previous = old.get(name)
    if (!previous) {
      for (const version of versions(packages)) added.push(withVersion(name, version))
      continue
    }
    const from = versions(previous).join(', ')
    const to = versions(packages).join(', ')
    if (from !== to) changed.push({ name, from: from || '(no version)', to: to || '(no version)' })
    else if (storePaths(previous) !== storePaths(packages))
      for (const version of versions(packages)) rebuilt.push(withVersion(name, version))
  }
  for (const [name, packages] of old) {
    if (!now.has(name)) for (const version of versions(packages)) removed.push(withVersion(name, version))
  }
  const order = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
  return {
    added: added.sort(order),
    removed: removed.sort(order),
    changed: changed.sort(order),
    rebuilt: rebuilt.sort(order),
  }
}

export function hasChanges(changes: ImageChanges): boolean {
  return (
    changes.added.length + changes.removed.length + changes.changed.length + changes.rebuilt.length > 0 ||
    changes.from.digest !== changes.to.digest
  )
}

/** Plain lines for a terminal or a CI log. */
export function changesText(changes: ImageChanges): string[] {
  const lines = [`What changed since ${changes.from.ref} (${shortDigest(changes.from.digest)}):`]
  if (changes.from.digest === changes.to.digest) return [...lines, '  nothing: it is the same image']
  for (const change of changes.changed) lines.push(`  changed  ${change.name} ${change.from} → ${change.to}`)
  for (const item of changes.added) lines.push(`  added    ${label(item)}`)
  for (const item of changes.removed) lines.push(`  removed  ${label(item)}`)
  if (changes.rebuilt.length)
    lines.push(`  rebuilt  ${changes.rebuilt.map(label).join(', ')} (same version, new store path)`)
  if (lines.length === 1) lines.push('  no package changed')
  const size = sizeText(changes)
  if (size) lines.push(`  size     ${size}`)
  return lines
}

/**
 * Markdown for the job summary and the merge request note: a reviewer reads it in seconds. The
 * previous SBOM may come from any tool, so every name is escaped for Markdown and HTML.
 */
export function changesMarkdown(changes: ImageChanges): string {
  const head = `**What changed** since ${code(changes.from.ref)} (${code(shortDigest(changes.from.digest))})`
  if (changes.from.digest === changes.to.digest) return `${head}: nothing, it is the same image.\n`
  const rows = [
    ...changes.changed.map((change) => [change.name, change.from, change.to]),
    ...changes.added.map((item) => [item.name, '–', `${item.version ?? '(no version)'} (added)`]),
    ...changes.removed.map((item) => [item.name, item.version ?? '(no version)', '– (removed)']),
  ]
  const parts = [head]
  parts.push(
    rows.length
      ? [
          '| package | before | after |',
          '|---|---|---|',
          ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        ].join('\n')
      : 'No package changed.',
  )
  if (changes.rebuilt.length)
    parts.push(
      `Rebuilt at the same version (a dependency changed): ${changes.rebuilt.map((item) => code(label(item))).join(', ')}`,
    )
  const size = sizeText(changes)
  if (size) parts.push(`Size: ${size}`)
  return `${parts.join('\n\n')}\n`
}

function sizeText(changes: ImageChanges): string | undefined {
  const { from, to } = changes
  if (from.size === undefined || to.size === undefined) return undefined
  const delta = to.size - from.size
  return `${formatBytes(from.size)} → ${formatBytes(to.size)} (${delta >= 0 ? '+' : '−'}${formatBytes(Math.abs(delta))})`
}

const shortDigest = (digest: string): string => digest.slice(0, 19)
const label = (item: PackageVersion): string => (item.version ? `${item.name} ${item.version}` : item.name)
// Our names come from store paths ([A-Za-z0-9+._?=-]); another tool's SBOM may hold anything.
const cell = markdownText
const code = markdownCode

function byName(packages: readonly SbomPackage[]): Map<string, SbomPackage[]> {
  const map = new Map<string, SbomPackage[]>()
  for (const item of packages) map.set(item.name, [...(map.get(item.name) ?? []), item])
  return map
}

function versions(packages: SbomPackage[]): string[] {
  return [...new Set(packages.map((item) => item.version ?? ''))].sort()
}

function storePaths(packages: SbomPackage[]): string {
  return packages
    .map((item) => item.storePath ?? '')
    .sort()
    .join(' ')
}

function withVersion(name: string, version: string): PackageVersion {
  return version ? { name, version } : { name }
}
