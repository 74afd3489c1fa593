import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Version } from '@cyclonedx/cyclonedx-library/Spec'
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation'
import { PackageURL } from 'packageurl-js'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { fixturesDir, testEnv } from '../helpers/nix.js'
import { standInNixpkgs } from '../helpers/nixpkgs.js'
import { useRegistry } from '../helpers/use-registry.js'

// What a scanner matches an SBOM by (purl, CPE, hashes, licences), end to end: the stand-in
// packages of sbom-images.nix declare pname, version, meta.license and meta.identifiers, and curl
// has a fetcher-like source whose purl parts nixpkgs would make its upstream purl. Every value
// expected here is written out from the fixtures' definitions or asked of Nix itself.

const work = mkdtempSync(join(tmpdir(), 'nix-image-sbom-fields-'))
const registry = useRegistry()
let env: NodeJS.ProcessEnv

beforeAll(() => {
  env = testEnv({ NIX_IMAGE_REGISTRY_USERNAME: registry.username, NIX_IMAGE_REGISTRY_PASSWORD: registry.password })
})

interface Component {
  name: string
  version?: string
  purl?: string
  cpe?: string
  'bom-ref': string
  hashes?: Array<{ alg: string; content: string }>
  licenses?: Array<{ license: { id?: string; name?: string } }>
  evidence?: { identity: Array<{ field: string; concludedValue: string }> }
}
interface Document {
  components: Component[]
  dependencies: Array<{ ref: string; dependsOn?: string[] }>
}

/** Pushes `attr` of sbom-images.nix (made distinct by `content`) and returns its SBOM. */
async function pushedSbom(attr: string, content: string): Promise<{ text: string; document: Document }> {
  const file = join(mkdtempSync(join(work, 'images-')), 'images.nix')
  writeFileSync(file, `import ${join(fixturesDir, 'sbom-images.nix')} { content = ${JSON.stringify(content)}; }\n`)
  const sbomFile = join(work, `${attr}.cdx.json`)
  const image = `${registry.host}/fields/${attr.toLowerCase()}`
  const args = ['push', file, '--attr', attr, '--image', image, '--insecure-registry', '--sbom-file', sbomFile]
  const run = await runCli(args, env)
  expect(run.code, run.stderr).toBe(0)
  const text = readFileSync(sbomFile, 'utf8')
  return { text, document: JSON.parse(text) as Document }
}

const byName = (document: Document): Record<string, Component> =>
  Object.fromEntries(document.components.map((component) => [component.name, component]))
const storeHash = (path: string): string => path.slice('/nix/store/'.length, '/nix/store/'.length + 32)
const nix = (args: string[]): string => execFileSync(args[0]!, args.slice(1), { env, encoding: 'utf8' }).trim()

// CPE 2.3's formatted string binding (NISTIR 7695, 6.2): `cpe:2.3:` and eleven components; each
// is `*` (ANY), `-` (NA), or a value of unreserved characters (letters, digits, `-`, `.`, `_`)
// and backslash-quoted punctuation, with `*` or `?`s allowed at either end; `part` is a, o or h;
// `language` a language tag.
const VALUE = String.raw`(?:\*|\?+)?(?:[A-Za-z0-9._-]|\\[\\*?!"#$%&'()+,/:;<=>@[\]^\x60{|}~])+(?:\*|\?+)?`
const COMPONENT = `(?:[*-]|${VALUE})`
const CPE_23 = new RegExp(
  `^cpe:2\\.3:[aho*-](?::${COMPONENT}){5}:(?:[*-]|[A-Za-z]{2,3}(?:-(?:[A-Za-z]{2}|[0-9]{3}))?)(?::${COMPONENT}){4}$`,
)

