import { NixImageError } from '../base/errors.js'
import { readAuthFile } from '../registry/credentials.js'
import { RegistryClient } from '../registry/client.js'
import { resolveReference } from '../registry/reference.js'
import { diffPackages } from '../report/changes.js'
import { readImage } from '../sbom/compare.js'
import type { Credentials, ImageChanges, Logger } from '../types.js'

// `diff REF REF`: what changed between two images that carry SBOMs, read from the registry alone.

export interface DiffOptions {
  /** The run's credentials (NIX_IMAGE_REGISTRY_*): they belong to the first reference's registry. */
  credentials?: Credentials
  /** An auth file, which names the registries it holds credentials for. */
  authFile?: string
  insecureRegistry: boolean
  logger: Logger
}

export async function diffImages(first: string, second: string, options: DiffOptions): Promise<ImageChanges> {
  const sides = [
    resolveReference(first, undefined, 'the first reference'),
    resolveReference(second, undefined, 'the second reference'),
  ]
  const [before, after] = await Promise.all(
    sides.map(async (target) => {
      const fromFile = options.authFile ? readAuthFile(options.authFile, target.image) : undefined
      const credentials =
        fromFile ?? (target.image.registry === sides[0]!.image.registry ? options.credentials : undefined)
      const registry = new RegistryClient({
        image: target.image,
        credentials,
        insecure: options.insecureRegistry,
        logger: options.logger,
      })
      const image = await readImage(registry, target.reference, target.ref)
      if (!image) throw new NixImageError(`${target.ref} is not in the registry`)
      if (!image.packages)
        throw new NixImageError(
          `${target.ref} (${image.side.digest}) carries no CycloneDX SBOM: push it with nix-image to attach one`,
        )
      return { side: image.side, packages: image.packages }
    }),
  )
  return { from: before!.side, to: after!.side, ...diffPackages(before!.packages, after!.packages) }
}
