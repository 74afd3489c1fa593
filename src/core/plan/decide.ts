import { NixImageError } from '../base/errors.js'
import type { ManifestInfo } from '../registry/client.js'
import type { PushOptions } from '../types.js'

// What a run does with each image, decided in one place from what the registry said and the run's
// modes, so their precedence is written once: a dry run does nothing but says what a run would
// do; an image in the registry is skipped when skip-existing or no-build says so; no-build
// refuses an image the registry lacks; anything else is built and pushed.

/** What a run that is not a dry run would do with an image. */
export type Intent =
  | { action: 'present'; manifest: ManifestInfo }
  | { action: 'push'; existing?: ManifestInfo }
  | { action: 'refused'; reason: string }

/** The plan's decision for one image. */
export type Decision =
  | Exclude<Intent, { action: 'refused' }>
  | { action: 'dry-run'; found?: ManifestInfo; would: Intent }
  /** A platform set's member for a system this Nix does not build: the job on such a runner pushes it. */
  | { action: 'elsewhere' }

export type Modes = Pick<PushOptions, 'dryRun' | 'skipExisting' | 'noBuild'>

/** The intent for an image the registry holds as `found` (or lacks); `refusal` says why no-build cannot push it. */
export function intent(found: ManifestInfo | undefined, modes: Omit<Modes, 'dryRun'>, refusal: () => string): Intent {
  if (found && (modes.skipExisting || modes.noBuild)) return { action: 'present', manifest: found }
  if (modes.noBuild) return { action: 'refused', reason: refusal() }
  return { action: 'push', existing: found }
}

/** The decision; an image no-build cannot push fails its run (a NixImageError saying why). */
export function decide(found: ManifestInfo | undefined, modes: Modes, refusal: () => string): Decision {
  const would = intent(found, modes, refusal)
  if (modes.dryRun) return { action: 'dry-run', found, would }
  if (would.action === 'refused') throw new NixImageError(would.reason)
  return would
}
