import { NixImageError } from '../base/errors.js'
import type { EvalInfo } from '../nix/nix.js'
import { validateTag } from '../registry/reference.js'
import { isNixHash, isStorePath, storePathHash } from '../nix/store-path.js'
import type { EvaluatedImage, ImageKind } from '../types.js'

const ARCHIVE_NAME = /\.(tar|tar\.gz|tgz|tar\.zst|tar\.zstd|tar\.xz)$/

/**
 * Tells the image kind from what each builder leaves behind (see docs/formats in the README):
 * nix2container images carry `copyTo`, dockerTools archives are named `*.tar[.gz|.zst]`, and
 * streamLayeredImage's script is marked `isExe` and named `stream-*`.
 */
export function detectKind(info: EvalInfo): ImageKind | undefined {
  if (info.hasCopyTo) return 'nix2container'
  if (info.drvName && ARCHIVE_NAME.test(info.drvName)) return 'docker-archive'
  if (info.isExe === true || info.drvName?.startsWith('stream-')) return 'stream'
  return undefined
}

/**
 * Chooses the tag: an explicit one wins; else the image's own `imageTag` when it is a Nix hash
 * (what dockerTools and nix2container embed for `tag = null`; for layered images it is the hash
 * of the image configuration, not of the archive); else the out path's hash, which is content
 * addressed too, unlike a fixed tag such as `latest`.
 */
export function describeImage(info: EvalInfo, what: string, explicitTag?: string): EvaluatedImage {
  // The derivation is what the build names (an attribute set that only claims to be one has none).
  if (!info.isDerivation || !info.outPath || !info.drvName || !info.drvPath) {
    throw new NixImageError(`${what} is not a derivation: point it at an image built with dockerTools or nix2container`)
  }
  // The out path comes from the expression: an attribute set may claim any string as its outPath,
  // and it becomes the out-path output that later steps splice into scripts.
  if (!isStorePath(info.outPath)) {
    throw new NixImageError(
      `${what} has an out path that is not a Nix store path: point it at an image built with dockerTools or nix2container`,
    )
  }
  const kind = detectKind(info)
  if (!kind) {
    throw new NixImageError(
      `${what} (${info.drvName}) is not a container image: expected dockerTools.buildImage, buildLayeredImage, streamLayeredImage or nix2container.buildImage`,
    )
  }
  if (kind === 'nix2container' && !info.copyToDrvPath) {
    throw new NixImageError(`${what}: its copyTo is not a derivation: point it at a nix2container image`)
  }
  const base = {
    outPath: info.outPath,
    drvPath: info.drvPath,
    ...(kind === 'nix2container' && info.copyToDrvPath ? { copyToDrvPath: info.copyToDrvPath } : {}),
    drvName: info.drvName,
    imageName: info.imageName ?? undefined,
    imageTag: info.imageTag ?? undefined,
    kind,
    ...(info.packages?.length ? { packages: info.packages } : {}),
  }
  if (explicitTag) return { ...base, tag: validateTag(explicitTag), tagSource: 'option' }
  if (info.imageTag && isNixHash(info.imageTag)) return { ...base, tag: info.imageTag, tagSource: 'imageTag' }
  return { ...base, tag: storePathHash(info.outPath), tagSource: 'outPath' }
}
