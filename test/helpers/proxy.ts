import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { Transform } from 'node:stream'

/** What the proxy does to one request instead of (or before) forwarding it. */
export type Fault =
  | { kind: 'reset' }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'delay'; ms: number }
  /** Forwards, and replaces these headers of the registry's answer (a lying proxy). */
  | { kind: 'headers'; set: Record<string, string> }

export interface FaultRule {
  /** Which requests the rule applies to, e.g. `(req) => req.method === 'PATCH'`. */
  match: (req: IncomingMessage) => boolean
  fault: Fault
  /** How many matching requests get the fault; then the rule is spent. */
  times: number
}

/**
 * skopeo's blob uploads, not nix-image's own (user agent `nix-image`), which begins its SBOM's
 * uploads as skopeo starts: what a test waits for to know the push is under way.
 */
export const isSkopeoUpload = (req: IncomingMessage): boolean =>
  (req.url ?? '').includes('/blobs/uploads/') && req.headers['user-agent'] !== 'nix-image'

export interface RegistryProxy {
  /** `127.0.0.1:PORT`, to use in place of the registry's host. */
  host: string
  /** Request body bytes that went to blob uploads (PATCH/PUT under /blobs/uploads/). */
  uploadedBytes(): number
  /** Requests seen, as `METHOD path`, faults included. */
  log: string[]
  faultsInjected(): number
  addFaults(...rules: FaultRule[]): void
  /** Drops every rule not yet spent. */
  clearFaults(): void
  stop(): Promise<void>
}

/**
 * A loopback HTTP proxy in front of a plain-HTTP registry that injects faults (connection resets,
 * 5xx, 429 with Retry-After, slow answers) and counts uploaded bytes, so tests and benchmarks see
 * exactly what crosses the wire. `uploadBytesPerSecond` shapes uploads like a real link would.
 */
export async function startProxy(
  upstream: string,
  rules: FaultRule[] = [],
  options: { uploadBytesPerSecond?: number } = {},
): Promise<RegistryProxy> {
  const [upstreamHost, upstreamPort] = upstream.split(':') as [string, string]
  let uploaded = 0
  let injected = 0
  const log: string[] = []
  const sockets = new Set<Socket>()

  const takeFault = (req: IncomingMessage): Fault | undefined => {
    const rule = rules.find((candidate) => candidate.times > 0 && candidate.match(req))
    if (!rule) return undefined
    rule.times--
    injected++
    return rule.fault
  }

  const forward = (req: IncomingMessage, res: ServerResponse, replaced: Record<string, string> = {}): void => {
    const isUpload = (req.method === 'PATCH' || req.method === 'PUT') && (req.url ?? '').includes('/blobs/uploads/')
    const outgoing = httpRequest(
      // The Host header stays the proxy's: the registry builds upload Locations from it, and the
      // client must come back through the proxy for every chunk.
      { host: upstreamHost, port: Number(upstreamPort), method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...replaced })
        answer.pipe(res)
      },
    )
    outgoing.on('error', () => res.destroy())
    req.on('data', (chunk: Buffer) => {
      if (isUpload) uploaded += chunk.length
    })
    if (isUpload && link) req.pipe(link()).pipe(outgoing)
    else req.pipe(outgoing)
  }
  const link = options.uploadBytesPerSecond ? sharedLink(options.uploadBytesPerSecond) : undefined

  const server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`)
    const fault = takeFault(req)
    if (!fault) return forward(req, res)
    switch (fault.kind) {
      case 'reset':
        req.socket.destroy()
        return
      case 'status':
        req.resume()
        res.writeHead(fault.status, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {})
        res.end()
        return
      case 'delay':
        setTimeout(() => forward(req, res), fault.ms)
        return
      case 'headers':
        forward(req, res, fault.set)
        return
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    uploadedBytes: () => uploaded,
    log,
    faultsInjected: () => injected,
    addFaults: (...more) => rules.push(...more),
    clearFaults: () => rules.splice(0),
    async stop() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/**
 * Streams that hold each chunk until a link of `bytesPerSecond` would have carried it; every
 * stream made by one link shares its capacity, as parallel layer uploads share a network.
 */
function sharedLink(bytesPerSecond: number): () => Transform {
  let freeAt = 0
  return () =>
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        const now = performance.now()
        freeAt = Math.max(now, freeAt) + (chunk.length / bytesPerSecond) * 1000
        setTimeout(() => done(null, chunk), freeAt - now)
      },
    })
}
