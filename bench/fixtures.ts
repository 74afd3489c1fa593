import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileSource, walkTar } from '../src/core/archive/tar.js'
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
  execFileSync('nix-build', ['--no-out-link', file, ...attrs.flatMap((attr) => ['-A', attr])], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
}

/**
 * Every output built on the way to an attribute (layers, archive, image), to delete so the next
 * build starts from nothing, as on a fresh CI runner whose store has no image in it.
 */
export function buildOutputs(file: string, attr: string, env: NodeJS.ProcessEnv): string[] {
  const drv = execFileSync('nix-instantiate', [file, '-A', attr], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()
  const drvs = execFileSync('nix-store', ['-qR', drv], { env, encoding: 'utf8' })
    .split('\n')
    .filter((path) => path.endsWith('.drv'))
  return execFileSync('nix-store', ['-q', '--outputs', ...drvs], { env, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
}

/** Deletes store paths and whatever refers to them (other images sharing a layer); gone ones are fine. */
export function forget(paths: string[], env: NodeJS.ProcessEnv): void {
  const present = paths.filter((path) => existsSync(path))
  if (present.length === 0) return
  const closure = execFileSync('nix-store', ['-q', '--referrers-closure', ...present], { env, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  execFileSync('nix-store', ['--delete', ...closure], { env, stdio: ['ignore', 'ignore', 'pipe'] })
}

/** Sum of the layer sizes in a registry manifest that `before` did not have: what must be uploaded. */
export function newLayerBytes(manifest: string, before: string): number {
  const layers = (text: string) => (JSON.parse(text) as { layers: { digest: string; size: number }[] }).layers
  const known = new Set(layers(before).map((layer) => layer.digest))
  return layers(manifest)
    .filter((layer) => !known.has(layer.digest))
    .reduce((sum, layer) => sum + layer.size, 0)
}

/**
 * A docker-archive holding only the last layer of `imageTar` (a plain docker-archive), with a
 * config that names just that layer: what a bare push of the changed layer alone uploads.
 */
export async function lastLayerArchive(imageTar: string, dir: string): Promise<string> {
  // Every member's bytes but the layers' (the first pass), then the last layer's (the second).
  const members = new Map<string, Buffer>()
  const readMembers = (wanted: (name: string) => boolean) =>
    fileSource(imageTar, (source) =>
      walkTar(source, async (entry, data) => {
        if (!wanted(entry.name)) return 0
        members.set(entry.name, await data.read(entry.size))
        return entry.size
      }),
    )
  const read = (name: string): Buffer => {
    const member = members.get(name)
    if (!member) throw new Error(`${imageTar} has no ${name}`)
    return member
  }
  await readMembers((name) => name.endsWith('.json'))
  const [entry] = JSON.parse(read('manifest.json').toString()) as [{ Config: string; Layers: string[] }]
  const layer = entry.Layers[entry.Layers.length - 1]!
  await readMembers((name) => name === layer)
  const config = JSON.parse(read(entry.Config).toString()) as { rootfs: { diff_ids: string[] } }
  config.rootfs.diff_ids = config.rootfs.diff_ids.slice(-1)
  const root = mkdtempSync(join(dir, 'last-layer-'))
  mkdirSync(join(root, 'layer'))
  writeFileSync(join(root, 'layer', 'layer.tar'), read(layer))
  writeFileSync(join(root, 'config.json'), JSON.stringify(config))
  writeFileSync(
    join(root, 'manifest.json'),
    JSON.stringify([{ Config: 'config.json', RepoTags: [], Layers: ['layer/layer.tar'] }]),
  )
  const out = join(dir, 'last-layer.tar')
  execFileSync('tar', ['-C', root, '-cf', out, 'manifest.json', 'config.json', 'layer'])
  return out
}
