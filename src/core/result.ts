import type { EvaluatedImage, PushResult } from './types.js'

/**
 * The result as one JSON-able record: the CLI's `--json` object, the Action's `metadata` output
 * and what the GitLab component reports. Scripts rely on these field names.
 */
export function resultRecord(result: PushResult) {
  const { image, tag, ref, digest, digestRef, outPath, kind, pushed, skipped, extraTags, tagSource, dryRun, reason, timings } =
    result
  return { image, tag, ref, digest, digestRef, outPath, kind, pushed, skipped, extraTags, tagSource, dryRun, reason, timings }
}

/** Why the tag is what it is, in one sentence for logs and summaries. */
export function tagExplanation(image: Pick<EvaluatedImage, 'tag' | 'tagSource' | 'imageTag'>): string {
  switch (image.tagSource) {
    case 'option':
      return `given explicitly`
    case 'imageTag':
      return `the image's own imageTag (a Nix hash)`
    case 'outPath':
      return image.imageTag
        ? `the out path's hash, because the expression fixes imageTag to '${image.imageTag}'`
        : `the out path's hash (the image has no imageTag)`
  }
}
