import { visible } from './escape.js'

/**
 * An error whose message is the one line a user sees: what is wrong, which input, how to fix it.
 * Adapters print `message` alone (no stack) and exit non-zero.
 */
export class NixImageError extends Error {
  override name = 'NixImageError'

  constructor(message: string) {
    // Inputs quoted in a message may hold newlines or escape sequences; the message stays one
    // line of plain text whatever they hold.
    super(visible(message))
  }
}

/** The registry refused our credentials or our access (401/403). */
export class RegistryAuthError extends NixImageError {
  override name = 'RegistryAuthError'
}

/** Some text from a tool, shortened to what fits on one line of an error message. */
export function firstLines(text: string, max = 3): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, max)
    .join(' | ')
}
