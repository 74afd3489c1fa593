import { createServer } from 'node:http'

/**
 * A stand-in for the official Nix installer, served on loopback: it records the arguments, the
 * nix.conf and the environment it was given (under `$HOME/.install-record`), and "installs" a
 * `nix` in the single-user profile that wraps the system's Nix. `requests()` counts the downloads.
 */
export async function startNixInstaller(): Promise<{ url: string; requests: () => number; stop: () => Promise<void> }> {
  const installer = [
    '#!/bin/sh',
    'PATH=/usr/bin:/bin',
    // The record goes under HOME: the installer, as every child, gets an allowlisted environment.
    'INSTALL_RECORD="$HOME/.install-record" && mkdir -p "$INSTALL_RECORD"',
    'printf "%s\\n" "$@" > "$INSTALL_RECORD/args"',
    'env > "$INSTALL_RECORD/env"',
    'while [ $# -gt 0 ]; do [ "$1" = --nix-extra-conf-file ] && cp "$2" "$INSTALL_RECORD/nix.conf"; shift; done',
    'mkdir -p "$HOME/.nix-profile/bin"',
    'printf \'#!/bin/sh\\nprintf "%%s\\\\n" "$NIX_CONFIG" > "%s/nix-config-seen"\\nexec /usr/bin/nix "$@"\\n\' "$INSTALL_RECORD" > "$HOME/.nix-profile/bin/nix"',
    'chmod +x "$HOME/.nix-profile/bin/nix"',
    'echo "installed a stand-in Nix"',
  ].join('\n')
  let requests = 0
  const server = createServer((request, response) => {
    requests++
    if (request.url === '/nix-2.99.0/install') response.end(installer)
    else if (request.url === '/huge/install') response.end(Buffer.alloc(2 << 20, '#'))
    else response.writeHead(404).end('not found')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/nix-2.99.0/install`,
    requests: () => requests,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  }
}
