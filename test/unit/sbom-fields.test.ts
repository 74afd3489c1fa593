import { Version } from '@cyclonedx/cyclonedx-library/Spec'
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation'
import { PackageURL } from 'packageurl-js'
import { describe, expect, it } from 'vitest'
import { nixBase32 } from '../../src/core/base/nix-base32.js'
import { packageMetas } from '../../src/core/nix/package-meta.js'
import { parseDerivationsJson, parsePathInfoJson } from '../../src/core/nix/store.js'
import { diffPackages } from '../../src/core/report/changes.js'
import type { StoreFacts } from '../../src/core/sbom/contents.js'
import { cyclonedxDocument } from '../../src/core/sbom/cyclonedx.js'
import { sbomPackages } from '../../src/core/sbom/document.js'
import type { PackageMeta } from '../../src/core/types.js'

// The SBOM's scanner-facing fields from what Nix says (path info, derivations, meta), each value
// checked as hostile input, and the documents of the previous release read alongside the new.

const hash = (letter: string) => letter.repeat(32)
const store = (letter: string, name: string) => `/nix/store/${hash(letter)}-${name}`
const subject = { image: 'ghcr.io/acme/app', tag: 'abc', digest: `sha256:${'f'.repeat(64)}` }
const NAR = Buffer.from('1f'.repeat(32), 'hex')
const SRI = `sha256-${NAR.toString('base64')}`

interface Component {
  'bom-ref': string
  name: string
  version?: string
  purl: string
  cpe?: string
  hashes?: unknown[]
  licenses?: unknown[]
  evidence?: { identity: Array<{ concludedValue: string }> }
}
const componentsOf = (document: string): Record<string, Component> =>
  Object.fromEntries(
    (JSON.parse(document).components as Component[]).map((component) => [component['bom-ref'], component]),
  )
const valid = async (document: string) =>
  expect(await new JsonStrictValidator(Version.v1dot6).validate(document)).toBeNull()

describe("what Nix's commands say", () => {
  it("nix path-info --json: the deriver where the store records one (Nix 2.8's array, 2.19's object)", () => {
    const deriver = '/nix/store/d-x.drv'
    const old = `[{"path":"/nix/store/a-x","narHash":"${SRI}","narSize":1,"deriver":"${deriver}"},{"path":"/nix/store/b-y","narHash":"${SRI}","narSize":1}]`
    const current = `{"/nix/store/a-x":{"narHash":"${SRI}","narSize":1,"deriver":"${deriver}"},"/nix/store/b-y":{"narHash":"${SRI}","narSize":1,"deriver":null}}`
    for (const text of [old, current]) {
      const [a, b] = parsePathInfoJson(text)
      expect(a?.deriver).toBe(deriver)
      expect(b).not.toHaveProperty('deriver')
    }
  })

  it('nix show-derivation: pname, version (also from structured attributes) and the outputs; only what a store name could hold', () => {
    const text = JSON.stringify({
      '/nix/store/a-openssl-3.0.13.drv': {
        outputs: { out: { path: store('a', 'openssl-3.0.13') }, bin: { path: store('b', 'openssl-3.0.13-bin') } },
        env: { pname: 'openssl', version: '3.0.13' },
      },
      '/nix/store/c-env.drv': {
        outputs: { out: { path: store('c', 'env') } },
        env: { __json: '{"pname":"env","version":"1"}' },
      },
      '/nix/store/d-x.drv': {
        outputs: { out: { path: store('d', 'x') } },
        env: { pname: '\u001b[31mred', version: '' },
      },
      '/nix/store/e-y.drv': { outputs: {}, env: { pname: 'y'.repeat(201) } },
    })
    expect(Object.fromEntries(parseDerivationsJson(text))).toEqual({
      '/nix/store/a-openssl-3.0.13.drv': {
        pname: 'openssl',
        version: '3.0.13',
        outputs: { out: store('a', 'openssl-3.0.13'), bin: store('b', 'openssl-3.0.13-bin') },
      },
      '/nix/store/c-env.drv': { pname: 'env', version: '1', outputs: { out: store('c', 'env') } },
      '/nix/store/d-x.drv': { outputs: { out: store('d', 'x') } },
      '/nix/store/e-y.drv': { outputs: {} },
    })
  })

  it("the evaluation's packages: store paths under /nix/store, strings within bounds, at most 10 of a list", () => {
    const path = store('a', 'curl-8.9.1')
    const many = Array.from({ length: 12 }, (_, i) => `pkg:github/a/b@${i}`)
    expect(
      packageMetas([
        { outPaths: [path, '/elsewhere/x', 3], licenses: ['curl', 7, 'x'.repeat(501)], cpe: 'cpe:2.3:a', purls: many },
        { outPaths: ['/tmp/x'], licenses: ['MIT'] },
        null,
        'x',
      ]),
    ).toEqual([{ outPaths: [path], licenses: ['curl'], cpe: 'cpe:2.3:a', purls: many.slice(0, 10) }])
    expect(packageMetas({ outPaths: [path] })).toEqual([])
    expect(packageMetas(Array.from({ length: 250 }, () => ({ outPaths: [path] })))).toHaveLength(200)
  })
})

