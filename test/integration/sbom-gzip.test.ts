import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { skopeoVersion, supports } from '../../src/core/push/skopeo.js'
import { runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { useRegistry } from '../helpers/use-registry.js'

// The SBOM of a gzip archive on skopeo 1.10+: skopeo decompresses the archive into the run's
// folder itself, and the store paths are read from that plain copy (headers only) instead of
// decompressing the archive a second time beside it. skopeo 1.9.3 gets a plain tar from
// nix-image, which the SBOM reads the same way.

const registry = useRegistry()
const work = mkdtempSync(join(tmpdir(), 'nix-image-sbom-gzip-'))
const readsGzip = supports({ version: (await skopeoVersion('skopeo')) ?? '0' }, 'gzipArchive')

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password, ...extra })

async function pushLayered(
  repo: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<{ stderr: string; components: string[] }> {
  const sbomFile = join(work, `${repo.replace('/', '-')}.cdx.json`)
  const args = [
    'push',
    join(fixturesDir, 'sbom-images.nix'),
    '--attr',
    'layered',
    '--image',
    `${registry.host}/${repo}`,
    '--insecure-registry',
    '--json',
    '--verbose',
  ]
  const run = await runCli([...args, '--sbom-file', sbomFile], env(extra))
  expect(run.code, run.stderr).toBe(0)
  const components = (JSON.parse(readFileSync(sbomFile, 'utf8')).components as Array<{ name: string }>)
    .map((component) => component.name)
    .sort()
  return { stderr: run.stderr, components }
}

const IMAGE_PACKAGES = ['app', 'curl', 'nss-cacert', 'openssl', 'tzdata-files']

describe('the SBOM of a gzip archive', () => {
  it("is read from skopeo's own plain copy where skopeo unpacks the archive (1.10+)", async () => {
    const { stderr, components } = await pushLayered('sbomgz/copy')
    expect(components).toEqual(IMAGE_PACKAGES)
    if (readsGzip) expect(stderr).toMatch(/store paths read from skopeo's plain copy of \S+\.tar\.gz/)
    else expect(stderr).not.toContain("skopeo's plain copy")
  })

  it('is read from the archive itself when that copy is not where nix-image looks', async () => {
    // A skopeo that puts its temporary files elsewhere (a containers/image that changed its ways).
    const bin = mkdtempSync(join(work, 'bin-'))
    const elsewhere = mkdtempSync(join(work, 'elsewhere-'))
    writeScript(
      bin,
      'skopeo',
      `if [ "$1" = --tmpdir ]; then shift 2; exec /usr/bin/skopeo --tmpdir ${elsewhere} "$@"; fi\nexec /usr/bin/skopeo "$@"`,
    )
    const { stderr, components } = await pushLayered('sbomgz/elsewhere', { PATH: `${bin}:${process.env.PATH}` })
    expect(components).toEqual(IMAGE_PACKAGES)
    if (readsGzip) expect(stderr).toMatch(/store paths read from \S+\.tar\.gz itself/)
  })
})
