import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'

export interface TestRegistry {
  /** `127.0.0.1:PORT` */
  host: string
  username: string
  password: string
  dataDir: string
  /** A containers auth file (0600) holding the credentials, for skopeo in assertions. */
  authFile: string
  /** Blobs stored so far: unchanged means nothing was uploaded. */
  blobCount(): number
  stop(): Promise<void>
}

export interface TokenAuth {
  realm: string
  service: string
  issuer: string
  certPath: string
}

/** A free loopback port (the registry binds it right after; a clash makes startRegistry retry). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * CNCF Distribution on a random loopback port, with htpasswd (bcrypt) auth by default or token
 * auth against a token server, storage in a fresh temp folder.
 */
export async function startRegistry(options: { token?: TokenAuth } = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-registry-'))
  const username = 'ci-user'
  const password = randomBytes(12).toString('hex')
  const htpasswd = join(dir, 'htpasswd')
  writeFileSync(htpasswd, execFileSync('htpasswd', ['-Bbn', username, password]))
  const authFile = join(dir, 'auth.json')
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const host = `127.0.0.1:${port}`
    const auth = options.token
      ? `token: {realm: "${options.token.realm}", service: "${options.token.service}", issuer: "${options.token.issuer}", rootcertbundle: "${options.token.certPath}"}`
      : `htpasswd: {realm: test, path: "${htpasswd}"}`
    const config = join(dir, 'config.yml')
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log: {level: warn}',
        `storage: {filesystem: {rootdirectory: "${join(dir, 'data')}"}, delete: {enabled: true}}`,
        `http: {addr: "${host}"}`,
        `auth: {${auth}}`,
      ].join('\n'),
    )
    // Its log goes to a file, not a pipe: a caller that blocks its event loop (execFileSync in
    // the benchmarks) would leave a pipe undrained, and a registry whose log write blocks stops
    // answering (warnings for a 100-layer push fill a pipe's 64 KiB).
    const log = join(dir, 'registry.log')
    const logFd = openSync(log, 'w')
    const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', logFd] })
    closeSync(logFd)
    const started = await waitUntilServing(host, child)
    if (!started) {
      const stderr = readFileSync(log, 'utf8')
      if (attempt < 3 && /address already in use/.test(stderr)) continue
      throw new Error(`docker-registry did not start: ${stderr.trim()}`)
    }
    writeFileSync(
      authFile,
      JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } }),
      { mode: 0o600 },
    )
    return {
      host,
      username,
      password,
      dataDir: join(dir, 'data'),
      authFile,
      blobCount: () => countBlobs(join(dir, 'data', 'docker', 'registry', 'v2', 'blobs', 'sha256')),
      async stop() {
        child.kill()
        await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)))
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
}

async function waitUntilServing(host: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return false
    try {
      await fetch(`http://${host}/v2/`)
      return true
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  child.kill()
  return false
}

function countBlobs(dir: string): number {
  try {
    return readdirSync(dir).reduce((total, prefix) => total + readdirSync(join(dir, prefix)).length, 0)
  } catch {
    return 0
  }
}
