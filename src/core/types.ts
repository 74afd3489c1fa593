// The contract between the core and its adapters (CLI, GitHub Action, GitLab component):
// adapters turn their platform's inputs into `PushOptions` and the `PushResult` into outputs.
// Types and names only: this file imports nothing, so every layer may import it.

/**
 * What to evaluate: a flake installable (`.#image`), a Nix file with an attribute path, or a list
 * of nixpkgs packages (turned into a generated Nix file before evaluation).
 */
export type Installable =
  | { type: 'flake'; ref: string }
  | { type: 'file'; file: string; attr: string; generated?: GeneratedFile }
  | { type: 'packages'; list: PackageList }

/** An image from nixpkgs attribute names, as Nixery builds them, but from a pinned nixpkgs. */
export interface PackageList {
  /** Attribute paths (`jq`, `python3Packages.requests`) and the meta-package `shell`, grammar-checked. */
  packages: string[]
  /** A locked flake reference to nixpkgs (`github:NixOS/nixpkgs/<commit>`); else `nixpkgs=` of nixPath. */
  nixpkgs?: string
  /** Use the machine's `<nixpkgs>` (NIX_PATH, channels) when nothing pins it. */
  allowUnpinned: boolean
}

/** What nix-image knows about a Nix file it wrote itself (a package list's image). */
export interface GeneratedFile {
  /** How logs name it, e.g. `packages shell jq`. */
  label: string
  /** The file's attribute holding its nixpkgs (skopeo is built from there when needed). */
  nixpkgsAttr: string
  /** The file's attribute listing the names that are not packages (read after a failed evaluation). */
  problemsAttr: string
  /** The nixpkgs it uses, for messages. */
  source: string
}

/** How the image's store output is turned into registry content. */
export type ImageKind = 'docker-archive' | 'stream' | 'nix2container'

/** Where the tag came from, so reports can say why it is what it is. */
export type TagSource = 'imageTag' | 'outPath' | 'option' | 'members'

/** A repository in a registry, normalised: lowercase, default registry made explicit. */
export interface ImageName {
  /** Registry host as used for the HTTP API, e.g. `ghcr.io`, `127.0.0.1:5000`, `registry-1.docker.io`. */
  registry: string
  /** Repository path inside the registry, e.g. `owner/app`, `library/nginx`. */
  repository: string
  /** The name as users write it in references, e.g. `ghcr.io/owner/app`. */
  name: string
}

export interface Credentials {
  username: string
  password: string
}

export interface Logger {
  info(message: string): void
  warn(message: string): void
  debug(message: string): void
  /** Runs `fn` inside a titled, collapsible section where the platform has them. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

export interface PushOptions {
  installable: Installable
  image: ImageName
  /** Overrides the tag derived from evaluation. */
  tag?: string
  extraTags: string[]
  /** `name=path-or-url` entries for `-I` (file installables only; flakes pin with flake.lock). */
  nixPath: string[]
  skipExisting: boolean
  /** Evaluate and ask the registry, but build and push nothing. */
  dryRun: boolean
  /** Plain HTTP or unverified TLS for the registry. */
  insecureRegistry: boolean
  /** Username and password for the registry; never put on a command line. */
  credentials?: Credentials
  /** An existing containers/docker auth file to use when no credentials are given. */
  authFile?: string
  /** Write an OCI image index naming the pushed manifest here. */
  manifestFile?: string
  /** Folder for temporary files (auth file, unpacked archives); the OS temp dir by default. */
  tempDir?: string
  /** Environment for skopeo, copy-to and image stream scripts; `process.env` when absent (base/children.ts chooses). */
  env?: NodeJS.ProcessEnv
  /** Environment for Nix (it alone may get the workflow token, in NIX_CONFIG); `env` when absent. */
  nixEnv?: NodeJS.ProcessEnv
  /** Attach a CycloneDX SBOM to the image (OCI referrer); on unless false. */
  sbom?: boolean
  /** Also write the SBOM here; a set writes each image's to this path with its name inserted (sbom/files.ts). */
  sbomFile?: string
  /** What to compare the image with before tags move: a tag of the repository or a full reference; the first extra tag by default. */
  compareTo?: string
  /**
   * Build nothing: every image (every member of a platform set) must be in the registry already,
   * pushed by the jobs that build them; a platform set's index is then assembled and pushed.
   */
  noBuild?: boolean
  /** How many images of a set are pushed at once (run/push.ts has the default). */
  jobs?: number
  /** Nix binary caches: substituters for the build, and where the paths it built go. */
  binaryCache?: BinaryCacheOptions
  /**
   * A rerun of a source pushed before is answered from its source record, without Nix (source/);
   * on unless false. `nix` names the Nix that would evaluate where none is on PATH yet (the
   * Action's installer); `checked`: the adapter asked for the record already.
   */
  sourceRecord?: false | { nix?: string; checked?: boolean }
}

export interface BinaryCacheOptions {
  /** Any store URL Nix accepts (`s3://…`, `https://…`, `file:///…`). */
  url?: string
  /** Keys whose signatures make the cache's paths trusted (besides the signing key's own). */
  publicKeys: string[]
  /** The signing key's text (`name:base64`), from an environment variable; never on a command line. */
  secretKey?: string
  /** Or the file holding it. */
  secretKeyFile?: string
  /** A `file://` cache folder the CI carries between runs (`cache: true`). */
  localDir?: string
  /** That folder's size bound in bytes; least recently used entries go first. */
  localMaxBytes?: number
}

export interface PathCount {
  paths: number
  /** NAR bytes (uncompressed). */
  bytes: number
}

