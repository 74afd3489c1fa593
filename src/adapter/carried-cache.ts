import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { describeInstallable } from '../core/nix/nix.js'
import type { PushOptions } from '../core/types.js'

// A `file://` binary cache folder a CI carries between runs (cache/file-cache.ts keeps it): what
// the CI's own cache needs to name it and to tell whether a run changed it.

/** What a carried folder belongs to: a short hash of the repository and the installable. */
export function carriedCacheIdentity(push: Pick<PushOptions, 'installable' | 'image'>): string {
  return createHash('sha256')
    .update(`${push.image.name}\n${describeInstallable(push.installable)}`)
    .digest('hex')
    .slice(0, 16)
}

/** Changes when an entry is added or dropped: the CI saves the folder only then. */
export async function fingerprint(dir: string): Promise<string> {
  const names = existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith('.narinfo')).sort() : []
  return createHash('sha256').update(names.join('\n')).digest('hex')
}
