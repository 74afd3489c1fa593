import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeVariant } from '../test/helpers/nix.js'

/** A Nix file of the benchmark images (`big.<kind>`); `content` reseeds their last layer only. */
export const imagesFile = (dir: string, content: string): string => writeVariant(dir, content)

export function nixOutput(args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync('nix', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** The store path an attribute evaluates to, without building it. */
export function outPathOf(file: string, attr: string, env: NodeJS.ProcessEnv): string {
  return nixOutput(['eval', '--raw', '--file', file, `${attr}.outPath`], env)
}

export function build(file: string, attrs: string[], env: NodeJS.ProcessEnv): void {
  execFileSync('nix-build', ['--no-out-link', file, ...attrs.flatMap((attr) => ['-A', attr])], { env, stdio: ['ignore', 'ignore', 'pipe'] })
}

/**
 * Every output built on the way to an attribute (layers, archive, image), to delete so the next
 * build starts from nothing, as on a fresh CI runner whose store has no image in it.
 */
export function buildOutputs(file: string, attr: string, env: NodeJS.ProcessEnv): string[] {
  const drv = execFileSync('nix-instantiate', [file, '-A', attr], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  const drvs = execFileSync('nix-store', ['-qR', drv], { env, encoding: 'utf8' }).split('\n').filter((path) => path.endsWith('.drv'))
  return execFileSync('nix-store', ['-q', '--outputs', ...drvs], { env, encoding: 'utf8' }).split('\n').filter(Boolean)
}

/** Deletes store paths and whatever refers to them (other images sharing a layer); gone ones are fine. */
export function forget(paths: string[], env: NodeJS.ProcessEnv): void {
  const present = paths.filter((path) => existsSync(path))
  if (present.length === 0) return
  const closure = execFileSync('nix-store', ['-q', '--referrers-closure', ...present], { env, encoding: 'utf8' }).split('\n').filter(Boolean)
  execFileSync('nix-store', ['--delete', ...closure], { env, stdio: ['ignore', 'ignore', 'pipe'] })
}

/** Sum of the layer sizes in a registry manifest that `before` did not have: what must be uploaded. */
export function newLayerBytes(manifest: string, before: string): number {
  const layers = (text: string) => (JSON.parse(text) as { layers: { digest: string; size: number }[] }).layers
  const known = new Set(layers(before).map((layer) => layer.digest))
  return layers(manifest).filter((layer) => !known.has(layer.digest)).reduce((sum, layer) => sum + layer.size, 0)
}
