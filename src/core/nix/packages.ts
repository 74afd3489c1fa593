import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NixImageError } from '../base/errors.js'
import type { Installable, PackageList } from '../types.js'

// An image from a list of nixpkgs attribute names, as Nixery serves them (nixery.dev/shell/jq),
// but from a pinned nixpkgs: nix-image writes a small Nix file that calls
// `dockerTools.buildLayeredImage { name; contents; config; }` and then treats it like any image
// expression, so the tag is the image's Nix hash and a rerun with the same list and pin skips.

/**
 * The meta-package `shell`: an interactive bash (which also provides `sh`), coreutils and the CA
 * certificates (with SSL_CERT_FILE set). Nixery's `shell` also adds iana-etc, moreutils and nano;
 * name them in the list when wanted.
 */
export const SHELL_PACKAGES = ['bashInteractive', 'coreutils', 'cacert'] as const

// One attribute name: a Nix identifier without the quote character (`'`), so every name can be
// written into the generated file as a plain string with nothing to escape. Covers nixpkgs'
// names such as `iana-etc`, `python3Packages`, `_7zz`.
const ATTR_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
const MAX_PACKAGES = 100

/**
 * Splits the `packages` input (white space, commas or newlines between names) into attribute
 * paths, checked against a strict grammar before any of it reaches Nix. Duplicates are dropped;
 * the order is kept (it names the repository under a namespace, as in Nixery).
 */
export function parsePackageList(input: string, inputName = 'packages'): string[] {
  const names = [...new Set(input.split(/[\s,]+/).filter(Boolean))]
  if (names.length === 0)
    throw new NixImageError(`${inputName} is empty: give nixpkgs attribute names, e.g. 'shell jq yq'`)
  if (names.length > MAX_PACKAGES)
    throw new NixImageError(`${inputName} names ${names.length} packages: at most ${MAX_PACKAGES}`)
  for (const name of names) {
    const bad = name.split('.').find((part) => !ATTR_NAME.test(part))
    if (bad !== undefined) {
      throw new NixImageError(
        `${inputName}: '${name}' is not a nixpkgs attribute path: use names such as jq or python3Packages.requests (letters, digits, '_', '-', dots between names)`,
      )
    }
  }
  return names
}

/** The attribute paths that go into the image: `shell` expanded, sorted, so order never changes the image. */
export function contentPaths(packages: readonly string[]): string[][] {
  const names = packages.flatMap((name) => (name === 'shell' ? [...SHELL_PACKAGES] : [name]))
  return [...new Set(names)].sort().map((name) => name.split('.'))
}

/**
 * `--image` ending in `/` is a registry and namespace only: the repository is then named after
 * the list, as Nixery names its images (`ghcr.io/acme/` + `shell yq` → `ghcr.io/acme/shell/yq`).
 */
export function packageImageName(image: string, packages: readonly string[]): string {
  const value = image.trim()
  if (!value.endsWith('/')) return value
  return `${value}${packages.map((name) => name.toLowerCase()).join('/')}`
}

// ---- The pin ---------------------------------------------------------------------------------

/** Where the generated file takes nixpkgs from. */
export type NixpkgsSource = { type: 'flake'; ref: string } | { type: 'nix-path'; entry: string } | { type: 'unpinned' }

const FLAKE_REF_CHARS = /^[A-Za-z0-9+:/._~?=&%@-]+$/
const COMMIT = /^[0-9a-f]{40}$/
const PIN_HELP =
  'pin nixpkgs with --nixpkgs github:NixOS/nixpkgs/<commit> or --nix-path nixpkgs=https://github.com/NixOS/nixpkgs/archive/<commit>.tar.gz'

/**
 * Only a locked reference is a pin: a commit (`github:NixOS/nixpkgs/<40 hex>`, `?rev=<40 hex>`)
 * or a content hash (`?narHash=sha256-…`). A branch such as `nixos-24.05` moves, and so would the
 * image's tag.
 */
