import { mapLimit } from '../base/concurrency.js'
import { NixImageError } from '../base/errors.js'
import { storeHolds } from '../nix/build.js'
import { CYCLONEDX_MEDIA_TYPE } from '../registry/media-types.js'
import { listReferrers } from '../registry/referrers.js'
import { readBuiltStorePaths } from '../sbom/contents.js'
import { sbomAndChanges } from '../sbom/sbom.js'
import { imagesTo, type Run } from './context.js'
import { sbomArgs } from './push-one.js'
import type { SbomFields } from './result.js'

// The images found in the registry keep their SBOMs and are compared before their extra tags
// move. One pushed before SBOMs were attached gets one only when that needs no build: a skip
// builds nothing, so the store must already hold the image to read its store paths from.

/** The SBOM step of every present image, a few at a time; what each reports. */
export async function sbomOfPresent(run: Run, jobs: number): Promise<Map<string, SbomFields>> {
  const fields = new Map<string, SbomFields>()
  const present = imagesTo(run, 'present')
  if (!run.sbom.wanted || present.length === 0) return fields
  await mapLimit(present, jobs, async (image) => {
    const subject = image.decision.manifest
    // A failed question is asked again (and warned about) by the SBOM step itself.
    const listed = await listReferrers(image.registry, subject.digest, CYCLONEDX_MEDIA_TYPE).then(
      ([descriptor]) => descriptor ?? null,
      () => undefined,
    )
    const { outPath } = image.image.evaluated
    const storePaths = async () => {
      if (run.recorded) {
        throw new NixImageError(
          'the source record answered this run without Nix: a run that evaluates (source-record: false) attaches the SBOM the image lacks',
        )
      }
      // Read from the image as the store holds it (a stream image's script run to a file): never built.
      if (!(await storeHolds([outPath], run.nix.context))) {
        throw new NixImageError(
          `the registry holds it without one, and a skip builds nothing (the Nix store does not hold ${outPath}): build it with Nix and run again, or run with skip-existing off, to attach one`,
        )
      }
      return readBuiltStorePaths(outPath, image.image.evaluated, run.options, image.logger)
    }
    const args = { ...sbomArgs(run, image, subject, true, storePaths), listed }
    fields.set(image.ref, await image.step('sbom', 'SBOM', () => sbomAndChanges(args)))
  })
  return fields
}
