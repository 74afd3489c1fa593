import { setFlagsFromString } from 'node:v8'

// undici, behind a module of our own: the registry client imports this on its first request, so
// the bundle's largest dependency is parsed while Nix is already running.
//
// undici parses HTTP with llhttp compiled to WebAssembly. On Node 20, V8 then optimises that
// module on a background thread and holds the process's exit until it is done: ~90 ms on every
// run, for a parser that reads a few small answers. Its baseline compiler alone is plenty.
if (Number(process.versions.node.split('.')[0]) <= 20) setFlagsFromString('--liftoff-only')

export { Agent, request } from 'undici'
