import { hasControl } from '../core/base/escape.js'
import { NixImageError } from '../core/base/errors.js'
import { validateTag } from '../core/registry/reference.js'

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
  if (hasControl(value))
    throw new NixImageError(`input ${name} holds a newline or control character: give the token alone, on one line`)
  return value
}

/** The jobs option: a positive count of concurrent pushes. */
export function parseJobs(value: string, inputName: string): number {
  if (!/^[1-9][0-9]{0,2}$/.test(value.trim()))
    throw new NixImageError(`${inputName} '${value}' is not a count: give how many images to push at once, e.g. 4`)
  return Number(value)
}

/** A tag input, checked against the distribution spec's grammar; undefined when not given. */
export function tagInput(value: string | undefined, inputName: string): string | undefined {
  return value === undefined ? undefined : validateTag(value, inputName)
}

/** Whether a digest input is one (`sha256:` and 64 hex digits). */
export { isDigest } from '../core/registry/reference.js'