describe('what scanners match: purl, CPE, hashes and licences', () => {
  it("an image naming its packages (buildImage's buildArgs): Nix's own data and nothing invented", async () => {
    const { text, document } = await pushedSbom('archive', 'fields-archive')
    expect(await new JsonStrictValidator(Version.v1dot6).validate(text)).toBeNull()
    const components = byName(document)
    expect(Object.keys(components).sort()).toEqual(['app', 'curl', 'nss-cacert', 'openssl', 'tzdata-files'])

    // One pkg:nix purl per store path: the derivation's pname and version, its output, the
    // store path's hash; each parses and prints back the same.
    const versions: Record<string, string | undefined> = {
      app: '1.2.0',
      curl: '8.9.1',
      'nss-cacert': '3.101',
      openssl: '3.0.13',
      'tzdata-files': undefined,
    }
    for (const [name, version] of Object.entries(versions)) {
      const component = components[name]!
      const hash = storeHash(component['bom-ref'])
      const versionPart = version ? `@${version}` : ''
      expect(component.purl).toBe(`pkg:nix/${name}${versionPart}?output=out&outputhash=${hash}`)
      const parsed = PackageURL.fromString(component.purl!)
      expect(parsed).toMatchObject({ type: 'nix', name, qualifiers: { output: 'out', outputhash: hash } })
      expect(parsed.version).toBe(version)
      expect(parsed.toString()).toBe(component.purl)
      expect(component.version).toBe(version)
    }

    // Licences: the SPDX ids meta.license declares; curl's second licence has none, and app and
    // tzdata-files declare none. openssl and the CA bundle are curl's inputs, not named by the image.
    const licences = Object.fromEntries(
      Object.entries(components).map(([name, component]) => [name, component.licenses?.map(({ license }) => license)]),
    )
    expect(licences).toEqual({
      app: undefined,
      curl: [{ id: 'curl' }],
      'nss-cacert': [{ id: 'MPL-2.0' }],
      openssl: [{ id: 'Apache-2.0' }],
      'tzdata-files': undefined,
    })

    // CPEs only where nixpkgs sets meta.identifiers.cpe (every part known): the CA bundle's vendor
    // alone gives nixpkgs a guess (possibleCPEs), which is not taken.
    const cpes = Object.fromEntries(Object.entries(components).map(([name, component]) => [name, component.cpe]))
    expect(cpes).toEqual({
      app: undefined,
      curl: 'cpe:2.3:a:haxx:curl:8.9.1:*:*:*:*:*:*:*',
      'nss-cacert': undefined,
      openssl: 'cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*',
      'tzdata-files': undefined,
    })
    for (const cpe of Object.values(cpes)) if (cpe) expect(cpe).toMatch(CPE_23)
    expect('cpe:2.3:a:haxx:curl:8.9.1+git:*:*:*:*:*:*:*').not.toMatch(CPE_23) // the grammar quotes a '+'

    // The upstream purl nixpkgs derives from curl's source (its fetcher's purl parts), as an alias.
    expect(components.curl?.evidence?.identity).toEqual([
      expect.objectContaining({ field: 'purl', concludedValue: 'pkg:github/curl/curl@curl-8_9_1' }),
    ])
    expect(Object.values(components).filter((component) => component.evidence)).toHaveLength(1)
    expectNixFacts(document)
  })

  it('an image whose packages its value does not name (buildLayeredImage): purl and SHA-256 still, no licence or CPE', async () => {
    const { text, document } = await pushedSbom('layered', 'fields-layered')
    expect(await new JsonStrictValidator(Version.v1dot6).validate(text)).toBeNull()
    for (const component of document.components) {
      expect(PackageURL.fromString(component.purl ?? '').toString()).toBe(component.purl)
      expect(component).not.toHaveProperty('licenses')
      expect(component).not.toHaveProperty('cpe')
      expect(component).not.toHaveProperty('evidence')
    }
    expectNixFacts(document)
  })

  it("docs/sbom.md's layered image that names its packages: hello's licence and CPE", async () => {
    const docs = readFileSync(join(import.meta.dirname, '../../docs/sbom.md'), 'utf8')
    const snippet = /```nix\n(let args = [^`]*buildLayeredImage args \/\/ \{ buildArgs = args; \})\n```/.exec(docs)?.[1]
    expect(snippet).toBeDefined()
    const file = join(mkdtempSync(join(work, 'docs-')), 'image.nix')
    writeFileSync(file, `{ pkgs ? import <nixpkgs> { } }:\n${snippet}\n`)
    const sbomFile = join(work, 'docs.cdx.json')
    const args = ['push', file, '--image', `${registry.host}/fields/docs`, '--nix-path', `nixpkgs=${standInNixpkgs}`]
    const run = await runCli([...args, '--insecure-registry', '--sbom-file', sbomFile], env)
    expect(run.code, run.stderr).toBe(0)
    const text = readFileSync(sbomFile, 'utf8')
    expect(await new JsonStrictValidator(Version.v1dot6).validate(text)).toBeNull()
    expect(byName(JSON.parse(text) as Document).hello).toMatchObject({
      purl: expect.stringMatching(/^pkg:nix\/hello@2\.12\.1\?output=out&outputhash=[0-9a-z]{32}$/),
      licenses: [{ license: { id: 'GPL-3.0-or-later' } }],
      cpe: 'cpe:2.3:a:gnu:hello:2.12.1:*:*:*:*:*:*:*',
    })
  })

  it('a package list names its packages: each gets the licence nixpkgs declares', async () => {
    const sbomFile = join(work, 'packages.cdx.json')
    const run = await runCli(
      [
        'push',
        '--packages',
        'curl hello',
        '--image',
        `${registry.host}/fields/packages`,
        '--nix-path',
        `nixpkgs=${standInNixpkgs}`,
      ].concat(['--insecure-registry', '--sbom-file', sbomFile]),
      env,
    )
    expect(run.code, run.stderr).toBe(0)
    const text = readFileSync(sbomFile, 'utf8')
    expect(await new JsonStrictValidator(Version.v1dot6).validate(text)).toBeNull()
    const components = byName(JSON.parse(text) as Document)
    expect(components.hello).toMatchObject({
      licenses: [{ license: { id: 'GPL-3.0-or-later' } }],
      cpe: 'cpe:2.3:a:gnu:hello:2.12.1:*:*:*:*:*:*:*',
    })
    expect(components.curl?.licenses).toEqual([{ license: { id: 'curl' } }])
    expect(components.openssl?.licenses).toEqual([{ license: { id: 'Apache-2.0' } }])
  })
})

/**
 * What Nix itself says of each path: the SHA-256 of its NAR as `nix path-info --json` writes it
 * (SRI) and as `nix-store --query --hash` does (base32, turned into hex by `nix hash to-base16`),
 * and its references, which the dependencies follow.
 */
function expectNixFacts(document: Document): void {
  const paths = document.components.map((component) => component['bom-ref'])
  const infos = JSON.parse(nix(['nix', 'path-info', '--json', ...paths])) as
    | Array<{ path: string; narHash: string }>
    | Record<string, { narHash: string }>
  const narHashes = new Map(
    Array.isArray(infos)
      ? infos.map((info) => [info.path, info.narHash])
      : Object.entries(infos).map(([path, info]) => [path, info.narHash]),
  )
  const base32 = nix(['nix-store', '--query', '--hash', ...paths]).split('\n')
  const hex = nix(['nix', 'hash', 'to-base16', ...base32]).split('\n')
  paths.forEach((path, i) => {
    const sri = narHashes.get(path) ?? ''
    expect(sri).toMatch(/^sha256-/)
    const expected = Buffer.from(sri.slice('sha256-'.length), 'base64').toString('hex')
    expect(hex[i]).toBe(expected)
    expect(document.components[i]?.hashes).toEqual([{ alg: 'SHA-256', content: expected }])

    const references = nix(['nix-store', '--query', '--references', path])
      .split('\n')
      .filter((reference) => reference && reference !== path)
      .sort()
    const entry = document.dependencies.find((dependency) => dependency.ref === path)
    expect(entry?.dependsOn ?? []).toEqual(references)
  })
  // The image itself depends on every path, as before.
  expect(document.dependencies[0]?.dependsOn).toEqual(paths)
}
