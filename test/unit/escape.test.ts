import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeVerifySummary } from '../../src/github/summary.js'
import type { ManifestReport } from '../../src/core/deploy/manifests.js'
import { oneLineValue } from '../../src/adapter/outputs.js'
import { forGithubLog, forHtml, forLog, markdownCode } from '../../src/core/base/escape.js'
import { gitlabLogger } from '../../src/gitlab/logger.js'
import { mergeRequestNote } from '../../src/gitlab/api.js'
import { dotenvReport } from '../../src/gitlab/dotenv.js'
import type { PushResult } from '../../src/core/types.js'

// Hostile text for each destination: what it must not be able to do there.
const forged = 'x\r\u001b[0Ksection_end:1:nix_image_1_push\r\u001b[0K\nJob succeeded'
const controls = ['\n', '\r', '\u001b', '\u0007', '\u0000', '\u007f', '\u009b', '\u2028']

describe('log lines', () => {
  it.each(controls.map((char) => [JSON.stringify(char), char]))(
    '%s is shown as text, never written raw',
    (_name, char) => {
      const line = forLog(`a${char}b`)
      expect(line).not.toContain(char)
      expect(line).toMatch(/^a\\.+b$/)
    },
  )

  it('keeps a forged GitLab section marker and "Job succeeded" on one visible line', () => {
    const lines: string[] = []
    gitlabLogger((line) => lines.push(line)).info(`installable ${forged}`)
    expect(lines).toEqual(['installable x\\r\\e[0Ksection_end:1:nix_image_1_push\\r\\e[0K\\nJob succeeded'])
  })

  it('drops colour codes, which carry no content', () => {
    expect(forLog('\u001b[31;1merror:\u001b[0m boom')).toBe('error: boom')
  })

  it('a GitHub log line cannot start a workflow command', () => {
    expect(forGithubLog('::add-mask::x')).toBe('\\::add-mask::x')
    expect(forGithubLog('  ::stop-commands::t')).toBe('  \\::stop-commands::t')
    expect(forGithubLog('a\n::set-output name=digest::evil')).toBe('a\\n::set-output name=digest::evil')
  })
})

describe('HTML for the job summary', () => {
  it('escapes markup, quotes, and keeps a blank line from ending the HTML block', () => {
    const html = forHtml(`'<img src=x onerror=alert(1)>"&\n\n# heading`)
    expect(html).toBe("'&lt;img src=x onerror=alert(1)&gt;&quot;&amp;\\n\\n# heading")
  })
  it("the verify summary's fix command and findings are text, not markup", async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'nix-image-summary-')), 'summary.md')
    writeFileSync(summary, '')
    process.env.GITHUB_STEP_SUMMARY = summary
    const hostile = 'r/app:<img src=x onerror=alert(1)>'
    const report = {
      image: 'r/app',
      tag: 't',
      files: ['a.yaml'],
      ok: false,
      findings: [
        {
          file: 'deploy/<b>x</b>.yaml',
          line: 1,
          column: 1,
          source: 'container',
          found: hostile,
          expected: 'r/app:t',
          ok: false,
        },
      ],
    } as ManifestReport
    try {
      await writeVerifySummary(report, `nix-image pin --manifests '</code></pre><script>alert(1)</script>' --tag t`)
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
    }
    const html = readFileSync(summary, 'utf8')
    expect(html).not.toMatch(/<script|<img|<b>/)
    expect(html).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;')
  })
})

describe('Markdown code spans for the merge request note', () => {
  it.each([
    ['a backtick', 'sha256:0 `$(id)` [x](http://evil)'],
    ['a run of backticks', 'a ``` b ```` c'],
    ['a newline and HTML', 'x\n\n<script>alert(1)</script>'],
  ])('%s cannot leave its code span', (_name, text) => {
    const span = markdownCode(text)
    const fence = /^`+/.exec(span)?.[0] ?? ''
    expect(span.endsWith(fence)).toBe(true)
    // No run of backticks inside is as long as the fence: CommonMark closes a span only on an equal run.
    const inner = span.slice(fence.length, -fence.length)
    for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length)
    expect(span).not.toContain('\n')
  })

  it('the note quotes every value in a code span', () => {
    const result = {
      ref: 'r/app:`x`',
      digestRef: 'r/app@sha256:1',
      tag: 't',
      tagSource: 'imageTag',
      kind: 'stream',
      skipped: false,
      dryRun: false,
    } as PushResult
    expect(mergeRequestNote(result)).toContain('`` r/app:`x` ``')
  })
})

describe('dotenv and step outputs', () => {
  it('a value with a newline is refused, not written as a second variable', () => {
    expect(() => oneLineValue('NIX_IMAGE_DIGEST', 'sha256:0\nLD_PRELOAD=/tmp/x')).toThrow(
      /NIX_IMAGE_DIGEST holds a control character/,
    )
    const result = {
      image: 'r/app',
      tag: 't',
      ref: 'r/app:t',
      digest: 'sha256:0\nEVIL=1',
      digestRef: '',
      pushed: true,
    } as PushResult
    expect(() => dotenvReport(result)).toThrow(/control character/)
  })
})
