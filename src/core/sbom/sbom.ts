import { changesText } from '../report/changes.js'
import { readImageContents, type ImageContents } from './contents.js'
import { registryFor, type OpenRegistry } from '../registry/clients.js'
import {
  abandonUploads,
  attachArtifact,
  fetchDocument,
  listReferrers,
  stageArtifact,
  type Artifact,
  type BegunUploads,
  type Descriptor,
  type StagedArtifact,
} from '../registry/referrers.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import type { EvaluatedImage, ImageChanges, ImageName, ImageSide, Logger, PushOptions, SbomOutcome } from '../types.js'
import { writeFileWithin } from '../base/files.js'
import { counted } from '../base/words.js'
import { compareImages, imageSize, noPrevious, previousImage } from './compare.js'
import { sbomPackages } from './document.js'
import { CYCLONEDX_MEDIA_TYPE } from '../registry/media-types.js'

// The SBOM's life in a run: made from the image's store paths, attached to the image unless one
// is attached already (so a skipped image keeps its own, and an image pushed before SBOMs
// existed gets one without a push), written to a file when asked, and compared with the SBOM of
// the image a tag pointed at before it moves.

declare const NIX_IMAGE_VERSION: string
const TOOL_VERSION = typeof NIX_IMAGE_VERSION === 'string' ? NIX_IMAGE_VERSION : 'dev'
const TITLE = 'sbom.cdx.json'
/** The writer and the CycloneDX library it uses: loaded once, while the push runs, only when needed. */
let writer: Promise<typeof import('./cyclonedx.js')> | undefined
export function loadSbomWriter(): Promise<typeof import('./cyclonedx.js')> {
  writer ??= import('./cyclonedx.js')
  return writer
}

/** How a push reads the image's store paths while skopeo pushes it, and loads the writer meanwhile. */
export function storePathsReader(
  image: Pick<EvaluatedImage, 'kind' | 'packages'>,
  options: Pick<PushOptions, 'env' | 'nixEnv'>,
) {
  return {
    read: (path: string): Promise<ImageContents> => readImageContents(path, image, options),
    // skopeo is running: the CycloneDX library compiles in the time it leaves idle.
    started: (): void => void loadSbomWriter().catch(() => undefined),
  }
}

export interface RunSbomArgs {
  registry: RegistryClient
  /** The run's repository and how to reach others (a `compare-to` elsewhere). */
  own: ImageName
  openRegistry: OpenRegistry
  subject: ManifestInfo
  /** Whether the image may carry an SBOM already: false right after its first push. */
  mayHaveSbom: boolean
  /** Its SBOM as listed already (null: it has none); asked here when undefined. */
  listed?: Descriptor | null
  /** `image:tag` of the new image. */
  ref: string
  tag: string
  /** The image's store paths (and their NAR facts); called only when the image has no SBOM yet. */
  storePaths: () => Promise<ImageContents>
  file?: string
  /** Where the tags to move pointed before: `compare-to`, else the first extra tag. */
  compareTo?: { image: ImageName; reference: string; ref: string }
  /** A first push's SBOM, begun during the push and staged while the registry confirmed it (see stageSbom). */
  early?: EarlySbom
  logger: Logger
}

/** A first push's SBOM, made for the digest skopeo reported and staged while the registry confirms the push. */
export interface EarlySbom {
  /** The artifact's uploads begun during the push: used by the staging, or by the step's own if the registry stores another digest. */
  uploads: BegunUploads
  digest: string
  document: Promise<string>
  staged: Promise<StagedArtifact>
}

/**
 * Makes the SBOM of the image skopeo just pushed as `digest` and starts its uploads, while the
 * registry is asked to confirm the push: the SBOM step then only puts the artifact's manifest
 * and the tag index. Used by the step when the registry confirms that digest; otherwise (it
 * stores another) the step makes the document again.
 */
export function stageSbom(
  args: Pick<RunSbomArgs, 'registry' | 'own' | 'tag' | 'storePaths'>,
  uploads: BegunUploads,
  digest: string,
): EarlySbom {
  const document = documentFor(args, digest)
  const staged = document.then((text) => stageArtifact(args.registry, sbomArtifact(text), uploads))
  // Awaited by the SBOM step; a push that fails to confirm never gets there.
  document.catch(() => undefined)
  staged.catch(() => undefined)
  return { uploads, digest, document, staged }
}

const sbomArtifact = (document: string): Artifact => ({
  artifactType: CYCLONEDX_MEDIA_TYPE,
  document: Buffer.from(document),
  title: TITLE,
})

/**
 * The SBOM step of a run, after the image is in the registry and before extra tags move: the
 * image keeps the SBOM it has, or gets one; the comparison runs alongside the upload. All of it
 * is optional work: a failure warns and the run goes on (the image is pushed already).
 */
export async function sbomAndChanges(
  args: RunSbomArgs,
): Promise<{ sbom?: SbomOutcome; changes?: ImageChanges; changesNote?: string }> {
  const attached = attachAndCompare(args)
  // Uploads begun for an SBOM that was not attached (one was there, or it failed) end here.
  if (args.early) {
    const {
      registry,
      early: { uploads },
    } = args
    await attached.then(
      (outcome) => (outcome.sbom?.state === 'attached' ? undefined : abandonUploads(registry, uploads)),
      () => abandonUploads(registry, uploads),
    )
  }
  return attached
}

