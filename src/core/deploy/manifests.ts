import { relative, resolve } from 'node:path'
import { glob } from 'tinyglobby'
import { NixImageError } from '../base/errors.js'
import { readRegularFile, writeFileWithin } from '../base/files.js'
import {
  applyEdits,
  findImageReferences,
  ManualEditError,
  type ExpectedImage,
  type ImageReference,
  type TextEdit,
} from './kubernetes.js'
import type { ImageName } from '../types.js'

// `verify` and `pin`: keep the image references of deploy manifests on the image a commit builds.
// The tag is known from evaluation, so neither needs a build or a registry.

export interface ManifestOptions {
  image: ImageName
  expected: ExpectedImage
  /** Globs or plain paths, relative to `cwd`. */
  patterns: string[]
  /** Dotted key paths of images in Helm-style values files. */
  valuesKeys: string[]
  /** Finding no reference to the image passes instead of failing. */
  allowNoReferences: boolean
  cwd: string
}

export interface ManifestFinding {
  file: string
  line: number
  column: number
  source: ImageReference['source']
  found: string
  expected: string
  ok: boolean
}

export interface ManifestReport {
  image: string
  tag: string
  digest?: string
  files: string[]
  findings: ManifestFinding[]
  ok: boolean
}

interface ScannedFile {
  file: string
  path: string
  text: string
  references: ImageReference[]
}

/** Checks every reference to the image in the manifests; `ok` when all point at the expected one. */
export async function verifyManifests(options: ManifestOptions): Promise<ManifestReport> {
  return report(options, await scan(options))
}

/** Rewrites the references that do not point at the expected image; returns the files changed. */
export async function pinManifests(options: ManifestOptions): Promise<{ report: ManifestReport; changed: string[] }> {
  const scanned = await scan(options)
  const before = report(options, scanned)
  const changed: string[] = []
  for (const { file, path, text, references } of scanned) {
    let edits: TextEdit[]
    try {
      // Only what verify would flag: a right reference stays byte for byte as it is.
      edits = references
        .filter((reference) => !matches(reference, options.expected))
        .flatMap((reference) => reference.edits(options.expected))
    } catch (error) {
      if (error instanceof ManualEditError) throw new NixImageError(`${file}:${error.line}: ${error.message}`)
      throw error
    }
    if (edits.length === 0) continue
    // Never through a symlink out of the working tree: a pull request can commit one.
    await writeFileWithin(path, applyEdits(text, edits), 'manifest', options.cwd)
    changed.push(file)
  }
  return { report: before, changed }
}

/** One image's check: its report, and the `pin` command that fixes it when a reference is stale. */
export interface ImageCheck {
  report: ManifestReport
  fix?: string
}

/** `verify` for one image, with the command that fixes what it found. */
export async function checkManifests(options: ManifestOptions): Promise<ImageCheck> {
  const report = await verifyManifests(options)
  return { report, fix: report.ok ? undefined : pinCommand(options) }
}

/** One image of a set as deploy manifests should name it: its own repository, tag and digest. */
export interface ExpectedSetImage {
  image: ImageName
  tag: string
  digest?: string
}

type SetManifestOptions = Pick<ManifestOptions, 'patterns' | 'valuesKeys' | 'allowNoReferences' | 'cwd'>

/**
 * `verify` for a set: each repository is checked against its own tag; a repository no manifest
 * names is fine (a file may deploy some of the images), but no reference to any of them fails.
 */
export async function verifySetManifests(
  expected: ExpectedSetImage[],
  options: SetManifestOptions,
): Promise<ImageCheck[]> {
  const checks: ImageCheck[] = []
  for (const image of expected) {
    checks.push(
      await checkManifests({
        ...options,
        image: image.image,
        expected: { tag: image.tag, digest: image.digest },
        allowNoReferences: true,
      }),
    )
  }
  if (!options.allowNoReferences && checks.every(({ report }) => report.findings.length === 0)) {
    throw new NixImageError(
      `no image in ${checks[0]?.report.files.join(', ') ?? 'the manifests'} is from ${expected.map((image) => image.image.name).join(', ')}: check --image and --manifests, or allow it with --allow-no-references`,
    )
  }
  return checks
}

