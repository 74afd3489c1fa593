import * as core from '@actions/core'
import type { Logger } from '../core/types.js'

/** The core's progress as Actions log lines: steps become collapsible groups, warnings annotations. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  group: (title, fn) => core.group(title, fn),
}
