import * as core from '@actions/core'
import { oneLineValues } from '../adapter/outputs.js'
import { forGithubLog, jsonLine } from '../core/base/escape.js'
import { resultOutputs, resultRecord, setResultRecord } from '../core/report/result.js'
import type { PushResult, SetResult } from '../core/types.js'

/** Step outputs for deploy jobs: `needs.<job>.outputs.digest-ref` and friends. */
export function setOutputs(result: PushResult): void {
  const outputs: Record<string, string> = {
    ...resultOutputs(result),
    'sbom-file': result.sbom?.file ?? '',
    'sbom-digest': result.sbom?.artifact ?? '',
    metadata: jsonLine(resultRecord(result)),
  }
  // Later steps splice outputs into `run:` lines: every one is a single validated line (metadata
  // is JSON, whose strings carry control characters and line separators escaped).
  write(outputs)
}

/** A set's one output: `images`, the `--json` object (`fromJSON(needs.<job>.outputs.images)`). */
export function setSetOutputs(result: SetResult): void {
  const outputs: Record<string, string> = { images: jsonLine(setResultRecord(result)) }
  // A platform set is one image: its index (named by no attribute) fills the single-image outputs.
  const index = result.images.find((entry) => entry.kind === 'index' && entry.name === '')
  if (index) {
    Object.assign(outputs, {
      image: index.image,
      tag: index.tag,
      ref: index.ref,
      digest: index.digest,
      'digest-ref': index.digestRef,
      kind: 'index',
      pushed: String(index.pushed),
      skipped: String(index.skipped),
    })
  }
  write(outputs)
}

function write(outputs: Record<string, string>): void {
  const lines = oneLineValues(outputs, (message) => core.warning(forGithubLog(`output ${message}`)))
  for (const [name, value] of Object.entries(lines)) core.setOutput(name, value)
}
