import { tmpdir } from 'node:os'
import {
  checkManifests,
  passedLine,
  pinManifests,
  pinSetManifests,
  staleFindings,
  staleLine,
  verifySetManifests,
  type ExpectedSetImage,
  type ManifestOptions,
  type ManifestReport,
} from '../core/deploy/manifests.js'
import { imageNameFor } from '../adapter/installable.js'
import { evaluateTags } from '../core/run/evaluate.js'
import { isDigest } from '../adapter/inputs.js'
import { privateTempDir } from '../core/base/temp.js'
import { forLog } from '../core/base/escape.js'
import type { Logger } from '../core/types.js'
import { UsageError, evaluateOptions, type ParsedArgs } from './args.js'
import { counted } from '../core/base/words.js'

/** `nix-image verify`: exit 1, listing what is wrong and the command that fixes it. */
export async function verify(args: ParsedArgs, logger: Logger): Promise<number> {
  const target = await manifestTarget(args, logger)
  if (target.type === 'set') {
    const checks = await verifySetManifests(target.expected, target.options)
    const reports = checks.map(({ report }) => report)
    const fixes = checks.flatMap(({ fix }) => (fix ? [fix] : []))
    if (args.values.json)
      process.stdout.write(`${JSON.stringify({ images: reports, fixes, ok: fixes.length === 0 })}\n`)
    else for (const report of reports) printMismatches(report)
    for (const fix of fixes)
      process.stderr.write(`nix-image: error: ${forLog(`image references not at their tag; fix with: ${fix}`)}\n`)
    if (fixes.length) return 1
    logger.info(passedLine(reports))
    return 0
  }
  const { report, fix } = await checkManifests(target.options)
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, fix })}\n`)
  } else {
    printMismatches(report)
  }
  if (fix) {
    process.stderr.write(
      `nix-image: error: ${forLog(`${mismatchCount(report)} of ${report.image} not at tag ${report.tag}; fix with: ${fix}`)}\n`,
    )
    return 1
  }
  logger.info(passedLine([report]))
  return 0
}

/** `nix-image pin`: rewrites the references that verify would flag, and nothing else. */
export async function pin(args: ParsedArgs, logger: Logger): Promise<number> {
  const target = await manifestTarget(args, logger)
  if (target.type === 'set') {
    const { reports, changed } = await pinSetManifests(target.expected, target.options)
    for (const report of reports) logFixes(report, logger)
    logger.info(
      changed.length
        ? `Pinned ${reports.length} image(s) in ${changed.join(', ')}`
        : 'All references already point at their tags',
    )
    return 0
  }
  const { report, changed } = await pinManifests(target.options)
  logFixes(report, logger)
  logger.info(
    changed.length
      ? `Pinned ${report.image}:${report.tag} in ${changed.join(', ')}`
      : `All references already point at ${report.image}:${report.tag}`,
  )
  return 0
}

type Target =
  | { type: 'image'; options: ManifestOptions }
  | { type: 'set'; expected: ExpectedSetImage[]; options: Omit<ManifestOptions, 'image' | 'expected'> }

/** What to check: one image at its tag, or each image of a set (and each index) at its own. */
async function manifestTarget(args: ParsedArgs, logger: Logger): Promise<Target> {
  const { values } = args
  if (!values.image)
    throw new UsageError('--image is required: the repository whose references to check, e.g. ghcr.io/owner/app')
  if (!values.manifests?.length)
    throw new UsageError('--manifests is required: the YAML files to check, e.g. --manifests "deploy/**/*.yaml"')
  if (values.digest !== undefined && !isDigest(values.digest)) {
    throw new UsageError(`--digest '${values.digest}' is not a sha256 digest: give it as sha256:<64 hex digits>`)
  }
  const evaluation = evaluateOptions(args, process.env)
  const image = imageNameFor(values.image, evaluation.installable, '--image')
  const common = {
    patterns: values.manifests,
    valuesKeys: values['values-key'] ?? [],
    allowNoReferences: values['allow-no-references'] ?? false,
    cwd: process.cwd(),
  }
  // A given tag names one image: nothing to evaluate.
  if (evaluation.tag !== undefined)
    return { type: 'image', options: { image, expected: { tag: evaluation.tag, digest: values.digest }, ...common } }
  const evaluated = await evaluateTags({ ...evaluation, tempDir: privateTempDir(tmpdir()) }, logger, {
    name: image,
    inputName: '--image',
  })
  if (evaluated.type === 'image')
    return {
      type: 'image',
      options: { image, expected: { tag: evaluated.image.tag, digest: values.digest }, ...common },
    }
  if (values.digest)
    throw new UsageError(
      '--digest names one image: leave it out for a set of images (each is checked against its own tag)',
    )
  // A deployment names a platform set by its index, never by a member.
  const expected = evaluated.entries
    .filter((entry) => !entry.member)
    .map((entry) => ({ image: entry.image!, tag: entry.tag }))
  return { type: 'set', expected, options: common }
}

function printMismatches(report: ManifestReport): void {
  for (const finding of staleFindings(report)) process.stdout.write(`${forLog(staleLine(finding))}\n`)
}

function logFixes(report: ManifestReport, logger: Logger): void {
  for (const finding of staleFindings(report)) {
    logger.info(`${finding.file}:${finding.line}: ${finding.found} -> ${finding.expected}`)
  }
}

function mismatchCount(report: ManifestReport): string {
  return counted(staleFindings(report).length, 'image reference')
}
