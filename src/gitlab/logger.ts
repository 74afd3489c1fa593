import { forLog } from '../core/base/escape.js'
import type { Logger } from '../core/types.js'

// GitLab folds the log between section markers: `section_start:<unix time>:<name>[collapsed=true]`.
const ERASE = '\u001b[0K'

/** Job log lines; each core step becomes a collapsed section titled by what it does. */
// Messages are escaped before the logger adds its own control sequences: a CR or ESC in an
// installable or a manifest could otherwise forge a section marker or a "Job succeeded" line.
export function gitlabLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  let sections = 0
  return {
    info: (message) => write(forLog(message)),
    warn: (message) => write(`\u001b[33mwarning: ${forLog(message)}\u001b[0m`),
    debug: (message) => {
      if (process.env.CI_DEBUG_TRACE === 'true') write(`debug: ${forLog(message)}`)
    },
    async group(title, fn) {
      const name = `nix_image_${++sections}_${
        title
          .split(' ')[0]
          ?.toLowerCase()
          .replace(/[^a-z0-9]/g, '') ?? ''
      }`
      write(`${ERASE}section_start:${unixTime()}:${name}[collapsed=true]\r${ERASE}${forLog(title)}`)
      try {
        return await fn()
      } finally {
        write(`${ERASE}section_end:${unixTime()}:${name}\r${ERASE}`)
      }
    },
  }
}

const unixTime = (): number => Math.floor(Date.now() / 1000)
