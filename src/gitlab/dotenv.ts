import { writeFile } from 'node:fs/promises'
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
    .map(([key, value]) => `${key}=${value}\n`)
    .join('')
}

export async function writeDotenv(path: string, result: PushResult): Promise<void> {
  await writeFile(path, dotenvReport(result))
}
