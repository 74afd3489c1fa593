import { buildableSystems } from '../nix/build.js'
import { decide } from '../plan/decide.js'
import { clientFor, imagesTo, type ImageRun, type Run } from './context.js'

// The registry asked about every image's tag and every index tag, all at once, and each image's
// decision taken from its answer (plan/decide.ts).

export async function checkAll(run: Run, connected: Promise<void>): Promise<void> {
  const { images, plan, logger } = run
  const title = plan.single
    ? `Check whether ${images[0]?.ref} exists`
    : `Check ${images.length} image(s) and ${plan.indexes.length} index(es) in the registry`
  await run.step('check', title, async () => {
    await Promise.all([
      ...images.map(async (image) => {
        try {
          // The registry's handshake began while Nix evaluated; its failure is each image's.
          await connected
          const manifest = await image.registry.findManifest(image.image.evaluated.tag)
          logger.info(manifest ? `${image.ref} exists: ${manifest.digest}` : `${image.ref} is not in the registry`)
          image.decision = decide(manifest, run.options, () => refusal(image))
        } catch (error) {
          image.failure = error
        }
      }),
      ...plan.indexes.map(async (index) => {
        const found = await clientFor(run, index.repositorySuffix)
          .findManifest(index.tag)
          .catch((error: unknown) => error as Error)
        run.indexes.set(index, found)
      }),
    ])
  })
}

/** Why no-build cannot push an image the registry lacks, and who should push it. */
function refusal(image: ImageRun): string {
  const fix = image.image.member
    ? `the job that builds ${image.image.member} should push it first`
    : 'push it first without no-build'
  return `${image.ref} is not in the registry, and no-build builds nothing: ${fix}`
}

/** Members for systems this Nix does not build are left to the job on such a runner. */
export async function leaveOtherSystems(run: Run): Promise<void> {
  const members = imagesTo(run, 'push').filter((image) => image.image.member && image.image.system)
  if (members.length === 0) return
  const buildable = await buildableSystems(run.nix.context)
  for (const member of members as ImageRun[]) {
    const system = member.image.system ?? ''
    if (buildable.includes(system)) continue
    member.logger.info(
      `not built here (this Nix builds ${buildable.join(', ')}); the job on an ${system} runner pushes it`,
    )
    member.decision = { action: 'elsewhere' }
  }
}
