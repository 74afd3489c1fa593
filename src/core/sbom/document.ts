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
 * The packages of a CycloneDX JSON document, ours or another tool's: name and version of each
 * component, and its store path from `nix:store_path` when it has one.
 */
export function sbomPackages(document: string): SbomPackage[] {
  let parsed: { bomFormat?: unknown; components?: unknown }
  try {
    parsed = JSON.parse(document)
  } catch {
    throw new NixImageError('the SBOM is not JSON')
  }
  if (parsed?.bomFormat !== 'CycloneDX') throw new NixImageError('the SBOM is not a CycloneDX document')
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
