import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeAuthFile } from '../registry/credentials.js'
import { NixImageError } from '../base/errors.js'
import { buildIndex, indexPlatforms } from '../registry/image-index.js'
import { allImages, evaluateInstallable, type PlannedImage, type PlannedIndex, type SetPlan } from '../plan/plan.js'
import { buildAttributes, buildableSystems, describeInstallable, type NixContext } from '../nix/nix.js'
import { addExtraTags, pushImage } from './pipeline.js'
import { confirmPush } from '../push/confirm.js'
import { pushBuilt } from '../push/push-built.js'
import { prepareNix, type PreparedNix } from '../nix/prepare.js'
import { registryClient } from '../registry/clients.js'
import { formatMs, stepRunner, timed } from '../base/timing.js'
import { unwrap } from '../base/settled.js'
import { parseImageName, validateTag } from '../registry/reference.js'
import { beginArtifactUploads } from '../registry/referrers.js'
import { sbomAndChanges, stageSbom, storePathsReader } from '../sbom/sbom.js'
import {
  checkSbomFiles,
  presentStorePaths,
  setCompareTag,
  setImageSbomArgs,
  type SbomFields,
  type SetImageSbom,
} from './set-sbom.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import type {
  EvaluatedImage,
  Logger,
  PushOptions,
  PushResult,
  SetEntry,
  SetResult,
  StepName,
  StepTimings,
} from '../types.js'
import type { FoundRecord } from '../source/record.js'
import { findRecorded, recordSource, sourceEligibility } from './source-record.js'
import { OCI_INDEX } from '../registry/media-types.js'

// Many images in one run, as a layer above the single-image pipeline (pipeline.ts): ONE `nix eval`
// decides every image's tag (and every index's, derived from its members'), the registry is asked
// about all of them at once, ONE `nix build` builds whatever is missing (Nix builds in parallel),
// and the pushes run a few at a time. Each image is skipped, pushed or failed on its own.

/** Pushes at once: each is mostly compression and upload, bound by cores and the link. */
export const DEFAULT_JOBS = Math.max(2, Math.min(availableParallelism(), 8))

export type PushOutcome = { single: PushResult } | { set: SetResult }

/**
 * The run for any installable: a single image goes through `pushImage` exactly as before (its
 * evaluation handed over, not repeated); a set is planned, checked, built and pushed here.
 */
export async function pushImages(options: PushOptions, logger: Logger): Promise<PushOutcome> {
  const registry = registryClient(options, options.image, logger)
  const source = await sourceEligibility(options, logger)
  // The Action asks before it installs Nix (pushFromRecord), and not twice.
  const asked = options.sourceRecord !== false && options.sourceRecord?.checked === true
  const recorded = asked ? undefined : await findRecorded(registry, source, logger)
  if (recorded) return { single: await pushRecorded(options, logger, registry, recorded) }
  const prepared = await prepareNix(options, logger)
  // As in pushImage: the registry's handshake runs while Nix evaluates.
  const connected = registry.connect()
  connected.catch(() => undefined)
  const timings: StepTimings = {}
  const what = describeInstallable(prepared.installable)
  const evaluation = await stepRunner(timings, logger)('evaluate', `Evaluate ${what}`, () =>
    evaluateInstallable(prepared, options.tag),
  )
  const evaluateMs = timings.evaluate ?? 0
  if (evaluation.type === 'image') {
    const single = await pushImage(options, logger, {
      nix: prepared,
      evaluated: evaluation.evaluated,
      evaluateMs,
      registry,
      connected,
    })
    await recordSource(registry, source, options, evaluation.evaluated, single, logger)
    return { single }
  }
  if (options.manifestFile)
    throw new NixImageError('manifest-file names one image: leave it out when pushing a set of images')
  // A set is built in one Nix call before its images are pushed one by one: the binary cache's
  // before/after comparison is per image, so sets build without it for now.
  if (options.binaryCache)
    logger.warn('binary-cache and cache apply to a single image; this set of images is built without them')
  const setOptions = { ...options, binaryCache: undefined }
  return {
    set: await pushSet(evaluation.plan, setOptions, {
      nixContext: prepared.context,
      installable: prepared.installable,
      logger,
      evaluateMs,
      registry,
    }),
  }
}

