import * as core from '@actions/core'
import { forGithubLog } from '../core/base/escape.js'
import type { Logger } from '../core/types.js'

/**
 * The core's progress as Actions log lines: steps become collapsible groups, warnings annotations.
 * Every line is escaped first: a line of Nix output starting with `::` would be a workflow command.
 */
export const actionsLogger: Logger = {
  info: (message) => core.info(forGithubLog(message)),
  warn: (message) => core.warning(forGithubLog(message)),
  debug: (message) => core.debug(forGithubLog(message)),
  group: (title, fn) => core.group(forGithubLog(title), fn),
}
