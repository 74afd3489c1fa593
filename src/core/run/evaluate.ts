import { prepareNix, type EvaluateOptions } from '../nix/prepare.js'
import { allImages, evaluateInstallable } from '../plan/plan.js'
import { parseImageName } from '../registry/reference.js'
import type { EvaluatedImage, ImageKind, ImageName, Logger, TagSource } from '../types.js'

// The commands that build nothing (tag, verify, pin): evaluation alone, and the tags it tells.

/** One image or index of a set, as evaluation tells it. */
export interface EvaluatedEntry {
  /** The attribute path below the installable (`api`, `app.aarch64-linux`); '' for the installable's own index. */
  name: string
  /** Its repository: the given image with the entry's path appended (`ghcr.io/o/app/api`). */
  image?: ImageName
  tag: string
  tagSource: TagSource
  kind: ImageKind | 'index'
  outPath: string
  /** A platform set's member: deployments name its index, never it. */
  member: boolean
}

export type EvaluatedTags = { type: 'image'; image: EvaluatedImage } | { type: 'set'; entries: EvaluatedEntry[] }

/**
 * Evaluates the installable once: its image, or each image of a set then each index. With
 * `image`, each entry names its repository (`inputName` is the input that gave it, for errors).
 */
export async function evaluateTags(
  options: EvaluateOptions,
  logger: Logger,
  image?: { name: ImageName; inputName: string },
): Promise<EvaluatedTags> {
  const evaluation = await evaluateInstallable(await prepareNix(options, logger), options.tag)
  if (evaluation.type === 'image') return { type: 'image', image: evaluation.evaluated }
  const repository = (suffix: string) =>
    image ? parseImageName(`${image.name.name}${suffix}`, image.inputName) : undefined
  return {
    type: 'set',
    entries: [
      ...allImages(evaluation.plan).map((entry) => ({
        name: entry.name,
        image: repository(entry.repositorySuffix),
        tag: entry.evaluated.tag,
        tagSource: entry.evaluated.tagSource,
        kind: entry.evaluated.kind,
        outPath: entry.evaluated.outPath,
        member: entry.member !== undefined,
      })),
      ...evaluation.plan.indexes.map((index) => ({
        name: index.name,
        image: repository(index.repositorySuffix),
        tag: index.tag,
        tagSource: index.tagSource,
        kind: 'index' as const,
        outPath: '',
        member: false,
      })),
    ],
  }
}
