import { execFileSync } from 'node:child_process'
import { X509Certificate, createPrivateKey, randomUUID, sign } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TokenRequest {
  scopes: string[]
  service: string | null
  account: string | null
  /** Whether Basic credentials came with the request (never their value). */
  authenticated: boolean
}

export interface TokenServer {
  /** The `realm` for the registry's `auth: token:` config. */
  realm: string
  service: string
  issuer: string
  /** Certificate bundle the registry verifies tokens with. */
  certPath: string
  requests: TokenRequest[]
  /** Every token handed out, to check none of them is ever printed. */
  issued: string[]
  stop(): Promise<void>
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

/**
 * A token server as ghcr.io, GitLab and Docker Hub run one: Basic credentials in, an RS256 JWT
 * out, granting the asked actions to a known user and `pull` alone to anonymous callers on
 * repositories under `public/`. Distribution verifies the JWTs against `certPath` itself.
 */
export async function startTokenServer(users: Record<string, string>): Promise<TokenServer> {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-token-'))
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '1',
      '-subj',
      '/CN=nix-image-test-token',
    ],
    { stdio: 'ignore' },
  )
  const key = createPrivateKey(readFileSync(keyPath))
  // x5c takes standard base64 of the DER certificate (not base64url, not PEM).
  const x5c = new X509Certificate(readFileSync(certPath)).raw.toString('base64')
  const service = 'nix-image-test-registry'
  const issuer = 'nix-image-test-issuer'
  const requests: TokenRequest[] = []
  const issued: string[] = []

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const user = basicUser(req, users)
    requests.push({
      scopes: url.searchParams.getAll('scope'),
      service: url.searchParams.get('service'),
      account: url.searchParams.get('account'),
      authenticated: user !== undefined,
    })
    if (user === null) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"incorrect username or password"}')
      return
    }
    const access = url.searchParams.getAll('scope').flatMap((scope) => {
      const [type, name, actions] = scope.split(':')
      if (type !== 'repository' || !name || !actions) return []
      const granted = user ? actions.split(',') : name.startsWith('public/') ? ['pull'] : []
      return [{ type, name, actions: granted }]
    })
    const now = Math.floor(Date.now() / 1000)
    const header = { alg: 'RS256', typ: 'JWT', x5c: [x5c] }
    const claims = {
      iss: issuer,
      sub: user ?? '',
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    }
    const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    const token = `${unsigned}.${b64url(sign('sha256', Buffer.from(unsigned), key))}`
    issued.push(token)
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    requests,
    issued,
    async stop() {
      await new Promise((resolve) => server.close(resolve))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The authenticated user, undefined when anonymous, null when the credentials are wrong. */
function basicUser(req: IncomingMessage, users: Record<string, string>): string | undefined | null {
  const header = req.headers.authorization
  if (!header?.startsWith('Basic ')) return undefined
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const user = decoded.slice(0, colon)
  return colon > 0 && users[user] === decoded.slice(colon + 1) ? user : null
}
