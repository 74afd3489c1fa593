// The media types of what a registry stores, each named once (OCI image spec, Docker's image
// manifest v2 schema 2). A reader of manifests parses them with manifest.ts.

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
/** The empty JSON object `{}` as the spec defines it: an artifact's config. */
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json'
/** CycloneDX JSON's media type: the SBOM artifact's `artifactType` and its layer's type. */
export const CYCLONEDX_MEDIA_TYPE = 'application/vnd.cyclonedx+json'

// Every manifest type a tag may point at. Without this list Docker Hub answers with a schema1
// manifest whose digest differs from the one clients pull.
export const MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST]

/** Whether a manifest is an index (OCI) or a manifest list (Docker): one image per platform. */
export const isIndex = (info: { mediaType: string }): boolean =>
  info.mediaType === OCI_INDEX || info.mediaType === DOCKER_MANIFEST_LIST
