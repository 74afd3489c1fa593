/**
 * What the SBOM adds to a cold push of a 200 MiB benchmark image, step by step: nix-image with
 * and without `--no-sbom`, alternating, each into a fresh registry from a fresh runner; reports
 * the medians of the push step (which reads the store paths alongside skopeo), the SBOM step
 * (document, upload, referrers index) and the whole run. The image is `bigStore` (its bytes in
 * 300 store paths, as a nixpkgs image holds them: the SBOM lists 300 components), or with
 * `--image big` the other benchmarks' image, whose layers hold no store path.
 *
 *   npx tsx bench/sbom-cost.ts [--runs N] [--kinds gz,zstd,tar,stream,n2c] [--image bigStore|big] [--dist DIR[,DIR…]]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { imagesFile } from './fixtures.js'
import { testEnv } from '../test/helpers/nix.js'
import { onFreshRunner } from '../test/helpers/processes.js'
import { startRegistry } from '../test/helpers/registry.js'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    kinds: { type: 'string', default: 'gz,zstd,tar,stream,n2c' },
    image: { type: 'string', default: 'bigStore' },
    dist: { type: 'string', default: 'dist' },
  },
})
const runs = Number(values.runs)
// Several bundles (`--dist before,after`) are measured turn by turn, so each meets the same machine.
const dists = values.dist.split(',')
const file = imagesFile(mkdtempSync(join(tmpdir(), 'nix-image-sbom-cost-')), 'bench')
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const percent = (ratio: number): string => `${((ratio - 1) * 100).toFixed(1)}%`

type Samples = { push: number[]; sbom: number[]; total: number[] }
const empty = (): Samples => ({ push: [], sbom: [], total: [] })

for (const kind of values.kinds.split(',')) {
  execFileSync('nix-build', [file, '-A', `${values.image}.${kind}`, '--no-out-link'], {
    env: testEnv(),
    stdio: 'ignore',
  })
  const samples = dists.map(() => ({ sbom: empty(), none: empty() }))
  let components = 0
  for (let i = 0; i < runs; i++) {
    for (const [d, dist] of dists.entries()) {
      for (const side of ['sbom', 'none'] as const) {
        const registry = await startRegistry()
        try {
          const argv = [
            process.execPath,
            resolve(dist, 'cli.js'),
            'push',
            file,
            '--attr',
            `${values.image}.${kind}`,
            '--image',
            `${registry.host}/cost/${kind}`,
            '--insecure-registry',
            '--json',
          ]
          if (side === 'none') argv.push('--no-sbom')
          const env = testEnv({
            NIX_IMAGE_REGISTRY_USERNAME: registry.username,
            NIX_IMAGE_REGISTRY_PASSWORD: registry.password,
          })
          const command = onFreshRunner({ argv, env })
          const started = performance.now()
          const stdout = execFileSync(command.argv[0]!, command.argv.slice(1), {
            env: command.env,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
          })
          const total = performance.now() - started
          const { timings, sbom } = JSON.parse(stdout) as {
            timings: { push: number; sbom?: number }
            sbom?: { components?: number }
          }
          if (sbom?.components !== undefined) components = sbom.components
          samples[d]![side].push.push(timings.push)
          samples[d]![side].sbom.push(timings.sbom ?? 0)
          samples[d]![side].total.push(total)
        } finally {
          await registry.stop()
        }
      }
    }
  }
  for (const [d, dist] of dists.entries()) {
    const { sbom: withSbom, none: without } = samples[d]!
    // Each run with the SBOM against the run without it just after: the machine's drift cancels.
    const paired = median(withSbom.total.map((total, i) => total / without.total[i]!))
    console.log(
      `${kind} (${components} components${dists.length > 1 ? `, ${dist}` : ''}): push step ${median(withSbom.push)} ms with SBOM reading alongside, ${median(without.push)} ms without; ` +
        `SBOM step ${median(withSbom.sbom)} ms; run ${Math.round(median(withSbom.total))} ms against ${Math.round(median(without.total))} ms ` +
        `(${percent(median(withSbom.total) / median(without.total))}; paired ${percent(paired)}); SBOM step / cold push ${((median(withSbom.sbom) / median(without.total)) * 100).toFixed(1)}%`,
    )
  }
}
