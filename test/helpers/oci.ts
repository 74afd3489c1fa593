import type { TestRegistry } from './registry.js'

/** An artifact manifest as a test reads it: its layers and subject are what the tests look at. */
type ArtifactManifest = Record<string, unknown> & {
  layers: { digest: string; mediaType: string }[]
  subject: { digest: string }
}

export const CYCLONEDX = 'application/vnd.cyclonedx+json'

/**
 * A minimal OCI 1.1 client (distribution-spec "Listing Referrers", "Referrers Tag Schema"),
 * written from the spec and not from nix-image's code, so the tests find artifacts as any
 * other client (oras, cosign, regclient) would.
 */
export function ociClient(registry: TestRegistry) {
  const oci = {
    async get(path: string, accept: string): Promise<Response> {
      const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
      return fetch(`http://${registry.host}/v2/${path}`, { headers: { accept, authorization } })
    },
    /** Referrers of `digest` with `artifactType`: the API, or on 404 the `sha256-<hex>` index. */
    async referrers(
      repo: string,
      digest: string,
      artifactType: string,
    ): Promise<Array<{ digest: string; artifactType?: string }>> {
      const index = 'application/vnd.oci.image.index.v1+json'
      let response = await oci.get(`${repo}/referrers/${digest}`, index)
      if (response.status === 404) response = await oci.get(`${repo}/manifests/${digest.replace(':', '-')}`, index)
      if (response.status === 404) return []
      const { manifests } = (await response.json()) as { manifests: Array<{ digest: string; artifactType?: string }> }
      return manifests.filter((entry) => entry.artifactType === artifactType)
    },
    /** The CycloneDX SBOM attached to `digest`: its artifact manifest and its document. */
    async sbom(repo: string, digest: string): Promise<{ manifest: ArtifactManifest; document: string } | undefined> {
      const [referrer] = await oci.referrers(repo, digest, CYCLONEDX)
      if (!referrer) return undefined
      const manifest = (await (
        await oci.get(`${repo}/manifests/${referrer.digest}`, 'application/vnd.oci.image.manifest.v1+json')
      ).json()) as ArtifactManifest
      const document = await (await oci.get(`${repo}/blobs/${manifest.layers[0]!.digest}`, '*/*')).text()
      return { manifest, document }
    },
  }
  return oci
}
