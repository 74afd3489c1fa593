import { credentialsFromEnv, findAuthFile, readAuthFile } from '../core/registry/credentials.js'
import { changesText, diffPackages, type ImageChanges } from '../core/report/changes.js'
import { NixImageError } from '../core/base/errors.js'
import { RegistryClient } from '../core/registry/client.js'
import { readImage, resolveReference } from '../core/sbom/sbom.js'
import type { Logger } from '../core/types.js'
import { UsageError, type ParsedArgs } from './args.js'

/** `nix-image diff REF REF`: what changed between two images that carry SBOMs. */
export async function diff(args: ParsedArgs, logger: Logger): Promise<number> {
  const [first, second] = [args.installable, args.second]
  if (!first || !second) throw new UsageError('diff needs two image references, e.g. nix-image diff ghcr.io/owner/app:latest ghcr.io/owner/app:<tag>')
  const envCredentials = credentialsFromEnv(process.env)
  const authFile = findAuthFile(process.env)
  const sides = [resolveReference(first, undefined, 'the first reference'), resolveReference(second, undefined, 'the second reference')]
  const [before, after] = await Promise.all(
    sides.map(async (target) => {
      // NIX_IMAGE_REGISTRY_* belong to the first reference's registry; an auth file names its own.
      const fromFile = authFile ? readAuthFile(authFile, target.image) : undefined
      const credentials = fromFile ?? (target.image.registry === sides[0]!.image.registry ? envCredentials : undefined)
      const registry = new RegistryClient({ image: target.image, credentials, insecure: args.values['insecure-registry'] ?? false, logger })
      const image = await readImage(registry, target.reference, target.ref)
      if (!image) throw new NixImageError(`${target.ref} is not in the registry`)
      if (!image.packages) throw new NixImageError(`${target.ref} (${image.side.digest}) carries no CycloneDX SBOM: push it with nix-image to attach one`)
      return image
    }),
  )
  const changes: ImageChanges = { from: before!.side, to: after!.side, ...diffPackages(before!.packages!, after!.packages!) }
  process.stdout.write(args.values.json ? `${JSON.stringify({ changes })}\n` : `${changesText(changes).join('\n')}\n`)
  return 0
}
