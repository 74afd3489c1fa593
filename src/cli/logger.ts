import type { Logger } from '../core/types.js'

/** Progress on stderr, so stdout stays for results (`--json` prints exactly one object there). */
export function stderrLogger(verbose: boolean): Logger {
  const write = (line: string): void => {
    process.stderr.write(`${line}\n`)
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
