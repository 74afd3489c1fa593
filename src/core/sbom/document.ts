import { NixImageError } from '../base/errors.js'
import type { SbomPackage } from '../types.js'

// The CycloneDX document's names that both its writer (cyclonedx.ts, loaded lazily) and its
// reader use, and the reading: what a diff needs of any tool's SBOM.

/** nixpkgs' CycloneDX property for a component's store path (nixpkgs manual, "CycloneDX"). */
export const STORE_PATH_PROPERTY = 'nix:store_path'
/** nixpkgs' `nix:narinfo` properties: the store path's NAR hash and size. */
export const NAR_HASH_PROPERTY = 'nix:narinfo:nar_hash'
export const NAR_SIZE_PROPERTY = 'nix:narinfo:nar_size'

/**
 * How many components a comparison reads. A nixpkgs image lists a few thousand store paths at
 * most; another tool's SBOM (up to MAX_DOCUMENT_BYTES, 16 MiB) could list a million, and every
 * one costs work in the diff and a line in the report.
 */
export const MAX_SBOM_COMPONENTS = 100_000

/**
 * The packages of a CycloneDX JSON document, ours or another tool's: name and version of each
 * component, and its store path from `nix:store_path` when it has one. A document listing more
 * than MAX_SBOM_COMPONENTS is refused in one line before anything else reads it.
 */
export function sbomPackages(document: string, what = 'the SBOM'): SbomPackage[] {
  let parsed: { bomFormat?: unknown; components?: unknown }
  try {
    parsed = JSON.parse(document)
  } catch {
    throw new NixImageError(`${what} is not JSON`)
  }
  if (parsed?.bomFormat !== 'CycloneDX') throw new NixImageError(`${what} is not a CycloneDX document`)
  if (Array.isArray(parsed.components) && parsed.components.length > MAX_SBOM_COMPONENTS) {
    throw new NixImageError(
      `${what} lists ${parsed.components.length} components, more than the ${MAX_SBOM_COMPONENTS} a comparison reads`,
    )
  }
  const components = (Array.isArray(parsed.components) ? parsed.components : []) as Array<{
    name?: unknown
    version?: unknown
    properties?: Array<{ name?: unknown; value?: unknown }>
  }>
  return components
    .filter((component) => typeof component?.name === 'string')
    .map((component) => ({
      name: component.name as string,
      version: typeof component.version === 'string' && component.version ? component.version : undefined,
      storePath: (Array.isArray(component.properties) ? component.properties : []).find(
        (property) => property?.name === STORE_PATH_PROPERTY && typeof property.value === 'string',
      )?.value as string | undefined,
    }))
}
