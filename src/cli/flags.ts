// Every flag of the command line in one table: what node:util's parseArgs reads (`type`, `short`,
// `multiple`; it ignores the other fields), which commands take the flag, the placeholder of its
// value and what it does. args.ts parses with this table and docs/cli.md's flag reference is
// generated from it (scripts/docs-reference.ts), so the two cannot disagree.

export type Command = 'push' | 'tag' | 'verify' | 'pin' | 'diff'

export interface Flag {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** The placeholder of a string flag's value in the docs (`--image REGISTRY/REPO`). */
  value?: string
  /** The commands that read it; none for the ones that stand alone (`--help`). */
  commands: readonly Command[]
  description: string
}

const EVALUATING: readonly Command[] = ['push', 'tag', 'verify', 'pin']
const MANIFESTS: readonly Command[] = ['verify', 'pin']

export const FLAGS = {
  image: {
    type: 'string',
    value: 'REGISTRY/REPO',
    commands: ['push', 'verify', 'pin'],
    description:
      'The registry and repository, without a tag; lowercased (tags never are). For a set of images a prefix: each image goes to REPO/NAME. With --packages, one ending in / is a namespace and the repository is named after the list.',
  },
  attr: {
    type: 'string',
    short: 'A',
    value: 'ATTR',
    commands: EVALUATING,
    description: 'The attribute of the Nix file that is the image (or the set of images).',
  },
  packages: {
    type: 'string',
    multiple: true,
    value: "'NAME…'",
    commands: EVALUATING,
    description:
      'Instead of an installable, nixpkgs attribute names (spaces, commas or newlines) built into a layered image; shell is bashInteractive, coreutils and cacert. Needs a pinned nixpkgs.',
  },
  nixpkgs: {
    type: 'string',
    value: 'FLAKE-REF',
    commands: EVALUATING,
    description: 'The nixpkgs of --packages, as a locked flake reference (github:NixOS/nixpkgs/<commit>).',
  },
  'allow-unpinned': {
    type: 'boolean',
    commands: EVALUATING,
    description:
      "Let --packages use the machine's <nixpkgs> (NIX_PATH, channels) when nothing pins it, with a warning: the tag then moves with the channel.",
  },
  tag: {
    type: 'string',
    value: 'TAG',
    commands: EVALUATING,
    description: "Use this tag instead of the image's Nix hash (verify and pin then evaluate nothing).",
  },
  'extra-tag': {
    type: 'string',
    multiple: true,
    value: 'TAG',
    commands: ['push'],
    description: 'Another tag for the same manifest, added registry-side without uploading again.',
  },
  'nix-path': {
    type: 'string',
    short: 'I',
    multiple: true,
    value: 'NAME=PATH',
    commands: EVALUATING,
    description:
      'Pins <nixpkgs> and friends for Nix files and --packages (nixpkgs=<url-or-path>). Flakes pin with flake.lock and ignore it, with a warning.',
  },
  'no-skip-existing': {
    type: 'boolean',
    commands: ['push'],
    description: 'Build and push even when the tag is already in the registry.',
  },
  'dry-run': {
    type: 'boolean',
    commands: ['push'],
    description: 'Evaluate and ask the registry; build and push nothing.',
  },
  'insecure-registry': {
    type: 'boolean',
    commands: ['push', 'diff'],
    description:
      'Allow plain HTTP or an unverified certificate (loopback and self-hosted registries); only when asked.',
  },
  'manifest-file': {
    type: 'string',
    value: 'PATH',
    commands: ['push'],
    description: 'Write an OCI image index (index.json) naming the pushed manifest to PATH.',
  },
  output: {
    type: 'string',
    multiple: true,
    value: 'NAME=FILE',
    commands: ['push'],
    description:
      'Write one value of the result, without a newline, to FILE: image, tag, ref, digest, digest-ref, out-path, kind, pushed or skipped (the Tekton task writes its results so).',
  },
  'no-build': {
    type: 'boolean',
    commands: ['push'],
    description:
      "Build nothing: every image (every platform's member) must be in the registry already. The last job of a per-platform matrix assembles the index with it.",
  },
  jobs: {
    type: 'string',
    short: 'j',
    value: 'N',
    commands: ['push'],
    description: 'How many images of a set to push at once. Default the number of CPUs (2 to 8).',
  },
  'binary-cache': {
    type: 'string',
    value: 'URL',
    commands: ['push'],
    description:
      'A Nix binary cache (any store URL Nix accepts) that is a substituter of the build and gets the paths the build made, signed with NIX_IMAGE_BINARY_CACHE_SECRET_KEY or --binary-cache-secret-key-file.',
  },
  'binary-cache-public-key': {
    type: 'string',
    multiple: true,
    value: 'NAME:BASE64',
    commands: ['push'],
    description:
      "A public key whose signatures make --binary-cache's paths trusted (the signing key's own is trusted already).",
  },
  'binary-cache-secret-key-file': {
    type: 'string',
    value: 'FILE',
    commands: ['push'],
    description: "The file holding the binary cache's signing key.",
  },
  'no-sbom': { type: 'boolean', commands: ['push'], description: 'Attach no CycloneDX SBOM to the image.' },
  'no-source-record': {
    type: 'boolean',
    commands: ['push'],
    description:
      'Neither read nor write the source record: every run evaluates. By default a rerun of a commit already pushed (a clean git flake, or a package list on a pinned nixpkgs) reports the image from its record without running Nix.',
  },
  'sbom-file': {
    type: 'string',
    value: 'PATH',
    commands: ['push'],
    description:
      "Also write the SBOM to PATH; for a set of images each image's to PATH with its name before the extension (sbom.api.cdx.json).",
  },
  'compare-to': {
    type: 'string',
    value: 'REF',
    commands: ['push'],
    description:
      "Report what changed against this image (a tag of the repository, or REGISTRY/REPO:TAG; for a set, a tag of each image's repository). Default the first --extra-tag.",
  },
  manifests: {
    type: 'string',
    multiple: true,
    value: 'GLOB',
    commands: MANIFESTS,
    description: 'Kubernetes YAML files (globs) whose references to the image are checked or pinned.',
  },
  digest: {
    type: 'string',
    value: 'sha256:…',
    commands: MANIFESTS,
    description: 'The image digest: REPO@sha256:… references pass too, and pin writes REPO:TAG@sha256:….',
  },
  'values-key': {
    type: 'string',
    multiple: true,
    value: 'KEY',
    commands: MANIFESTS,
    description: 'A dotted key path of an image in Helm-style values files among --manifests (image, worker.image).',
  },
  'allow-no-references': {
    type: 'boolean',
    commands: MANIFESTS,
    description:
      'Pass when the files reference the repository nowhere (by default that fails: a typo would pass silently).',
  },
  json: {
    type: 'boolean',
    commands: ['push', 'tag', 'verify', 'diff'],
    description: 'Print the result as one JSON object on stdout; progress still goes to stderr.',
  },
  verbose: {
    type: 'boolean',
    short: 'v',
    commands: ['push', 'tag', 'verify', 'pin', 'diff'],
    description:
      "Also print debug lines: Nix's build log, the generated Nix file of --packages, why earlier layers were not reused.",
  },
  help: { type: 'boolean', short: 'h', commands: [], description: 'Print the usage and exit.' },
  version: { type: 'boolean', commands: [], description: "Print nix-image's version and exit." },
} as const satisfies Record<string, Flag>
