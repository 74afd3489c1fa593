import { createHash } from 'node:crypto'
import { ComponentType, HashAlgorithm } from '@cyclonedx/cyclonedx-library/Enums'
import {
  Bom,
  Component,
  HashDictionary,
  LicenseRepository,
  NamedLicense,
  Property,
  PropertyRepository,
  SpdxLicense,
} from '@cyclonedx/cyclonedx-library/Models'
import { JSON as JsonNormalize } from '@cyclonedx/cyclonedx-library/Serialize'
import { fixupSpdxId, isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec'
import { isCPE } from '@cyclonedx/cyclonedx-library/Types'
import { PackageURL } from 'packageurl-js'
import { sha256Hex } from '../nix/hash.js'
import { storePathInfo } from '../nix/store-path.js'
import type { PackageMeta } from '../types.js'
import type { ImageContents, StoreFacts } from './contents.js'
import { NAR_HASH_PROPERTY, NAR_SIZE_PROPERTY, STORE_PATH_PROPERTY } from './document.js'

// The SBOM as a CycloneDX 1.6 JSON document, made with the CycloneDX library. Each store path in
// the image is one component:
// - name and version: the derivation's `pname` and `version` where the local store has the
//   derivation, else parsed from the store path's name as `builtins.parseDrvName` does;
// - purl: `pkg:nix/<name>@<version>?output=<output>&outputhash=<store path hash>`, the form of
//   the `nix` type first proposed to package-url/purl-spec (PR 314, revision 2a0a266: name =
//   pname, `output`); its successor PR 877 (revision b08a76e) names a package by origin and
//   attribute path, which a store path does not carry, and neither carries the store path's
//   hash, so that qualifier is syft's (`outputhash`, its Nix cataloger);
// - hashes: the SHA-256 of the path's NAR, the hash Nix itself checks the path by;
// - licenses and cpe: nixpkgs' `meta.license` SPDX ids and `meta.identifiers.cpe`, only for the
//   packages the image names (package-meta.ts) and only where nixpkgs declares them;
// - evidence.identity: the upstream purls nixpkgs derives from the package's source
//   (`meta.identifiers.purls`), as aliases of the component;
// - dependencies: the paths it refers to, from the store's references;
// - properties in the `nix` namespace nixpkgs administers (nixpkgs manual, "CycloneDX"):
//   `nix:store_path`, and `nix:narinfo:nar_hash` and `nix:narinfo:nar_size`.
// The image is the subject, and depends on every component.

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
 * localeCompare, and took half the time of a 300-path document. A path the local store lacks is
 * listed without its store facts (hash, references, derivation's names).
 */
export function cyclonedxDocument(
  subject: SbomSubject,
  contents: Pick<ImageContents, 'paths'> & Partial<ImageContents>,
  toolVersion: string,
): string {
  const store: ReadonlyMap<string, StoreFacts> = contents.store ?? new Map()
  const meta: ReadonlyMap<string, PackageMeta> = contents.meta ?? new Map()
  const bom = new Bom({ serialNumber: serialNumberFor(subject.digest) })
  const image = new Component(ComponentType.Container, subject.image, {
    bomRef: `${subject.image}@${subject.digest}`,
    version: subject.tag,
    hashes: new HashDictionary([[HashAlgorithm['SHA-256'], subject.digest.replace(/^sha256:/, '')]]),
  })
  bom.metadata.component = image
  bom.metadata.tools.components.add(new Component(ComponentType.Application, 'nix-image', { version: toolVersion }))
  const paths = [...contents.paths].sort()
  const components = new Map(paths.map((path) => [path, storePathComponent(path, store.get(path), meta.get(path))]))
  for (const [path, component] of components) {
    bom.components.add(component)
    // The image holds every store path: its dependencies, in CycloneDX terms.
    image.dependencies.add(component.bomRef)
    // The library leaves a path's reference to itself out of its dependsOn.
    for (const reference of [...(store.get(path)?.references ?? [])].sort()) {
      const target = components.get(reference)
      if (target) component.dependencies.add(target.bomRef)
    }
  }
  const normalized = new JsonNormalize.Normalize.Factory(Spec1dot6).makeForBom().normalize(bom, { sortLists: false })
  addIdentityEvidence(normalized, meta)
  return `${JSON.stringify(normalized, null, 2)}\n`
}

function storePathComponent(path: string, store: StoreFacts | undefined, meta: PackageMeta | undefined): Component {
  const info = storePathInfo(path)
  // The derivation's names when it has a pname; its version then, even when it has none.
  const name = store?.pname ?? info.name
  const version = store?.pname ? store.version : info.version
  const sha256 = store ? sha256Hex(store.narHash) : undefined
  const cpe = meta?.cpe?.startsWith('cpe:2.3:') && isCPE(meta.cpe) ? meta.cpe : undefined
  return new Component(ComponentType.Application, name, {
    bomRef: path,
    version,
    purl: new PackageURL(
      'nix',
      undefined,
      name,
      version,
      { ...(store?.output ? { output: store.output } : {}), outputhash: info.hash },
      undefined,
    ).toString(),
    ...(sha256 ? { hashes: new HashDictionary([[HashAlgorithm['SHA-256'], sha256]]) } : {}),
    licenses: licensesOf(meta?.licenses ?? []),
    ...(cpe ? { cpe } : {}),
    // By name, as the library's sorting would list them.
    properties: new PropertyRepository([
      ...(store
        ? [new Property(NAR_HASH_PROPERTY, store.narHash), new Property(NAR_SIZE_PROPERTY, String(store.narSize))]
        : []),
      new Property(STORE_PATH_PROPERTY, path),
    ]),
  })
}

/**
 * An SPDX id the schema's list has (in its spelling: nixpkgs' may differ in case) as `id`, any
 * other as `name`, so nothing nixpkgs declares is lost and the document stays valid; each once.
 */
function licensesOf(ids: readonly string[]): LicenseRepository {
  const spelled = [...new Set(ids.map((id) => fixupSpdxId(id) ?? id))]
  return new LicenseRepository(
    spelled.map((id) => (isSupportedSpdxId(id) ? new SpdxLicense(id) : new NamedLicense(id))),
  )
}

/**
 * CycloneDX 1.6's `evidence.identity`, which the library does not model: for each component,
 * the upstream purls nixpkgs declares for it (those that parse as purls, in canonical form),
 * found in its package metadata.
 */
function addIdentityEvidence(
  normalized: { components?: Array<{ 'bom-ref'?: string; evidence?: unknown }> },
  meta: ReadonlyMap<string, PackageMeta>,
): void {
  for (const component of normalized.components ?? []) {
    const purls = [...new Set((meta.get(component['bom-ref'] ?? '')?.purls ?? []).flatMap(canonicalPurl))]
    if (purls.length === 0) continue
    component.evidence = {
      identity: purls.map((purl) => ({
        field: 'purl',
        confidence: 1,
        concludedValue: purl,
        methods: [{ technique: 'manifest-analysis', confidence: 1, value: 'meta.identifiers.purls' }],
      })),
    }
  }
}

function canonicalPurl(text: string): string[] {
  try {
    return [PackageURL.fromString(text).toString()]
  } catch {
    return []
  }
}

/** `urn:uuid:` from the digest's first 16 bytes, shaped as a version 4 UUID the schema accepts. */
function serialNumberFor(digest: string): string {
  const bytes = createHash('sha256').update(digest).digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
