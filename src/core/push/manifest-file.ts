import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fileError, writeFileWithin } from '../base/files.js'
import type { ManifestInfo } from '../registry/client.js'
import { OCI_INDEX } from '../registry/media-types.js'

/**
 * Writes an OCI image index naming the pushed manifest, the file Tekton's image resources read
 * (n2k8s's `--image-manifest-filepath`), so later tasks learn the digest.
 */
export async function writeManifestFile(path: string, manifest: ManifestInfo, tag: string): Promise<void> {
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        annotations: { 'org.opencontainers.image.ref.name': tag },
      },
    ],
  }
  await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    throw fileError('write', 'manifest file', path, error)
  })
  await writeFileWithin(path, `${JSON.stringify(index, null, 2)}\n`, 'manifest file', process.cwd())
}
