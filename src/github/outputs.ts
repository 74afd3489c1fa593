import * as core from '@actions/core'
import { oneLineValue } from '../adapter/outputs.js'
import { resultOutputs, resultRecord, setResultRecord } from '../core/report/result.js'
import type { PushResult, SetResult } from '../core/types.js'

/** Step outputs for deploy jobs: `needs.<job>.outputs.digest-ref` and friends. */
export function setOutputs(result: PushResult): void {
  const outputs: Record<string, string> = {
    ...resultOutputs(result),
    'sbom-file': result.sbom?.file ?? '',
    'sbom-digest': result.sbom?.artifact ?? '',
    metadata: JSON.stringify(resultRecord(result)),
  }
  // Later steps splice outputs into `run:` lines: every one is a single validated line (metadata
  // is JSON, whose strings carry control characters escaped).
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, oneLineValue(`output ${name}`, value))
}

/** A set's one output: `images`, the `--json` object (`fromJSON(needs.<job>.outputs.images)`). */
export function setSetOutputs(result: SetResult): void {
  const outputs: Record<string, string> = { images: JSON.stringify(setResultRecord(result)) }
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
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, oneLineValue(`output ${name}`, value))
}
