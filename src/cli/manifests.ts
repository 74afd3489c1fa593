import { tmpdir } from 'node:os'
import { pinCommand, pinManifests, verifyManifests, type ManifestOptions, type ManifestReport } from '../core/manifests.js'
import { forLog } from '../core/escape.js'
import { imageNameFor } from '../core/installable.js'
import { evaluateOnly } from '../core/pipeline.js'
import { isDigest } from '../core/reference.js'
import { privateTempDir } from '../core/temp.js'
import type { Logger } from '../core/types.js'
import { UsageError, evaluateOptions, type ParsedArgs } from './args.js'

/** `nix-image verify`: exit 1, listing what is wrong and the command that fixes it. */
export async function verify(args: ParsedArgs, logger: Logger): Promise<number> {
  const options = await manifestOptions(args, logger)
  const report = await verifyManifests(options)
  const fix = report.ok ? undefined : pinCommand(options)
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, fix })}\n`)
  } else {
    for (const finding of report.findings.filter((finding) => !finding.ok)) {
      process.stdout.write(`${forLog(`${finding.file}:${finding.line}: found ${finding.found}, expected ${finding.expected}`)}\n`)
    }
  }
  if (fix) {
    process.stderr.write(`nix-image: error: ${forLog(`${mismatchCount(report)} of ${report.image} not at tag ${report.tag}; fix with: ${fix}`)}\n`)
    return 1
  }
  logger.info(`${report.findings.length} reference(s) to ${report.image} in ${report.files.length} file(s) point at ${report.tag}`)
  return 0
}

/** `nix-image pin`: rewrites the references that verify would flag, and nothing else. */
export async function pin(args: ParsedArgs, logger: Logger): Promise<number> {
  const { report, changed } = await pinManifests(await manifestOptions(args, logger))
  for (const finding of report.findings.filter((finding) => !finding.ok)) {
    logger.info(`${finding.file}:${finding.line}: ${finding.found} -> ${finding.expected}`)
  }
  logger.info(changed.length ? `Pinned ${report.image}:${report.tag} in ${changed.join(', ')}` : `All references already point at ${report.image}:${report.tag}`)
  return 0
}

async function manifestOptions(args: ParsedArgs, logger: Logger): Promise<ManifestOptions> {
  const { values } = args
  if (!values.image) throw new UsageError('--image is required: the repository whose references to check, e.g. ghcr.io/owner/app')
  if (!values.manifests?.length) throw new UsageError('--manifests is required: the YAML files to check, e.g. --manifests "deploy/**/*.yaml"')
  if (values.digest !== undefined && !isDigest(values.digest)) {
    throw new UsageError(`--digest '${values.digest}' is not a sha256 digest: give it as sha256:<64 hex digits>`)
  }
  const evaluation = evaluateOptions(args, process.env)
  const image = imageNameFor(values.image, evaluation.installable, '--image')
  const tag = evaluation.tag ?? (await evaluateOnly({ ...evaluation, tempDir: privateTempDir(tmpdir()) }, logger)).tag
  return {
    image,
    expected: { tag, digest: values.digest },
    patterns: values.manifests,
    valuesKeys: values['values-key'] ?? [],
    allowNoReferences: values['allow-no-references'] ?? false,
    cwd: process.cwd(),
  }
}

function mismatchCount(report: ManifestReport): string {
  const count = report.findings.filter((finding) => !finding.ok).length
  return count === 1 ? '1 image reference' : `${count} image references`
}
