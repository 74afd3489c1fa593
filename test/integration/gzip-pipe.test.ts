import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareVersions } from '../../src/core/skopeo.js'
import { errorLine, runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv, writeVariant } from '../helpers/nix.js'
import { writeScript } from '../helpers/processes.js'
import { inspectDigest, listTags } from '../helpers/skopeo.js'
import { useRegistry } from '../helpers/use-registry.js'

// A gzip archive on skopeo 1.10 and later, when the SBOM wants its store paths: Node decompresses
// it once and hands the plain bytes to skopeo through a FIFO and to the SBOM's walk, instead of
// skopeo and the SBOM each decompressing it. skopeo 1.9.3 cannot read gzip (nix-image unpacks it
// to a file there), so these cases check that leg's behaviour is unchanged.

const registry = useRegistry()
const work = mkdtempSync(join(tmpdir(), 'nix-image-gzip-pipe-'))
const skopeoVersion = /version (\S+)/.exec(execFileSync('skopeo', ['--version'], { encoding: 'utf8' }))?.[1] ?? '0'
const piped = compareVersions(skopeoVersion, '1.10.0') >= 0

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password, ...extra })

const push = (file: string, repo: string, ...flags: string[]): string[] => [
  'push',
  file,
  '--image',
  `${registry.host}/${repo}`,
  '--insecure-registry',
  '--json',
  ...flags,
]

/** A PATH whose skopeo logs its arguments, and whose tools in `extra` replace the system's. */
function wrappedPath(extra: Record<string, string> = {}): { path: string; argvLog: string } {
  const bin = mkdtempSync(join(work, 'bin-'))
  const argvLog = join(bin, 'skopeo-argv.log')
  writeScript(bin, 'skopeo', `printf '%s\\n' "$*" >> ${argvLog}\nexec /usr/bin/skopeo "$@"`)
  for (const [name, body] of Object.entries(extra)) writeScript(bin, name, body)
  return { path: `${bin}:${process.env.PATH}`, argvLog }
}

describe('a gzip archive is decompressed once, for skopeo and the SBOM', () => {
  it('skopeo reads the plain bytes from a FIFO (1.10+), and the image and its SBOM are whole', async () => {
    const { path, argvLog } = wrappedPath()
    const sbomFile = join(work, 'once.cdx.json')
    const run = await runCli(push(join(fixturesDir, 'sbom-images.nix'), 'pipe/once', '--attr', 'layered', '--sbom-file', sbomFile), env({ PATH: path }))
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(await inspectDigest(registry, result.ref)).toBe(result.digest)
    const copies = readFileSync(argvLog, 'utf8').split('\n').filter((line) => line.includes(' copy '))
    expect(copies).toHaveLength(1)
    if (piped) {
      expect(run.stderr).toContain('Decompressing the gzip archive once, for skopeo (through a pipe) and the SBOM')
      expect(copies[0]).toMatch(/docker-archive:\S+\/image\.tar\.fifo /)
    } else {
      expect(copies[0]).toMatch(/docker-archive:\S+\/image\.tar /)
    }
    // The store paths came through the pipe: the five of the image, as the SBOM tests list them.
    expect(JSON.parse(readFileSync(sbomFile, 'utf8')).components).toHaveLength(5)
    expect(result.sbom).toMatchObject({ state: 'attached', components: 5 })
  })

  it('where no FIFO can be made, the archive itself is pushed', async () => {
    const { path, argvLog } = wrappedPath({ mkfifo: 'echo "mkfifo: cannot make fifo: Operation not permitted" >&2; exit 1' })
    const run = await runCli(push(writeVariant(work, 'no-fifo'), 'pipe/nofifo', '--attr', 'layered'), env({ PATH: path }))
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(await inspectDigest(registry, result.ref)).toBe(result.digest)
    if (piped) {
      expect(run.stderr).toMatch(/mkfifo failed: mkfifo: cannot make fifo: Operation not permitted: pushing \S+\.tar\.gz itself/)
      expect(readFileSync(argvLog, 'utf8')).toMatch(/docker-archive:\/nix\/store\/\S+\.tar\.gz /)
    }
    expect(result.sbom).toMatchObject({ state: 'attached' })
  })

  it('a damaged archive: one line that says so, nothing pushed', async () => {
    const folder = mkdtempSync(join(work, 'damaged-'))
    const file = join(folder, 'damaged.nix')
    // A gzip header, then bytes that are no deflate stream.
    writeFileSync(
      file,
      `derivation { name = "damaged.tar.gz"; system = builtins.currentSystem; builder = "/bin/sh";
        args = [ "-c" "printf '\\\\037\\\\213\\\\010\\\\000\\\\000\\\\000\\\\000\\\\000\\\\000\\\\003garbage-that-is-no-deflate-stream' > $out" ]; }\n`,
    )
    const run = await runCli(push(file, 'pipe/damaged'), env())
    expect(run.code).not.toBe(0)
    expect(errorLine(run)).toMatch(/cannot decompress \S+-damaged\.tar\.gz: /)
    expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
    expect(await listTags(registry, 'pipe/damaged')).toEqual([])
  })
})
