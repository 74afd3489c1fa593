// Escaping for where a value goes. Installables, manifest contents, registry answers and tool
// output are untrusted: each destination has its own way of being broken out of (a terminal or
// GitLab log by ESC and CR, a GitHub log by a leading `::`, HTML by `<`, a Markdown code span by
// a backtick; a dotenv or output file by a newline, which src/adapter/outputs.ts refuses). Every
// adapter escapes through this module.

// C0 controls, DEL and C1 controls (0x80-0x9f: U+009B is a one-character CSI on some terminals),
// and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' }

// Colour and style sequences (SGR) alone: Nix colours its messages even into pipes. Harmless, so
// dropped rather than shown; every other escape sequence is shown as text.
const SGR = /\u001b\[[0-9;]*m/g

/** Whether `text` holds a control character (a newline included). */
export function hasControl(text: string): boolean {
  return new RegExp(CONTROL.source).test(text)
}

/** Every control character made visible (`\e`, `\n`, `\x07`…): a log line stays one line of text. */
export function visible(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

/**
 * One line for a terminal or CI log: colour codes dropped, every other control character shown
 * as text, so nothing printed can move the cursor, forge a GitLab section marker or end the line.
 */
export function forLog(text: string): string {
  return visible(text.replace(SGR, ''))
}

/**
 * One line for a GitHub Actions log: as `forLog`, and a line that would start with `::` (a
 * workflow command such as `::add-mask::` or `::stop-commands::`) starts with `\::` instead.
 */
export function forGithubLog(text: string): string {
  return forLog(text).replace(/^(\s*)::/, '$1\\::')
}

/** Text for HTML (a job summary): one line, entities for markup and double-quoted attributes (the only kind written). */
export function forHtml(text: string): string {
  return forLog(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * A Markdown code span nothing can break out of: fenced with more backticks than the longest
 * run inside it (CommonMark's rule), on one line.
 */
export function markdownCode(text: string): string {
  const value = forLog(text)
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  // A space between fence and a backtick at either end, which CommonMark strips again.
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}

/**
 * Plain text in Markdown (a table cell, a sentence of a note): one line, entities for HTML, and a
 * backslash before each character Markdown would read as markup (a pipe would end a table cell).
 */
export function markdownText(text: string): string {
  return forHtml(text).replace(/([\\`*_[\]|#!~])/g, '\\$1')
}
