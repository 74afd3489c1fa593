import * as core from '@actions/core'
import { oneLineValue } from '../core/escape.js'
import { resultOutputs, resultRecord } from '../core/result.js'
import type { PushResult } from '../core/types.js'

/** Step outputs for deploy jobs: `needs.<job>.outputs.digest-ref` and friends. */
export function setOutputs(result: PushResult): void {
  const outputs: Record<string, string> = { ...resultOutputs(result), metadata: JSON.stringify(resultRecord(result)) }
  // Later steps splice outputs into `run:` lines: every one is a single validated line (metadata
  // is JSON, whose strings carry control characters escaped).
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, oneLineValue(`output ${name}`, value))
}
