import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { mapLimit } from '../base/concurrency.js'
import { NixImageError } from '../base/errors.js'
import { fileError } from '../base/files.js'
import { formatMs, stepRunner } from '../base/timing.js'
import { storeHolds } from '../nix/build.js'
import { describeInstallable } from '../nix/nix.js'
import { evaluateInstallable, runPlan } from '../plan/plan.js'
import { writeManifestFile } from '../push/manifest-file.js'
import { registryClient } from '../registry/clients.js'
import { writeAuthFile } from '../registry/credentials.js'
import { checkSbomFiles } from '../sbom/files.js'
import type { Logger, PushOptions, PushResult, SetEntry, SetResult, StepTimings } from '../types.js'
import { type BinaryCache, buildStep } from './build.js'
import { checkAll, leaveOtherSystems } from './check.js'
import { findRecorded, recordSource, sourceEligibility } from './source-record.js'
import type { FoundRecord } from '../source/record.js'
import type { RegistryClient } from '../registry/client.js'
import { type PreparedNix, prepareNix } from '../nix/prepare.js'
import { decide } from '../plan/decide.js'
import { createRun, type ImageRun, imagesTo, type Run } from './context.js'
import { sbomOfPresent } from './present.js'
import { pushIndex } from './push-index.js'
import { prefetch, pushOne, tagStep } from './push-one.js'
import { entryOf, type SbomFields } from './result.js'
import { nixEnvOf } from '../base/children.js'

// A run, for one image or many, as ONE plan executed once: ONE `nix eval` tells every image's tag
// (and every index's, derived from its members'); the registry is asked about all of them at
// once and each image gets its decision (plan/decide.ts); ONE `nix build` builds whatever is
// pushed; each image then goes through the one push sequence (a few at a time), the images found
// present through the one SBOM step, each through the one tagging step, and every outcome through
// the one result builder. A single image is a set of one whose failure is the run's error.

/** Pushes at once: each is mostly compression and upload, bound by cores and the link. */
export const DEFAULT_JOBS = Math.max(2, Math.min(availableParallelism(), 8))

export type PushOutcome = { single: PushResult } | { set: SetResult }

export async function pushImages(options: PushOptions, logger: Logger): Promise<PushOutcome> {
  const own = registryClient(options, options.image, logger)
  // The Action asks before it installs Nix (pushFromRecord), and not twice.
  const asked = options.sourceRecord !== false && options.sourceRecord?.checked === true
  const source = await sourceEligibility(options, logger, asked)
  const recorded = asked ? undefined : await findRecorded(own, source, logger)
  if (recorded) return { single: await pushRecorded(options, logger, own, recorded) }
  const nix = await prepareNix(options, logger)
  // The registry's round trips (HTTPS or not, the auth challenge, a token) need no tag: they run
  // while Nix evaluates. An evaluation error still comes first; the registry's waits for the check.
  const connected = own.connect()
  connected.catch(() => undefined)
  const timings: StepTimings = {}
  const evaluation = await stepRunner(timings, logger)(
    'evaluate',
    `Evaluate ${describeInstallable(nix.installable)}`,
    () => evaluateInstallable(nix, options.tag),
  )
  const plan = runPlan(evaluation)
  if (!plan.single && options.manifestFile) {
    throw new NixImageError('manifest-file names one image: leave it out when pushing a set of images')
  }
  // A set is built in one Nix call: the binary cache's before/after comparison is per image, so
  // sets build without it for now.
  if (!plan.single && options.binaryCache) {
    logger.warn('binary-cache and cache apply to a single image; this set of images is built without them')
  }
  const runOptions = plan.single ? options : { ...options, binaryCache: undefined }
  const binaryCache = runOptions.binaryCache ? await import('../cache/binary-cache.js') : undefined
  if (runOptions.binaryCache) binaryCache?.checkCacheOptions(runOptions.binaryCache)
  const run = createRun(plan, runOptions, nix, own, logger, timings)
  // Each image's SBOM goes to a file of its own, named after it (sbom/files.ts).
  if (!plan.single && run.sbom.wanted && options.sbomFile)
    checkSbomFiles(plan.images.concat(plan.indexes.flatMap((index) => index.members)), options.sbomFile)

  const held = heldAlready(run)
  await checkAll(run, connected)
  const results = await execute(run, { held, binaryCache })
  if (!plan.single) return { set: results }
  const single = await singleResult(run)
  const [image] = run.images
  if (image)
    await recordSource(
      own,
      source,
      options,
      { evaluated: image.image.evaluated, manifest: image.manifest },
      single,
      logger,
    )
  return { single }
}

/**
 * The run, answered from the source's record where one holds, before anything about Nix is
 * known or installed (the Action asks this before it installs Nix); undefined otherwise.
 */
export async function pushFromRecord(options: PushOptions, logger: Logger): Promise<PushResult | undefined> {
  const registry = registryClient(options, options.image, logger)
  const recorded = await findRecorded(registry, await sourceEligibility(options, logger), logger)
  return recorded ? pushRecorded(options, logger, registry, recorded) : undefined
}

/**
 * A single image known from its source record: the run that skips, with no Nix behind it (the
 * store is never asked, and an SBOM the image lacks is left to a run that evaluates).
 */
async function pushRecorded(
  options: PushOptions,
  logger: Logger,
  registry: RegistryClient,
  found: FoundRecord,
): Promise<PushResult> {
  const { installable } = options
  const nix: PreparedNix = {
    context: { env: nixEnvOf(options), logger, nixPath: [], version: Promise.resolve('') },
    // Only named in messages: nothing here evaluates or builds it.
    installable:
      installable.type === 'packages'
        ? { type: 'file', file: describeInstallable(installable), attr: '' }
        : installable,
  }
  const plan = runPlan({ type: 'image', evaluated: { ...found.image } })
  const run = createRun(plan, options, nix, registry, logger, { evaluate: 0 })
  run.recorded = true
  for (const image of run.images) {
    logger.info(`${image.ref} exists: ${found.manifest.digest}`)
    image.decision = decide(found.manifest, options, () => `${image.ref} is not in the registry`)
  }
  await execute(run, { held: Promise.resolve(false) })
  return singleResult(run)
}

