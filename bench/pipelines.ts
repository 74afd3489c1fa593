import { join } from 'node:path'
import type { Command } from './process.js'

export const KINDS = ['gz', 'zstd', 'tar', 'stream', 'n2c'] as const
export type Kind = (typeof KINDS)[number]

export const KIND_LABELS: Record<Kind, string> = {
  gz: 'buildLayeredImage, gzip',
  zstd: 'buildLayeredImage, zstd',
  tar: 'buildLayeredImage, no compression',
  stream: 'streamLayeredImage',
  n2c: 'nix2container',
}

/**
 * The images a benchmark pushes, one per kind: attributes of a Nix file (images.nix's `big`,
 * costly.nix) or of a flake (costly.nix behind a big input), and how each pipeline names them.
 */
export interface Images {
  /** As the report names them. */
  label: string
  /** The attribute path of a kind's image: `big.gz`, `images.zstd`. */
  attr(kind: Kind): string
  /** An attribute path as `nix eval`/`nix build` take it: `--file FILE PATH` or `REF#PATH`. */
  nixArgs(attrPath: string): string[]
  /** nix-image's installable for an attribute path: `FILE --attr PATH` or `REF#PATH`. */
  installable(attrPath: string): string[]
  /** The seed's build: `nix-build FILE -A PATH`, or `nix build REF#PATH` for a flake. */
  build(attrPath: string): string[]
  /** Whether each evaluation prints the trace that `evaluations` counts (costly.nix). */
  traced: boolean
  /** The flake's reference, for flake images: a fresh runner fetches its inputs again. */
  flake?: string
  /** A clean git checkout's flake: a rerun of its commit is answered by the source record, without Nix. */
  recorded?: boolean
}

export function fileImages(label: string, file: string, attr: (kind: Kind) => string, traced = false): Images {
  return {
    label,
    attr,
    nixArgs: (attrPath) => ['--file', file, attrPath],
    installable: (attrPath) => [file, '--attr', attrPath],
    build: (attrPath) => ['nix-build', '--no-out-link', file, '-A', attrPath],
    traced,
  }
}

export function flakeImages(
  label: string,
  ref: string,
  attr: (kind: Kind) => string,
  traced = false,
  recorded = false,
): Images {
  return {
    recorded,
    label,
    attr,
    nixArgs: (attrPath) => [`${ref}#${attrPath}`],
    installable: (attrPath) => [`${ref}#${attrPath}`],
    build: (attrPath) => ['nix', 'build', '--no-link', `${ref}#${attrPath}`],
    traced,
    flake: ref,
  }
}

/** Where and as whom every pipeline pushes. */
export interface Target {
  images: Images
  /** `registry/repository`, plain HTTP on loopback. */
  repository: string
  username: string
  password: string
  /** A containers auth file with the same credentials, for the baselines' skopeo. */
  authFile: string
  env: NodeJS.ProcessEnv
}

/** nix-image, as users run it: the bundled CLI in `dist`, credentials from the environment. */
export function nixImage(kind: Kind, target: Target, dist: string): Command {
  return {
    argv: [
      process.execPath,
      join(dist, 'cli.js'),
      'push',
      ...target.images.installable(target.images.attr(kind)),
      '--image',
      target.repository,
      '--insecure-registry',
      '--json',
    ],
    env: { ...target.env, NIX_IMAGE_REGISTRY_USERNAME: target.username, NIX_IMAGE_REGISTRY_PASSWORD: target.password },
  }
}

/**
 * What projects write by hand, as the seed pipeline does: `nix-build` (`nix build` for a flake),
 * then `skopeo copy` of the result, with the same skopeo nix-image uses. `outPath` is the image (from evaluation);
 * `scratch` a folder for the tar that stream images and gzip archives need on old skopeo.
 */
export function handWritten(
  kind: Kind,
  target: Target,
  tag: string,
  paths: { outPath: string; scratch: string },
  skopeoReadsGzip: boolean,
): Command[] {
  const env = target.env
  const destination = `docker://${target.repository}:${tag}`
  const nixBuild = (attrPath: string): Command => ({ argv: target.images.build(attrPath), env })
  const attr = target.images.attr(kind)
  const skopeoCopy = (archive: string): Command => ({
    argv: [
      'skopeo',
      '--insecure-policy',
      'copy',
      '--dest-authfile',
      target.authFile,
      '--dest-tls-verify=false',
      `docker-archive:${archive}`,
      destination,
    ],
    env,
  })
  const tar = join(paths.scratch, 'image.tar')
  switch (kind) {
    case 'zstd':
    case 'tar':
      return [nixBuild(attr), skopeoCopy(paths.outPath)]
    case 'gz':
      // skopeo before 1.10 cannot read a gzip docker-archive: users unpack it first.
      return skopeoReadsGzip
        ? [nixBuild(attr), skopeoCopy(paths.outPath)]
        : [nixBuild(attr), { argv: ['gzip', '-dc', paths.outPath], env, stdoutFile: tar }, skopeoCopy(tar)]
    case 'stream':
      return [nixBuild(attr), { argv: [paths.outPath], env, stdoutFile: tar }, skopeoCopy(tar)]
    case 'n2c':
      // nix2container's own way: `nix run .#image.copyTo -- docker://…`.
      return [
        nixBuild(`${attr}.copyTo`),
        {
          argv: [
            join(paths.outPath, 'bin', 'copy-to'),
            '--dest-authfile',
            target.authFile,
            '--dest-tls-verify=false',
            destination,
          ],
          env,
        },
      ]
  }
}