async function attachAndCompare(
  args: RunSbomArgs,
): Promise<{ sbom?: SbomOutcome; changes?: ImageChanges; changesNote?: string }> {
  const { registry, subject, logger } = args
  const early = args.early?.digest === subject.digest ? args.early : undefined
  // Where the tag to move points now, asked at once: on a rerun it is this very image, and then
  // neither SBOM needs reading.
  const target = args.compareTo && {
    ...args.compareTo,
    registry: registryFor(args.compareTo.image, args.openRegistry, registry, args.own),
  }
  const previous = target ? previousImage(target, registry, subject.digest) : Promise.resolve(undefined)
  previous.catch(() => undefined)
  let document: string
  let existing: Descriptor | undefined
  let found: ManifestInfo | undefined
  try {
    ;[existing] =
      args.listed !== undefined
        ? args.listed
          ? [args.listed]
          : []
        : args.mayHaveSbom
          ? await listReferrers(registry, subject.digest, CYCLONEDX_MEDIA_TYPE)
          : []
    let lookupError: Error | undefined
    found = await previous.catch((error: Error) => {
      lookupError = error
      return undefined
    })
    const sameImage = found?.digest === subject.digest
    if (existing && !args.file && (!target || !found || sameImage)) {
      // A rerun with nothing new to compare or write: knowing the SBOM is there is enough.
      logger.info(`${args.ref} keeps the SBOM attached before (${existing.digest})`)
      const sbom: SbomOutcome = { artifact: existing.digest, state: 'present' }
      if (!target) return { sbom }
      if (lookupError) return { sbom, changesNote: `could not compare with ${target.ref}: ${lookupError.message}` }
      if (!found) return { sbom, changesNote: noPrevious(target.ref) }
      const same = {
        from: { ref: target.ref, digest: found.digest },
        to: { ref: args.ref, digest: subject.digest },
        added: [],
        removed: [],
        changed: [],
        rebuilt: [],
      }
      for (const line of changesText(same)) logger.info(line)
      return { sbom, changes: same }
    }
    document = existing
      ? (await fetchDocument(registry, existing)).toString('utf8')
      : early
        ? await early.document
        : await documentFor(args, subject.digest)
  } catch (error) {
    logger.warn(`no SBOM for ${args.ref}: ${(error as Error).message}`)
    return { changesNote: target ? 'no SBOM for this image: nothing to compare' : undefined }
  }
  const packages = sbomPackages(document)
  const started = performance.now()
  const [attached, compared] = await Promise.allSettled([
    existing
      ? Promise.resolve(undefined)
      : (early
          ? early.staged
          : Promise.resolve(stageArtifact(registry, sbomArtifact(document), args.early?.uploads))
        ).then((staged) => attachArtifact(registry, subject, staged)),
    target
      ? previous.then(async (before) => {
          const side: ImageSide = {
            ref: args.ref,
            digest: subject.digest,
            size: await imageSize(registry, subject.digest),
          }
          return compareImages({ ...target, found: before }, { side, packages })
        })
      : Promise.resolve<{ changes?: ImageChanges; note?: string }>({}),
  ])

  let sbom: SbomOutcome | undefined
  if (existing) {
    sbom = { artifact: existing.digest, state: 'present', components: packages.length }
    logger.info(`${args.ref} keeps the SBOM attached before (${existing.digest})`)
  } else if (attached.status === 'fulfilled' && attached.value) {
    const { digest, via } = attached.value
    sbom = { artifact: digest, state: 'attached', via, components: packages.length }
    const how = via === 'api' ? "the registry's referrers API" : `the referrers tag ${subject.digest.replace(':', '-')}`
    logger.info(
      `Attached an SBOM of ${counted(packages.length, 'store path')} (${digest}), found through ${how}, in ${Math.round(performance.now() - started)} ms`,
    )
  } else if (attached.status === 'rejected') {
    logger.warn(`could not attach the SBOM to ${args.ref}: ${(attached.reason as Error).message}`)
  }
  if (args.file) {
    try {
      // The document holds store paths and the image's name and digest: nothing secret.
      // Like every file nix-image writes: never through a symlink out of the working tree.
      await writeFileWithin(args.file, document, 'SBOM file', process.cwd())
      if (sbom) sbom.file = args.file
    } catch (error) {
      logger.warn(`could not write the SBOM to ${args.file}: ${(error as Error).message}`)
    }
  }
  if (compared.status === 'rejected') {
    const note = `could not compare with ${target ? target.ref : ''}: ${(compared.reason as Error).message}`
    logger.warn(note)
    return { sbom, changesNote: note }
  }
  const { changes, note } = compared.value
  if (changes) for (const line of changesText(changes)) logger.info(line)
  if (note) logger.info(note)
  return { sbom, changes, changesNote: note }
}

async function documentFor(args: Pick<RunSbomArgs, 'own' | 'tag' | 'storePaths'>, digest: string): Promise<string> {
  const { cyclonedxDocument } = await loadSbomWriter()
  return cyclonedxDocument({ image: args.own.name, tag: args.tag, digest }, await args.storePaths(), TOOL_VERSION)
}
