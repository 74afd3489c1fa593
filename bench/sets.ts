/**
 * A set of images where nothing changed, against one nix-image run per image: the monorepo case
 * (issue 15). Both against a loopback CNCF Distribution that holds every image already, so each
 * run evaluates, asks the registry, and builds and pushes nothing.
 *
 *   S1 one `nix-image push` of a set of N images   vs   N `nix-image push` runs, one per image
 *
 * Usage: npx tsx bench/sets.ts [--runs N] [--count N] [--dist DIR]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fixturesDir, testEnv } from '../test/helpers/nix.js'
import { startRegistry } from '../test/helpers/registry.js'
import { median, timed, type Command } from './process.js'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    count: { type: 'string', default: '10' },
    dist: { type: 'string', default: resolve(import.meta.dirname, '../dist') },
  },
})
const runs = Number(values.runs)
const count = Number(values.count)
const cli = join(resolve(values.dist), 'cli.js')

const work = mkdtempSync(join(tmpdir(), 'nix-image-bench-sets-'))
const file = join(work, 'sets.nix')
writeFileSync(file, `import ${join(fixturesDir, 'sets.nix')} { content = "bench-sets"; count = ${count}; }\n`)
const registry = await startRegistry()
const env = testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
const push = (attr: string, image: string): Command => ({
  argv: [
    process.execPath,
    cli,
    'push',
    file,
    '--attr',
    attr,
    '--image',
    `${registry.host}/${image}`,
    '--insecure-registry',
    '--json',
  ],
  env,
})
const names = Array.from({ length: count }, (_, i) => `svc${i}`)
const wholeSet = push('many', 'bench')
// The same repositories the set pushes to (`<image>/<name>`), one run each.
const oneByOne = names.map((name) => push(`many.${name}`, `bench/${name}`))

try {
  // Everything built and pushed once: what follows finds every tag present.
  await timed(wholeSet)
  const set: number[] = []
  const singles: number[] = []
  for (let i = 0; i < runs; i++) {
    set.push((await timed(wholeSet)).ms)
    singles.push((await timed(...oneByOne)).ms)
  }
  const [a, b] = [median(set), median(singles)]
  console.log(`S1 nothing changed, ${count} images, median of ${runs}:`)
  console.log(`  one run of the set      ${(a / 1000).toFixed(2)} s`)
  console.log(`  ${count} single runs          ${(b / 1000).toFixed(2)} s`)
  console.log(`  the set takes ${((a / b) * 100).toFixed(0)} % of the time (${(b / a).toFixed(1)}x faster)`)
} finally {
  await registry.stop()
  rmSync(work, { recursive: true, force: true })
}
