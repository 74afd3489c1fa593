import { NixImageError } from '../core/base/errors.js'
import { hasControl, visible } from '../core/base/escape.js'

/**
 * A value for a `KEY=value` file read by other programs (a GitLab dotenv report, GITHUB_OUTPUT):
 * refused, not altered, when it holds a control character, since an altered digest or
 * reference would be wrong and a newline would add a variable.
 */
export function oneLineValue(name: string, value: string): string {
  if (hasControl(value))
    throw new NixImageError(`${name} holds a control character (${visible(value).slice(0, 80)}): it is not written`)
  return value
}
