import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A writable HTTP binary cache on loopback, as Nix's `http://` store talks to one (what an S3
 * bucket or a writable nix-serve/Attic endpoint offers): files under the URL, `GET`/`HEAD` to
 * read, `PUT` to write (Nix creates `nix-cache-info` itself on first use).
 */
export interface HttpBinaryCache {
  url: string
  /** Store paths it holds, by their narinfo files. */
  storePaths(): string[]
  /** Paths written, in order, e.g. `abc….narinfo`. */
  puts: string[]
  stop(): Promise<void>
}

export async function startHttpBinaryCache(): Promise<HttpBinaryCache> {
  const files = new Map<string, Buffer>()
  const puts: string[] = []
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://cache').pathname.slice(1)
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.method === 'PUT') {
        files.set(path, Buffer.concat(chunks))
        puts.push(path)
        response.writeHead(201).end()
        return
      }
      const file = files.get(path)
      if (!file) return void response.writeHead(404).end()
      response.writeHead(200, { 'content-length': file.length })
      response.end(request.method === 'HEAD' ? undefined : file)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    storePaths: () =>
      [...files.entries()]
        .filter(([name]) => name.endsWith('.narinfo'))
        .map(([, text]) => /^StorePath: (.+)$/m.exec(text.toString('utf8'))?.[1] ?? ''),
    puts,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
