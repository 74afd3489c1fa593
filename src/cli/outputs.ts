import { writeFileWithin } from '../core/base/files.js'
import { OUTPUT_NAMES, resultOutputs, type OutputName } from '../core/report/result.js'
import type { PushResult } from '../core/types.js'
import { UsageError } from './args.js'

/** `--output NAME=FILE`: one result value into one file, as Tekton's `$(results.NAME.path)` wants. */
export interface OutputFile {
  name: OutputName
  path: string
}

export function parseOutputFiles(values: readonly string[]): OutputFile[] {
  return values.map((value) => {
    const [name = '', path = ''] = [value.slice(0, value.indexOf('=')), value.slice(value.indexOf('=') + 1)]
    if (!value.includes('=') || !path || !(OUTPUT_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`--output '${value}' is not NAME=FILE with NAME one of ${OUTPUT_NAMES.join(', ')}`)
    }
    return { name: name as OutputName, path }
  })
}

/** Writes each value without a trailing newline (Tekton results are taken byte for byte). */
export async function writeOutputFiles(files: readonly OutputFile[], result: PushResult): Promise<void> {
  const values = resultOutputs(result)
  // Like every file nix-image writes: never through a symlink out of the working tree.
  for (const file of files) await writeFileWithin(file.path, values[file.name], `output ${file.name}`, process.cwd())
}
