import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A registry that answers what a test tells it to: for the answers a real registry never gives
 * (a forged digest header, an endless body, a token realm over plain HTTP, an HTML token page).
 * Everything a real registry does is tested against CNCF Distribution instead.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

export interface FakeRegistry {
  /** `127.0.0.1:PORT` */
  host: string
  /** `METHOD path` of every request, with whether it carried an Authorization header. */
  log: { method: string; path: string; authorization?: string }[]
  /** Replaces the handler; requests it does not answer get 404. */
  handle(handler: Handler): void
  stop(): Promise<void>
}

/** A self-signed certificate for 127.0.0.1, for an HTTPS fake registry the client trusts through NODE_EXTRA_CA_CERTS. */
export function loopbackCertificate(): { key: string; cert: string; certPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nix-image-fake-tls-'))
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
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  )
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), certPath }
}

export async function startFakeRegistry(options: { tls?: { key: string; cert: string } } = {}): Promise<FakeRegistry> {
  let handler: Handler = (_req, res) => void res.writeHead(404).end()
  const log: FakeRegistry['log'] = []
  const sockets = new Set<Socket>()
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    log.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization })
    Promise.resolve(handler(req, res)).catch(() => res.destroy())
  }
  const server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    log,
    handle(next) {
      handler = next
    },
    async stop() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** A manifest's bytes and the headers a registry sends with them. */
export const MANIFEST = Buffer.from(
  JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] }),
)

/** Writes the status line and headers by hand: Node refuses to send what a hostile server would. */
export function rawAnswer(res: ServerResponse, head: string, body = ''): void {
  const socket = res.socket
  if (!socket) return
  socket.write(`${head.replace(/\n/g, '\r\n')}\r\n\r\n${body}`)
  socket.end()
}
