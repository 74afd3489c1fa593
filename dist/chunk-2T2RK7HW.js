import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  NixImageError
} from "./chunk-FDZB3QCX.js";

// src/core/sbom/document.ts
var STORE_PATH_PROPERTY = "nix:store_path", NAR_HASH_PROPERTY = "nix:narinfo:nar_hash", NAR_SIZE_PROPERTY = "nix:narinfo:nar_size", MAX_SBOM_COMPONENTS = 1e5;
function sbomPackages(document, what = "the SBOM") {
  let parsed;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw new NixImageError(`${what} is not JSON`);
  }
  if (parsed?.bomFormat !== "CycloneDX") throw new NixImageError(`${what} is not a CycloneDX document`);
  if (Array.isArray(parsed.components) && parsed.components.length > MAX_SBOM_COMPONENTS)
    throw new NixImageError(
      `${what} lists ${parsed.components.length} components, more than the ${MAX_SBOM_COMPONENTS} a comparison reads`
    );
  return (Array.isArray(parsed.components) ? parsed.components : []).filter((component) => typeof component?.name == "string").map((component) => ({
    name: component.name,
    version: typeof component.version == "string" && component.version ? component.version : void 0,
    storePath: (Array.isArray(component.properties) ? component.properties : []).find(
      (property) => property?.name === STORE_PATH_PROPERTY && typeof property.value == "string"
    )?.value
  }));
}

export {
  STORE_PATH_PROPERTY,
  NAR_HASH_PROPERTY,
  NAR_SIZE_PROPERTY,
  sbomPackages
};
