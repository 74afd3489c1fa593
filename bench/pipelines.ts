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

/** Where and as whom every pipeline pushes. */
export interface Target {
  /** A Nix file whose `big.<kind>` attributes are the images. */
  file: string
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
      target.file,
      '--attr',
      `big.${kind}`,
      '--image',
      target.repository,
      '--insecure-registry',
      '--json',
    ],
    env: { ...target.env, NIX_IMAGE_REGISTRY_USERNAME: target.username, NIX_IMAGE_REGISTRY_PASSWORD: target.password },
  }
}

/**
 * What projects write by hand, as the seed pipeline does: `nix-build`, then `skopeo copy` of
 * the result, with the same skopeo nix-image uses. `outPath` is the image (from evaluation);
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
  const nixBuild = (attr: string): Command => ({ argv: ['nix-build', '--no-out-link', target.file, '-A', attr], env })
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
      return [nixBuild(`big.${kind}`), skopeoCopy(paths.outPath)]
    case 'gz':
      // skopeo before 1.10 cannot read a gzip docker-archive: users unpack it first.
      return skopeoReadsGzip
        ? [nixBuild('big.gz'), skopeoCopy(paths.outPath)]
        : [nixBuild('big.gz'), { argv: ['gzip', '-dc', paths.outPath], env, stdoutFile: tar }, skopeoCopy(tar)]
    case 'stream':
      return [nixBuild('big.stream'), { argv: [paths.outPath], env, stdoutFile: tar }, skopeoCopy(tar)]
    case 'n2c':
      // nix2container's own way: `nix run .#image.copyTo -- docker://…`.
      return [
        nixBuild('big.n2c.copyTo'),
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