interface SetContext {
  nixContext: NixContext
  /** The installable as evaluated (a package list never makes a set, but is a file by now). */
  installable: PreparedNix['installable']
  logger: Logger
  evaluateMs: number
  /** The client for the image option's own repository, already connecting. */
  registry: RegistryClient
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
    context: { env: options.nixEnv ?? options.env, logger, nixPath: [] },
    // Only named in messages: nothing here evaluates or builds it.
    installable:
      installable.type === 'packages'
        ? { type: 'file', file: describeInstallable(installable), attr: '' }
        : installable,
    version: Promise.resolve(''),
  }
  const evaluated: EvaluatedImage = { ...found.image }
  return pushImage(options, logger, {
    nix,
    evaluated,
    evaluateMs: 0,
    registry,
    connected: Promise.resolve(),
    recorded: found.manifest,
  })
}

/** What became of one image before its push: the plan's decision per image. */
type Decision =
  | { action: 'present'; manifest: ManifestInfo }
  | { action: 'dry-run'; manifest?: ManifestInfo }
  | { action: 'build'; manifest?: ManifestInfo }
  | { action: 'elsewhere' }
  | { action: 'failed'; reason: string }

/** One set's run: what every phase reads (the plan, the options) and writes (decisions, entries). */
interface SetRun {
  plan: SetPlan
  images: PlannedImage[]
  options: PushOptions
  context: SetContext
  extraTags: string[]
  timings: Partial<Record<StepName, number>>
  step: ReturnType<typeof stepRunner>
  clients: Map<string, RegistryClient>
  decisions: Map<PlannedImage, Decision>
  indexFound: Map<PlannedIndex, ManifestInfo | undefined | Error>
  entries: Map<PlannedImage, SetEntry>
  /** Whether images get SBOMs, and the tag each is compared at in its own repository. */
  sbom: { wanted: boolean; compareTag?: string }
  /** The SBOM step of the images found present, and its time. */
  presentSboms: Map<PlannedImage, { fields: SbomFields; ms: number }>
}

async function pushSet(plan: SetPlan, options: PushOptions, context: SetContext): Promise<SetResult> {
  const timings: Partial<Record<StepName, number>> = { evaluate: context.evaluateMs }
  const extraTags = options.extraTags.map((tag) => validateTag(tag, 'extra-tag'))
  const sbomWanted = options.sbom !== false && !options.dryRun
  const run: SetRun = {
    plan,
    images: allImages(plan),
    options,
    context,
    extraTags,
    timings,
    step: stepRunner(timings, context.logger),
    clients: new Map([[options.image.name, context.registry]]),
    decisions: new Map(),
    indexFound: new Map(),
    entries: new Map(),
    // Checked before anything runs: a bad compare-to is an input error.
    sbom: { wanted: sbomWanted, compareTag: sbomWanted ? setCompareTag(options, extraTags) : undefined },
    presentSboms: new Map(),
  }
  // Every repository is named before anything is asked or built: a bad name fails the run whole.
  for (const { repositorySuffix } of [...run.images, ...plan.indexes]) clientFor(run, repositorySuffix)
  // Each image's SBOM goes to a file of its own, named after it (image-set-sbom.ts).
  if (sbomWanted && options.sbomFile) checkSbomFiles(run.images, options.sbomFile)

  await checkAll(run)
  await leaveOtherSystems(run)
  await buildMissing(run)
  // What every image shares (evaluate, check, build); each pushed image adds its own push time.
  const shared = { ...timings }
  const tempDir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'nix-image-set-'))
  try {
    await pushAll(run, tempDir, shared)
    await sbomOfPresent(run)
    const failed: SetResult['failed'] = []
    for (const image of run.images) {
      const failure = await settle(run, image, shared)
      if (failure) failed.push({ name: image.name, reason: failure })
    }
    const indexEntries = new Map<PlannedIndex, SetEntry>()
    for (const index of plan.indexes) {
      try {
        const entry = await pushIndex(index, run, shared)
        if (entry) indexEntries.set(index, entry)
      } catch (error) {
        failed.push({ name: index.name || 'index', reason: messageOf(error) })
      }
    }
    // Each image in the order of the plan, its index after its members.
    const ordered: SetEntry[] = []
    for (const image of plan.images) if (run.entries.has(image)) ordered.push(run.entries.get(image)!)
    for (const index of plan.indexes) {
      for (const member of index.members) if (run.entries.has(member)) ordered.push(run.entries.get(member)!)
      if (indexEntries.has(index)) ordered.push(indexEntries.get(index)!)
    }
    return { images: ordered, failed }
  } finally {
    await rm(tempDir, { recursive: true, force: true })
  }
}

