import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/core/registry/client.js'
import { CYCLONEDX_MEDIA_TYPE } from '../../src/core/registry/media-types.js'
import { parseImageName } from '../../src/core/registry/reference.js'
import { attachArtifact, stageArtifact } from '../../src/core/registry/referrers.js'
import { errorLine, runCli } from '../helpers/cli.js'
import { silentLogger } from '../helpers/logger.js'
import { testEnv, writeVariant } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'

// Another tool's SBOM, attached to an earlier image in CNCF Distribution, read by "what changed"
// (nix-image diff, compare-to): its size, its components and the names in them are anyone's.

const work = mkdtempSync(join(tmpdir(), 'nix-image-hostile-sbom-'))
const registry = useRegistry()
let env: NodeJS.ProcessEnv

beforeAll(() => {
  env = testEnv({
    HOME: work,
    NIX_IMAGE_REGISTRY_USERNAME: registry.username,
    NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
  })
})

interface Pushed {
  ref: string
  digest: string
}

/** Pushes a fixture image of its own to `repository`; with `--no-sbom` it carries none. */
async function push(content: string, repository: string, ...args: string[]): Promise<Pushed> {
  const run = await runCli(
    [
      'push',
      writeVariant(work, content),
      '--attr',
      'layeredZstd',
      '--image',
      `${registry.host}/${repository}`,
      '--insecure-registry',
      '--json',
      ...args,
    ],
    env,
  )
  expect(run.code, run.stderr).toBe(0)
  const { ref, digest } = JSON.parse(run.stdout) as Pushed
  return { ref, digest }
}

/** Attaches `document` to the image as another tool would: a CycloneDX artifact in the referrers tag schema. */
async function attachForeignSbom(repository: string, image: Pushed, document: string): Promise<void> {
  const client = new RegistryClient({
    image: parseImageName(`${registry.host}/${repository}`),
    credentials: { username: registry.username, password: registry.password },
    insecure: true,
    logger: silentLogger,
  })
  const subject = await client.findManifest(image.digest)
  const artifact = { artifactType: CYCLONEDX_MEDIA_TYPE, document: Buffer.from(document), title: 'foreign.cdx.json' }
  await attachArtifact(client, subject!, stageArtifact(client, artifact))
}

const components = (count: number, component: (i: number) => object): string =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    components: Array.from({ length: count }, (_, i) => component(i)),
  })

describe('a foreign SBOM that would make the comparison endless', () => {
  it('1,000,000 components of one name: nix-image diff says so in one line, and returns', async () => {
    const before = await push('foreign-million', 'f/million', '--no-sbom')
    await attachForeignSbom(
      'f/million',
      before,
      components(1_000_000, () => ({ name: 'x' })),
    )
    const after = await push('foreign-million-2', 'f/million')
    const run = await runCli(
      ['diff', `${registry.host}/f/million@${before.digest}`, after.ref, '--insecure-registry'],
      env,
    )
    expect(run.code).toBe(1)
    expect(errorLine(run)).toBe(
      `nix-image: error: the SBOM of ${registry.host}/f/million@${before.digest} lists 1000000 components, more than the 100000 a comparison reads`,
    )
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /)
  })

  it('a document over 16 MiB: refused by the size its descriptor gives, in one line', async () => {
    const before = await push('foreign-large', 'f/large', '--no-sbom')
    await attachForeignSbom(
      'f/large',
      before,
      components(1, () => ({ name: 'x', description: 'y'.repeat(17 << 20) })),
    )
    const after = await push('foreign-large-2', 'f/large')
    const run = await runCli(
      ['diff', `${registry.host}/f/large@${before.digest}`, after.ref, '--insecure-registry'],
      env,
    )
    expect(run.code).toBe(1)
    expect(errorLine(run)).toMatch(
      /^nix-image: error: the application\/vnd\.cyclonedx\+json artifact sha256:\w+ is \d+ bytes, more than the 16\.0 MiB a document may have$/,
    )
  })
})
