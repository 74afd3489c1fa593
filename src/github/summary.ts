import * as core from '@actions/core'
import { changesMarkdown, hasChanges } from '../core/report/changes.js'
import { forHtml } from '../core/base/escape.js'
import { describeReport } from '../core/report/cache.js'
import { formatMs } from '../core/base/timing.js'
import { tagExplanation } from '../core/report/result.js'
import type { ManifestReport } from '../core/deploy/manifests.js'
import type { PushResult, SetResult, StepName } from '../core/types.js'
import { counted } from '../core/base/words.js'

const STEP_TITLES: Record<StepName, string> = {
  evaluate: 'Evaluate',
  check: 'Ask the registry',
  build: 'Build',
  cache: 'Binary cache',
  push: 'Push',
  sbom: 'SBOM',
  tag: 'Extra tags',
}

/** The job summary: what happened and why first, then the references a deploy needs. */
export async function writeSummary(result: PushResult): Promise<void> {
  const rows: [string, string][] = [
    ['Ref', code(result.ref)],
    ['Digest', result.digest ? code(result.digest) : 'none (nothing in the registry yet)'],
    ['Digest ref', result.digestRef ? code(result.digestRef) : '–'],
    ['Tag', `${code(result.tag)}: ${forHtml(tagExplanation(result))}`],
    ['Kind', forHtml(result.kind)],
    ['Out path', code(result.outPath)],
  ]
  if (result.extraTags.length) rows.push(['Extra tags', result.extraTags.map(code).join(', ')])
  if (result.skopeo)
    rows.push([
      'Pushed with',
      forHtml(
        `${result.skopeo.source === 'nix2container' ? "nix2container's copy-to" : `skopeo ${result.skopeo.version} (${result.skopeo.source === 'system' ? 'from PATH' : 'built with Nix'})`}`,
      ),
    ])
  if (result.layers)
    rows.push(['Layers', `${result.layers.uploaded} uploaded, ${result.layers.skipped} already in the registry`])
  if (result.cache) rows.push(['Binary cache', forHtml(describeReport(result.cache).replace(/^Binary cache: /, ''))])
  if (result.sbom) {
    const state = result.sbom.state === 'attached' ? 'attached by this run' : 'attached before'
    rows.push([
      'SBOM',
      `CycloneDX, ${result.sbom.components === undefined ? '' : `${counted(result.sbom.components, 'store path')}, `}${state}: ${code(result.sbom.artifact)}`,
    ])
  }

  const summary = core.summary
    .addHeading('nix-image', 2)
    .addRaw(`<p>${headline(result)} ${forHtml(result.reason)}</p>`, true)
  // What changed comes first after the headline: it is what a reviewer reads.
  if (result.changes) summary.addRaw(`\n${changesMarkdown(result.changes)}\n`, true)
  else if (result.changesNote) summary.addRaw(`<p>${forHtml(result.changesNote)}</p>`, true)
  await summary
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true },
      ],
      ...rows,
    ])
    .addTable([
      [
        { data: 'Step', header: true },
        { data: 'Time', header: true },
      ],
      ...Object.entries(result.timings).map(([step, ms]) => [STEP_TITLES[step as StepName], formatMs(ms)]),
    ])
    .write()
}

/** A set's summary: one row per image and index, then one per failure. */
export async function writeSetSummary(result: SetResult): Promise<void> {
  const state = (entry: SetResult['images'][number]): string =>
    entry.dryRun ? '🔍 dry run' : entry.pushed ? '📦 pushed' : entry.skipped ? '⏭️ present' : '⏳ waiting'
  const summary = core.summary.addHeading('nix-image', 2).addTable([
    [
      { data: 'Image', header: true },
      { data: 'State', header: true },
      { data: 'Ref', header: true },
      { data: 'Digest', header: true },
      { data: 'Kind', header: true },
    ],
    ...result.images.map((entry) => [
      code(entry.name || '.'),
      state(entry),
      code(entry.ref),
      entry.digest ? code(entry.digest) : '–',
      forHtml(
        entry.platforms ? `index: ${entry.platforms.map((platform) => platform.platform).join(', ')}` : entry.kind,
      ),
    ]),
  ])
  if (result.failed.length) {
    summary.addTable([
      [
        { data: 'Failed', header: true },
        { data: 'Why', header: true },
      ],
      ...result.failed.map((failure) => [code(failure.name || '.'), forHtml(failure.reason)]),
    ])
  }
  // What changed: one short section per image that changed against its own compared tag.
  for (const entry of result.images) {
    if (entry.changes && hasChanges(entry.changes))
      summary.addHeading(code(entry.name || '.'), 3).addRaw(`\n${changesMarkdown(entry.changes)}\n`, true)
  }
  await summary.write()
}

/** Stale references in the deploy manifests, and the command that fixes them. */
export async function writeVerifySummary(report: ManifestReport, fix: string): Promise<void> {
  await core.summary
    .addHeading('Deploy manifests', 3)
    .addRaw(
      `<p>❌ These references to <code>${forHtml(report.image)}</code> are not at <code>${forHtml(report.tag)}</code>:</p>`,
      true,
    )
    .addTable([
      [
        { data: 'Where', header: true },
        { data: 'Found', header: true },
        { data: 'Expected', header: true },
      ],
      ...report.findings
        .filter((finding) => !finding.ok)
        .map((finding) => [forHtml(`${finding.file}:${finding.line}`), code(finding.found), code(finding.expected)]),
    ])
    .addRaw('<p>Fix them with:</p>', true)
    // Not addCodeBlock: it puts its text into the HTML as it is, and the command quotes paths
    // and globs from the repository.
    .addRaw(`<pre lang="sh"><code>${forHtml(fix)}</code></pre>`, true)
    .write()
}

/** A failed run's summary: the one line that says what to fix. */
export async function writeFailureSummary(message: string): Promise<void> {
  await core.summary
    .addHeading('nix-image', 2)
    .addRaw(`<p>❌ <strong>Failed:</strong> ${forHtml(message)}</p>`, true)
    .write()
}

function headline(result: PushResult): string {
  if (result.dryRun) return '🔍' // the reason starts with 'dry run:'
  return result.skipped ? '⏭️ <strong>Already in the registry.</strong>' : '📦 <strong>Built and pushed.</strong>'
}

const code = (text: string): string => `<code>${forHtml(text)}</code>`
