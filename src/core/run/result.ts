import type { Intent } from '../plan/decide.js'
import type { ManifestInfo } from '../registry/client.js'
import type { PushResult, SetEntry } from '../types.js'
import type { ImageRun, Run } from './context.js'

// What became of an image, as a discriminated union inside the core, and the one result builder
// that turns it into the flat fields of the public edge (`pushed`, `skipped`, `dryRun`, a digest
// or '' and the sentence saying why).

/** What a set reports of an image's SBOM step: the single image's fields. */
export type SbomFields = Pick<PushResult, 'sbom' | 'changes' | 'changesNote'>

export type Outcome =
  | ({
      outcome: 'pushed'
      manifest: ManifestInfo
      /** It was in the registry already, and skip-existing was off. */
      existed: boolean
    } & Pick<PushResult, 'layers' | 'skopeo' | 'cache'> &
      SbomFields)
  | ({ outcome: 'present'; manifest: ManifestInfo } & SbomFields)
  | { outcome: 'dry-run'; found?: ManifestInfo; would: Intent }
  | { outcome: 'elsewhere' }

/** An image's entry: its plan, its outcome, its times after the run's shared ones. */
export function entryOf(run: Run, image: ImageRun, outcome: Outcome): SetEntry {
  const { evaluated } = image.image
  const { ref } = image
  const digest = digestOf(outcome)
  const { outcome: _kind, ...details } = outcome
  const extra = 'manifest' in details ? withoutManifest(details) : {}
  return {
    name: image.image.name,
    image: image.name.name,
    tag: evaluated.tag,
    ref,
    digest,
    digestRef: digest ? `${image.name.name}@${digest}` : '',
    outPath: evaluated.outPath,
    kind: evaluated.kind,
    tagSource: evaluated.tagSource,
    dryRun: run.options.dryRun,
    extraTags: image.extraTags,
    timings: { ...run.timings, ...image.timings },
    ...extra,
    pushed: outcome.outcome === 'pushed',
    skipped: outcome.outcome === 'present' || (outcome.outcome === 'dry-run' && outcome.would.action === 'present'),
    reason: reasonOf(run, ref, outcome, image),
  }
}

function digestOf(outcome: Outcome): string {
  switch (outcome.outcome) {
    case 'pushed':
    case 'present':
      return outcome.manifest.digest
    case 'dry-run':
      return outcome.found?.digest ?? ''
    case 'elsewhere':
      return ''
  }
}

function withoutManifest<T extends { manifest: ManifestInfo; existed?: boolean }>(details: T) {
  const { manifest: _manifest, existed: _existed, ...rest } = details
  return rest
}

/** One sentence saying what happened and why; a dry run says what a run would do, from the same decision. */
function reasonOf(run: Run, ref: string, outcome: Outcome, image: ImageRun): string {
  switch (outcome.outcome) {
    case 'pushed':
      return outcome.existed
        ? `${ref} was already in the registry and was pushed again (skip-existing is off)`
        : `${ref} was not in the registry: built and pushed`
    case 'present':
      return `${ref} is already in the registry${run.recorded ? ' (its source record answered, without Nix)' : ''}: nothing built, nothing pushed`
    case 'dry-run':
      switch (outcome.would.action) {
        case 'present':
          return `dry run: ${ref} is already in the registry, a run would build and push nothing`
        case 'push':
          return outcome.would.existing
            ? `dry run: ${ref} is already in the registry, a run would build and push it again (skip-existing is off)`
            : `dry run: ${ref} is not in the registry, a run would build and push it`
        case 'refused':
          return `dry run: ${outcome.would.reason}`
      }
      break
    case 'elsewhere':
      return `${ref} is not in the registry and is for ${image.image.system}, which this Nix does not build: the job on such a runner pushes it`
  }
}
