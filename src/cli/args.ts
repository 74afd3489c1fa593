import { parseArgs } from 'node:util'
import { childEnvironments } from '../adapter/child-env.js'
import { credentialsFromEnv, findAuthFile } from '../adapter/credentials.js'
import { NixImageError } from '../core/base/errors.js'
import { imageNameFor, installableFromInputs } from '../adapter/installable.js'
import { parseJobs, tagInput } from '../adapter/inputs.js'
import { type Installable, type PushOptions, SECRET_KEY_VARIABLE } from '../core/types.js'
import { FLAGS } from './flags.js'

export const USAGE = `Usage:
  nix-image push [INSTALLABLE] --image REGISTRY/REPO [--attr A] [--tag T] [--extra-tag T]...
                 [--nix-path P]... [--no-skip-existing] [--dry-run] [--insecure-registry]
                 [--manifest-file PATH] [--output NAME=FILE]... [--no-build] [--jobs N] [--binary-cache URL
                 [--binary-cache-public-key K]... [--binary-cache-secret-key-file F]] [--no-sbom]
                 [--no-source-record] [--sbom-file PATH] [--compare-to REF] [--json] [--verbose]
  nix-image diff REF REF [--insecure-registry] [--json]
  nix-image tag  [INSTALLABLE] [--attr A] [--nix-path P]...
  nix-image push --packages 'shell jq …' (--nixpkgs FLAKE-REF | --nix-path nixpkgs=…) --image REG/REPO
                 (also tag, verify, pin; --image REG/NAMESPACE/ names the repository after the list)
  nix-image verify [INSTALLABLE] --image REPO --manifests GLOB... [--tag T] [--digest D]
                 [--values-key K]... [--allow-no-references] [--attr A] [--nix-path P]... [--json]
  nix-image pin  [INSTALLABLE] --image REPO --manifests GLOB... [--tag T] [--digest D]
                 [--values-key K]... [--allow-no-references] [--attr A] [--nix-path P]...

INSTALLABLE is a flake reference with '#' (.#image) or a Nix file (default ./default.nix)
with --attr, or --packages: nixpkgs attribute names (the meta-package shell is bashInteractive,
coreutils and cacert) built with dockerTools.buildLayeredImage from a pinned nixpkgs. The tag is the image's Nix hash, known from evaluation alone: push builds and
pushes only when the registry lacks it. verify checks that the Kubernetes manifests (and
kustomizations, and Helm values under --values-key) reference REPO at that tag; pin rewrites
them so they do, touching nothing else.

An installable may also be a set of images: each attribute NAME is pushed to REPO/NAME
(REPO is then a prefix), after one evaluation and one build of whatever is missing; --jobs N
pushes N at a time. A set whose names are all Nix systems (x86_64-linux, aarch64-linux) is one
image for several platforms: each member is pushed to REPO under its own tag, then an OCI
image index under a tag derived from theirs. --no-build builds nothing and requires every image
(every member) in the registry already: the last job of a matrix assembles the index with it.

push attaches a CycloneDX SBOM of the image's store paths (an OCI 1.1 referrer) and, before
extra tags move, prints what changed against the image the first extra tag (or --compare-to,
a tag or REGISTRY/REPO:TAG) pointed at. diff prints the same for any two images with SBOMs.

Credentials: NIX_IMAGE_REGISTRY_USERNAME and NIX_IMAGE_REGISTRY_PASSWORD, else an auth file
(REGISTRY_AUTH_FILE, containers auth.json, ~/.docker/config.json).

--binary-cache: any Nix store URL; a substituter for the build, and where the paths the build
made go, signed with NIX_IMAGE_BINARY_CACHE_SECRET_KEY (the key's text) or
--binary-cache-secret-key-file.`

/** Thrown for a malformed command line: exit 2 with the usage hint. */
export class UsageError extends NixImageError {
  override name = 'UsageError'
}

export type ParsedArgs = ReturnType<typeof parseCommandLine>

export function parseCommandLine(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true })
    const [command, installable, ...rest] = positionals
    // diff takes two references; every other command one installable.
    const extra = command === 'diff' ? rest.slice(1) : rest
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}': give one installable`)
    return { command, installable, second: command === 'diff' ? rest[0] : undefined, values }
  } catch (error) {
    if (error instanceof UsageError) throw error
    // node:util's messages name the option and may say how to fix it over several lines.
    throw new UsageError((error as Error).message.split('\n').join(' '))
  }
}

export function pushOptions(args: ParsedArgs, env: NodeJS.ProcessEnv): PushOptions {
  const { values } = args
  if (!values.image)
    throw new UsageError('--image is required: the registry and repository to push to, e.g. ghcr.io/owner/app')
  const credentials = credentialsFromEnv(env)
  const installable = installableOf(args)
  return {
    installable,
    image: imageNameFor(values.image, installable, '--image'),
    tag: tagInput(values.tag, '--tag'),
    extraTags: values['extra-tag'] ?? [],
    nixPath: values['nix-path'] ?? [],
    skipExisting: !values['no-skip-existing'],
    dryRun: values['dry-run'] ?? false,
    insecureRegistry: values['insecure-registry'] ?? false,
    credentials,
    authFile: credentials ? undefined : findAuthFile(env),
    manifestFile: values['manifest-file'],
    noBuild: values['no-build'] ?? false,
    jobs: values.jobs === undefined ? undefined : parseJobs(values.jobs, '--jobs'),
    binaryCache: binaryCacheOptions(values, env),
    sbom: !values['no-sbom'],
    sourceRecord: values['no-source-record'] ? false : undefined,
    sbomFile: values['sbom-file'],
    compareTo: values['compare-to'],
    ...childEnv(env),
  }
}

function binaryCacheOptions(values: ParsedArgs['values'], env: NodeJS.ProcessEnv): PushOptions['binaryCache'] {
  const url = values['binary-cache']
  if (url === undefined) {
    if (values['binary-cache-public-key'] || values['binary-cache-secret-key-file']) {
      throw new UsageError('--binary-cache-public-key and --binary-cache-secret-key-file need --binary-cache URL')
    }
    return undefined
  }
  return {
    url,
    publicKeys: values['binary-cache-public-key'] ?? [],
    secretKey: env[SECRET_KEY_VARIABLE] || undefined,
    secretKeyFile: values['binary-cache-secret-key-file'],
  }
}

/** What evaluation needs, for the commands that only evaluate (`tag`, `verify`, `pin`). */
export function evaluateOptions(args: ParsedArgs, env: NodeJS.ProcessEnv) {
  return {
    installable: installableOf(args),
    nixPath: args.values['nix-path'] ?? [],
    tag: tagInput(args.values.tag, '--tag'),
    ...childEnv(env),
  }
}

function installableOf(args: ParsedArgs): Installable {
  const { values } = args
  return installableFromInputs({
    installable: args.installable,
    attr: values.attr,
    packages: values.packages?.join(' '),
    nixpkgs: values.nixpkgs,
    allowUnpinned: values['allow-unpinned'],
  })
}

/** The environments children get (an allowlist): the password and CI tokens stay with this process. */
export const childEnv = (env: NodeJS.ProcessEnv): Pick<PushOptions, 'env' | 'nixEnv'> => childEnvironments(env)
