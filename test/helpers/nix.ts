import { mkdtempSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The fixtures folder (images.nix, lib.nix, flake.nix), absolute. */
export const fixturesDir = resolve(import.meta.dirname, '../fixtures')

// Debian's Nix as root without a daemon, offline: no build users, no binary cache (it would
// wait for the network), and no sandbox so builtins-only builders can use the host's /bin/sh.
// The product itself must not depend on these: real runners have a daemon and a sandbox.
export const testNixConfig = [
  'build-users-group =',
  'substituters =',
  'sandbox = false',
  'experimental-features = nix-command flakes',
].join('\n')

export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { NIX_IMAGE_REGISTRY_USERNAME: _user, NIX_IMAGE_REGISTRY_PASSWORD: _password, ...base } = process.env
  return { ...base, NIX_CONFIG: testNixConfig, ...extra }
}

/**
 * A Nix file whose images differ from every other test's (their layer text is `content`), so a
 * test can push to a registry that has never seen them. `fixture` is the fixture file it imports
 * (one taking `content`: images.nix, runnable.nix).
 */
export function writeVariant(dir: string, content: string, fixture = 'images.nix'): string {
  const folder = mkdtempSync(join(dir, 'variant-'))
  const path = join(folder, fixture)
  writeFileSync(path, `import ${join(fixturesDir, fixture)} { content = ${JSON.stringify(content)}; }\n`)
  return path
}