export function validateFlakePin(ref: string, inputName = 'nixpkgs'): string {
  const value = ref.trim()
  if (!FLAKE_REF_CHARS.test(value)) {
    throw new NixImageError(
      `${inputName} '${value}' is not a flake reference: give one such as github:NixOS/nixpkgs/<commit>`,
    )
  }
  const [location = '', query = ''] = value.split('?', 2)
  const params = new URLSearchParams(query)
  const rev = params.get('rev')
  const forge = /^(github|gitlab|sourcehut):[^/]+\/[^/]+\/([^/]+)$/.exec(location)
  const locked =
    (rev !== null && COMMIT.test(rev)) ||
    (forge?.[2] !== undefined && COMMIT.test(forge[2])) ||
    /^sha256-/.test(params.get('narHash') ?? '')
  if (!locked) {
    throw new NixImageError(
      `${inputName} '${value}' is not locked (a branch or a registry name moves, and the image with it): ` +
        'name a commit, e.g. github:NixOS/nixpkgs/<40-hex commit>, or add ?narHash=sha256-…',
    )
  }
  return value
}

/**
 * Decides where nixpkgs comes from: `--nixpkgs` (a locked flake), else a `nixpkgs=` entry of
 * `--nix-path`, else — only when allowed — whatever `<nixpkgs>` the machine has (NIX_PATH or a
 * channel), which is no pin at all. A channel or branch given as the entry is refused too.
 */
export function nixpkgsSource(list: PackageList, nixPath: readonly string[]): NixpkgsSource {
  const entry = nixPath.find((item) => item.trim().startsWith('nixpkgs='))?.trim()
  if (list.nixpkgs && entry)
    throw new NixImageError(`both nixpkgs and nix-path's ${entry} pin nixpkgs: give one of them`)
  if (list.nixpkgs) return { type: 'flake', ref: validateFlakePin(list.nixpkgs) }
  if (entry) {
    const target = entry.slice('nixpkgs='.length)
    const branch = /github\.com\/[^/]+\/[^/]+\/archive\/(.+?)\.tar\.gz$/.exec(target)?.[1]
    if (/^channel:/.test(target) || /\/channels?\//.test(target) || (branch !== undefined && !COMMIT.test(branch))) {
      throw new NixImageError(`nix-path ${entry} is a channel or branch, which moves: ${PIN_HELP}`)
    }
    return { type: 'nix-path', entry }
  }
  if (list.allowUnpinned) return { type: 'unpinned' }
  throw new NixImageError(
    `a package list needs a pinned nixpkgs, and none was given: ${PIN_HELP} (or allow-unpinned to use NIX_PATH's)`,
  )
}

export function describeSource(source: NixpkgsSource): string {
  switch (source.type) {
    case 'flake':
      return source.ref
    case 'nix-path':
      return source.entry
    case 'unpinned':
      return '<nixpkgs> from NIX_PATH or channels (unpinned)'
  }
}

// ---- The generated file ----------------------------------------------------------------------

/** Attributes of the generated file besides `image`. */
export const GENERATED = { image: 'image', nixpkgs: 'pkgs', problems: 'problems' } as const

