import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  childEnvironments,
  credentialsFromEnv,
  findAuthFile,
  imageNameFor,
  installableFromInputs,
  parseJobs,
  tagInput
} from "./chunk-QISR2J5N.js";
import {
  SECRET_KEY_VARIABLE
} from "./chunk-WRHLYAW5.js";
import {
  NixImageError
} from "./chunk-BDWDUCXX.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
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
}, OPTIONS = {
  image: { type: "string" },
  attr: { type: "string", short: "A" },
  packages: { type: "string", multiple: !0 },
  nixpkgs: { type: "string" },
  "allow-unpinned": { type: "boolean" },
  tag: { type: "string" },
  "extra-tag": { type: "string", multiple: !0 },
  "nix-path": { type: "string", short: "I", multiple: !0 },
  "no-skip-existing": { type: "boolean" },
  "dry-run": { type: "boolean" },
  "insecure-registry": { type: "boolean" },
  "manifest-file": { type: "string" },
  output: { type: "string", multiple: !0 },
  "no-build": { type: "boolean" },
  jobs: { type: "string", short: "j" },
  "binary-cache": { type: "string" },
  "binary-cache-public-key": { type: "string", multiple: !0 },
  "binary-cache-secret-key-file": { type: "string" },
  "no-sbom": { type: "boolean" },
  "no-source-record": { type: "boolean" },
  "sbom-file": { type: "string" },
  "compare-to": { type: "string" },
  manifests: { type: "string", multiple: !0 },
  digest: { type: "string" },
  "values-key": { type: "string", multiple: !0 },
  "allow-no-references": { type: "boolean" },
  json: { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
function parseCommandLine(argv) {
  try {
    let { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: !0, strict: !0 }), [command, installable, ...rest] = positionals, extra = command === "diff" ? rest.slice(1) : rest;
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