/** `pin` for a set: each repository's references rewritten to its own tag. */
export async function pinSetManifests(
  expected: ExpectedSetImage[],
  options: SetManifestOptions,
): Promise<{ reports: ManifestReport[]; changed: string[] }> {
  const reports = (await verifySetManifests(expected, options)).map(({ report }) => report)
  const changed = new Set<string>()
  for (const image of expected) {
    const result = await pinManifests({
      ...options,
      image: image.image,
      expected: { tag: image.tag, digest: image.digest },
      allowNoReferences: true,
    })
    for (const file of result.changed) changed.add(file)
  }
  return { reports, changed: [...changed].sort() }
}

/** The command that fixes what `verify` found: exact, with the tag, so it needs no evaluation. */
export function pinCommand(options: Pick<ManifestOptions, 'image' | 'expected' | 'patterns' | 'valuesKeys'>): string {
  const args = ['nix-image', 'pin', '--image', options.image.name]
  for (const pattern of options.patterns) args.push('--manifests', pattern)
  for (const key of options.valuesKeys) args.push('--values-key', key)
  args.push('--tag', options.expected.tag)
  if (options.expected.digest) args.push('--digest', options.expected.digest)
  return args.map(shellQuote).join(' ')
}

/** The references `verify` flags: not at the expected tag (or digest). */
export function staleFindings(report: ManifestReport): ManifestFinding[] {
  return report.findings.filter((finding) => !finding.ok)
}

/** `deploy/app.yaml:5: found ghcr.io/o/app:old, expected ghcr.io/o/app:0abc`: a stale reference as a log line. */
export function staleLine(finding: ManifestFinding): string {
  return `${finding.file}:${finding.line}: found ${finding.found}, expected ${finding.expected}`
}

/** The line a passing check logs: one image at its tag, or each image of a set at its own. */
export function passedLine(reports: ManifestReport[]): string {
  const [only] = reports
  if (reports.length === 1 && only)
    return `${only.findings.length} reference(s) to ${only.image} in ${only.files.length} file(s) point at ${only.tag}`
  return `${reports.reduce((total, report) => total + report.findings.length, 0)} reference(s) to ${reports.length} image(s) point at their tags`
}

async function scan(options: ManifestOptions): Promise<ScannedFile[]> {
  const scanned: ScannedFile[] = []
  for (const path of await expand(options.patterns, options.cwd)) {
    const inside = relative(options.cwd, path)
    const file = inside && !inside.startsWith('..') ? inside : path
    const text = await readRegularFile(path, 'manifest')
    const references = findImageReferences(text, file, options.image.name, { valuesKeys: options.valuesKeys })
    scanned.push({ file, path, text, references })
  }
  if (!options.allowNoReferences && scanned.every((file) => file.references.length === 0)) {
    throw new NixImageError(
      `no image in ${scanned.map((file) => file.file).join(', ')} is from ${options.image.name}: check --image and --manifests (a silent pass would hide a typo), or allow it with --allow-no-references`,
    )
  }
  return scanned
}

/** Each pattern must match something: a glob matching nothing is a typo, not a pass. */
async function expand(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0)
    throw new NixImageError('--manifests is required: the YAML files to check, e.g. --manifests "deploy/**/*.yaml"')
  const paths = new Set<string>()
  for (const pattern of patterns) {
    const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false })
    if (matches.length === 0)
      throw new NixImageError(`--manifests '${pattern}' matches no file in ${cwd}: fix the path or glob`)
    for (const match of matches) paths.add(resolve(match))
  }
  return [...paths].sort()
}

function report(options: ManifestOptions, scanned: ScannedFile[]): ManifestReport {
  const findings = scanned.flatMap(({ file, references }) =>
    references.map((reference) => {
      const ok = matches(reference, options.expected)
      const expected = ok ? reference.found : reference.expected(options.expected)
      return {
        file,
        line: reference.line,
        column: reference.column,
        source: reference.source,
        found: reference.found,
        expected,
        ok,
      }
    }),
  )
  return {
    image: options.image.name,
    tag: options.expected.tag,
    digest: options.expected.digest,
    files: scanned.map((file) => file.file),
    findings,
    ok: findings.every((finding) => finding.ok),
  }
}

/** Right when the tag is the expected one and a digest, where written, is the expected one too. */
function matches(reference: ImageReference, expected: ExpectedImage): boolean {
  if (reference.digest && expected.digest)
    return reference.digest === expected.digest && (!reference.tag || reference.tag === expected.tag)
  if (reference.digest && !reference.tag) return false // a digest alone cannot be checked against a tag
  return reference.tag === expected.tag && (!reference.digest || !expected.digest)
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
