import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NixLog, describeFailure } from '../../src/core/nix/log.js'
import type { Logger } from '../../src/core/types.js'
import { fixturesDir } from '../helpers/nix.js'

// Real `--log-format internal-json` output of `nix eval` on Nix 2.8.0 and 2.26.3 for one file
// (src/e.nix) with a throw, an abort, a failed assert, a type error, a missing nested attribute,
// a missing top-level attribute, and a file that does not exist.
const recorded = JSON.parse(readFileSync(join(fixturesDir, 'nix-log', 'eval-errors.json'), 'utf8')) as Record<
  string,
  Record<string, string[]>
>

function collect(): { logger: Logger; lines: string[] } {
  const lines: string[] = []
  const logger: Logger = {
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    debug: (message) => lines.push(`debug ${message}`),
    group: (_title, fn) => fn(),
  }
  return { logger, lines }
}

function failureOf(lines: string[]): string {
  const log = new NixLog(collect().logger)
  for (const line of lines) log.line(line)
  const failure = log.failure()
  expect(failure).toBeDefined()
  return describeFailure(failure!)
}

describe('NixLog reads the same cause from Nix 2.8 and 2.26', () => {
  it.each([
    ['t', /^my throw message( \(at \/src\/e\.nix:2\))?$/],
    ['a', /^evaluation aborted with the following error message: 'my abort message'( \(at \/src\/e\.nix:3\))?$/],
    ['s', /assertion '\(?1 == 2\)?' failed.*\(at \/src\/e\.nix:4\)/],
    ['ty', /^cannot add a string to an integer \(at \/src\/e\.nix:5\)$/],
    ['nested', /^attribute 'y' missing \(at \/src\/e\.nix:6\)$/],
    ['missing', /^attribute 'missing' in selection path 'missing' not found$/],
    ['nofile', /\/src\/nope\.nix/],
  ])('%s', (name, expected) => {
    const versions = recorded[name]!
    expect(Object.keys(versions).sort()).toEqual(['2.26', '2.8'])
    for (const lines of Object.values(versions)) {
      const line = failureOf(lines)
      expect(line).toMatch(expected)
      expect(line).not.toMatch(/[\n\x1b]|… while/)
    }
  })

  it('forwards builds, build output and warnings, and names the failing builder with its last line', () => {
    const { logger, lines } = collect()
    const log = new NixLog(logger)
    for (const line of [
      '@nix {"action":"msg","level":1,"msg":"\\u001b[35;1mwarning:\\u001b[0m Git tree is dirty"}',
      '@nix {"action":"msg","level":3,"msg":"this derivation will be built:\\n  /nix/store/x-bad.drv"}',
      `@nix {"action":"start","fields":["/nix/store/x-bad.drv","",1,1],"id":7,"level":3,"text":"building '/nix/store/x-bad.drv'","type":105}`,
      '@nix {"action":"result","fields":["about to fail"],"id":7,"type":101}',
      '@nix {"action":"stop","id":7}',
      `@nix {"action":"msg","column":null,"file":null,"level":0,"line":null,"msg":"error: builder for '/nix/store/x-bad.drv' failed with exit code 3","raw_msg":"builder for '\\u001b[35;1m/nix/store/x-bad.drv\\u001b[0m' failed with exit code 3"}`,
    ]) {
      log.line(line)
    }
    expect(lines).toEqual([
      'warn nix: Git tree is dirty',
      'debug this derivation will be built:\n  /nix/store/x-bad.drv',
      "info building '/nix/store/x-bad.drv'",
      'info about to fail',
    ])
    expect(describeFailure(log.failure()!)).toBe(
      "builder for '/nix/store/x-bad.drv' failed with exit code 3; last log line: about to fail",
    )
  })

  it('falls back to plain error lines (a wrapper, a crash before the log starts)', () => {
    const log = new NixLog(collect().logger)
    log.line('error: unrecognised flag')
    expect(log.failure()?.message).toBe('unrecognised flag')
  })

  // `builtins.trace "before the throw" (throw "my throw message")`: both versions print the trace
  // at error level, before the error.
  it.each([
    [
      '2.8',
      '@nix {"action":"msg","column":null,"file":null,"level":0,"line":null,"msg":"\\u001b[31;1merror:\\u001b[0m my throw message","raw_msg":"my throw message"}',
    ],
    [
      '2.26',
      '@nix {"action":"msg","column":null,"file":null,"level":0,"line":null,"msg":"\\u001b[31;1merror:\\u001b[0m\\n       … while calling the \'\\u001b[35;1mthrow\\u001b[0m\' builtin\\n\\n       \\u001b[31;1merror:\\u001b[0m my throw message","raw_msg":"my throw message"}',
    ],
  ])('shows a trace as the expression printed it, and never takes it for the error (Nix %s)', (_version, error) => {
    const { logger, lines } = collect()
    const log = new NixLog(logger)
    for (const line of ['@nix {"action":"msg","level":0,"msg":"trace: before the throw"}', error]) log.line(line)
    expect(lines).toEqual(['info trace: before the throw'])
    expect(log.failure()?.message).toBe('my throw message')
    expect(log.errorMessages()).toEqual(['my throw message'])
  })
})
