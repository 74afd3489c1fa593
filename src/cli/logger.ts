import { forLog } from '../core/base/escape.js'
import type { Logger } from '../core/types.js'

/** Progress on stderr, so stdout stays for results (`--json` prints exactly one object there). */
export function stderrLogger(verbose: boolean): Logger {
  // Installables, Nix's and skopeo's output and manifest contents pass through here: escaped,
  // so none of them can move the cursor or forge a line.
  const write = (line: string): void => {
    process.stderr.write(`${forLog(line)}\n`)
  }
  return {
    info: write,
    warn: (message) => write(`warning: ${message}`),
    debug: (message) => {
      if (verbose) write(`debug: ${message}`)
    },
    async group(title, fn) {
      write(`==> ${title}`)
      return fn()
    },
  }
}
