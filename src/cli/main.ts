#!/usr/bin/env node
import { tmpdir } from 'node:os'
import { failureMessage } from '../adapter/exit.js'
import { NixImageError } from '../core/errors.js'
import { forLog } from '../core/escape.js'
import { evaluateOnly, pushImage } from '../core/pipeline.js'
import { resultRecord } from '../core/result.js'
import { privateTempDir } from '../core/temp.js'
import type { Logger, PushResult } from '../core/types.js'
import { USAGE, UsageError, evaluateOptions, parseCommandLine, pushOptions, type ParsedArgs } from './args.js'
import { stderrLogger } from './logger.js'
import { parseOutputFiles, writeOutputFiles } from './outputs.js'

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
      const result = await pushImage({ ...pushOptions(args, process.env), tempDir: privateTempDir(tmpdir()) }, logger)
      await writeOutputFiles(outputs, result)
      process.stdout.write(args.values.json ? `${JSON.stringify(resultRecord(result))}\n` : humanResult(result))
      return 0
    }
    case 'tag':
      return printTag(args, logger)
    // The YAML code loads only for the commands that read manifests.
    case 'verify':
      return (await import('./manifests.js')).verify(args, logger)
    case 'pin':
      return (await import('./manifests.js')).pin(args, logger)
    case undefined:
      throw new UsageError('no command given')
    default:
      throw new UsageError(`unknown command '${args.command}'`)
  }
}

async function printTag(args: ParsedArgs, logger: Logger): Promise<number> {
  const image = await evaluateOnly({ ...evaluateOptions(args, process.env), tempDir: privateTempDir(tmpdir()) }, logger)
  process.stdout.write(args.values.json ? `${JSON.stringify({ tag: image.tag, tagSource: image.tagSource, kind: image.kind, outPath: image.outPath })}\n` : `${image.tag}\n`)
  return 0
}

function humanResult(result: PushResult): string {
  const lines = [
    result.reason,
    `ref        ${result.ref}`,
    `digest     ${result.digest || '(none)'}`,
    `digest ref ${result.digestRef || '(none)'}`,
    ...(result.extraTags.length ? [`extra tags ${result.extraTags.join(', ')}`] : []),
  ]
  return `${lines.join('\n')}\n`
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
