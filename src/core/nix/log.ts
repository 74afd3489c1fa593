import type { Logger } from '../types.js'

// Nix's structured log (`--log-format internal-json`): one `@nix {…}` object a line on stderr.
// Read instead of Nix's human output because that changed shape across the versions users run:
// Nix 2.8 prints `error: <message>` first, Nix 2.2x prints the evaluation trace first and the
// message last, so "the first error line" loses the cause. The JSON carries the message alone as
// `raw_msg` on both, and build output as log-line results, whatever the version's layout.

const PREFIX = '@nix '

// Activity and result types from Nix's logging.hh (stable since the format appeared in 2.4).
const ACTIVITY_COPY_PATH = 100
const ACTIVITY_BUILD = 105
const ACTIVITY_SUBSTITUTE = 108
const RESULT_BUILD_LOG_LINE = 101

// Verbosity levels from Nix's logging.hh.
const LEVEL_ERROR = 0
const LEVEL_WARN = 1
const LEVEL_INFO = 3

// Nix 2.2x lists every derivation it will build or fetch before it starts, 2.8 does not: the
// `building '…'` line of each follows anyway, so the list is debug output on every version.
const PLAN = /^(these|this) .*(will|would) be (built|fetched)/

// `trace: <value>`, one message per call of builtins.trace.
const TRACE = /^trace: /

/** The arguments that switch a Nix command to the structured log. */
export const STRUCTURED_LOG = ['--log-format', 'internal-json']

interface NixEvent {
  action?: string
  level?: number
  msg?: string
  raw_msg?: string
  file?: string | null
  line?: number | null
  id?: number
  type?: number
  text?: string
  fields?: unknown[]
}

/** What a failed Nix command said, read from its structured log. */
export interface NixFailure {
  /** Nix's own message, without the trace, colours or the `error:` prefix. */
  message: string
  /** `file:line` of the error, when Nix names one. */
  position?: string
  /** The condition of a failed `assert`, which Nix 2.2x leaves out of the message. */
  assertion?: string
  /** The last line the failing builder wrote, for build failures. */
  lastLogLine?: string
}

// Nix colours its messages even into pipes.
export const stripAnsi = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '')

/**
 * Follows a Nix command's stderr: progress goes to the logger (builds and substitutions at info,
 * warnings as warnings, each builder's output line by line), errors are kept for `failure()`.
 */
export class NixLog {
  private readonly errors: NixEvent[] = []
  private readonly plain: string[] = []
  private readonly lastLines = new Map<number, string>()
  /** The derivation each build activity builds, to pair a builder's failure with its last line. */
  private readonly buildDrvs = new Map<string, number>()
  private lastLogLine?: string
  private readonly started = new Set<string>()

  constructor(private readonly logger: Logger) {}

  /** Handles one stderr line (JSON or, from wrappers and older tools, plain text). */
  readonly line = (text: string): void => {
    if (!text.startsWith(PREFIX)) {
      if (text.trim()) this.plain.push(stripAnsi(text))
      return
    }
    let event: NixEvent
    try {
      event = JSON.parse(text.slice(PREFIX.length)) as NixEvent
    } catch {
      this.plain.push(stripAnsi(text))
      return
    }
    switch (event.action) {
      case 'msg':
        this.message(event)
        return
      case 'start':
        if (event.type === ACTIVITY_BUILD && typeof event.fields?.[0] === 'string' && event.id !== undefined)
          this.buildDrvs.set(event.fields[0], event.id)
        // A substitution's own text is empty on 2.8: its copy (`copying path '…' from '…'`) says it.
        if (
          (event.type === ACTIVITY_BUILD || event.type === ACTIVITY_SUBSTITUTE || event.type === ACTIVITY_COPY_PATH) &&
          event.text
        ) {
          const text = stripAnsi(event.text)
          if (!this.started.has(text)) this.logger.info(text)
          this.started.add(text)
        }
        return
      case 'result':
        if (event.type === RESULT_BUILD_LOG_LINE && typeof event.fields?.[0] === 'string') {
          const line = stripAnsi(event.fields[0])
          if (event.id !== undefined) this.lastLines.set(event.id, line)
          this.lastLogLine = line
          this.logger.info(line)
        }
        return
    }
  }