/** A single image's result: its entry without a set's fields; its failure is the run's error. */
async function singleResult(run: Run): Promise<PushResult> {
  const { options } = run
  const [image] = run.images
  if (!image || image.failure !== undefined || !image.entry)
    throw image?.failure ?? new Error('the image has no result')
  const { name: _name, platforms: _platforms, kind, ...single } = image.entry
  if (options.manifestFile && image.manifest) {
    await writeManifestFile(options.manifestFile, image.manifest, image.image.evaluated.tag)
  }
  return { ...single, kind: kind === 'index' ? image.image.evaluated.kind : kind }
}

/**
 * Whether the store holds a single image already, asked (a query, nothing is built) while the
 * registry is. nix2container's copyTo and builds that fill a binary cache take the build.
 */
function heldAlready(run: Run): Promise<boolean> {
  const [image] = run.images
  const { options } = run
  if (
    !run.plan.single ||
    !image ||
    options.dryRun ||
    options.binaryCache ||
    image.image.evaluated.kind === 'nix2container'
  ) {
    return Promise.resolve(false)
  }
  const held = storeHolds([image.image.evaluated.outPath], run.nix.context)
  held.catch(() => undefined)
  return held
}

async function execute(run: Run, inputs: { held: Promise<boolean>; binaryCache?: BinaryCache }): Promise<SetResult> {
  const { options } = run
  const jobs = options.jobs ?? DEFAULT_JOBS
  await leaveOtherSystems(run)
  // Absolute (TMPDIR may be relative): the auth and digest files are option values of skopeo.
  const parent = resolve(options.tempDir ?? tmpdir())
  const tempDir = await mkdtemp(join(parent, 'nix-image-')).catch((error: unknown) => {
    throw fileError('write', 'a temporary folder in', parent, error)
  })
  try {
    const asked = prefetch(run)
    await buildStep(run, { ...inputs, tempDir })
    await pushAll(run, asked, tempDir, jobs)
    const presentSboms = await sbomOfPresent(run, jobs)
    for (const image of run.images) await settle(run, image, presentSboms.get(image.ref) ?? {})
    const failed: SetResult['failed'] = []
    for (const image of run.images)
      if (image.failure !== undefined) failed.push({ name: image.image.name, reason: messageOf(image.failure) })
    const indexEntries = new Map<(typeof run.plan.indexes)[number], SetEntry>()
    for (const index of run.plan.indexes) {
      try {
        const entry = await pushIndex(run, index)
        if (entry) indexEntries.set(index, entry)
      } catch (error) {
        failed.push({ name: index.name || 'index', reason: messageOf(error) })
      }
    }
    // Each image in the order of the plan, its index after its members.
    const entryOfImage = (planned: ImageRun['image']) => run.images.find((image) => image.image === planned)?.entry
    const ordered: SetEntry[] = []
    const add = (entry: SetEntry | undefined) => entry && ordered.push(entry)
    for (const image of run.plan.images) add(entryOfImage(image))
    for (const index of run.plan.indexes) {
      for (const member of index.members) add(entryOfImage(member))
      add(indexEntries.get(index))
    }
    return { images: ordered, failed }
  } finally {
    await rm(tempDir, { recursive: true, force: true })
  }
}

/** Pushes the built images a few at a time, each logging under its own name; a failure stays its own. */
async function pushAll(run: Run, asked: ReturnType<typeof prefetch>, tempDir: string, jobs: number): Promise<void> {
  const pushing = imagesTo(run, 'push')
  if (pushing.length === 0) return
  const { options } = run
  const authFile = options.credentials
    ? await writeAuthFile(tempDir, options.image, options.credentials)
    : options.authFile
  const started = performance.now()
  await mapLimit(pushing, jobs, async (image) => {
    const prefetched = asked.images.get(image)
    if (!prefetched) return
    try {
      const outcome = await pushOne(run, image, prefetched, { tempDir, authFile, skopeo: asked.skopeo })
      image.manifest = outcome.manifest
      image.entry = entryOf(run, image, outcome)
    } catch (error) {
      image.failure = error
    }
  })
  // A single image's push step logged its own time.
  if (!run.plan.single) run.logger.info(`push: ${formatMs(Math.round(performance.now() - started))}`)
}

/** The entry of an image that was not pushed: present (its extra tags moved), a dry run, left to another runner. */
async function settle(run: Run, image: ImageRun, sbom: SbomFields): Promise<void> {
  if (image.failure !== undefined || image.entry || !image.decision) return
  const { decision } = image
  try {
    switch (decision.action) {
      case 'push':
        return // it failed before its push, or was pushed
      case 'present':
        await tagStep(image, decision.manifest.digest)
        image.manifest = decision.manifest
        image.entry = entryOf(run, image, { outcome: 'present', manifest: decision.manifest, ...sbom })
        return
      case 'dry-run':
        image.entry = entryOf(run, image, { outcome: 'dry-run', found: decision.found, would: decision.would })
        return
      case 'elsewhere':
        image.entry = entryOf(run, image, { outcome: 'elsewhere' })
        return
    }
  } catch (error) {
    image.failure = error
  }
}

function messageOf(error: unknown): string {
  if (error instanceof NixImageError) return error.message
  return `internal error: ${(error as Error)?.message ?? String(error)}`
}