/** The client of `<image><suffix>`, one per repository (each has its own token scope). */
function clientFor(run: SetRun, suffix: string): RegistryClient {
  const name = `${run.options.image.name}${suffix}`
  let client = run.clients.get(name)
  if (!client) {
    client = registryClient(
      run.options,
      parseImageName(name, `image (for attribute ${suffix.slice(1).replace(/\//g, '.')})`),
      run.context.logger,
    )
    run.clients.set(name, client)
  }
  return client
}

/** Asks the registry about every image's tag and every index tag, all at once. */
async function checkAll(run: SetRun): Promise<void> {
  const { images, plan, options, context } = run
  await run.step(
    'check',
    `Check ${images.length} image(s) and ${plan.indexes.length} index(es) in the registry`,
    async () => {
      await Promise.all([
        ...images.map(async (image) => {
          try {
            const manifest = await clientFor(run, image.repositorySuffix).findManifest(image.evaluated.tag)
            context.logger.info(
              `${refOf(image, options)} ${manifest ? `exists: ${manifest.digest}` : 'is not in the registry'}`,
            )
            run.decisions.set(image, decide(image, manifest, options))
          } catch (error) {
            run.decisions.set(image, { action: 'failed', reason: messageOf(error) })
          }
        }),
        ...plan.indexes.map(async (index) => {
          run.indexFound.set(
            index,
            await clientFor(run, index.repositorySuffix)
              .findManifest(index.tag)
              .catch((error: unknown) => error as Error),
          )
        }),
      ])
    },
  )
}

const toBuild = (run: SetRun): PlannedImage[] =>
  run.images.filter((image) => run.decisions.get(image)?.action === 'build')

/** Members for systems this Nix does not build are left to the job on such a runner. */
async function leaveOtherSystems(run: SetRun): Promise<void> {
  const members = toBuild(run).filter((image) => image.member && image.system)
  if (members.length === 0) return
  const buildable = await buildableSystems(run.context.nixContext)
  for (const image of members.filter((image) => !buildable.includes(image.system!))) {
    run.context.logger.info(
      `${image.name}: not built here (this Nix builds ${buildable.join(', ')}); the job on an ${image.system} runner pushes it`,
    )
    run.decisions.set(image, { action: 'elsewhere' })
  }
}

/** ONE `nix build` of every missing image (and nix2container's copyTo); those it did not build failed. */
async function buildMissing(run: SetRun): Promise<void> {
  const building = toBuild(run)
  if (building.length === 0) return
  await run.step('build', `Build ${building.map((image) => image.name).join(', ')}`, async () => {
    const paths = building.flatMap((image) => [
      image.path,
      ...(image.evaluated.kind === 'nix2container' ? [[...image.path, 'copyTo']] : []),
    ])
    const { failure, errors } = await buildAttributes(run.context.installable, run.context.nixContext, paths)
    for (const image of building) {
      const { outPath, kind } = image.evaluated
      const built =
        existsSync(outPath) && (kind !== 'nix2container' || (image.copyToPath !== null && existsSync(image.copyToPath)))
      if (!built)
        run.decisions.set(image, {
          action: 'failed',
          reason: `nix build failed: ${buildFailureFor(image, errors) ?? failure ?? 'no error message'}`,
        })
    }
  })
}

/** Pushes the built images a few at a time, each logging under its own name; a failure stays its own. */
async function pushAll(run: SetRun, tempDir: string, shared: Partial<Record<StepName, number>>): Promise<void> {
  const pushing = toBuild(run)
  if (pushing.length === 0) return
  const { options } = run
  const authFile = options.credentials
    ? await writeAuthFile(tempDir, options.image, options.credentials)
    : options.authFile
  const started = performance.now()
  await mapLimit(pushing, options.jobs ?? DEFAULT_JOBS, async (image) => {
    const imageTemp = await mkdtemp(join(tempDir, 'image-'))
    try {
      run.entries.set(image, await pushOne(run, image, { tempDir: imageTemp, authFile, shared }))
    } catch (error) {
      run.decisions.set(image, { action: 'failed', reason: messageOf(error) })
    } finally {
      await rm(imageTemp, { recursive: true, force: true })
    }
  })
  run.timings.push = Math.round(performance.now() - started)
  run.context.logger.info(`push: ${formatMs(run.timings.push)}`)
}

