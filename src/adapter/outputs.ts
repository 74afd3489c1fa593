import { forLog, hasControl } from '../core/base/escape.js'

/**
 * Values for a `KEY=value` file read by other programs (a GitLab dotenv report, GITHUB_OUTPUT),
 * written after the image is pushed: one holding a control character is left empty with a
 * warning, never altered (an altered digest or reference would be wrong, a newline would add a
 * variable) and never a failure (the push happened; failing now would hide it). Each value was
 * validated where it came from, and JSON values are written with jsonLine, so none should be.
 */
export function oneLineValues(values: Record<string, string>, warn: (message: string) => void): Record<string, string> {
  const written: Record<string, string> = {}
  for (const [name, value] of Object.entries(values)) {
    if (hasControl(value)) warn(`${name} holds a control character (${forLog(value).slice(0, 80)}): left empty`)
    written[name] = hasControl(value) ? '' : value
  }
  return written
}
