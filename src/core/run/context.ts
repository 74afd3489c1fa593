import { NixImageError } from '../base/errors.js'
import { stepRunner, timed } from '../base/timing.js'
import type { PreparedNix } from '../nix/prepare.js'
import type { Decision } from '../plan/decide.js'
import type { PlannedImage, PlannedIndex, RunPlan } from '../plan/plan.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import { registryClient } from '../registry/clients.js'
import { parseImageName, resolveReference, validateTag } from '../registry/reference.js'
import { memberSbomFile } from '../sbom/files.js'
import type { RunSbomArgs } from '../sbom/sbom.js'
import type { CacheReport, ImageName, Logger, PushOptions, SetEntry, StepName, StepTimings } from '../types.js'

// What a run knows once evaluation has planned it: the options, the plan, one client per
// repository, and for each image its own record of what became of it. The phases (run/push.ts)
// fill in each image's decision, then its failure or its entry: no image's state lives anywhere
// but in its own record.

/** Runs one step of an image's work, noting its time (and, for a single image, its group and log line). */
export type Step = <T>(name: StepName, title: string, work: () => Promise<T>) => Promise<T>

/** One image of the run and what became of it. */
export interface ImageRun {
  image: PlannedImage
  /** Its repository (the image option, with the image's attribute path for a set's image). */
  name: ImageName
  /** `repository:tag`. */
  ref: string
  registry: RegistryClient
  /** The run's logger; a set's images prefix their lines with their name. */
  logger: Logger
  /** The extra tags this image gets: none for a platform set's member (they name its index). */
  extraTags: string[]
  /** The times of its own steps (push, SBOM, tag), after the run's shared ones. */
  timings: StepTimings
  step: Step
  decision?: Decision
  /** What the build gave: the image (and nix2container's copyTo) to push. */
  built?: { outPath: string; copyTo?: string }
  /** What the binary caches did around a single image's build. */
  cache?: CacheReport
  /** The manifest the registry stores for it, pushed by this run or found there. */
  manifest?: ManifestInfo
  /** Why it failed: the error as thrown (a single image's run rethrows it). */
  failure?: unknown
  entry?: SetEntry
}

export interface Run {
  plan: RunPlan
  options: PushOptions
  nix: PreparedNix
  logger: Logger
  extraTags: string[]
  /** Whether images get SBOMs; compared where: resolved before anything runs (a bad reference is an input error). */
  sbom: { wanted: boolean; compareTo?: (name: ImageName) => RunSbomArgs['compareTo'] }
  /** The steps every image shares (evaluate, check, build, cache). */
  timings: StepTimings
  /** A step of the run as a whole: a titled group, its time in `timings`, a log line. */
  step: Step
  images: ImageRun[]
  /** What the registry said of each index tag. */
  indexes: Map<PlannedIndex, ManifestInfo | undefined | Error>
  clients: Map<string, RegistryClient>
  /** The image was told by its source record, not by evaluation: no Nix runs. */
  recorded?: boolean
}

/**
 * The run's records. Every repository is named before anything is asked or built: a bad name
 * fails the run whole, as do a bad extra tag or compare-to.
 */
export function createRun(
  plan: RunPlan,
  options: PushOptions,
  nix: PreparedNix,
  own: RegistryClient,
  logger: Logger,
  timings: StepTimings,
): Run {
  const extraTags = options.extraTags.map((tag) => validateTag(tag, 'extra-tag'))
  const wanted = options.sbom !== false && !options.dryRun
  const clients = new Map([[options.image.name, own]])
  const run: Run = {
    plan,
    options,
    nix,
    logger,
    extraTags,
    sbom: { wanted, compareTo: wanted ? compareTarget(plan, options, extraTags) : undefined },
    timings,
    step: stepRunner(timings, logger),
    images: [],
    indexes: new Map(),
    clients,
  }
  const imageNames = [...plan.images, ...plan.indexes.flatMap((index) => index.members)]
  run.images = imageNames.map((image) => imageRun(run, image))
  for (const index of plan.indexes) clientFor(run, index.repositorySuffix)
  return run
}

function imageRun(run: Run, image: PlannedImage): ImageRun {
  const registry = clientFor(run, image.repositorySuffix)
  const name = repositoryOf(run, image.repositorySuffix)
  const timings: StepTimings = {}
  const logger = run.plan.single ? run.logger : prefixed(run.logger, image.name)
  return {
    image,
    name,
    ref: `${name.name}:${image.evaluated.tag}`,
    registry,
    logger,
    extraTags: image.member ? [] : run.extraTags,
    timings,
    // A single image's steps are the run's (titled groups in the log); a set's run concurrently.
    step: run.plan.single ? stepRunner(timings, logger) : (name, _title, work) => timed(timings, name, work),
  }
}

/** The repository `<image><suffix>`, named for errors after the attribute it is for. */
function repositoryOf(run: Run, suffix: string): ImageName {
  if (!suffix) return run.options.image
  return parseImageName(
    `${run.options.image.name}${suffix}`,
    `image (for attribute ${suffix.slice(1).replace(/\//g, '.')})`,
  )
}

/** The client of `<image><suffix>`, one per repository (each has its own token scope). */
export function clientFor(run: Run, suffix: string): RegistryClient {
  const name = repositoryOf(run, suffix)
  let client = run.clients.get(name.name)
  if (!client) {
    client = registryClient(run.options, name, run.logger)
    run.clients.set(name.name, client)
  }
  return client
}

/**
 * Where each image is compared before its tags move: compare-to, else the first extra tag. A
 * single image may name any reference; a set's images are each compared at a tag of their own
 * repository, so for a set a full reference is refused.
 */
function compareTarget(plan: RunPlan, options: PushOptions, extraTags: string[]): Run['sbom']['compareTo'] {
  const spec = options.compareTo
  if (plan.single) {
    const given = spec ?? extraTags[0]
    const target = given ? resolveReference(given, options.image, 'compare-to') : undefined
    return () => target
  }
  if (spec && /[/@]/.test(spec)) {
    throw new NixImageError(
      `compare-to '${spec}' names one image, and this is a set of images: give a tag (e.g. latest), at which each image is compared in its own repository`,
    )
  }
  const tag = spec ? validateTag(spec, 'compare-to') : extraTags[0]
  return (name) => (tag ? resolveReference(tag, name, 'compare-to') : undefined)
}

/** Where the image's SBOM is also written: the sbom-file itself, or for a set the image's own file beside it. */
export function sbomFileOf(run: Run, image: ImageRun): string | undefined {
  const file = run.options.sbomFile
  if (!file || run.plan.single) return file
  return memberSbomFile(file, image.image.name)
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

/** The images whose decision is `action`, not failed. */
export function imagesTo<A extends Decision['action']>(
  run: Run,
  action: A,
): Array<ImageRun & { decision: Extract<Decision, { action: A }> }> {
  return run.images.filter(
    (image): image is ImageRun & { decision: Extract<Decision, { action: A }> } =>
      image.failure === undefined && image.decision?.action === action,
  )
}
