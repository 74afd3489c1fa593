import { writeFileWithin } from '../core/files.js'
import { oneLineValue } from '../core/escape.js'
import type { PushResult } from '../core/types.js'

/**
 * The `artifacts: reports: dotenv:` file later jobs read: one `KEY=value` a line, references and
 * digests only (never a credential), far under GitLab's 5 KB limit.
 */
export function dotenvReport(result: PushResult): string {
  const values: Record<string, string> = {
    NIX_IMAGE: result.image,
    NIX_IMAGE_TAG: result.tag,
    NIX_IMAGE_REF: result.ref,
    NIX_IMAGE_DIGEST: result.digest,
    NIX_IMAGE_DIGEST_REF: result.digestRef,
    NIX_IMAGE_PUSHED: String(result.pushed),
  }
  return Object.entries(values)
    // Each value was validated where it came from (the image grammar, an OCI digest); a newline
    // that got through anyway would add a variable to every later job, so it is refused.
    .map(([key, value]) => `${key}=${oneLineValue(key, value)}\n`)
    .join('')
}

export async function writeDotenv(path: string, result: PushResult): Promise<void> {
  // The job's folder is the repository: a committed symlink must not carry the report elsewhere.
  await writeFileWithin(path, dotenvReport(result), 'dotenv report', process.cwd())
}
