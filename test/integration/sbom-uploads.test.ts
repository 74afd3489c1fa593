import { describe, expect, it } from 'vitest'
import { parseImageName } from '../../src/core/registry/reference.js'
import {
  abandonUploads,
  attachArtifact,
  beginArtifactUploads,
  stageArtifact,
} from '../../src/core/registry/referrers.js'
import { RegistryClient, type ManifestInfo } from '../../src/core/registry/client.js'
import { silentLogger } from '../helpers/logger.js'
import { CYCLONEDX, ociClient } from '../helpers/oci.js'
import { useRegistry } from '../helpers/use-registry.js'
import { OCI_MANIFEST } from '../../src/core/registry/media-types.js'

// A first push begins its SBOM's uploads while skopeo pushes (the empty config, the document's
// upload session: referrers.ts beginArtifactUploads), so attaching costs a round trip less. On
// CNCF Distribution: what was begun attaches the SBOM, a session the registry lost is replaced,
// and one that is not used is closed, not left open.

const registry = useRegistry()

const client = (repository: string): RegistryClient =>
  new RegistryClient({
    image: parseImageName(`${registry.host}/${repository}`),
    credentials: { username: registry.username, password: registry.password },
    insecure: true,
    logger: silentLogger,
  })

/** Whether the registry still holds an upload session open (GET answers its progress, 204). */
async function isOpen(session: URL): Promise<boolean> {
  const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const response = await fetch(new URL(`${session.pathname}${session.search}`, `http://${registry.host}`), {
    headers: { authorization },
  })
  await response.arrayBuffer()
  if (![204, 404].includes(response.status)) throw new Error(`GET of an upload session answered ${response.status}`)
  return response.status === 204
}

/** A one-layer image to attach to, as any client would push it. */
async function pushSubject(repository: string, text: string): Promise<ManifestInfo> {
  const registryClient = client(repository)
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, text }),
  )
  const layer = Buffer.from(text)
  const [configDigest, layerDigest] = await Promise.all([
    registryClient.uploadBlob(config),
    registryClient.uploadBlob(layer),
  ])
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length }],
    }),
  )
  return registryClient.putManifest('v1', OCI_MANIFEST, manifest)
}

const sbom = (name: string) => ({
  artifactType: CYCLONEDX,
  document: Buffer.from(JSON.stringify({ bomFormat: 'CycloneDX', name })),
  title: 'sbom.cdx.json',
})

describe('SBOM uploads begun during the push', () => {
  it('attach the SBOM, and leave no upload session open', async () => {
    const subject = await pushSubject('begun/used', 'used')
    const registryClient = client('begun/used')
    const begun = beginArtifactUploads(registryClient)
    const session = await begun.session
    expect(await isOpen(session)).toBe(true)
    await attachArtifact(registryClient, subject, stageArtifact(registryClient, subject.digest, sbom('used'), begun))
    expect(await isOpen(session)).toBe(false)
    const found = await ociClient(registry).sbom('begun/used', subject.digest)
    expect(JSON.parse(found?.document ?? '{}')).toEqual({ bomFormat: 'CycloneDX', name: 'used' })
  })

  it('a session the registry no longer has is replaced by a new upload', async () => {
    const subject = await pushSubject('begun/lost', 'lost')
    const registryClient = client('begun/lost')
    const begun = beginArtifactUploads(registryClient)
    const session = await begun.session
    await registryClient.cancelUpload(session)
    expect(await isOpen(session)).toBe(false)
    await attachArtifact(registryClient, subject, stageArtifact(registryClient, subject.digest, sbom('lost'), begun))
    const found = await ociClient(registry).sbom('begun/lost', subject.digest)
    expect(JSON.parse(found?.document ?? '{}')).toEqual({ bomFormat: 'CycloneDX', name: 'lost' })
  })

  it('a session not used (the image had its SBOM, or none could be made) is closed', async () => {
    await pushSubject('begun/unused', 'unused')
    const registryClient = client('begun/unused')
    const begun = beginArtifactUploads(registryClient)
    const session = await begun.session
    expect(await isOpen(session)).toBe(true)
    await abandonUploads(registryClient, begun)
    expect(await isOpen(session)).toBe(false)
  })
})
