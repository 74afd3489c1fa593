import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { unwrap } from '../base/settled.js'
import { confirmPush, countUploaded } from '../push/confirm.js'
import type { RegistryLayers } from '../push/layer-pairs.js'
import { pushBuilt, resolveSkopeo } from '../push/push-built.js'
import type { Skopeo } from '../push/skopeo.js'
import type { ManifestInfo } from '../registry/client.js'
import { registryOpener } from '../registry/clients.js'
import { beginArtifactUploads } from '../registry/referrers.js'
import type { ImageContents } from '../sbom/contents.js'
import { type RunSbomArgs, sbomAndChanges, stageSbom, storePathsReader } from '../sbom/sbom.js'
import type { Outcome } from './result.js'
import { type ImageRun, imagesTo, type Run, sbomFileOf } from './context.js'
import { toolEnvOf } from '../base/children.js'

// The one push sequence of an image, a single image's or a set's: what the registry holds is read
// while Nix builds; then skopeo pushes (the SBOM's store paths read beside it), the registry
// confirms what it stores, the image gets its SBOM and is compared before its extra tags move.

/** What a push asks before the build, so it is known when the build ends. */
export interface Prefetch {
  /** The repository has tags: some layers may be there already (into an empty one, none can be skipped). */
  layersMayExist: Promise<boolean>
  /** The registry's pairs of uncompressed layers and their blobs: an unchanged layer costs a HEAD request. */
  registryLayers: Promise<RegistryLayers | undefined>
}

/**
 * Starts, for every image to push, what its push will need of the registry, and finds skopeo
 * once (a `--version` call, or a Nix build where it is missing or too old; nix2container pushes
 * with its own): all of it runs while Nix builds.
 */
export function prefetch(run: Run): { images: Map<ImageRun, Prefetch>; skopeo?: Promise<Skopeo> } {
  const pushing = imagesTo(run, 'push')
  const images = new Map<ImageRun, Prefetch>()
  for (const image of pushing) {
    const layersMayExist = image.registry.hasAnyTag()
    // Loaded on first use, like the HTTP client: a rerun that skips never needs it.
    const registryLayers =
      image.image.evaluated.kind === 'nix2container'
        ? Promise.resolve(undefined)
        : import('../push/layer-pairs.js').then(({ readLayerPairs }) =>
            readLayerPairs(image.registry, image.extraTags, image.logger),
          )
    // Awaited by the push; an image that fails to build never gets there.
    layersMayExist.catch(() => undefined)
    registryLayers.catch(() => undefined)
    images.set(image, { layersMayExist, registryLayers })
  }
  const needsSkopeo = pushing.some(({ image }) => image.evaluated.kind !== 'nix2container')
  const skopeo = needsSkopeo ? resolveSkopeo(run.nix.installable, run.nix.context, toolEnvOf(run.options)) : undefined
  skopeo?.catch(() => undefined)
  return { images, skopeo }
}

export interface PushPlace {
  /** The run's folder: the image's own goes inside it. */
  tempDir: string
  authFile: string | undefined
  skopeo?: Promise<Skopeo>
}

/** Pushes one built image, then gives it its SBOM and its extra tags. */
export async function pushOne(
  run: Run,
  image: ImageRun & { decision: { action: 'push'; existing?: ManifestInfo } },
  asked: Prefetch,
  place: PushPlace,
): Promise<Extract<Outcome, { outcome: 'pushed' }>> {
  const { options } = run
  const { evaluated } = image.image
  const { existing } = image.decision
  const built = image.built ?? { outPath: evaluated.outPath }
  const sbomWanted = run.sbom.wanted
  const tempDir = await mkdtemp(join(place.tempDir, 'image-'))
  let removed: Promise<void> | undefined
  try {
    const layersMayExist = await asked.layersMayExist
    const registryLayers = await asked.registryLayers
    // A first push attaches its SBOM: what of that needs no digest goes up while skopeo pushes.
    // (A push that fails leaves the upload session to the registry, which expires unused ones:
    // closing it would make the failure's report wait on a registry that may be failing too.)
    const uploads = sbomWanted && !existing ? beginArtifactUploads(image.registry) : undefined
    const push = await image.step('push', `Push ${image.ref}`, () =>
      pushBuilt({
        options: { ...options, image: image.name },
        installable: run.nix.installable,
        evaluated,
        outPath: built.outPath,
        copyTo: built.copyTo,
        ref: image.ref,
        tempDir,
        authFile: place.authFile,
        nixContext: { ...run.nix.context, logger: image.logger },
        logger: image.logger,
        layersMayExist,
        registryLayers,
        reader: sbomWanted ? storePathsReader(evaluated, options) : undefined,
        skopeo: evaluated.kind === 'nix2container' ? undefined : place.skopeo,
      }),
    )
    // Nothing reads the image's folder after the push (the store paths are read): it goes while
    // the registry is asked.
    removed = rm(tempDir, { recursive: true, force: true })
    const storePaths = () => unwrap(push.read)
    // The SBOM of the digest skopeo reported is made and uploaded while the registry confirms it.
    const early =
      uploads &&
      stageSbom({ registry: image.registry, own: image.name, tag: evaluated.tag, storePaths }, uploads, push.digest)
    // Into an empty repository every layer is uploaded: the pushed manifest says how many.
    const [pushed, counted] = await Promise.all([
      confirmPush(image.registry, evaluated.tag, image.ref, push.digest, image.logger),
      push.layers || layersMayExist ? undefined : countUploaded(image.registry, push.digest),
    ])
    const sbom = sbomWanted
      ? await image.step('sbom', 'SBOM', () =>
          sbomAndChanges({ ...sbomArgs(run, image, pushed, Boolean(existing), storePaths), early }),
        )
      : {}
    await tagStep(image, pushed.digest)
    if (!run.plan.single) image.logger.info(`pushed ${image.ref}: ${pushed.digest}`)
    return {
      outcome: 'pushed',
      manifest: pushed,
      existed: Boolean(existing),
      layers: push.layers ?? counted,
      skopeo: push.skopeo,
      cache: image.cache,
      ...sbom,
    }
  } finally {
    await (removed ?? rm(tempDir, { recursive: true, force: true }))
  }
}

/** The one tagging step: an image's extra tags moved to its digest, after its comparison. */
export async function tagStep(image: ImageRun, digest: string): Promise<void> {
  if (image.extraTags.length === 0) return
  await image.step('tag', `Tag ${image.extraTags.join(', ')}`, async () => {
    for (const tag of image.extraTags) await image.registry.addTag(digest, tag)
  })
}

/** sbomAndChanges' arguments for an image in the registry (pushed by this run or found there). */
export function sbomArgs(
  run: Run,
  image: ImageRun,
  subject: ManifestInfo,
  mayHaveSbom: boolean,
  storePaths: () => Promise<ImageContents>,
): RunSbomArgs {
  return {
    registry: image.registry,
    own: image.name,
    openRegistry: registryOpener(run.options, image.name, image.logger),
    subject,
    mayHaveSbom,
    ref: image.ref,
    tag: image.image.evaluated.tag,
    storePaths,
    file: sbomFileOf(run, image),
    compareTo: run.sbom.compareTo?.(image.name),
    logger: image.logger,
  }
}