/** One image through the single-image push path (pushBuilt), then the registry's digest and extra tags. */
async function pushOne(
  run: SetRun,
  image: PlannedImage,
  where: { tempDir: string; authFile: string | undefined; shared: Partial<Record<StepName, number>> },
): Promise<SetEntry> {
  const { options, context } = run
  const logger = prefixed(context.logger, image.name)
  const registry = clientFor(run, image.repositorySuffix)
  const ref = refOf(image, options)
  const own: Partial<Record<StepName, number>> = {}
  // Layers the repository already holds, read as for a single image (pipeline.ts): a changed
  // member costs its changed layers.
  const registryLayers =
    image.evaluated.kind === 'nix2container'
      ? undefined
      : import('../push/layer-pairs.js').then(({ readLayerPairs }) =>
          readLayerPairs(registry, image.member ? [] : run.extraTags, logger),
        )
  const layersMayExist = await registry.hasAnyTag()
  const started = performance.now()
  const memberImage = parseImageName(`${options.image.name}${image.repositorySuffix}`)
  const sbomWanted = run.sbom.wanted
  const existed = (run.decisions.get(image) as { manifest?: ManifestInfo }).manifest
  // A first push attaches its SBOM: what of that needs no digest goes up while skopeo pushes.
  const uploads = sbomWanted && !existed ? beginArtifactUploads(registry) : undefined
  const push = await pushBuilt({
    options: { ...options, image: memberImage },
    evaluated: image.evaluated,
    outPath: image.evaluated.outPath,
    copyTo: image.evaluated.kind === 'nix2container' ? (image.copyToPath ?? undefined) : undefined,
    ref,
    tempDir: where.tempDir,
    authFile: where.authFile,
    nixContext: { ...context.nixContext, logger },
    installable: context.installable,
    logger,
    layersMayExist,
    registryLayers: await registryLayers,
    reader: sbomWanted ? storePathsReader(image.evaluated, options) : undefined,
  })
  own.push = Math.round(performance.now() - started)
  const storePaths = () => unwrap(push.read)
  // The SBOM of the digest skopeo reported is made and uploaded while the registry confirms it.
  const early =
    uploads && stageSbom({ registry, own: memberImage, tag: image.evaluated.tag, storePaths }, uploads, push.digest)
  const pushed = await confirmPush(registry, image.evaluated.tag, ref, push.digest, logger)
  // Each pushed image gets its SBOM, and is compared in its own repository, as a single image is.
  const member: SetImageSbom = { image, registry, name: memberImage, ref, subject: pushed, logger }
  const sbom = sbomWanted
    ? await timed(own, 'sbom', () =>
        sbomAndChanges(
          setImageSbomArgs(options, member, run.sbom.compareTag, { mayHaveSbom: Boolean(existed), storePaths, early }),
        ),
      )
    : {}
  // A platform set's extra tags name its index, not a member.
  const tags = image.member ? [] : run.extraTags
  await addExtraTags(registry, pushed.digest, tags, (name, _title, work) => timed(own, name, work))
  logger.info(`pushed ${ref}: ${pushed.digest}`)
  return {
    ...entryFields(image, ref, pushed.digest, options, { ...where.shared, ...own }),
    extraTags: tags,
    pushed: true,
    skipped: false,
    skopeo: push.skopeo,
    layers: push.layers,
    ...sbom,
    reason: existed
      ? `${ref} was already in the registry and was pushed again (skip-existing is off)`
      : `${ref} was not in the registry: built and pushed`,
  }
}

/**
 * The images found present keep their SBOMs, or get one without a push (pipeline.ts does the
 * same for a single image), and are compared before their extra tags move; a few at a time.
 */
