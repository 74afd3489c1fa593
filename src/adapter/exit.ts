import { NixImageError } from '../core/base/errors.js'
import { forLog } from '../core/base/escape.js'

/**
 * The one line a failed run ends with: a user error's message, or for a bug `internal error`
 * with the stack (so it can be reported). Escaped: messages quote inputs and registry answers.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof NixImageError) return forLog(error.message)
  return `internal error: ${(error as Error)?.stack ?? String(error)}`
}
