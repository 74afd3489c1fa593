import { NixImageError } from '../core/base/errors.js'
import { oneLineValue } from '../adapter/outputs.js'
import { writeFileWithin } from '../core/base/files.js'
import type { PushResult, SetResult } from '../core/types.js'

/** The default prefix of the dotenv names: `NIX_IMAGE`, `NIX_IMAGE_DIGEST_REF`… */
export const DEFAULT_DOTENV_PREFIX = 'NIX_IMAGE'

/** The `dotenv_prefix` input: a variable name's start, so two includes never write the same names. */
export function validateDotenvPrefix(value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw new NixImageError(
      `input dotenv_prefix is '${value}': use letters, digits and '_', not starting with a digit (e.g. API_IMAGE)`,
    )
  }
  return value
}

/**
 * The `artifacts: reports: dotenv:` file later jobs read: one `KEY=value` a line, references and
 * digests only (never a credential), far under GitLab's 5 KB limit.
 */
export function dotenvReport(result: PushResult, prefix = DEFAULT_DOTENV_PREFIX): string {
  return lines({
    [prefix]: result.image,
    [`${prefix}_TAG`]: result.tag,
    [`${prefix}_REF`]: result.ref,
    [`${prefix}_DIGEST`]: result.digest,
    [`${prefix}_DIGEST_REF`]: result.digestRef,
    [`${prefix}_PUSHED`]: String(result.pushed),
    [`${prefix}_SBOM_FILE`]: result.sbom?.file ?? '',
    [`${prefix}_SBOM_DIGEST`]: result.sbom?.artifact ?? '',
  })
}

/**
 * A set's report: `<PREFIX>_<NAME>_REF`, `_DIGEST`, `_DIGEST_REF`, `_TAG`, `_PUSHED`, `_SBOM_FILE`,
 * `_SBOM_DIGEST` per image and index (an index has no SBOM: those two are empty), NAME the
 * attribute path uppercased with every other character `_` (a platform set's own index, named by
 * no attribute, is `<PREFIX>_REF`…).
 */
export function setDotenvReport(result: SetResult, prefix = DEFAULT_DOTENV_PREFIX): string {
  const values: Record<string, string> = {}
  const owners = new Map<string, string>()
  for (const entry of result.images) {
    const key = entry.name ? `${prefix}_${entry.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}` : prefix
    const other = owners.get(key)
    if (other !== undefined)
      throw new NixImageError(
        `the images ${other} and ${entry.name} would share the dotenv names ${key}_*: rename one attribute`,
      )
    owners.set(key, entry.name)
    Object.assign(values, {
      [`${key}_REF`]: entry.ref,
      [`${key}_DIGEST`]: entry.digest,
      [`${key}_DIGEST_REF`]: entry.digestRef,
      [`${key}_TAG`]: entry.tag,
      [`${key}_PUSHED`]: String(entry.pushed),
      [`${key}_SBOM_FILE`]: entry.sbom?.file ?? '',
      [`${key}_SBOM_DIGEST`]: entry.sbom?.artifact ?? '',
    })
  }
  return lines(values)
}

const lines = (values: Record<string, string>): string =>
  Object.entries(values)
    // Each value was validated where it came from (the image grammar, an OCI digest); a newline
    // that got through anyway would add a variable to every later job, so it is refused.
    .map(([key, value]) => `${key}=${oneLineValue(key, value)}\n`)
    .join('')

export async function writeDotenv(path: string, report: string): Promise<void> {
  // The job's folder is the repository: a committed symlink must not carry the report elsewhere.
  await writeFileWithin(path, report, 'dotenv report', process.cwd())
}
