import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { checkSbomFiles, memberSbomFile } from '../../src/core/sbom/files.js'
import type { PlannedImage } from '../../src/core/plan/plan.js'

// A set's SBOM files: one per image, named after it, never outside the sbom-file's folder.

const root = resolve(import.meta.dirname, '../..')

describe("each image's SBOM file", () => {
  it.each([
    ['nix-image.cdx.json', 'api', 'nix-image.api.cdx.json'],
    ['nix-image.cdx.json', 'app.aarch64-linux', 'nix-image.app.aarch64-linux.cdx.json'],
    ['/runner/temp/nix-image-sbom-42.cdx.json', 'worker', '/runner/temp/nix-image-sbom-42.worker.cdx.json'],
    ['out/sbom.json', 'api', 'out/sbom.api.json'],
    ['out/sbom', 'api', 'out/sbom.api'],
  ])('%s for %s is %s', (file, name, expected) => expect(memberSbomFile(file, name)).toBe(expected))

  // Attribute names come from the repository's expression; a quoted one holds any character.
  const hostile = [
    '../../x',
    '..',
    '.',
    '/etc/passwd',
    'a/../../b',
    '..\\..\\x',
    'a\nb',
    '$(touch x)',
    '.hidden.',
    '',
    ' ',
  ]
  it.each(hostile)('the name %j stays a part of a file name in the folder', (name) => {
    const folder = mkdtempSync(join(tmpdir(), 'nix-image-sbom-files-'))
    const path = memberSbomFile(join(folder, 'sbom.cdx.json'), name)
    expect(dirname(path)).toBe(folder)
    expect(basename(path)).toMatch(/^sbom\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.cdx\.json$/)
    writeFileSync(path, '{}')
    expect(readdirSync(folder)).toEqual([basename(path)])
  })

  it('refuses two images whose names give one file (compared without case), before anything runs', () => {
    const images = (...names: string[]) => names.map((name) => ({ name }) as PlannedImage)
    expect(() =>
      checkSbomFiles(images('api', 'worker', 'app.aarch64-linux', 'app.x86_64-linux'), 'nix-image.cdx.json'),
    ).not.toThrow()
    expect(() => checkSbomFiles(images('a b', 'a-b'), 'nix-image.cdx.json')).toThrow(
      'the images a b and a-b would write their SBOMs to one file, nix-image.a-b.cdx.json: rename one of the attributes',
    )
    expect(() => checkSbomFiles(images('API', 'api'), 'sbom.json')).toThrow(
      /the images API and api would write their SBOMs to one file, sbom\.api\.json/,
    )
  })
})

describe("the GitLab component's cyclonedx report", () => {
  const [spec, job] = parseAllDocuments(readFileSync(join(root, 'templates/build.yml'), 'utf8')).map((document) =>
    document.toJS(),
  )
  const template = job as Record<string, { artifacts: { reports: { cyclonedx: string[] } } }>
  const jobPrefixRegex = (spec as { spec: { inputs: { job_prefix: { regex: string } } } }).spec.inputs.job_prefix.regex
  /** The report's paths for a job prefix, as the runner matches them: `*` is any characters but `/`. */
  const matcher = (prefix: string) => {
    const patterns = template['$[[ inputs.job_prefix ]]-build']!.artifacts.reports.cyclonedx.map((path) =>
      path.replaceAll('$[[ inputs.job_prefix ]]', prefix),
    )
    const regexes = patterns.map(
      (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`),
    )
    return (file: string) => regexes.some((regex) => regex.test(file))
  }
  const filesOf = (prefix: string) => [
    `${prefix}.cdx.json`,
    ...['api', 'web', 'app.aarch64-linux'].map((name) => memberSbomFile(`${prefix}.cdx.json`, name)),
  ]

  it("lists the single image's file and every image's of a set, and never another include's", () => {
    // The template's own rule for job_prefix: no dot, so `<prefix>.` ends the prefix.
    expect(new RegExp(jobPrefixRegex).test('nix-image.web')).toBe(false)
    const [own, web] = [matcher('nix-image'), matcher('nix-image-web')]
    for (const file of filesOf('nix-image')) expect([file, own(file), web(file)]).toEqual([file, true, false])
    for (const file of filesOf('nix-image-web')) expect([file, own(file), web(file)]).toEqual([file, false, true])
    expect(own('nix-image.env')).toBe(false)
  })
})
