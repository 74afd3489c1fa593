import { NixImageError } from '../base/errors.js'
import { describeImage } from './image.js'
import { isStorePath } from '../nix/store-path.js'
import { indexTag } from '../registry/image-index.js'
import { describeInstallable, evaluatePrepared, type EvalInfo } from '../nix/nix.js'
import type { PreparedNix } from '../nix/prepare.js'
import { validateTag } from '../registry/reference.js'
import { tagExplanation } from '../report/result.js'
import type { EvaluatedImage, TagSource } from '../types.js'

// What an installable is, told from ONE evaluation: an image, a set of images, or a platform set
// (one image per Nix system), with every tag (and every index tag) known before anything is built.

// `cpu-kernel` as Nix names systems (x86_64-linux, aarch64-darwin, armv7l-linux, riscv64-linux…).
const SYSTEM = /^[a-z][a-z0-9_]*-(linux|darwin|freebsd|netbsd|openbsd|windows|cygwin|none|wasi|redox|genode)$/

export const isNixSystem = (name: string): boolean => SYSTEM.test(name)

/** One image of a set, pushed to its own repository (or, as a platform set's member, the index's). */
export interface PlannedImage {
  /** The attribute path below the installable, as printed: `api`, `app.aarch64-linux`. */
  name: string
  path: string[]
  /** What to append to the image option for this image's repository: `/api`, or '' . */
  repositorySuffix: string
  evaluated: EvaluatedImage
  /** The derivation's system: which machine can build it. */
  system: string | null
  copyToPath: string | null
  /** The Nix system this image is the member for, in a platform set. */
  member?: string
}

/** A platform set: its members are pushed under their own tags, then an index under `tag`. */
export interface PlannedIndex {
  name: string
  repositorySuffix: string
  tag: string
  tagSource: TagSource
  members: PlannedImage[]
}

export interface SetPlan {
  images: PlannedImage[]
  indexes: PlannedIndex[]
}

export type Evaluation = { type: 'image'; evaluated: EvaluatedImage } | { type: 'set'; plan: SetPlan }

/** What a run goes through: every image (a single image is a set of one) and every index. */
export interface RunPlan extends SetPlan {
  /** The installable is one image: it keeps its repository, and its failure is the run's error. */
  single: boolean
}

/** The run's plan from an evaluation: a single image becomes a set of one, in the image's own repository. */
export function runPlan(evaluation: Evaluation): RunPlan {
  if (evaluation.type === 'set') return { ...evaluation.plan, single: false }
  const image: PlannedImage = {
    name: '',
    path: [],
    repositorySuffix: '',
    evaluated: evaluation.evaluated,
    system: null,
    copyToPath: null,
  }
  return { images: [image], indexes: [], single: true }
}

/**
 * Tells from one evaluation what the installable is: an image; a platform set (all its names are
 * Nix systems: one image for several platforms, pushed as an index); or a set of images, each
 * pushed to `<image>/<name>`, each an image or a platform set.
 */
export function planEvaluation(info: EvalInfo, what: string, explicitTag?: string): Evaluation {
  if (info.isDerivation || !info.members) return { type: 'image', evaluated: describeImage(info, what, explicitTag) }
  const names = Object.keys(info.members)
  if (names.length === 0) {
    throw new NixImageError(
      `${what} is an attribute set without images: point it at an image, a set of images or a set of images per Nix system`,
    )
  }
  if (names.every(isNixSystem))
    return { type: 'set', plan: { images: [], indexes: [platformSet(info.members, [], what, explicitTag)] } }
  const plan: SetPlan = { images: [], indexes: [] }
  for (const name of names.sort()) {
    const member = info.members[name]!
    if (
      !member.isDerivation &&
      member.members &&
      Object.keys(member.members).length > 0 &&
      Object.keys(member.members).every(isNixSystem)
    ) {
      plan.indexes.push(platformSet(member.members, [name], what, explicitTag))
    } else if (!member.isDerivation) {
      throw new NixImageError(
        `${what}: attribute ${name} is neither an image nor a set of images per Nix system (x86_64-linux, aarch64-linux…)`,
      )
    } else {
      plan.images.push(plannedImage(member, [name], `/${name.toLowerCase()}`, what, explicitTag))
    }
  }
  return { type: 'set', plan }
}

function plannedImage(
  info: EvalInfo,
  path: string[],
  repositorySuffix: string,
  what: string,
  explicitTag?: string,
  member?: string,
): PlannedImage {
  const name = path.join('.')
  const evaluated = describeImage(info, `${what} attribute ${name}`, explicitTag)
  // Run after the build as `<copyTo>/bin/copy-to`: it must be a store path, like the image's.
  if (evaluated.kind === 'nix2container' && !(info.copyToPath && isStorePath(info.copyToPath))) {
    throw new NixImageError(
      `${what} attribute ${name}: its copyTo is not a derivation with a Nix store path: point it at a nix2container image`,
    )
  }
  return {
    name,
    path,
    repositorySuffix,
    evaluated,
    system: info.system,
    copyToPath: info.copyToPath,
    member,
  }
}

function platformSet(
  members: Record<string, EvalInfo>,
  path: string[],
  what: string,
  explicitTag?: string,
): PlannedIndex {
  const repositorySuffix = path.length ? `/${path.join('/').toLowerCase()}` : ''
  // Members keep their own Nix-hash tags (they share the repository); a given tag names the index.
  const images = Object.keys(members)
    .sort()
    .map((system) => plannedImage(members[system]!, [...path, system], repositorySuffix, what, undefined, system))
  const tag = explicitTag
    ? validateTag(explicitTag)
    : indexTag(images.map((image) => ({ system: image.member!, tag: image.evaluated.tag })))
  return { name: path.join('.'), repositorySuffix, tag, tagSource: explicitTag ? 'option' : 'members', members: images }
}

/** Evaluates the installable once and tells what it is; logs each tag. */
export async function evaluateInstallable(prepared: PreparedNix, tag: string | undefined): Promise<Evaluation> {
  const { context, installable } = prepared
  const what = describeInstallable(installable)
  const evaluation = planEvaluation(await evaluatePrepared(prepared), what, tag)
  if (evaluation.type === 'image') {
    context.logger.info(
      `Tag ${evaluation.evaluated.tag}: ${tagExplanation(evaluation.evaluated)} — kind ${evaluation.evaluated.kind}`,
    )
    return evaluation
  }
  for (const image of allImages(evaluation.plan))
    context.logger.info(
      `${image.name}: tag ${image.evaluated.tag} (${tagExplanation(image.evaluated)}), kind ${image.evaluated.kind}`,
    )
  for (const index of evaluation.plan.indexes)
    context.logger.info(`${index.name || 'index'}: index tag ${index.tag} (${tagExplanation(index)})`)
  return evaluation
}

export const allImages = (plan: SetPlan): PlannedImage[] => [
  ...plan.images,
  ...plan.indexes.flatMap((index) => index.members),
]
