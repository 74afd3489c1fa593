import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback stand-in of the Actions cache service v2, the one github.com runs, as
 * @actions/cache 6.x talks to it (read from node_modules/@actions/cache/lib: cache.js
 * restoreCacheV2/saveCacheV2, internal/shared/cacheTwirpClient.js, the generated
 * results/api/v1/cache.js messages):
 *
 * - Twirp JSON RPCs at `$ACTIONS_RESULTS_URL/twirp/github.actions.results.api.v1.CacheService/<Method>`
 *   with `Authorization: Bearer $ACTIONS_RUNTIME_TOKEN`; requests use proto field names
 *   (`restore_keys`, `size_bytes`), answers are read in either spelling.
 *   CreateCacheEntry {key, version} → {ok, signed_upload_url}; FinalizeCacheEntryUpload
 *   {key, version, size_bytes} → {ok, entry_id}; GetCacheEntryDownloadURL {key, restore_keys,
 *   version} → {ok, signed_download_url, matched_key}: the exact key first, then each restore key
 *   as a prefix, newest entry first, the version always equal.
 * - The archive goes to the signed URL as Azure Blob Storage's Put Blob (`x-ms-blob-type:
 *   BlockBlob`, one request up to the SDK's 128 MiB single-shot size) and comes back with a
 *   plain GET (the library uses Azure's SDK only for `*.blob.core.windows.net` downloads).
 * - Entries are immutable: creating an existing key fails, as on github.com.
 */
export interface ActionsCacheService {
  /** `ACTIONS_RESULTS_URL` and friends for a step's environment. */
  env: Record<string, string>
  entries(): { key: string; version: string; size: number }[]
  /** Each request as `METHOD path`, Twirp method names for RPCs. */
  requests: string[]
  stop(): Promise<void>
}

interface Entry {
  key: string
  version: string
  blob?: Buffer
  finalized: boolean
  created: number
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

export async function startActionsCache(): Promise<ActionsCacheService> {
  const token = randomBytes(16).toString('hex')
  const signature = randomBytes(16).toString('hex')
  const entries = new Map<string, Entry>()
  const requests: string[] = []
  let sequence = 0
  let base = ''

  const json = (response: ServerResponse, status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  const blobUrl = (id: string): string => `${base}devstoreaccount1/actions-cache/${id}?sig=${signature}`

  async function rpc(method: string, body: Record<string, unknown>, response: ServerResponse): Promise<void> {
    const key = String(body.key ?? '')
    const version = String(body.version ?? '')
    switch (method) {
      case 'CreateCacheEntry': {
        if ([...entries.values()].some((entry) => entry.key === key && entry.version === version)) {
          return json(response, 409, { code: 'already_exists', msg: `cache entry ${key} already exists` })
        }
        const id = String(++sequence)
        entries.set(id, { key, version, finalized: false, created: sequence })
        return json(response, 200, { ok: true, signed_upload_url: blobUrl(id) })
      }
      case 'FinalizeCacheEntryUpload': {
        const found = [...entries.entries()].find(
          ([, entry]) => entry.key === key && entry.version === version && !entry.finalized,
        )
        if (!found?.[1].blob || found[1].blob.length !== Number(body.size_bytes))
          return json(response, 200, { ok: false, message: 'no upload to finalize' })
        found[1].finalized = true
        return json(response, 200, { ok: true, entry_id: found[0] })
      }
      case 'GetCacheEntryDownloadURL': {
        const ready = [...entries.entries()]
          .filter(([, entry]) => entry.finalized && entry.version === version)
          .sort((a, b) => b[1].created - a[1].created)
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
        const match =
          ready.find(([, entry]) => entry.key === key) ??
          restoreKeys.map((prefix) => ready.find(([, entry]) => entry.key.startsWith(prefix))).find(Boolean)
        if (!match) return json(response, 200, { ok: false })
        return json(response, 200, { ok: true, signed_download_url: blobUrl(match[0]), matched_key: match[1].key })
      }
      default:
        return json(response, 404, { code: 'bad_route', msg: `no method ${method}` })
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', base)
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    if (url.pathname.startsWith(SERVICE) && request.method === 'POST') {
      const method = url.pathname.slice(SERVICE.length)
      requests.push(`POST ${method}`)
      if (request.headers.authorization !== `Bearer ${token}`)
        return json(response, 401, { code: 'unauthenticated', msg: 'bad token' })
      return rpc(method, JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>, response)
    }
    requests.push(`${request.method} ${url.pathname}`)
    const id = /^\/devstoreaccount1\/actions-cache\/(\d+)$/.exec(url.pathname)?.[1]
    const entry = id ? entries.get(id) : undefined
    if (!entry || url.searchParams.get('sig') !== signature) return void response.writeHead(403).end()
    if (request.method === 'PUT') {
      if (request.headers['x-ms-blob-type'] !== 'BlockBlob' || url.searchParams.has('comp'))
        return void response.writeHead(501).end()
      entry.blob = body
      response
        .writeHead(201, {
          etag: `"${id}"`,
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': id,
          'x-ms-version': '2024-11-04',
        })
        .end()
      return
    }
    if (request.method === 'GET' && entry.finalized && entry.blob) {
      response
        .writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.blob.length })
        .end(entry.blob)
      return
    }
    response.writeHead(404).end()
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => json(response, 500, { code: 'internal', msg: String(error) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    env: { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: base, ACTIONS_RUNTIME_TOKEN: token },
    entries: () =>
      [...entries.values()]
        .filter((entry) => entry.finalized)
        .map((entry) => ({ key: entry.key, version: entry.version, size: entry.blob?.length ?? 0 })),
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
