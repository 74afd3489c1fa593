import { existsSync } from 'node:fs'
import { NixImageError } from '../base/errors.js'
import type { ImageContents } from '../sbom/contents.js'
import type { PlannedImage } from '../plan/plan.js'
import { buildAttributes, type NixContext } from '../nix/nix.js'
import { readBuiltStorePaths } from '../sbom/contents.js'
import { registryOpener } from '../registry/clients.js'
import type { PreparedNix } from '../nix/prepare.js'
import { resolveReference, validateTag } from '../registry/reference.js'
import { listReferrers, type Descriptor } from '../registry/referrers.js'
import type { ManifestInfo, RegistryClient } from '../registry/client.js'
import type { RunSbomArgs } from '../sbom/sbom.js'
import type { ImageName, Logger, PushOptions, PushResult } from '../types.js'
import { CYCLONEDX_MEDIA_TYPE } from '../registry/media-types.js'

// The SBOM and "what changed" of each image of a set, as a single image gets them (sbom.ts): a
// pushed image gets its SBOM; one found present keeps its SBOM or, pushed without one, gets one
// without being pushed again; each image is compared with what the compared tag (compare-to,
// else the first extra tag) pointed at in its OWN repository: a platform set's member with the
// image for its platform in the index the tag named (sbom.ts reads an index so).

/** What a set reports of an image's SBOM step: the single image's fields. */
export type SbomFields = Pick<PushResult, 'sbom' | 'changes' | 'changesNote'>

/**
 * A set's compare-to is a tag, at which each image is compared in its own repository; a full
 * reference names one image, so for a set it is refused before anything runs.
 */
export function setCompareTag(options: Pick<PushOptions, 'compareTo'>, extraTags: string[]): string | undefined {
  const spec = options.compareTo
  if (spec && /[/@]/.test(spec)) {
    throw new NixImageError(
      `compare-to '${spec}' names one image, and this is a set of images: give a tag (e.g. latest), at which each image is compared in its own repository`,
    )
  }
  return spec ? validateTag(spec, 'compare-to') : extraTags[0]
}

/** One image of a set, in the registry (pushed by this run or found there). */
export interface SetImageSbom {
  image: PlannedImage
  registry: RegistryClient
  /** The image's own repository. */
  name: ImageName
  ref: string
  subject: ManifestInfo
  logger: Logger
}

/** sbomAndChanges' arguments for one image of a set. */
export function setImageSbomArgs(
  options: PushOptions,
  member: SetImageSbom,
  compareTag: string | undefined,
  rest: Pick<RunSbomArgs, 'mayHaveSbom' | 'storePaths'> & Partial<Pick<RunSbomArgs, 'listed' | 'early'>>,
): RunSbomArgs {
  return {
    registry: member.registry,
    own: member.name,
    openRegistry: registryOpener(options, member.name, member.logger),
    subject: member.subject,
    ref: member.ref,
    tag: member.image.evaluated.tag,
    compareTo: compareTag ? resolveReference(compareTag, member.name, 'compare-to') : undefined,
    logger: member.logger,
    file: options.sbomFile ? memberSbomFile(options.sbomFile, member.image.name) : undefined,
    ...rest,
  }
}

/**
 * Where a set writes an image's SBOM: the sbom-file path with the image's name before its
 * extension (`nix-image.cdx.json` → `nix-image.api.cdx.json`). The name is an attribute path of
 * the repository's expression, where a quoted name holds any character: it only ever becomes part
 * of the file's name (no `/`, no `..`, no dot at either end), so the file stays in the folder.
 */
export function memberSbomFile(file: string, name: string): string {
  const safe =
    name
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^\.|\.$/g, '') || '-'
  const extension = ['.cdx.json', '.json'].find((ending) => file.endsWith(ending)) ?? ''
  return `${file.slice(0, file.length - extension.length)}.${safe}${extension}`
}

/**
 * Two images whose names give one file would overwrite each other's SBOM: refused before anything
 * runs. Compared without case, as macOS and Windows file systems compare names.
 */
export function checkSbomFiles(images: PlannedImage[], file: string): void {
  const owners = new Map<string, string>()
  for (const { name } of images) {
    const path = memberSbomFile(file, name)
    const other = owners.get(path.toLowerCase())
    if (other !== undefined)
      throw new NixImageError(
        `the images ${other} and ${name} would write their SBOMs to one file, ${path}: rename one of the attributes`,
      )
    owners.set(path.toLowerCase(), name)
  }
}

/**
 * For the images found present: whether each has an SBOM (asked all at once), and how to read
 * the store paths of those without one: ONE `nix build` of them all (a cache hit where this
 * machine built them), started only when one is asked for. Nothing is pushed.
 */
export async function presentStorePaths(
  members: SetImageSbom[],
  context: { options: PushOptions; installable: PreparedNix['installable']; nixContext: NixContext; logger: Logger },
): Promise<{
  listed: Map<PlannedImage, Descriptor | null | undefined>
  storePaths: (member: SetImageSbom) => Promise<ImageContents>
}> {
  const listed = new Map<PlannedImage, Descriptor | null | undefined>()
  await Promise.all(
    members.map(async (member) => {
      // A failed question is asked again (and warned about) by the SBOM step itself.
      const found = await listReferrers(member.registry, member.subject.digest, CYCLONEDX_MEDIA_TYPE).then(
        ([descriptor]) => descriptor ?? null,
        () => undefined,
      )
      listed.set(member.image, found)
    }),
  )
  const lacking = members.filter((member) => listed.get(member.image) === null)
  const builds = new Map<PlannedImage, Promise<{ failure?: string }>>()
  const buildOf = (member: SetImageSbom): Promise<{ failure?: string }> => {
    if (!builds.has(member.image)) {
      const batch = lacking.includes(member) ? lacking : [member]
      context.logger.info(
        `Building ${batch.map(({ image }) => image.name).join(', ')} to read their store paths for the SBOM (nothing is pushed)`,
      )
      const built = buildAttributes(
        context.installable,
        context.nixContext,
        batch.map(({ image }) => image.path),
      )
      for (const { image } of batch) builds.set(image, built)
    }
    return builds.get(member.image)!
  }
  const storePaths = async (member: SetImageSbom): Promise<ImageContents> => {
    if (context.options.noBuild)
      throw new NixImageError(
        'no-build builds nothing: a run that builds attaches the SBOM an image pushed without one lacks',
      )
    const { failure } = await buildOf(member)
    const { outPath } = member.image.evaluated
    if (!existsSync(outPath)) throw new NixImageError(`nix build failed: ${failure ?? 'no error message'}`)
    return readBuiltStorePaths(outPath, member.image.evaluated, context.options, member.logger)
  }
  return { listed, storePaths }
}
