import { hasControl } from '../core/base/escape.js'
import { NixImageError } from '../core/base/errors.js'

// Input parsing shared by the Action, the GitLab component and the CLI, so each input means the
// same on every platform. `name` is the input as the platform spells it (`extra-tags`, `extra_tags`).

/** A list input: one item per line or comma-separated, blanks ignored. */
export function listInput(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/** `true` or `false` (any case); empty means `fallback`. */
export function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true'
  throw new NixImageError(`input ${name} is '${value}': use true or false`)
}

/**
 * A secret or setting that must be one line: a newline in a token would become a second line of
 * nix.conf (a `post-build-hook`), or a second header. Refused, never shown.
 */
export function singleLineSecret(name: string, value: string): string {
  if (hasControl(value)) throw new NixImageError(`input ${name} holds a newline or control character: give the token alone, on one line`)
  return value
}
