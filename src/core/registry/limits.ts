// What the registry client accepts from a registry, as containers/image bounds it: a registry (or
// a proxy, or whoever sits on an insecure-registry's path) decides how much it sends and how slowly.

/** A manifest or index (containers/image: `manifest.maxManifestSize`, 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 << 20
/** A document attached to an image (an SBOM); actions/attest-sbom takes at most 16 MB too. */
export const MAX_DOCUMENT_BYTES = 16 << 20
/** Any other answer: a token, an error, a tag list, `/v2/` (containers/image: 1 MiB for tokens and errors). */
export const MAX_ANSWER_BYTES = 1 << 20
/**
 * One request, its whole answer included: a registry that drips its body stays bounded too. The
 * retry's deadline then stops further attempts, so a stalled registry costs about this much once.
 */
export const REQUEST_TIMEOUT_MS = 30_000
/** How much of a registry's error text an error message quotes. */
export const MAX_QUOTED_CHARS = 200