describe("the components' scanner fields", () => {
  const out = store('a', 'openssl-3.0.13')
  const bin = store('b', 'openssl-3.0.13-bin')
  const tz = store('c', 'tzdata-files')
  const lone = store('d', 'openssl-3.0.13-bin')
  const openssl: PackageMeta = {
    outPaths: [out, bin],
    licenses: ['Apache-2.0', 'apache-2.0', 'LicenseRef-nixpkgs-unfree'],
    cpe: 'cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*',
    purls: ['pkg:github/openssl/openssl@openssl-3.0.13', 'not a purl'],
  }
  const derived = { pname: 'openssl', version: '3.0.13' }
  const facts = new Map<string, StoreFacts>([
    [out, { narHash: SRI, narSize: 1, references: [out], ...derived, output: 'out' }],
    // The base32 form older Nix and narinfo files write: the same hash.
    [bin, { narHash: `sha256:${nixBase32(NAR)}`, narSize: 1, references: [bin, out, tz], ...derived, output: 'bin' }],
    [tz, { narHash: SRI, narSize: 1, references: [] }],
    // No derivation in the store: the name rule, and no output known.
    [lone, { narHash: 'md5:abc', narSize: 1, references: [] }],
  ])
  const document = cyclonedxDocument(
    subject,
    { paths: [tz, bin, lone, out], store: facts, meta: new Map([out, bin].map((path) => [path, openssl])) },
    '1.0.0',
  )
  const components = componentsOf(document)

  it('is valid CycloneDX 1.6 (strict)', async () => {
    await valid(document)
  })

  it("purl: pkg:nix, the derivation's names and output, the store path's hash; the name rule without a derivation", () => {
    expect(Object.values(components).map((component) => component.purl)).toEqual([
      `pkg:nix/openssl@3.0.13?output=out&outputhash=${hash('a')}`,
      `pkg:nix/openssl@3.0.13?output=bin&outputhash=${hash('b')}`,
      `pkg:nix/tzdata-files?outputhash=${hash('c')}`,
      `pkg:nix/openssl@3.0.13-bin?outputhash=${hash('d')}`,
    ])
    for (const { purl } of Object.values(components)) expect(PackageURL.fromString(purl).toString()).toBe(purl)
    expect(components[bin]).toMatchObject({ name: 'openssl', version: '3.0.13' })
    expect(components[lone]).toMatchObject({ name: 'openssl', version: '3.0.13-bin' })
  })

  it('hashes: the SHA-256 of the NAR in hex, from the SRI and the base32 forms alike; none from another algorithm', () => {
    const sha256 = [{ alg: 'SHA-256', content: NAR.toString('hex') }]
    expect([out, bin, tz].map((path) => components[path]?.hashes)).toEqual([sha256, sha256, sha256])
    expect(components[lone]).not.toHaveProperty('hashes')
  })

  it("licenses, CPE and upstream purls where the package's meta has them, and nowhere else", () => {
    expect(components[out]?.licenses).toEqual([
      // Spelled as the SPDX list spells it, once.
      { license: { id: 'Apache-2.0' } },
      // An id the schema's SPDX list lacks stays, as a name.
      { license: { name: 'LicenseRef-nixpkgs-unfree' } },
    ])
    expect(components[bin]?.cpe).toBe(openssl.cpe)
    expect(components[bin]?.evidence?.identity.map((identity) => identity.concludedValue)).toEqual([
      'pkg:github/openssl/openssl@openssl-3.0.13',
    ])
    for (const path of [tz, lone]) {
      expect(components[path]).not.toHaveProperty('licenses')
      expect(components[path]).not.toHaveProperty('cpe')
      expect(components[path]).not.toHaveProperty('evidence')
    }
  })

  it.each([
    ['a CPE 2.2 URI', 'cpe:/a:openssl:openssl:3.0.13'],
    ["a '+' the binding would quote", 'cpe:2.3:a:openssl:openssl:3.0.13+git:*:*:*:*:*:*:*'],
    ['ten components', 'cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*'],
  ])('no CPE from %s', async (_, cpe) => {
    const text = cyclonedxDocument(
      subject,
      { paths: [out], store: facts, meta: new Map([[out, { ...openssl, cpe }]]) },
      '1',
    )
    await valid(text)
    expect(componentsOf(text)[out]).not.toHaveProperty('cpe')
  })

  it('dependencies: the references within the image, itself left out', () => {
    const dependencies = JSON.parse(document).dependencies as Array<{ ref: string; dependsOn?: string[] }>
    expect(Object.fromEntries(dependencies.map((entry) => [entry.ref, entry.dependsOn]))).toEqual({
      [`${subject.image}@${subject.digest}`]: [out, bin, tz, lone],
      [out]: undefined,
      [bin]: [out, tz],
      [tz]: undefined,
      [lone]: undefined,
    })
  })
})

