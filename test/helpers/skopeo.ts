import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { TestRegistry } from './registry.js'

const run = promisify(execFile)

/** The manifest digest the registry serves for a reference, as skopeo sees it. */
export async function inspectDigest(registry: TestRegistry, ref: string): Promise<string> {
  const { stdout } = await run('skopeo', [
    'inspect',
    '--tls-verify=false',
    '--authfile',
    registry.authFile,
    '--format',
    '{{.Digest}}',
    `docker://${ref}`,
  ])
  return stdout.trim()
}

/**
 * The repository's image tags; empty when the repository does not exist. The OCI referrers tag
 * schema's `sha256-<hex>` tags (where SBOMs are listed) are left out unless asked for.
 */
export async function listTags(
  registry: TestRegistry,
  repository: string,
  options: { referrers?: boolean } = {},
): Promise<string[]> {
  try {
    const { stdout } = await run('skopeo', [
      'list-tags',
      '--tls-verify=false',
      '--authfile',
      registry.authFile,
      `docker://${registry.host}/${repository}`,
    ])
    const tags = (JSON.parse(stdout) as { Tags: string[] | null }).Tags ?? []
    return options.referrers ? tags : tags.filter((tag) => !/^sha256-[0-9a-f]{64}$/.test(tag))
  } catch (error) {
    if (/name unknown|repository name not known|404/.test(String((error as { stderr?: string }).stderr))) return []
    throw error
  }
}