/** What the binary caches did in a run that built. */
export interface CacheReport {
  /** The caches, as logs show them (no credentials). */
  caches: string[]
  /** Paths of the image's build closure this run built (the image itself left out). */
  built: PathCount
  /** Paths substituted from any substituter (cache.nixos.org included). */
  substituted: PathCount
  /** Of those, the ones the given caches hold. */
  fromCache: PathCount
  uploaded: PathCount
  /** Time spent reading the store and uploading, after the build. */
  uploadMs: number
  /** Uploads that failed (the push went on). */
  warnings: string[]
  /** The carried folder (`cache: true`) after pruning. */
  local?: { dir: string; entries: number; bytes: number; dropped: number; keyGenerated: boolean }
}

export interface EvaluatedImage {
  outPath: string
  /**
   * The image's derivation, whose closure is what a build may build or substitute; written by the
   * evaluation, and what the build names (so it does not evaluate again). Absent only for an
   * image known from its source record, which is never built.
   */
  drvPath?: string
  /** nix2container's copyTo derivation: built beside the image, it pushes it. */
  copyToDrvPath?: string
  /** The store path's derivation name, e.g. `docker-image-app.tar.gz`. */
  drvName: string
  imageName?: string
  imageTag?: string
  kind: ImageKind
  tag: string
  tagSource: TagSource
  /** What evaluation knows of the packages the image names (its `buildArgs`), for the SBOM. */
  packages?: PackageMeta[]
}

/**
 * What Nix's evaluation knows of a package that its store does not: nixpkgs' `meta`. Only what
 * the package declares; nothing is guessed.
 */
export interface PackageMeta {
  /** The store paths of its outputs (an image may hold any of them). */
  outPaths: string[]
  /** The SPDX ids of `meta.license` (a license or a list of them), for those that have one. */
  licenses: string[]
  /** `meta.identifiers.cpe`: nixpkgs sets it only when every part of the CPE is known. */
  cpe?: string
  /** `meta.identifiers.purls`: the package's upstream identifiers, as nixpkgs derives them from its source. */
  purls: string[]
}

export type StepName = 'evaluate' | 'check' | 'build' | 'cache' | 'push' | 'sbom' | 'tag'

/** Milliseconds per step that ran. */
export type StepTimings = Partial<Record<StepName, number>>

/** What a push did with the image's layers, known from its plan before skopeo runs. */
export interface LayerCounts {
  uploaded: number
  /** Layers the repository already held: not read, compressed or uploaded. */
  skipped: number
}

export interface PushResult {
  image: string
  tag: string
  /** `image:tag` */
  ref: string
  /** The registry's manifest digest, `sha256:…`; empty when a dry run found nothing. */
  digest: string
  /** `image@sha256:…`; empty when `digest` is. */
  digestRef: string
  outPath: string
  kind: ImageKind
  tagSource: TagSource
  pushed: boolean
  skipped: boolean
  dryRun: boolean
  extraTags: string[]
  /** One sentence saying what happened and why (skipped: already present; pushed; dry run). */
  reason: string
  /** Layers uploaded and layers reused from the repository; absent when no plan could tell. */
  layers?: LayerCounts
  /** Which skopeo pushed, when one ran. */
  skopeo?: { path: string; version: string; source: 'system' | 'nix' | 'nix2container' }
  /** What the binary caches did, when any was given and the run built. */
  cache?: CacheReport
  timings: StepTimings
  /** The SBOM attached to the image (by this run or before); absent when off or not possible. */
  sbom?: SbomOutcome
  /** What changed against the image the compared tag pointed at. */
  changes?: ImageChanges
  /** Why there is no `changes`, when a comparison was wanted. */
  changesNote?: string
}

/** One entry of a set's result: an image, or a platform set's index (`kind: 'index'`). */
export interface SetEntry extends Omit<PushResult, 'kind'> {
  /** The attribute path below the installable, e.g. `api` or `app.aarch64-linux`. */
  name: string
  kind: ImageKind | 'index'
  /** For an index: each member's platform (`linux/arm64`, from its image config) and manifest digest. */
  platforms?: { platform: string; digest: string }[]
}

/** What a run over a set of images did: every image and index, and those that failed and why. */
export interface SetResult {
  images: SetEntry[]
  failed: { name: string; reason: string }[]
}

/** A package as an SBOM lists it: what a diff compares. */
export interface SbomPackage {
  name: string
  version?: string
  storePath?: string
}

/** The SBOM attached to an image (by this run or before). */
export interface SbomOutcome {
  /** The artifact manifest's digest. */
  artifact: string
  /** `attached`: by this run; `present`: the image had one already. */
  state: 'attached' | 'present'
  /** How OCI clients find it: the registry's referrers API or the referrers tag schema. */
  via?: 'api' | 'tag'
  /** Store paths (components) listed; unknown when an attached SBOM was not read. */
  components?: number
  /** Where the document was written, when asked. */
  file?: string
}

// "What changed" between two images, from their SBOMs (sbom/compare.ts computes it, report/changes.ts writes it).

export interface ImageSide {
  /** The reference as the user knows it (`repo:latest`, or `repo:<tag>` for the new image). */
  ref: string
  digest: string
  /** Bytes of config and layers as the registry stores them (compressed); unknown for an index. */
  size?: number
}

export interface PackageVersion {
  name: string
  version?: string
}

export interface ImageChanges {
  from: ImageSide
  to: ImageSide
  added: PackageVersion[]
  removed: PackageVersion[]
  /** Same name, other version(s): `openssl 3.0.13 → 3.0.14`. */
  changed: Array<{ name: string; from: string; to: string }>
  /** Same name and version, another store path: rebuilt against changed dependencies. */
  rebuilt: PackageVersion[]
}

/** The environment variable that may hold the binary cache's signing key; adapters keep it from children. */
export const SECRET_KEY_VARIABLE = 'NIX_IMAGE_BINARY_CACHE_SECRET_KEY'
