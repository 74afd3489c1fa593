import * as core from '@actions/core'
import { resultOutputs, resultRecord } from '../core/result.js'
import type { PushResult } from '../core/types.js'

/** Step outputs for deploy jobs: `needs.<job>.outputs.digest-ref` and friends. */
export function setOutputs(result: PushResult): void {
  const outputs: Record<string, string> = { ...resultOutputs(result), metadata: JSON.stringify(resultRecord(result)) }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}
