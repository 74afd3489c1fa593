import { credentialsFromEnv, findAuthFile } from '../adapter/credentials.js'
import { diffImages } from '../core/run/diff.js'
import { changesText } from '../core/report/changes.js'
import type { Logger } from '../core/types.js'
import { UsageError, type ParsedArgs } from './args.js'

/** `nix-image diff REF REF`: what changed between two images that carry SBOMs. */
export async function diff(args: ParsedArgs, logger: Logger): Promise<number> {
  const [first, second] = [args.installable, args.second]
  if (!first || !second)
    throw new UsageError(
      'diff needs two image references, e.g. nix-image diff ghcr.io/owner/app:latest ghcr.io/owner/app:<tag>',
    )
  const changes = await diffImages(first, second, {
    credentials: credentialsFromEnv(process.env),
    authFile: findAuthFile(process.env),
    insecureRegistry: args.values['insecure-registry'] ?? false,
    logger,
  })
  process.stdout.write(args.values.json ? `${JSON.stringify({ changes })}\n` : `${changesText(changes).join('\n')}\n`)
  return 0
}