const nixString = (value: string): string => {
  // Callers pass only grammar-checked names and flake references; refuse anything that would
  // need escaping rather than escape it.
  if (/["\\$\n]/.test(value)) throw new Error(`unexpected character in ${JSON.stringify(value)}`)
  return `"${value}"`
}

/** The Nix file for a package list. Every name in it has passed `parsePackageList`'s grammar. */
export function packageExpression(packages: readonly string[], source: NixpkgsSource): string {
  const paths = contentPaths(packages)
  const importNixpkgs =
    source.type === 'flake' ? `import (builtins.getFlake ${nixString(source.ref)}).outPath` : 'import <nixpkgs>'
  const has = (name: string): boolean => paths.some((path) => path.length === 1 && path[0] === name)
  return `# Generated by nix-image for the package list: ${packages.join(' ')}
# nixpkgs: ${describeSource(source)}
let
  # nixpkgs without the machine's ~/.config/nixpkgs: its config and overlays would make the image
  # depend on who builds it.
  pkgs = ${importNixpkgs} { config = { }; overlays = [ ]; };

  # The packages' attribute paths, sorted (\`shell\` expanded), so the order of the list does not
  # change the image or its tag.
  paths = [
${paths.map((path) => `    [ ${path.map(nixString).join(' ')} ]`).join('\n')}
  ];

  attrAt = path: builtins.foldl' (set: name: set.\${name}) pkgs path;
  isSet = value: (builtins.tryEval (builtins.isAttrs value)).value;
  isPackage = value: (builtins.tryEval (builtins.isAttrs value && (value.type or null) == "derivation")).value;
in
{
  # nixpkgs' dockerTools.buildLayeredImage: one layer per store path of the closure (up to
  # maxLayers), a last layer linking each package's bin/, etc/… into /. name, contents, config and
  # extraCommands are arguments it has taken for years. tag = null (the default):
  # imageTag is the hash of the image configuration, so it changes exactly when a package does.
  # The arguments are kept as buildArgs, as nixpkgs' buildImage keeps its own: the SBOM reads the
  # packages' licenses and CPEs from them (buildLayeredImage keeps none).
  ${GENERATED.image} = let args = {
    name = "nix-image-packages";
    contents = map attrAt paths;${
      has('cacert') ? `\n    config.Env = [ "SSL_CERT_FILE=\${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];` : ''
    }
    # Run in the root of the last layer: a world-writable /tmp, which programs expect and an image
    # root lacks${has('coreutils') ? ", and /usr/bin/env for `#!/usr/bin/env` scripts (as in Nixery's images)" : ''}.
    extraCommands = ''
      mkdir -p -m 1777 tmp${
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix's own interpolation, written into the file as it is
        has('coreutils') ? '\n      mkdir -p usr/bin\n      ln -sf ${pkgs.coreutils}/bin/env usr/bin/env' : ''
      }
    '';
  }; in pkgs.dockerTools.buildLayeredImage args // { buildArgs = args; };

  # The same nixpkgs, for skopeo when the one on PATH is too old.
  ${GENERATED.nixpkgs} = pkgs;

  # Read only after \`image\` failed to evaluate: each path that does not lead to a package, how
  # far it got, and the names found where it broke off (for "did you mean").
  ${GENERATED.problems} = builtins.concatMap (path:
    let
      walk = set: done: rest:
        if rest == [ ] then
          # A value that throws (a removed package's alias) keeps Nix's own message.
          (if isPackage set || !(builtins.tryEval set).success then [ ] else [ { inherit path done; names = [ ]; notPackage = isSet set; } ])
        else if isSet set && builtins.hasAttr (builtins.head rest) set then
          walk set.\${builtins.head rest} (done ++ [ (builtins.head rest) ]) (builtins.tail rest)
        else
          [ { inherit path done; names = if isSet set then builtins.attrNames set else [ ]; notPackage = false; } ];
    in
    walk pkgs [ ] path) paths;
}
`
}

/**
 * Writes the expression into a fresh folder under `dir` (the run's private temp dir) and returns
 * it as a file installable, labelled with the list for logs.
 */
export async function writePackageExpression(
  list: PackageList,
  source: NixpkgsSource,
  dir: string,
): Promise<Extract<Installable, { type: 'file' }>> {
  const folder = await mkdtemp(join(dir, 'packages-'))
  const file = join(folder, 'image.nix')
  await writeFile(file, packageExpression(list.packages, source))
  return {
    type: 'file',
    file,
    attr: GENERATED.image,
    generated: {
      label: `packages ${list.packages.join(' ')}`,
      nixpkgsAttr: GENERATED.nixpkgs,
      problemsAttr: GENERATED.problems,
      source: describeSource(source),
    },
  }
}

// ---- Unknown names ---------------------------------------------------------------------------

/** One entry of the generated file's `problems`. */
export interface PackageProblem {
  path: string[]
  /** The leading names that exist. */
  done: string[]
  /** The names present where the path broke off. */
  names: string[]
  /** The path exists but is an attribute set, not a package. */
  notPackage: boolean
}

/** One line naming each wrong package, with near matches where there are any. */
export function problemsMessage(problems: PackageProblem[], source: string): string {
  const parts = problems.map((problem) => {
    const name = problem.path.join('.')
    if (problem.notPackage)
      return `'${name}' is a package set, not a package (name one of its attributes, e.g. ${name}.<name>)`
    const missing = problem.path[problem.done.length] ?? ''
    const prefix = problem.done.length ? `${problem.done.join('.')}.` : ''
    const near = nearMatches(missing, problem.names).map((match) => `${prefix}${match}`)
    return `'${name}' is not in nixpkgs${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`
  })
  return `${parts.join('; ')} (nixpkgs: ${source}); check the names at https://search.nixos.org/packages`
}

/** Up to three names close to `wanted`: same letters in another case, or an edit or two away. */
export function nearMatches(wanted: string, names: readonly string[], max = 3): string[] {
  const target = wanted.toLowerCase()
  const limit = target.length <= 4 ? 1 : 2
  return names
    .map((name) => ({ name, distance: editDistance(target, name.toLowerCase(), limit) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((candidate) => candidate.name)
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    if (Math.min(...current) > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}
