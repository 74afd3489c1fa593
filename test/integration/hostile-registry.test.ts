import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/core/registry/client.js'
import { parseImageName } from '../../src/core/registry/reference.js'
import { errorLine, runCli, type CliRun } from '../helpers/cli.js'
import {
  MANIFEST,
  loopbackCertificate,
  rawAnswer,
  startFakeRegistry,
  type FakeRegistry,
  type Handler,
} from '../helpers/fake-registry.js'
import { silentLogger } from '../helpers/logger.js'
import { fixturesDir, testEnv, writeVariant } from '../helpers/nix.js'
import { ociClient } from '../helpers/oci.js'
import { startProxy } from '../helpers/proxy.js'
import { startRegistry } from '../helpers/registry.js'
import { inspectDigest } from '../helpers/skopeo.js'

// Class 1 and 2 of the threat model: a registry (or whoever answers in its name) is hostile. Each
// case: a non-zero exit, one line, no stack, and nothing the registry made up in any output.
const images = join(fixturesDir, 'images.nix')
const work = mkdtempSync(join(tmpdir(), 'nix-image-hostile-registry-'))
const password = 'hostile-test-password'
const basic = Buffer.from(`ci-user:${password}`).toString('base64')
const manifestDigest = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`
const OCI = 'application/vnd.oci.image.manifest.v1+json'
let fake: FakeRegistry
let tokenHost: FakeRegistry

beforeAll(async () => {
  fake = await startFakeRegistry()
  tokenHost = await startFakeRegistry()
})
afterAll(async () => {
  await fake?.stop()
  await tokenHost?.stop()
})

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  testEnv({ HOME: work, NIX_IMAGE_REGISTRY_USERNAME: 'ci-user', NIX_IMAGE_REGISTRY_PASSWORD: password, ...extra })
const check = (host: string, ...args: string[]): Promise<CliRun> =>
  runCli(
    ['push', images, '--attr', 'archive', '--image', `${host}/h/app`, '--insecure-registry', '--json', ...args],
    env(),
  )

/** `/v2/` answers 200; manifest requests go to `manifest`; the rest 404. */
const registry =
  (manifest: Handler, root?: Handler): Handler =>
  (req, res) => {
    if (req.url === '/v2/')
      return root ? root(req, res) : void res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    if (req.url?.includes('/manifests/')) return manifest(req, res)
    res.writeHead(404).end()
  }
const manifestAnswer = (headers: Record<string, string | string[]>) => (req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': OCI, 'content-length': String(MANIFEST.length), ...headers })
  res.end(req.method === 'HEAD' ? undefined : MANIFEST)
}

function expectRefused(run: CliRun, message: RegExp): void {
  expect(run.code).toBe(1)
  expect(errorLine(run)).toMatch(message)
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/)
  expect(run.stdout).toBe('')
}

describe('digests from a registry are checked before they are reported', () => {
  it.each([
    ['an injected command and option', 'sha256:0 $(id) `id` --kubeconfig=/tmp/k'],
    ['two digest headers', [manifestDigest, `sha256:${'b'.repeat(64)}`]],
    ['another algorithm', `sha512:${'a'.repeat(128)}`],
    ['upper-case hex', `sha256:${'A'.repeat(64)}`],
    ['a short digest', 'sha256:abc'],
  ])('%s in Docker-Content-Digest: refused', async (_name, digest) => {
    fake.handle(registry(manifestAnswer({ 'docker-content-digest': digest })))
    // Not a dry run: the tag "exists", so a run would report it and write the manifest file.
    const manifestFile = join(work, 'refused-index.json')
    const run = await check(fake.host, '--manifest-file', manifestFile)
    expectRefused(
      run,
      /answered the digest '.*' for \w+, which is not one sha256:<64 hex digits> digest: refusing to report it/,
    )
    expect(existsSync(manifestFile)).toBe(false)
  })

  it('no digest header: the digest is the hash of the manifest the registry serves', async () => {
    fake.handle(
      registry((req, res) => {
        if (req.method === 'HEAD') return void res.writeHead(200, { 'content-type': OCI }).end()
        res.writeHead(200, { 'content-type': OCI }).end(MANIFEST)
      }),
    )
    const manifestFile = join(work, 'index.json')
    const run = await check(fake.host, '--manifest-file', manifestFile)
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ digest: manifestDigest, skipped: true })
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).manifests[0]).toMatchObject({
      digest: manifestDigest,
      size: MANIFEST.length,
      mediaType: OCI,
    })
  })

  it('a manifest whose bytes do not hash to the digest the registry names: refused', async () => {
    fake.handle(
      registry((req, res) => {
        const headers = { 'content-type': OCI, 'docker-content-digest': `sha256:${'c'.repeat(64)}` }
        if (req.method === 'HEAD') return void res.writeHead(200, headers).end() // no length: the client GETs
        res.writeHead(200, headers).end(MANIFEST)
      }),
    )
    expectRefused(
      await check(fake.host, '--dry-run'),
      /whose bytes hash to sha256:[0-9a-f]{64}, not to the digest it names/,
    )
  })
})

describe('the digest reported after a push is the one the registry stores', () => {
  it('a proxy that answers a well-formed but wrong digest after the push: the stored manifest settles it', async () => {
    const real = await startRegistry()
    const proxy = await startProxy(real.host)
    try {
      const wrong = `sha256:${'d'.repeat(64)}`
      const ours = (req: IncomingMessage): boolean =>
        req.method === 'HEAD' && (req.url ?? '').includes('/manifests/') && req.headers['user-agent'] === 'nix-image'
      // The first HEAD is the existence check (404, so the header does not matter); the second follows the push.
      proxy.addFaults({ match: ours, fault: { kind: 'headers', set: { 'docker-content-digest': wrong } }, times: 2 })
      const args = [
        'push',
        writeVariant(work, 'lying-proxy'),
        '--attr',
        'layeredZstd',
        '--image',
        `${proxy.host}/h/lying`,
        '--insecure-registry',
        '--json',
      ]
      const run = await runCli(
        args,
        testEnv({ HOME: work, NIX_IMAGE_REGISTRY_USERNAME: real.username, NIX_IMAGE_REGISTRY_PASSWORD: real.password }),
      )
      expect(run.code, run.stderr).toBe(0)
      const result = JSON.parse(run.stdout)
      expect(result.digest).toBe(await inspectDigest(real, `${real.host}/h/lying:${result.tag}`))
      expect(result.digest).not.toBe(wrong)
      expect(run.stderr).toMatch(
        new RegExp(`the registry answers ${wrong} and stores ${result.digest}; reporting what it stores`),
      )
      // The SBOM, made while the registry was asked, names and refers to the stored manifest.
      const sbom = await ociClient(real).sbom('h/lying', result.digest)
      expect(sbom?.manifest.subject.digest).toBe(result.digest)
      expect(JSON.parse(sbom?.document ?? '{}').metadata.component['bom-ref']).toBe(
        `${proxy.host}/h/lying@${result.digest}`,
      )
    } finally {
      await proxy.stop()
      await real.stop()
    }
  })
})

describe('answers are read up to a cap', () => {
  it('a 1.5 GiB answer to GET /v2/ (announced): refused before reading it', async () => {
    fake.handle(
      registry(manifestAnswer({}), (_req, res) =>
        rawAnswer(res, `HTTP/1.1 200 OK\ncontent-type: application/json\ncontent-length: ${1.5 * 2 ** 30}`),
      ),
    )
    expectRefused(
      await check(fake.host, '--dry-run'),
      /answered GET \/v2\/ with more than 1\.0 MiB: refusing to read it/,
    )
  })

  it('an endless answer to GET /v2/ (chunked, no length): aborted past 1 MiB', async () => {
    fake.handle(
      registry(manifestAnswer({}), (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        const chunk = Buffer.alloc(64 * 1024, 'x')
        const pump = (): void => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump)
        }
        pump()
      }),
    )
    expectRefused(await check(fake.host, '--dry-run'), /with more than 1\.0 MiB: refusing to read it/)
  })

  it('a manifest over 4 MiB: refused', async () => {
    const huge = Buffer.alloc(5 * 2 ** 20, ' ')
    fake.handle(
      registry((req, res) => {
        if (req.method === 'HEAD') return void res.writeHead(200, { 'content-type': OCI }).end()
        res.writeHead(200, { 'content-type': OCI }).end(huge)
      }),
    )
    expectRefused(
      await check(fake.host, '--dry-run'),
      /answered GET \/v2\/h\/app\/manifests\/\w+ with more than 4\.0 MiB/,
    )
  })

  it('a body that drips: bounded by the request deadline, one line', async () => {
    fake.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50)
    })
    const client = new RegistryClient({
      image: parseImageName(`${fake.host}/h/app`),
      insecure: true,
      logger: silentLogger,
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, deadlineMs: 60_000 },
      requestTimeoutMs: 500,
    })
    await expect(client.connect()).rejects.toThrow(
      /^registry 127\.0\.0\.1:\d+ did not answer GET \/v2\/ in full within 0\.5 s \(gave up after 2 attempts/,
    )
  })
})

describe('the token service', () => {
  const bearer = (realm: string): Handler =>
    registry(
      (_req, res) => void res.writeHead(404).end(),
      (req, res) =>
        req.headers.authorization
          ? void res.writeHead(200).end('{}')
          : void res.writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="fake"` }).end(),
    )

  it('an HTML page instead of a token: one line', async () => {
    tokenHost.handle(
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>'),
    )
    fake.handle(bearer(`http://${tokenHost.host}/token`))
    expectRefused(
      await check(fake.host, '--dry-run'),
      /token server .* answered with something that is not JSON \(text\/html\): check that the registry's token realm/,
    )
  })

  it('a token with a newline or spaces: one line', async () => {
    tokenHost.handle(
      (_req, res) =>
        void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token: 'abc\r\nX-Injected: 1' })),
    )
    fake.handle(bearer(`http://${tokenHost.host}/token`))
    expectRefused(await check(fake.host, '--dry-run'), /answered a token with characters no token has/)
  })

  it.each([
    ['a relative realm', '/token', /named the token realm '\/token', which is not an absolute URL/],
    [
      'a file: realm',
      'file:///etc/passwd',
      /named the token realm 'file:\/\/\/etc\/passwd', which is not an http\(s\) URL/,
    ],
  ])('%s: one line, no request with credentials anywhere', async (_name, realm, message) => {
    fake.handle(bearer(realm))
    const before = fake.log.length
    expectRefused(await check(fake.host, '--dry-run'), message)
    expect(fake.log.slice(before).filter((entry) => entry.authorization)).toEqual([])
  })
})

