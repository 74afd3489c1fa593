#!/usr/bin/env node
import { tmpdir } from 'node:os'
import { failureMessage } from '../adapter/exit.js'
import { NixImageError } from '../core/base/errors.js'
import { forLog } from '../core/base/escape.js'
import { pushImages } from '../core/run/push.js'
import { evaluateTags } from '../core/run/evaluate.js'
import { resultRecord, setResultRecord } from '../core/report/result.js'
import { describeReport } from '../core/report/cache.js'
import { privateTempDir } from '../core/base/temp.js'
import type { Logger, PushResult, SetResult } from '../core/types.js'
import { USAGE, UsageError, evaluateOptions, parseCommandLine, pushOptions, type ParsedArgs } from './args.js'
import { stderrLogger } from './logger.js'
import { parseOutputFiles, writeOutputFiles } from './outputs.js'
import { counted } from '../core/base/words.js'

declare const NIX_IMAGE_VERSION: string

async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv)
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (args.values.version) {
    process.stdout.write(`${NIX_IMAGE_VERSION}\n`)
    return 0
  }
  const logger = stderrLogger(args.values.verbose ?? false)
  switch (args.command) {
    case 'push': {
      const outputs = parseOutputFiles(args.values.output ?? [])
      const outcome = await pushImages({ ...pushOptions(args, process.env), tempDir: privateTempDir(tmpdir()) }, logger)
      if ('single' in outcome) {
        await writeOutputFiles(outputs, outcome.single)
        process.stdout.write(
          args.values.json ? `${JSON.stringify(resultRecord(outcome.single))}\n` : humanResult(outcome.single),
        )
        return 0
      }
      if (outputs.length) logger.warn("--output writes one image's results: a set of images wrote none (use --json)")
      process.stdout.write(
        args.values.json ? `${JSON.stringify(setResultRecord(outcome.set))}\n` : humanSetResult(outcome.set),
      )
      // One line per image that failed, saying why; the others were pushed all the same.
      for (const { name, reason } of outcome.set.failed)
        process.stderr.write(`nix-image: error: ${forLog(`${name || 'index'}: ${reason}`)}\n`)
      return outcome.set.failed.length ? 1 : 0
    }
    case 'tag':
      return printTag(args, logger)
    // The YAML code loads only for the commands that read manifests.
    case 'verify':
      return (await import('./manifests.js')).verify(args, logger)
    case 'pin':
      return (await import('./manifests.js')).pin(args, logger)
    case 'diff':
      return (await import('./diff.js')).diff(args, logger)
    case undefined:
      throw new UsageError('no command given')
    default:
      throw new UsageError(`unknown command '${args.command}'`)
  }
}

async function printTag(args: ParsedArgs, logger: Logger): Promise<number> {
  const options = evaluateOptions(args, process.env)
  const evaluation = await evaluateTags({ ...options, tempDir: privateTempDir(tmpdir()) }, logger)
  if (evaluation.type === 'image') {
    const { image } = evaluation
    process.stdout.write(
      args.values.json
        ? `${JSON.stringify({ tag: image.tag, tagSource: image.tagSource, kind: image.kind, outPath: image.outPath })}\n`
        : `${image.tag}\n`,
    )
    return 0
  }
  // A set: one `NAME TAG` line per image and index (an index of the installable itself is named '.').
  const images = evaluation.entries.map(({ name, tag, tagSource, kind, outPath }) => ({
    name,
    tag,
    tagSource,
    kind,
    outPath,
  }))
  process.stdout.write(
    args.values.json
      ? `${JSON.stringify({ images })}\n`
      : images.map((image) => `${forLog(image.name || '.')} ${image.tag}\n`).join(''),
  )
  return 0
}

function humanResult(result: PushResult): string {
  const lines = [
    result.reason,
    `ref        ${result.ref}`,
    `digest     ${result.digest || '(none)'}`,
    `digest ref ${result.digestRef || '(none)'}`,
    ...(result.extraTags.length ? [`extra tags ${result.extraTags.join(', ')}`] : []),
    ...(result.cache ? [`cache      ${describeReport(result.cache).replace(/^Binary cache: /, '')}`] : []),
    ...(result.sbom
      ? [
          `sbom       ${result.sbom.artifact}${result.sbom.components === undefined ? '' : ` (${counted(result.sbom.components, 'store path')})`}${result.sbom.state === 'present' ? ', attached before' : ''}`,
        ]
      : []),
  ]
  return `${lines.join('\n')}\n`
}

function humanSetResult(result: SetResult): string {
  // Names and reasons may quote the expression's attribute names and Nix's words.
  return result.images
    .map(
      (entry) =>
        `${forLog(`${entry.name || '.'}: ${entry.reason}`)}${entry.digestRef ? `\n  ${entry.digestRef}` : ''}${entry.sbom?.file ? `\n  sbom ${entry.sbom.file}` : ''}\n`,
    )
    .join('')
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`nix-image: ${forLog(error.message)}\nRun 'nix-image --help' for usage.\n`)
      process.exit(2)
    }
    // A bug, not a user error, keeps its stack so it can be reported.
    const message = failureMessage(error)
    process.stderr.write(error instanceof NixImageError ? `nix-image: error: ${message}\n` : `nix-image: ${message}\n`)
    process.exit(1)
  },
)
