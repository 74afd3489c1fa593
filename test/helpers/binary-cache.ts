import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixturesDir, testEnv } from './nix.js'

/**
 * A project whose image has a slow dependency that records each real build (cache-images.nix):
 * `variant(app)` writes the Nix file of one commit, whose application differs by `app`.
 */
export interface CacheProject {
  dir: string
  record: string
  variant(app: string): string
  /** How many times the dependency was really built. */
  builds(): number
}

export function cacheProject(parent: string, salt: string, seconds = 3, sizeMiB = 0): CacheProject {
  const dir = mkdtempSync(join(parent, 'cache-project-'))
  const record = join(dir, 'builds')
  writeFileSync(record, '')
  return {
    dir,
    record,
    variant(app) {
      const path = join(dir, `${app}.nix`)
      const args = `{ salt = ${JSON.stringify(salt)}; record = ${JSON.stringify(record)}; app = ${JSON.stringify(app)}; seconds = ${seconds}; sizeMiB = ${sizeMiB}; }`
      writeFileSync(path, `import ${join(fixturesDir, 'cache-images.nix')} ${args}\n`)
      return path
    },
    builds: () => readFileSync(record, 'utf8').split('\n').filter(Boolean).length,
  }
}

const nixEnv = (env: NodeJS.ProcessEnv) => ({
  env,
  encoding: 'utf8' as const,
  stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'],
})

/** The dependency's store path, by evaluation. */
export function dependencyPath(file: string, env: NodeJS.ProcessEnv): string {
  return execFileSync('nix', ['eval', '--raw', '-f', file, 'dependency.outPath'], nixEnv(env)).trim()
}

/**
 * The store as a fresh runner has it: without `path` and everything that refers to it (the
 * application, the image), as `nix-store --delete` needs. Other helpers share the store: only
 * these paths, unique to the test's salt, are touched.
 */
export function forgetFromStore(path: string, env: NodeJS.ProcessEnv): void {
  if (execFileSync('nix-store', ['--check-validity', '--print-invalid', path], nixEnv(env)).trim()) return
  const referrers = execFileSync('nix-store', ['--query', '--referrers-closure', path], nixEnv(env)).trim().split('\n')
  execFileSync('nix-store', ['--delete', ...referrers], nixEnv(env))
}

export function isValid(path: string, env: NodeJS.ProcessEnv): boolean {
  return execFileSync('nix-store', ['--check-validity', '--print-invalid', path], nixEnv(env)).trim() === ''
}

/** A signing key pair made by Nix itself (`name:base64` in two files). */
export function nixKeyPair(dir: string, name: string): { secretFile: string; secret: string; publicKey: string } {
  mkdirSync(dir, { recursive: true })
  const secretFile = join(dir, `${name}.sec`)
  const publicFile = join(dir, `${name}.pub`)
  execFileSync('nix-store', ['--generate-binary-cache-key', name, secretFile, publicFile], { env: testEnv() })
  return {
    secretFile,
    secret: readFileSync(secretFile, 'utf8').trim(),
    publicKey: readFileSync(publicFile, 'utf8').trim(),
  }
}

/** The store paths a `file://` cache folder holds, by their narinfo files. */
export function cachedStorePaths(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.narinfo'))
    .map((name) => /^StorePath: (.+)$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '')
}

export function narinfoOf(dir: string, storePath: string): string {
  return join(dir, `${storePath.slice('/nix/store/'.length, '/nix/store/'.length + 32)}.narinfo`)
}
