import {
  checkManifests,
  staleFindings,
  passedLine,
  verifySetManifests,
  type ImageCheck,
  type ManifestFinding,
  type ManifestReport,
} from './manifests.js'
import { parseImageName } from '../registry/reference.js'
import type { ImageName, PushResult, SetEntry } from '../types.js'

// The Action's and the GitLab component's verify-manifests: after the push, so the image a fixed
// manifest names exists, the deploy manifests must reference each pushed image at the tag (and,
// where they name one, the digest) the run reported. Each adapter only shows what this returns.

/** How an adapter writes a stale reference as a log line: as `verify` does. */
export { staleLine } from './manifests.js'

/** The inputs verify-manifests and verify-values-keys. */
export interface DeployManifests {
  patterns: string[]
  valuesKeys: string[]
}

/** What a run pushed: one image and its repository, or every entry of a set. */
export type Pushed = { single: Pick<PushResult, 'tag' | 'digest'>; image: ImageName } | { set: SetEntry[] }

/** One repository whose references are stale, with the `pin` command that fixes them. */
export interface StaleManifests {
  /** `name` and `reason` as a set's `failed` list holds them. */
  name: string
  reason: string
  /** The one line a single image's run fails with. */
  message: string
  report: ManifestReport
  fix: string
}

export interface PushVerification {
  reports: ManifestReport[]
  /** Every stale reference, for the adapter to point at where it is. */
  stale: ManifestFinding[]
  /** One per repository with a stale reference; none when the manifests pass. */
  failures: StaleManifests[]
  /** The line to log when they pass. */
  passed: string
}

/**
 * Checks the manifests against what was pushed. A set's repositories are each checked against
 * their own tag; one no manifest names is fine, but a set none of whose images is named fails, as
 * a single image no manifest names does (a silent pass would hide a typo in the patterns).
 */
export async function verifyAfterPush(
  pushed: Pushed,
  manifests: DeployManifests,
  cwd: string,
): Promise<PushVerification> {
  const common = { ...manifests, allowNoReferences: false, cwd }
  const checks: ImageCheck[] =
    'single' in pushed
      ? [
          await checkManifests({
            ...common,
            image: pushed.image,
            expected: { tag: pushed.single.tag, digest: pushed.single.digest || undefined },
          }),
        ]
      : await verifySetManifests(
          deployedImages(pushed.set).map((entry) => ({
            image: parseImageName(entry.image),
            tag: entry.tag,
            digest: entry.digest || undefined,
          })),
          common,
        )
  const reports = checks.map(({ report }) => report)
  return {
    reports,
    stale: reports.flatMap(staleFindings),
    failures: checks.flatMap(({ report, fix }) => (fix ? [staleManifests(report, fix)] : [])),
    passed: passedLine(reports),
  }
}

/** The images of a set a deployment names: plain images and indexes, not the members an index names. */
export function deployedImages<T extends Pick<SetEntry, 'kind' | 'image'>>(entries: T[]): T[] {
  return entries.filter(
    (entry) =>
      entry.kind === 'index' || !entries.some((other) => other.kind === 'index' && other.image === entry.image),
  )
}

function staleManifests(report: ManifestReport, fix: string): StaleManifests {
  const reason = `reference ${report.image} at another tag than ${report.tag}; fix with: ${fix}`
  return { name: 'deploy manifests', reason, message: `deploy manifests ${reason}`, report, fix }
}
