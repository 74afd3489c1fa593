import { createHash } from 'node:crypto'
import { ComponentType, HashAlgorithm } from '@cyclonedx/cyclonedx-library/Enums'
import { Bom, Component, HashDictionary, Property, PropertyRepository } from '@cyclonedx/cyclonedx-library/Models'
import { JSON as JsonNormalize, JsonSerializer } from '@cyclonedx/cyclonedx-library/Serialize'
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec'
import { storePathInfo } from '../nix/store-path.js'

// The SBOM as a CycloneDX 1.6 JSON document, made with the CycloneDX library. Each store path in
// the image is one component; its Nix facts use the `nix` property namespace that nixpkgs
// administers (nixpkgs manual, "CycloneDX": `nix:store_path`, and `nix:narinfo:nar_hash` and
// `nix:narinfo:nar_size` where the local store knows the path). The image is the subject.

import type { NarInfo } from './contents.js'
import { NAR_HASH_PROPERTY, NAR_SIZE_PROPERTY, STORE_PATH_PROPERTY } from './document.js'

export interface SbomSubject {
  /** The repository as users write it, e.g. `ghcr.io/owner/app`. */
  image: string
  tag: string
  /** The registry's manifest digest, `sha256:…`. */
  digest: string
}

/**
 * The document for an image. Nothing in it depends on time or chance (no timestamp; a serial
 * number derived from the digest), so the same image always gets byte-identical SBOMs and an
 * attached one is found again rather than attached twice. Lists come out in the order they are
 * added, which is sorted here: the library's own sorting (`sortLists`) compares with
 * localeCompare, and took half the time of a 300-path document. `nar` holds what the local store
 * knows of the paths (NAR hash and size); a path it lacks is listed without them.
 */
export function cyclonedxDocument(
  subject: SbomSubject,
  storePaths: readonly string[],
  toolVersion: string,
  nar: ReadonlyMap<string, NarInfo> = new Map(),
): string {
  const bom = new Bom({ serialNumber: serialNumberFor(subject.digest) })
  const image = new Component(ComponentType.Container, subject.image, {
    bomRef: `${subject.image}@${subject.digest}`,
    version: subject.tag,
    hashes: new HashDictionary([[HashAlgorithm['SHA-256'], subject.digest.replace(/^sha256:/, '')]]),
  })
  bom.metadata.component = image
  bom.metadata.tools.components.add(new Component(ComponentType.Application, 'nix-image', { version: toolVersion }))
  for (const path of [...storePaths].sort()) {
    const info = storePathInfo(path)
    const component = new Component(ComponentType.Application, info.name, {
      bomRef: path,
      version: info.version,
      // By name, as the library's sorting would list them.
      properties: new PropertyRepository([...narProperties(nar.get(path)), new Property(STORE_PATH_PROPERTY, path)]),
    })
    bom.components.add(component)
    // The image holds every store path: its dependencies, in CycloneDX terms.
    image.dependencies.add(component.bomRef)
  }
  const serializer = new JsonSerializer(new JsonNormalize.Normalize.Factory(Spec1dot6))
  return `${serializer.serialize(bom, { sortLists: false, space: 2 })}\n`
}

function narProperties(info: NarInfo | undefined): Property[] {
  return info
    ? [new Property(NAR_HASH_PROPERTY, info.narHash), new Property(NAR_SIZE_PROPERTY, String(info.narSize))]
    : []
}

/** `urn:uuid:` from the digest's first 16 bytes, shaped as a version 4 UUID the schema accepts. */
function serialNumberFor(digest: string): string {
  const bytes = createHash('sha256').update(digest).digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
