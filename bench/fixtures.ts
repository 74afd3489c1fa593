import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileSource, walkTar } from '../src/core/archive/tar.js'
import { writeVariant } from '../test/helpers/nix.js'
import type { Images } from './pipelines.js'

/** A Nix file of the benchmark images (`big.<kind>`); `content` reseeds their last layer only. */
export const imagesFile = (dir: string, content: string): string => writeVariant(dir, content)

export function nixOutput(args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync('nix', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** The store path an attribute evaluates to, without building it. */
export function outPathOf(images: Images, attrPath: string, env: NodeJS.ProcessEnv): string {
  return nixOutput(['eval', '--raw', ...images.nixArgs(`${attrPath}.outPath`)], env)
}

/** Builds attributes as the seed pipeline does, ahead of a benchmark that starts with them built. */
export function build(images: Images, attrPaths: string[], env: NodeJS.ProcessEnv): void {
  for (const attrPath of attrPaths) {
    const [command = '', ...args] = images.build(attrPath)
    execFileSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
  }
}

/**
 * Every output built on the way to an attribute (layers, archive, image), to delete so the next
 * build starts from nothing, as on a fresh CI runner whose store has no image in it.
 */
export function buildOutputs(images: Images, attrPath: string, env: NodeJS.ProcessEnv): string[] {
  const drv = nixOutput(['eval', '--raw', ...images.nixArgs(`${attrPath}.drvPath`)], env)
  const drvs = execFileSync('nix-store', ['-qR', drv], { env, encoding: 'utf8' })
    .split('\n')
    .filter((path) => path.endsWith('.drv'))
  return execFileSync('nix-store', ['-q', '--outputs', ...drvs], { env, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
}

/**
 * The store paths of a flake's inputs (and of its own source), to delete so that the next run
 * fetches them again, as a fresh runner does (with an empty XDG_CACHE_HOME: no fetcher cache).
 */
export function flakeSources(ref: string, env: NodeJS.ProcessEnv): string[] {
  interface Archived {
    path: string
    inputs?: Record<string, Archived>
  }
  const paths = (node: Archived): string[] => [node.path, ...Object.values(node.inputs ?? {}).flatMap(paths)]
  return paths(JSON.parse(nixOutput(['flake', 'archive', '--json', '--dry-run', ref], env)) as Archived)
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