async function sbomOfPresent(run: SetRun): Promise<void> {
  if (!run.sbom.wanted) return
  const members: SetImageSbom[] = []
  for (const image of run.images) {
    const decision = run.decisions.get(image)
    if (decision?.action !== 'present') continue
    const ref = refOf(image, run.options)
    const name = parseImageName(`${run.options.image.name}${image.repositorySuffix}`)
    members.push({
      image,
      registry: clientFor(run, image.repositorySuffix),
      name,
      ref,
      subject: decision.manifest,
      logger: prefixed(run.context.logger, image.name),
    })
  }
  if (members.length === 0) return
  const { options, context } = run
  const { listed, storePaths } = await presentStorePaths(members, {
    options,
    installable: context.installable,
    nixContext: context.nixContext,
    logger: context.logger,
  })
  await mapLimit(members, options.jobs ?? DEFAULT_JOBS, async (member) => {
    const own: Partial<Record<StepName, number>> = {}
    const listedSbom = listed.get(member.image)
    const args = setImageSbomArgs(options, member, run.sbom.compareTag, {
      mayHaveSbom: true,
      listed: listedSbom,
      storePaths: () => storePaths(member),
    })
    const fields = await timed(own, 'sbom', () => sbomAndChanges(args))
    run.presentSboms.set(member.image, { fields, ms: own.sbom ?? 0 })
  })
}

/** The entry of an image that was not pushed (present, dry run, left to another runner); or why it failed. */
async function settle(
  run: SetRun,
  image: PlannedImage,
  shared: Partial<Record<StepName, number>>,
): Promise<string | undefined> {
  const { options } = run
  const decision = run.decisions.get(image)!
  const ref = refOf(image, options)
  const base = (digest: string) => entryFields(image, ref, digest, options, shared)
  switch (decision.action) {
    case 'failed':
      return decision.reason
    case 'build':
      return undefined // pushed: its entry is there
    case 'present': {
      const tags = image.member ? [] : run.extraTags
      try {
        await addExtraTags(
          clientFor(run, image.repositorySuffix),
          decision.manifest.digest,
          tags,
          (_name, _title, work) => work(),
        )
      } catch (error) {
        return messageOf(error)
      }
      const sbom = run.presentSboms.get(image)
      run.entries.set(image, {
        ...entryFields(image, ref, decision.manifest.digest, options, sbom ? { ...shared, sbom: sbom.ms } : shared),
        ...sbom?.fields,
        extraTags: tags,
        pushed: false,
        skipped: true,
        reason: `${ref} is already in the registry: nothing built, nothing pushed`,
      })
      return undefined
    }
    case 'dry-run': {
      const reason = decision.manifest
        ? `dry run: ${ref} is already in the registry, a run would build and push nothing`
        : `dry run: ${ref} is not in the registry, a run would build and push it`
      run.entries.set(image, {
        ...base(decision.manifest?.digest ?? ''),
        pushed: false,
        skipped: Boolean(decision.manifest && options.skipExisting),
        reason,
      })
      return undefined
    }
    case 'elsewhere':
      run.entries.set(image, {
        ...base(''),
        pushed: false,
        skipped: false,
        reason: `${ref} is not in the registry and is for ${image.system}, which this Nix does not build: the job on such a runner pushes it`,
      })
      return undefined
  }
}

const refOf = (image: PlannedImage, options: PushOptions): string =>
  `${options.image.name}${image.repositorySuffix}:${image.evaluated.tag}`

function decide(image: PlannedImage, manifest: ManifestInfo | undefined, options: PushOptions): Decision {
  if (options.dryRun) return { action: 'dry-run', manifest }
  if (manifest && (options.skipExisting || options.noBuild)) return { action: 'present', manifest }
  if (options.noBuild) {
    const fix = image.member
      ? `the job that builds ${image.member} should push it first`
      : 'push it first without no-build'
    return {
      action: 'failed',
      reason: `${refOf(image, options)} is not in the registry, and no-build builds nothing: ${fix}`,
    }
  }
  return { action: 'build', manifest }
}

