import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  childEnvironments,
  credentialsFromEnv,
  findAuthFile,
  imageNameFor,
  installableFromInputs,
  parseJobs,
  tagInput
} from "./chunk-GTDYLEYP.js";
import {
  SECRET_KEY_VARIABLE
} from "./chunk-WRHLYAW5.js";
import {
  NixImageError
} from "./chunk-FDZB3QCX.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/flags.ts
var EVALUATING = ["push", "tag", "verify", "pin"], MANIFESTS = ["verify", "pin"], FLAGS = {
  image: {
    type: "string",
    value: "REGISTRY/REPO",
    commands: ["push", "verify", "pin"],
    description: "The registry and repository, without a tag; lowercased (tags never are). For a set of images a prefix: each image goes to REPO/NAME. With --packages, one ending in / is a namespace and the repository is named after the list."
  },
  attr: {
    type: "string",
    short: "A",
    value: "ATTR",
    commands: EVALUATING,
    description: "The attribute of the Nix file that is the image (or the set of images)."
  },
  packages: {
    type: "string",
    multiple: !0,
    value: "'NAME\u2026'",
    commands: EVALUATING,
    description: "Instead of an installable, nixpkgs attribute names (spaces, commas or newlines) built into a layered image; shell is bashInteractive, coreutils and cacert. Needs a pinned nixpkgs."
  },
  nixpkgs: {
    type: "string",
    value: "FLAKE-REF",
    commands: EVALUATING,
    description: "The nixpkgs of --packages, as a locked flake reference (github:NixOS/nixpkgs/<commit>)."
  },
  "allow-unpinned": {
    type: "boolean",
    commands: EVALUATING,
    description: "Let --packages use the machine's <nixpkgs> (NIX_PATH, channels) when nothing pins it, with a warning: the tag then moves with the channel."
  },
  tag: {
    type: "string",
    value: "TAG",
    commands: EVALUATING,
    description: "Use this tag instead of the image's Nix hash (verify and pin then evaluate nothing)."
  },
  "extra-tag": {
    type: "string",
    multiple: !0,
    value: "TAG",
    commands: ["push"],
    description: "Another tag for the same manifest, added registry-side without uploading again."
  },
  "nix-path": {
    type: "string",
    short: "I",
    multiple: !0,
    value: "NAME=PATH",
    commands: EVALUATING,
    description: "Pins <nixpkgs> and friends for Nix files and --packages (nixpkgs=<url-or-path>). Flakes pin with flake.lock and ignore it, with a warning."
  },
  "no-skip-existing": {
    type: "boolean",
    commands: ["push"],
    description: "Build and push even when the tag is already in the registry."
  },
  "dry-run": {
    type: "boolean",
    commands: ["push"],
    description: "Evaluate and ask the registry; build and push nothing."
  },
  "insecure-registry": {
    type: "boolean",
    commands: ["push", "diff"],
    description: "Allow plain HTTP or an unverified certificate (loopback and self-hosted registries); only when asked."
  },
  "manifest-file": {
    type: "string",
    value: "PATH",
    commands: ["push"],
    description: "Write an OCI image index (index.json) naming the pushed manifest to PATH."
  },
  output: {
    type: "string",
    multiple: !0,
    value: "NAME=FILE",
    commands: ["push"],
    description: "Write one value of the result, without a newline, to FILE: image, tag, ref, digest, digest-ref, out-path, kind, pushed or skipped (the Tekton task writes its results so)."
  },
  "no-build": {
    type: "boolean",
    commands: ["push"],
    description: "Build nothing: every image (every platform's member) must be in the registry already. The last job of a per-platform matrix assembles the index with it."
  },
  jobs: {
    type: "string",
    short: "j",
    value: "N",
    commands: ["push"],
    description: "How many images of a set to push at once. Default the number of CPUs (2 to 8)."
  },
  "binary-cache": {
    type: "string",
    value: "URL",
    commands: ["push"],
    description: "A Nix binary cache (any store URL Nix accepts) that is a substituter of the build and gets the paths the build made, signed with NIX_IMAGE_BINARY_CACHE_SECRET_KEY or --binary-cache-secret-key-file."
  },
  "binary-cache-public-key": {
    type: "string",
    multiple: !0,
    value: "NAME:BASE64",
    commands: ["push"],
    description: "A public key whose signatures make --binary-cache's paths trusted (the signing key's own is trusted already)."
  },
  "binary-cache-secret-key-file": {
    type: "string",
    value: "FILE",
    commands: ["push"],
    description: "The file holding the binary cache's signing key."
  },
  "no-sbom": { type: "boolean", commands: ["push"], description: "Attach no CycloneDX SBOM to the image." },
  "no-source-record": {
    type: "boolean",
    commands: ["push"],
    description: "Neither read nor write the source record: every run evaluates. By default a rerun of a commit already pushed (a clean git flake, or a package list on a pinned nixpkgs) reports the image from its record without running Nix."
  },
  "sbom-file": {
    type: "string",
    value: "PATH",
    commands: ["push"],
    description: "Also write the SBOM to PATH; for a set of images each image's to PATH with its name before the extension (sbom.api.cdx.json)."
  },
  "compare-to": {
    type: "string",
    value: "REF",
    commands: ["push"],
    description: "Report what changed against this image (a tag of the repository, or REGISTRY/REPO:TAG; for a set, a tag of each image's repository). Default the first --extra-tag."
  },
  manifests: {
    type: "string",
    multiple: !0,
    value: "GLOB",
    commands: MANIFESTS,
    description: "Kubernetes YAML files (globs) whose references to the image are checked or pinned."
  },
  digest: {
    type: "string",
    value: "sha256:\u2026",
    commands: MANIFESTS,
    description: "The image digest: REPO@sha256:\u2026 references pass too, and pin writes REPO:TAG@sha256:\u2026."
  },
  "values-key": {
    type: "string",
    multiple: !0,
    value: "KEY",
    commands: MANIFESTS,
    description: "A dotted key path of an image in Helm-style values files among --manifests (image, worker.image)."
  },
  "allow-no-references": {
    type: "boolean",
    commands: MANIFESTS,
    description: "Pass when the files reference the repository nowhere (by default that fails: a typo would pass silently)."
  },
  json: {
    type: "boolean",
    commands: ["push", "tag", "verify", "diff"],
    description: "Print the result as one JSON object on stdout; progress still goes to stderr."
  },
  verbose: {
    type: "boolean",
    short: "v",
    commands: ["push", "tag", "verify", "pin", "diff"],
    description: "Also print debug lines: Nix's build log, the generated Nix file of --packages, why earlier layers were not reused."
  },
  help: { type: "boolean", short: "h", commands: [], description: "Print the usage and exit." },
  version: { type: "boolean", commands: [], description: "Print nix-image's version and exit." }
};

