import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { useRegistry } from '../helpers/use-registry.js'

// The CLI's `--json` output, byte for byte, against files recorded before the core was
// redesigned around one plan (issue 24): scripts read these fields, so a refactoring must not
// move, rename, add or drop one. Only what differs between runs is masked: timings (their keys
// stay, they say which steps ran), the registry's port, and the digests and Nix hashes (numbered
// in order of appearance, so "the same digest twice" is still checked). GOLDEN_UPDATE=1 rewrites
// the files, for a change that means to alter the output.

const goldenDir = join(fixturesDir, 'golden')
const update = process.env.GOLDEN_UPDATE === '1'
const registry = useRegistry()
const work = mkdtempSync(join(tmpdir(), 'nix-image-golden-'))
let env: NodeJS.ProcessEnv

beforeAll(() => {
  env = testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
})

/** The output with what varies between runs replaced by placeholders. */
function masked(output: string, host: string): string {
  const numbered = new Map<string, string>()
  const number = (kind: string) => (value: string) => {
    if (!numbered.has(value))
      numbered.set(
        value,
        `<${kind}-${[...numbered.values()].filter((name) => name.startsWith(`<${kind}-`)).length + 1}>`,
      )
    return numbered.get(value)!
  }
  return output
    .replaceAll(host, '<registry>')
    .replace(/"(evaluate|check|build|cache|push|sbom|tag)":\d+/g, '"$1":0')
    .replace(/sha256[:-][a-f0-9]{64}/g, number('digest'))
    .replace(/[0-9abcdfghijklmnpqrsvwxyz]{32}/g, number('hash'))
}

function expectGolden(name: string, output: string): void {
  const file = join(goldenDir, `${name}.json`)
  const text = masked(output, registry.host)
  if (update || !existsSync(file)) {
    mkdirSync(goldenDir, { recursive: true })
    writeFileSync(file, text)
  }
  expect(text).toBe(readFileSync(file, 'utf8'))
}

async function pushJson(args: string[]): Promise<string> {
  const run = await runCli(['push', ...args, '--insecure-registry', '--json'], env)
  expect(run.code, run.stderr).toBe(0)
  return run.stdout
}

// Images no other test pushes (their layer text is this file's own), in a registry of this file's own.
function variant(fixture: string): string {
  const path = join(mkdtempSync(join(work, 'variant-')), fixture)
  writeFileSync(path, `import ${join(fixturesDir, fixture)} { content = "golden json"; }\n`)
  return path
}

describe('a single image: dry run, push, rerun, dry run again', () => {
  it.each([
    ['layered', 'buildLayeredImage, gzip'],
    ['layeredZstd', 'buildLayeredImage, zstd'],
    ['layeredPlain', 'buildLayeredImage, no compression'],
    ['stream', 'streamLayeredImage'],
    ['archive', 'buildImage'],
    ['n2c', 'nix2container'],
    ['fixedTag', 'a fixed imageTag'],
  ])('%s (%s)', async (attr) => {
    const file = variant('images.nix')
    const image = ['--image', `${registry.host}/golden/${attr.toLowerCase()}`]
    const flags = [file, '--attr', attr, ...image]
    expectGolden(`${attr}.dry-run-absent`, await pushJson([...flags, '--dry-run']))
    expectGolden(`${attr}.pushed`, await pushJson(flags))
    expectGolden(`${attr}.skipped`, await pushJson(flags))
    expectGolden(`${attr}.dry-run-present`, await pushJson([...flags, '--dry-run']))
  })

  it('with extra tags: moved, compared with what the first pointed at', async () => {
    const file = variant('images.nix')
    const flags = [file, '--image', `${registry.host}/golden/tagged`, '--extra-tag', 'stable', '--extra-tag', 'v1']
    expectGolden('tagged.pushed', await pushJson([...flags, '--attr', 'layeredZstd']))
    expectGolden('tagged.skipped', await pushJson([...flags, '--attr', 'layeredZstd']))
    // Another image at the same tags: the comparison names what changed.
    expectGolden('tagged.other-pushed', await pushJson([...flags, '--attr', 'archive']))
  })
})

describe('a set of images: {"images": [...]}', () => {
  it('a monorepo and a mixed set (with a platform set whose other member this Nix does not build): dry run, push, rerun', async () => {
    const file = variant('sets.nix')
    for (const attr of ['monorepo', 'mixed']) {
      const flags = [file, '--attr', attr, '--image', `${registry.host}/golden-sets/${attr}`]
      expectGolden(`set-${attr}.dry-run-absent`, await pushJson([...flags, '--dry-run']))
      expectGolden(`set-${attr}.pushed`, await pushJson(flags))
      expectGolden(`set-${attr}.skipped`, await pushJson(flags))
      expectGolden(`set-${attr}.dry-run-present`, await pushJson([...flags, '--dry-run']))
    }
  })
})

describe('a dry run says what a run would do, alike for a single image and for an image of a set', () => {
  it('with skip-existing off, an image in the registry would be pushed again', async () => {
    const file = variant('sets.nix')
    const image = `${registry.host}/golden-drift/monorepo`
    await pushJson([file, '--attr', 'monorepo', '--image', image])
    const set = JSON.parse(
      await pushJson([file, '--attr', 'monorepo', '--image', image, '--dry-run', '--no-skip-existing']),
    )
    const api = (set.images as { name: string; ref: string; reason: string; skipped: boolean }[]).find(
      (entry) => entry.name === 'api',
    )!
    // The same image, pushed as a single image to the repository the set's api went to.
    const single = JSON.parse(
      await pushJson([file, '--attr', 'monorepo.api', '--image', `${image}/api`, '--dry-run', '--no-skip-existing']),
    )
    expect(single.ref).toBe(api.ref)
    expect(api.reason).toBe(
      `dry run: ${api.ref} is already in the registry, a run would build and push it again (skip-existing is off)`,
    )
    expect(single.reason).toBe(api.reason)
    expect([api.skipped, single.skipped]).toEqual([false, false])
  })
})
