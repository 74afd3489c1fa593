import type { EvaluatedImage, PushResult, SetEntry, SetResult } from '../types.js'

/**
 * The result as one JSON-able record: the CLI's `--json` object, the Action's `metadata` output
 * and what the GitLab component reports. Scripts rely on these field names.
 */
export function resultRecord(result: PushResult) {
  const {
    image,
    tag,
    ref,
    digest,
    digestRef,
    outPath,
    kind,
    pushed,
    skipped,
    extraTags,
    tagSource,
    dryRun,
    reason,
    layers,
    cache,
    timings,
    sbom,
    changes,
    changesNote,
  } = result
  return {
    image,
    tag,
    ref,
    digest,
    digestRef,
    outPath,
    kind,
    pushed,
    skipped,
    extraTags,
    tagSource,
    dryRun,
    reason,
    layers,
    cache,
    timings,
    sbom,
    changes,
    changesNote,
  }
}

/**
 * The result as named strings: the Action's outputs and the CLI's `--output NAME=FILE`, so a
 * Tekton step or a script reads the same names a workflow does.
 */
export function resultOutputs(result: PushResult): Record<OutputName, string> {
  return {
    image: result.image,
    tag: result.tag,
    ref: result.ref,
    digest: result.digest,
    'digest-ref': result.digestRef,
    'out-path': result.outPath,
    kind: result.kind,
    pushed: String(result.pushed),
    skipped: String(result.skipped),
  }
}

export const OUTPUT_NAMES = [
  'image',
  'tag',
  'ref',
  'digest',
  'digest-ref',
  'out-path',
  'kind',
  'pushed',
  'skipped',
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/** Why the tag is what it is, in one sentence for logs and summaries. */
export function tagExplanation(image: Pick<EvaluatedImage, 'tag' | 'tagSource' | 'imageTag'>): string {
  switch (image.tagSource) {
    case 'option':
      return `given explicitly`
    case 'imageTag':
      return `the image's own imageTag (a Nix hash)`
    case 'members':
      return `derived from its members' tags, so it changes when any of them does`
    case 'outPath':
      return image.imageTag
        ? `the out path's hash, because the expression fixes imageTag to '${image.imageTag}'`
        : `the out path's hash (the image has no imageTag)`
  }
}

/** One image or index of a set: the single image's fields, plus its attribute path (and platforms). */
export function setEntryRecord(entry: SetEntry) {
  const { name, platforms } = entry
  return {
    name,
    ...resultRecord({ ...entry, kind: 'docker-archive' }),
    kind: entry.kind,
    ...(platforms ? { platforms } : {}),
  }
}

/** A set's `--json` object and the Action's `images` output: `failed` only when something did. */
export function setResultRecord(result: SetResult) {
  return { images: result.images.map(setEntryRecord), ...(result.failed.length ? { failed: result.failed } : {}) }
}