/** The platform set's index: skipped when present, pushed once every member is in the repository. */
async function pushIndex(
  index: PlannedIndex,
  run: SetRun,
  shared: Partial<Record<StepName, number>>,
): Promise<SetEntry | undefined> {
  const { options } = run
  const registry = clientFor(run, index.repositorySuffix)
  const ref = `${options.image.name}${index.repositorySuffix}:${index.tag}`
  const found = run.indexFound.get(index)
  const context = {
    members: index.members.map((image) => ({
      image,
      entry: run.entries.get(image),
      failed: run.decisions.get(image)?.action === 'failed',
    })),
    extraTags: run.extraTags,
    timings: shared,
    logger: run.context.logger,
  }
  if (found instanceof Error) throw found
  const image = `${options.image.name}${index.repositorySuffix}`
  const fields = (
    digest: string,
    platforms: SetEntry['platforms'],
  ): Omit<SetEntry, 'pushed' | 'skipped' | 'reason'> => ({
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
    extraTags: context.extraTags,
    timings: context.timings,
    platforms,
  })
  const memberPlatforms = async (): Promise<SetEntry['platforms']> => {
    return indexPlatforms(registry, found!.digest)
  }
  if (found && (options.skipExisting || options.noBuild)) {
    await addExtraTags(registry, found.digest, options.dryRun ? [] : context.extraTags, (_name, _title, work) => work())
    const reason = options.dryRun
      ? `dry run: the index ${ref} is already in the registry`
      : `the index ${ref} is already in the registry: nothing built, nothing pushed`
    return { ...fields(found.digest, await memberPlatforms()), pushed: false, skipped: true, reason }
  }
  // A failed member is reported on its own line; the index it blocks is left out of the result.
  const failedMember = context.members.find((member) => member.failed)
  if (failedMember) {
    context.logger.info(`the index ${ref} is not pushed: its member ${failedMember.image.name} failed`)
    return undefined
  }
  if (options.dryRun) {
    return {
      ...fields('', undefined),
      pushed: false,
      skipped: false,
      reason: `dry run: the index ${ref} is not in the registry, a run would push it after its members`,
    }
  }
  const waiting = context.members.filter((member) => !member.entry?.digest)
  if (waiting.length > 0) {
    const names = waiting.map((member) => member.image.member).join(', ')
    return {
      ...fields('', undefined),
      pushed: false,
      skipped: false,
      reason: `the index ${ref} waits for ${names}: once the jobs building them have pushed, a run with no-build pushes it`,
    }
  }
  const started = performance.now()
  const { body, platforms } = await buildIndex(
    registry,
    context.members.map((member) => ({
      system: member.image.member!,
      tag: member.image.evaluated.tag,
      digest: member.entry!.digest,
    })),
  )
  const pushed = await registry.putManifest(index.tag, OCI_INDEX, body)
  await addExtraTags(registry, pushed.digest, context.extraTags, (_name, _title, work) => work())
  context.logger.info(
    `pushed the index ${ref} (${platforms.map((entry) => entry.platform).join(', ')}): ${pushed.digest} in ${formatMs(Math.round(performance.now() - started))}`,
  )
  return {
    ...fields(pushed.digest, platforms),
    pushed: true,
    skipped: false,
    reason: `the index ${ref} was not in the registry: pushed, naming ${platforms.length} platform(s)`,
  }
}

function entryFields(
  image: PlannedImage,
  ref: string,
  digest: string,
  options: PushOptions,
  timings: Partial<Record<StepName, number>>,
): Omit<SetEntry, 'pushed' | 'skipped' | 'reason'> {
  const name = `${options.image.name}${image.repositorySuffix}`
  return {
    name: image.name,
    image: name,
    tag: image.evaluated.tag,
    ref,
    digest,
    digestRef: digest ? `${name}@${digest}` : '',
    outPath: image.evaluated.outPath,
    kind: image.evaluated.kind,
    tagSource: image.evaluated.tagSource,
    dryRun: options.dryRun,
    extraTags: [],
    timings,
  }
}

/** The Nix error that names this image's derivation (or one it needs), when Nix gave one. */
function buildFailureFor(image: PlannedImage, errors: string[]): string | undefined {
  const own = errors.find((error) => error.includes(`-${image.evaluated.drvName}.drv`))
  const builderFailure = errors.find((error) => /^builder for /.test(error))
  return own && /dependencies of derivation/.test(own) && builderFailure ? builderFailure : own
}

/** Runs `work` on every item, at most `limit` at a time. */
export async function mapLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
}

/** Lines of concurrent pushes, each under its image's name; no groups (they cannot interleave). */
function prefixed(logger: Logger, name: string): Logger {
  return {
    info: (message) => logger.info(`[${name}] ${message}`),
    warn: (message) => logger.warn(`[${name}] ${message}`),
    debug: (message) => logger.debug(`[${name}] ${message}`),
    group: async (title, fn) => {
      logger.info(`[${name}] ${title}`)
      return fn()
    },
  }
}

function messageOf(error: unknown): string {
  if (error instanceof NixImageError) return error.message
  return `internal error: ${(error as Error)?.message ?? String(error)}`
}