describe("the previous release's SBOMs", () => {
  // A document as nix-image wrote it before these fields: name and version by the name rule,
  // the store path and NAR facts as properties, nothing else.
  const component = (path: string, name: string, version: string) => ({
    type: 'application',
    name,
    version,
    'bom-ref': path,
    properties: [{ name: 'nix:store_path', value: path }],
  })
  const before = [store('a', 'openssl-3.0.13'), store('b', 'curl-8.9.1')]
  const previous = JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: [component(before[0]!, 'openssl', '3.0.13'), component(before[1]!, 'curl', '8.9.1')],
  })
  const after = [store('c', 'openssl-3.0.14'), store('d', 'curl-8.9.1')]
  const current = cyclonedxDocument(
    subject,
    {
      paths: after,
      store: new Map([
        [after[0]!, { narHash: SRI, narSize: 1, references: [], pname: 'openssl', version: '3.0.14', output: 'out' }],
        [
          after[1]!,
          { narHash: SRI, narSize: 1, references: [after[0]!], pname: 'curl', version: '8.9.1', output: 'out' },
        ],
      ]),
    },
    '1',
  )

  it('compare with the new ones both ways, as "what changed" and nix-image diff do', () => {
    expect(diffPackages(sbomPackages(previous), sbomPackages(current))).toEqual({
      added: [],
      removed: [],
      changed: [{ name: 'openssl', from: '3.0.13', to: '3.0.14' }],
      rebuilt: [{ name: 'curl', version: '8.9.1' }],
    })
    expect(diffPackages(sbomPackages(current), sbomPackages(previous)).changed).toEqual([
      { name: 'openssl', from: '3.0.14', to: '3.0.13' },
    ])
  })
})
