import { existsSync } from 'node:fs'
import { NixImageError } from '../base/errors.js'
import { buildDerivations, buildDerivationsKeepGoing } from '../nix/build.js'
import { describeInstallable } from '../nix/nix.js'
import type { PlannedImage } from '../plan/plan.js'
import { imagesTo, type ImageRun, type Run } from './context.js'

// ONE `nix build` of every image the plan pushes (with nix2container's copyTo), naming the
// derivations the evaluation wrote: nothing is evaluated again. A single image may skip it (the
// store holds it already) and may fill binary caches around it; a set's images are built
// together (Nix builds them in parallel), and one that failed fails alone.

/** The binary cache module, loaded for a run that uses one. */
export type BinaryCache = typeof import('../cache/binary-cache.js')

export interface BuildInputs {
  /** Whether the store already holds a single image (asked while the registry was). */
  held: Promise<boolean>
  binaryCache?: BinaryCache
  /** The run's folder (the binary caches' keys go there). */
  tempDir: string
}

export async function buildStep(run: Run, inputs: BuildInputs): Promise<void> {
  const building = imagesTo(run, 'push')
  if (building.length === 0) return
  if (run.plan.single) {
    const [image] = building
    if (image) await buildSingle(run, image, inputs).catch((error: unknown) => (image.failure = error))
    return
  }
  await run.step('build', `Build ${building.map((image) => image.image.name).join(', ')}`, async () => {
    const derivations = building.flatMap(({ image }) => derivationsOf(image))
    const { failure, errors } = await buildDerivationsKeepGoing(derivations, run.nix.context)
    for (const image of building) {
      const { outPath, kind } = image.image.evaluated
      const copyTo = image.image.copyToPath ?? undefined
      if (existsSync(outPath) && (kind !== 'nix2container' || (copyTo && existsSync(copyTo)))) {
        image.built = { outPath, copyTo }
      } else {
        const why = buildFailureFor(image.image, errors) ?? failure ?? 'no error message'
        image.failure = new NixImageError(`nix build failed: ${why}`)
      }
    }
  })
}

async function buildSingle(run: Run, image: ImageRun, inputs: BuildInputs): Promise<void> {
  const { binaryCache } = inputs
  const { options, nix } = run
  const { evaluated } = image.image
  const caches =
    binaryCache && options.binaryCache
      ? await binaryCache.prepareCaches(options.binaryCache, inputs.tempDir, run.logger)
      : undefined
  const what = describeInstallable(nix.installable)
  const { built, outPaths, snapshot } = await run.step('build', `Build ${what}`, async () => {
    // What the store lacks before the build, to tell afterwards what this run built.
    const snapshot =
      caches && evaluated.drvPath
        ? await binaryCache?.snapshotBuildClosure(evaluated.drvPath, nix.context.env)
        : undefined
    if (await inputs.held) {
      run.logger.info(`${evaluated.outPath} is in the Nix store: nothing to build`)
      return { built: [evaluated.outPath], outPaths: undefined, snapshot }
    }
    // nix2container pushes with the image's copyTo: built in the same Nix call.
    const substituters = caches ? (binaryCache?.substituterArgs(caches) ?? []) : []
    const outPaths = await buildDerivations(derivationsOf(image.image), what, nix.context, substituters)
    return { built: [...outPaths.values()], outPaths, snapshot }
  })
  const outPath = outPaths?.get(evaluated.drvPath ?? '') ?? evaluated.outPath
  const copyTo = outPaths?.get(evaluated.copyToDrvPath ?? '')
  // Equal unless the derivation is content-addressed (its out path known only once built).
  if (outPath !== evaluated.outPath) {
    run.logger.warn(`nix build produced ${outPath}, evaluation said ${evaluated.outPath}; pushing what was built`)
  }
  image.built = { outPath, copyTo }
  // Before the push: what was built is kept even when the push fails.
  if (binaryCache && caches && snapshot) {
    image.cache = await run.step('cache', 'Upload to the binary cache', () =>
      binaryCache.updateCaches(caches, snapshot, built, nix.context.env, run.logger),
    )
  }
}

/** The derivations that build an image: its own, and nix2container's copyTo (which pushes it). */
function derivationsOf(image: PlannedImage): string[] {
  const { drvPath, copyToDrvPath, kind } = image.evaluated
  // Evaluation names both (plan/image.ts); only an image from a source record lacks them, and it is never built.
  if (!drvPath || (kind === 'nix2container' && !copyToDrvPath)) {
    throw new Error(`${image.name || 'the image'} has no derivation to build`)
  }
  return copyToDrvPath ? [drvPath, copyToDrvPath] : [drvPath]
}

/** The Nix error that names this image's derivation (or one it needs), when Nix gave one. */
function buildFailureFor(image: PlannedImage, errors: string[]): string | undefined {
  const own = errors.find((error) => error.includes(`-${image.evaluated.drvName}.drv`))
  const builderFailure = errors.find((error) => /^builder for /.test(error))
  return own && /dependencies of derivation/.test(own) && builderFailure ? builderFailure : own
}
