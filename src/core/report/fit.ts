// Reports have limits where they go: a GitLab note holds at most 1,000,000 characters (a longer
// one is refused, and the job with it, after its push), a GitHub step summary 1 MiB (a larger one
// is dropped, the push's result with it). Another tool's SBOM can list 100,000 packages, so a
// report keeps what fits and counts the rest.

/** Bytes of UTF-8: never fewer than characters (code points or UTF-16 units), so a byte bound bounds both. */
export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8')

/** `and 59,940 more`: what a report says in place of what did not fit. */
export const andMore = (count: number): string => `and ${count.toLocaleString('en-US')} more`

/**
 * The leading items that fit in `maxBytes` joined by `separator`, and how many were left out.
 * Items are whole (a table row, a name): a cut one could break the markup around it.
 */
export function fitting(
  items: readonly string[],
  maxBytes: number,
  separator = '\n',
): { kept: string[]; left: number } {
  const kept: string[] = []
  let used = 0
  const gap = byteLength(separator)
  for (const item of items) {
    const cost = byteLength(item) + (kept.length ? gap : 0)
    if (used + cost > maxBytes) break
    kept.push(item)
    used += cost
  }
  return { kept, left: items.length - kept.length }
}

/**
 * Text of at most `maxBytes`: whole lines while they fit, then one line saying how many more
 * there were. The last guard of a note or summary assembled from parts that each fit.
 */
export function fitText(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text
  const lines = text.split('\n')
  const { kept, left } = fitting(lines, maxBytes - 64)
  return `${kept.join('\n')}\n\n…${andMore(left)} lines\n`
}