  private message(event: NixEvent): void {
    const level = event.level ?? LEVEL_INFO
    const text = stripAnsi(event.raw_msg ?? event.msg ?? '').trim()
    // `builtins.trace` prints at error level (2.8 and 2.26 alike), without `raw_msg`: it is the
    // expression's own output, shown as it is, never taken for the error of a failed evaluation.
    if (TRACE.test(text) && event.raw_msg === undefined) this.logger.info(text)
    else if (level === LEVEL_ERROR) this.errors.push(event)
    else if (level === LEVEL_WARN) this.logger.warn(`nix: ${text.replace(/^warning:\s*/, '')}`)
    else if (level <= LEVEL_INFO && !PLAN.test(text)) this.logger.info(text)
    else this.logger.debug(text)
  }

  /** The error Nix reported, or undefined when it reported none in its structured log. */
  failure(): NixFailure | undefined {
    // Nix may add hints after the error itself ("use '--show-trace'…"): the first error counts.
    const error = this.errors.find(
      (event) => !/^\(use '--show-trace'/.test(stripAnsi(event.raw_msg ?? event.msg ?? '')),
    )
    if (!error) {
      const plain = this.plain.map((line) => line.trim()).find((line) => line.startsWith('error:'))
      return plain ? { message: plain.slice('error:'.length).trim() } : undefined
    }
    const full = stripAnsi(error.msg ?? '')
    const message = stripAnsi(error.raw_msg ?? lastErrorLine(full)).trim()
    const assertion = /while evaluating the condition of the assertion '(.*)'/.exec(full)?.[1]
    return {
      message: oneLine(message),
      position: position(error) ?? innermostFrame(full),
      assertion: assertion && !message.includes(assertion) ? assertion : undefined,
      lastLogLine: /^builder for .* failed/.test(message) ? this.lastLogLine : undefined,
    }
  }

  /** Every error message Nix reported, one line each (a `--keep-going` build reports one per failed derivation). */
  errorMessages(): string[] {
    return this.errors
      .map((event) => oneLine(stripAnsi(event.raw_msg ?? lastErrorLine(stripAnsi(event.msg ?? ''))).trim()))
      .filter(Boolean)
      .map((message) => {
        const drv = /^builder for '([^']+)' failed/.exec(message)?.[1]
        const id = drv ? this.buildDrvs.get(drv) : undefined
        const last = id === undefined ? undefined : this.lastLines.get(id)
        return last ? `${message}; last log line: ${last}` : message
      })
  }

  /** What was printed outside the structured log (a wrapper's words, a crash), first lines only. */
  plainText(): string {
    return this.plain.slice(0, 3).join(' | ')
  }
}

/** The message alone, for Nix versions without `raw_msg`: the last `error:` line of `msg`. */
function lastErrorLine(text: string): string {
  const lines = text.split('\n').map((line) => line.trim())
  const last = lines.filter((line) => line.startsWith('error:')).pop()
  return last ? last.slice('error:'.length) : (lines[0] ?? '')
}

/** Nix 2.8 gives `file` and `line` apart; Nix 2.26 puts `file:line:column` in `file`. */
function position(event: NixEvent): string | undefined {
  if (!event.file) return undefined
  if (/:\d+(:\d+)?$/.test(event.file)) return event.file.replace(/:\d+$/, '')
  return event.line ? `${event.file}:${event.line}` : event.file
}

/** Nix 2.2x names positions in the trace (`at /x.nix:4:7:`) rather than in the event: the last is nearest the error. */
function innermostFrame(trace: string): string | undefined {
  const frames = [...trace.matchAll(/^\s*at (\/[^\s:]+:\d+):\d+:?$/gm)]
  return frames.at(-1)?.[1]
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ')

/** One line for an error message: Nix's words, the assertion and position where they help. */
export function describeFailure(failure: NixFailure): string {
  const message = failure.assertion ? `assertion '${failure.assertion}' failed: ${failure.message}` : failure.message
  const parts = [message]
  if (failure.position) parts.push(`(at ${failure.position})`)
  if (failure.lastLogLine) parts.push(`; last log line: ${failure.lastLogLine}`)
  return parts.join(' ').replace(/ ;/, ';')
}

/** Nix's message, or what it printed when it had no structured error to give (it crashed). */
export function failureText(log: NixLog): string {
  const failure = log.failure()
  return failure ? describeFailure(failure) : log.plainText() || 'no error message'
}

const SILENT: Logger = {
  info: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
  group: (_title, fn) => fn(),
}

/** The error of a Nix command whose stderr was collected as text (store queries, `nix copy`). */
export function stderrFailure(stderr: string): string {
  const log = new NixLog(SILENT)
  for (const line of stderr.split('\n')) log.line(line)
  return failureText(log)
}