// src/cli/args.ts
var USAGE = `Usage:
  nix-image push [INSTALLABLE] --image REGISTRY/REPO [--attr A] [--tag T] [--extra-tag T]...
                 [--nix-path P]... [--no-skip-existing] [--dry-run] [--insecure-registry]
                 [--manifest-file PATH] [--output NAME=FILE]... [--no-build] [--jobs N] [--binary-cache URL
                 [--binary-cache-public-key K]... [--binary-cache-secret-key-file F]] [--no-sbom]
                 [--no-source-record] [--sbom-file PATH] [--compare-to REF] [--json] [--verbose]
  nix-image diff REF REF [--insecure-registry] [--json]
  nix-image tag  [INSTALLABLE] [--attr A] [--nix-path P]...
  nix-image push --packages 'shell jq \u2026' (--nixpkgs FLAKE-REF | --nix-path nixpkgs=\u2026) --image REG/REPO
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
--binary-cache-secret-key-file.`, UsageError = class extends NixImageError {
  name = "UsageError";
};
function parseCommandLine(argv) {
  try {
    let { values, positionals } = parseArgs({ args: argv, options: FLAGS, allowPositionals: !0, strict: !0 }), [command, installable, ...rest] = positionals, extra = command === "diff" ? rest.slice(1) : rest;
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}': give one installable`);
    return { command, installable, second: command === "diff" ? rest[0] : void 0, values };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(error.message.split(`
`).join(" "));
  }
}
function pushOptions(args, env) {
  let { values } = args;
  if (!values.image)
    throw new UsageError("--image is required: the registry and repository to push to, e.g. ghcr.io/owner/app");
  let credentials = credentialsFromEnv(env), installable = installableOf(args);
  return {
    installable,
    image: imageNameFor(values.image, installable, "--image"),
    tag: tagInput(values.tag, "--tag"),
    extraTags: values["extra-tag"] ?? [],
    nixPath: values["nix-path"] ?? [],
    skipExisting: !values["no-skip-existing"],
    dryRun: values["dry-run"] ?? !1,
    insecureRegistry: values["insecure-registry"] ?? !1,
    credentials,
    authFile: credentials ? void 0 : findAuthFile(env),
    manifestFile: values["manifest-file"],
    noBuild: values["no-build"] ?? !1,
    jobs: values.jobs === void 0 ? void 0 : parseJobs(values.jobs, "--jobs"),
    binaryCache: binaryCacheOptions(values, env),
    sbom: !values["no-sbom"],
    sourceRecord: values["no-source-record"] ? !1 : void 0,
    sbomFile: values["sbom-file"],
    compareTo: values["compare-to"],
    ...childEnv(env)
  };
}
function binaryCacheOptions(values, env) {
  let url = values["binary-cache"];
  if (url === void 0) {
    if (values["binary-cache-public-key"] || values["binary-cache-secret-key-file"])
      throw new UsageError("--binary-cache-public-key and --binary-cache-secret-key-file need --binary-cache URL");
    return;
  }
  return {
    url,
    publicKeys: values["binary-cache-public-key"] ?? [],
    secretKey: env[SECRET_KEY_VARIABLE] || void 0,
    secretKeyFile: values["binary-cache-secret-key-file"]
  };
}
function evaluateOptions(args, env) {
  return {
    installable: installableOf(args),
    nixPath: args.values["nix-path"] ?? [],
    tag: tagInput(args.values.tag, "--tag"),
    ...childEnv(env)
  };
}
function installableOf(args) {
  let { values } = args;
  return installableFromInputs({
    installable: args.installable,
    attr: values.attr,
    packages: values.packages?.join(" "),
    nixpkgs: values.nixpkgs,
    allowUnpinned: values["allow-unpinned"]
  });
}
var childEnv = (env) => childEnvironments(env);

export {
  USAGE,
  UsageError,
  parseCommandLine,
  pushOptions,
  evaluateOptions
};
