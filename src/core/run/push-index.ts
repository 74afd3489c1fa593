import { formatMs } from '../base/timing.js'
import type { PlannedIndex } from '../plan/plan.js'
import { buildIndex, indexPlatforms } from '../registry/image-index.js'
import { OCI_INDEX } from '../registry/media-types.js'
import type { SetEntry } from '../types.js'
import { clientFor, type Run } from './context.js'

// A platform set's index: skipped when present, pushed once every member is in the repository
// (the registry refuses an index naming a manifest it lacks). Under no-build the index is what
// the run is for: the matrix's jobs pushed the members, the last job assembles it.

export async function pushIndex(run: Run, index: PlannedIndex): Promise<SetEntry | undefined> {
  const { options, logger } = run
  const registry = clientFor(run, index.repositorySuffix)
  const image = `${options.image.name}${index.repositorySuffix}`
  const ref = `${image}:${index.tag}`
  const found = run.indexes.get(index)
  if (found instanceof Error) throw found
  const members = run.images.filter((entry) => index.members.includes(entry.image))
  const entry = (
    digest: string,
    platforms: SetEntry['platforms'],
    fields: Pick<SetEntry, 'pushed' | 'skipped' | 'reason'>,
  ): SetEntry => ({
    name: index.name,
    image,
    tag: index.tag,
    ref,
    digest,
    digestRef: digest ? `${image}@${digest}` : '',
    outPath: '',
    kind: 'index',
    tagSource: index.tagSource,
    dryRun: options.dryRun,
    extraTags: run.extraTags,
    timings: run.timings,
    platforms,
    ...fields,
  })
  const moveTags = async (digest: string): Promise<void> => {
    for (const tag of run.extraTags) await registry.addTag(digest, tag)
  }

  if (found && (options.skipExisting || options.noBuild)) {
    if (!options.dryRun) await moveTags(found.digest)
    const reason = options.dryRun
      ? `dry run: the index ${ref} is already in the registry`
      : `the index ${ref} is already in the registry: nothing built, nothing pushed`
    return entry(found.digest, await indexPlatforms(registry, found.digest), { pushed: false, skipped: true, reason })
  }
  // A failed member is reported on its own line; the index it blocks is left out of the result.
  const failed = members.find((member) => member.failure !== undefined)
  if (failed) {
    logger.info(`the index ${ref} is not pushed: its member ${failed.image.name} failed`)
    return undefined
  }
  if (options.dryRun) {
    const reason = `dry run: the index ${ref} is not in the registry, a run would push it after its members`
    return entry('', undefined, { pushed: false, skipped: false, reason })
  }
  const waiting = members.filter((member) => !member.entry?.digest)
  if (waiting.length > 0) {
    const names = waiting.map((member) => member.image.member).join(', ')
    const reason = `the index ${ref} waits for ${names}: once the jobs building them have pushed, a run with no-build pushes it`
    return entry('', undefined, { pushed: false, skipped: false, reason })
  }
  const started = performance.now()
  const { body, platforms } = await buildIndex(
    registry,
    members.map((member) => ({
      system: member.image.member ?? '',
      tag: member.image.evaluated.tag,
      digest: member.entry?.digest ?? '',
    })),
  )
  const pushed = await registry.putManifest(index.tag, OCI_INDEX, body)
  await moveTags(pushed.digest)
  const names = platforms.map((platform) => platform.platform).join(', ')
  logger.info(
    `pushed the index ${ref} (${names}): ${pushed.digest} in ${formatMs(Math.round(performance.now() - started))}`,
  )
  const reason = `the index ${ref} was not in the registry: pushed, naming ${platforms.length} platform(s)`
  return entry(pushed.digest, platforms, { pushed: true, skipped: false, reason })
}