describe('credentials only over TLS, never echoed', () => {
  it('with TLS verified, a realm on another host over plain HTTP gets no credentials', async () => {
    const tls = loopbackCertificate()
    const secure = await startFakeRegistry({ tls })
    try {
      secure.handle(
        registry(
          manifestAnswer({ 'docker-content-digest': manifestDigest }),
          (_req, res) =>
            void res
              .writeHead(401, { 'www-authenticate': `Bearer realm="http://${tokenHost.host}/token",service="fake"` })
              .end(),
        ),
      )
      const before = tokenHost.log.length
      const run = await runCli(
        ['push', images, '--attr', 'archive', '--image', `${secure.host}/h/app`, '--dry-run'],
        env({ NODE_EXTRA_CA_CERTS: tls.certPath }),
      )
      expectRefused(
        run,
        /asks for credentials at http:\/\/127\.0\.0\.1:\d+, over plain HTTP: refused, they would travel in clear; set insecure-registry only/,
      )
      expect(tokenHost.log.length).toBe(before)
    } finally {
      await secure.stop()
    }
  })

  it('an error text that echoes the Authorization header: the credential is redacted', async () => {
    fake.handle((req, res) => {
      if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end()
      if (req.url === '/v2/') return void res.writeHead(200).end('{}')
      // HEAD without a digest makes the client GET the manifest, whose error text is quoted.
      if (req.method === 'HEAD') return void res.writeHead(200, { 'content-type': OCI }).end()
      const echo = `bad request: Authorization: ${req.headers.authorization} password=${password}`
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'DENIED', message: echo }] }))
    })
    const run = await check(fake.host, '--dry-run')
    expectRefused(
      run,
      /answered 400 to GET manifest \w+: DENIED: bad request: Authorization: Basic \[redacted\] password=\[redacted\]/,
    )
    expect(fake.log.some((entry) => entry.authorization === `Basic ${basic}`)).toBe(true)
    expect(run.stderr).not.toContain(basic)
    expect(run.stderr).not.toContain(password)
  })
})
