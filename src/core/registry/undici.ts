import { setFlagsFromString } from 'node:v8'
import type { Dispatcher } from 'undici'
import Agent from 'undici/lib/dispatcher/agent.js'
import requestOn from 'undici/lib/api/api-request.js'
import { getGlobalDispatcher } from 'undici/lib/global.js'

// undici, behind a module of our own: the registry client imports this on its first request, so
// it is parsed while Nix is already running.
//
// Only the parts the client uses, the connection pool (Agent), `request` and the global dispatcher: undici's index
// also loads fetch, WebSocket, caches and mocks, twice the code to parse on every run (measured
// on Node 20: 45 ms to import the index, 22 ms these two).
//
// undici parses HTTP with llhttp compiled to WebAssembly. On Node 20, V8 then optimises that
// module on a background thread and holds the process's exit until it is done: ~90 ms on every
// run, for a parser that reads a few small answers. Its baseline compiler alone is plenty.
if (Number(process.versions.node.split('.')[0]) <= 20) setFlagsFromString('--liftoff-only')

export { Agent }

/** `undici.request(url, options)`, on the given dispatcher or undici's global one. */
export function request(
  url: URL,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher?: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options
  return requestOn.call(dispatcher ?? getGlobalDispatcher(), {
    ...rest,
    origin: url.origin,
    path: `${url.pathname}${url.search}`,
  })
}
