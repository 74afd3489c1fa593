import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixturesDir, testEnv } from './nix.js'

// Images whose evaluation costs what nixpkgs' does (test/fixtures/costly.nix), as a Nix file and
// as a flake with a big input, and the count of evaluations a run printed.

export interface CostlyOptions {
  /** The last layer's text: images no other test pushed. */
  content: string
  /** Attributes walked: 350000 (the default) costs about 1 s; tests that count take a few. */
  attributes?: number
  /** Incompressible MiB in the image (default 40). */
  sizeMiB?: number
}

const TRACE = /^trace: nix-image fixture: evaluated /gm

/** How many times a run's log says the fixture was evaluated. */
export const evaluations = (log: string): number => log.match(TRACE)?.length ?? 0

const nixArgs = ({ content, attributes, sizeMiB }: CostlyOptions, label: string): string =>
  [
    `content = ${JSON.stringify(content)};`,
    `label = ${JSON.stringify(label)};`,
    attributes ? `attributes = ${attributes};` : '',
    sizeMiB ? `sizeMiB = ${sizeMiB};` : '',
  ]
    .filter(Boolean)
    .join(' ')

/** A Nix file of costly.nix's images (`zstd`, `gz`, …, `set`, `fromDerivation`). */
export function costlyFile(dir: string, options: CostlyOptions): string {
  const path = join(mkdtempSync(join(dir, 'costly-')), 'images.nix')
  writeFileSync(path, `import ${join(fixturesDir, 'costly.nix')} { ${nixArgs(options, 'costly.nix')} }\n`)
  return path
}

export interface CostlyFlake {
  /** `path:<dir>`, or the folder of a git checkout (`git`): the flake; its images are `<ref>#images.<name>`. */
  ref: string
  dir: string
}

/**
 * A flake of costly.nix's images whose big input (`inputMiB` of incompressible data in a tar,
 * fetched as a `tarball` input from `file://`, locked by its narHash in flake.lock) is read by every image, as
 * nixpkgs is: a fresh runner fetches and unpacks it before anything evaluates.
 */
export function costlyFlake(dir: string, options: CostlyOptions & { inputMiB: number; git?: boolean }): CostlyFlake {
  const root = mkdtempSync(join(dir, 'costly-flake-'))
  const flake = join(root, 'flake')
  const input = join(root, 'input')
  execFileSync('mkdir', ['-p', flake, input])
  // openssl's keystream: incompressible, and the same bytes (and narHash) for the same size.
  execFileSync('sh', [
    '-c',
    `openssl enc -aes-128-ctr -nosalt -pbkdf2 -pass pass:costly-input < /dev/zero 2>/dev/null | head -c ${options.inputMiB * 1048576} > "$1"`,
    'sh',
    join(input, 'input.bin'),
  ])
  const tarball = join(root, 'input.tar')
  // One folder at the top, as a source tarball has: Nix unpacks it as the input's root.
  execFileSync('tar', ['-C', root, '-cf', tarball, 'input'])
  // Pure evaluation reads only the flake's own files: the fixtures are copied in.
  for (const file of ['costly.nix', 'lib.nix', 'build-lib.sh']) copyFileSync(join(fixturesDir, file), join(flake, file))
  writeFileSync(
    join(flake, 'flake.nix'),
    `{
  description = "costly.nix's images, reading a big input as images read nixpkgs";
  inputs.big = { type = "tarball"; url = "file://${tarball}"; flake = false; };
  outputs = { self, big }: {
    images = import ./costly.nix {
      ${nixArgs(options, 'costly flake')}
      system = "x86_64-linux";
      extra = builtins.hashFile "sha256" "\${big}/input.bin";
    };
  };
}
`,
  )
  execFileSync('nix', ['flake', 'lock', `path:${flake}`], { env: testEnv(), stdio: ['ignore', 'ignore', 'pipe'] })
  if (!options.git) return { ref: `path:${flake}`, dir: flake }
  // A project's checkout: its flake.lock committed, so a rerun of the commit may skip Nix (source records).
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', flake, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      stdio: 'ignore',
    })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'costly flake')
  return { ref: flake, dir: flake }
}
