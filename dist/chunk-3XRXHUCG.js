import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  mapLimit
} from "./chunk-VTAP7Z6Y.js";
import {
  derivationFacts,
  pathInfos
} from "./chunk-APOJY5CV.js";
import {
  evaluateInstallable,
  nixEnvOf,
  prepareNix,
  runPlan,
  toolEnvOf
} from "./chunk-KV6XPXRA.js";
import {
  EMPTY_CONFIG,
  EMPTY_JSON,
  PUSH_RETRY,
  RegistryClient,
  TransientError,
  abandonUploads,
  attachArtifact,
  beginArtifactUploads,
  changesText,
  compareImages,
  fetchDocument,
  imageSize,
  listReferrers,
  noPrevious,
  previousImage,
  readAuthFile,
  stageArtifact,
  withRetry,
  writeAuthFile
} from "./chunk-WBQXNXFF.js";
import {
  CYCLONEDX_MEDIA_TYPE,
  MANIFEST_TYPES,
  OCI_INDEX,
  OCI_MANIFEST,
  buildIndex,
  indexPlatforms,
  parseManifest
} from "./chunk-GTDYLEYP.js";
import {
  FEATURES,
  describeInstallable,
  installableArgs,
  nixJson,
  nixVersion,
  nixpkgsSource,
  packageExpression,
  storeDerivation
} from "./chunk-EMX5KXMO.js";
import {
  NixLog,
  STRUCTURED_LOG,
  failureText
} from "./chunk-CQ3L7TZC.js";
import {
  isDigest,
  parseImageName,
  resolveReference,
  validateTag
} from "./chunk-I3OH45FY.js";
import {
  sbomPackages
} from "./chunk-2T2RK7HW.js";
import {
  imageStorePath,
  isStorePath,
  storePathInMember
} from "./chunk-CEKIY2MZ.js";
import {
  MAX_ARCHIVE_JSON_BYTES,
  fileSource,
  streamSource,
  walkTar
} from "./chunk-XDT2UUH5.js";
import {
  NoZstdError,
  compressionOf,
  decompressToFile,
  withDecompressed
} from "./chunk-VBRHQM7V.js";
import {
  CommandNotFoundError,
  run
} from "./chunk-6OAMBA3J.js";
import {
  counted,
  fileError,
  writeFileWithin
} from "./chunk-VOSNRITM.js";
import {
  NixImageError,
  firstLines,
  forLog,
  visible
} from "./chunk-FDZB3QCX.js";

// src/adapter/exit.ts
function failureMessage(error) {
  return error instanceof NixImageError ? forLog(error.message) : `internal error: ${error?.stack ?? String(error)}`;
}

// src/core/base/timing.ts
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function stepRunner(timings, logger) {
  return async (name, title, work) => {
    let started = performance.now();
    try {
      return await logger.group(title, work);
    } finally {
      timings[name] = Math.round(performance.now() - started), logger.info(`${name}: ${formatMs(timings[name])}`);
    }
  };
}
async function timed(timings, name, work) {
  let started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

// src/core/run/push.ts
import { mkdtemp as mkdtemp3, rm as rm3 } from "node:fs/promises";
import { availableParallelism, tmpdir as tmpdir2 } from "node:os";
import { join as join8, resolve as resolve2 } from "node:path";

// src/core/nix/build.ts
import { existsSync } from "node:fs";

// src/core/base/versions.ts
function compareVersions(a, b) {
  let pa = a.split(".").map((part) => Number.parseInt(part, 10) || 0), pb = b.split(".").map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    let diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

// src/core/nix/build.ts
var DRV_OUTPUTS_SYNTAX = "2.13";
function derivationOutputs(drvPath, nixVersion2) {
  if (!storeDerivation(drvPath)) throw new Error(`not a store derivation: ${drvPath}`);
  return compareVersions(nixVersion2, DRV_OUTPUTS_SYNTAX) >= 0 ? `${drvPath}^*` : drvPath;
}
async function buildDerivations(drvPaths, what, context, options = []) {
  let { result, log } = await nixBuild([...options, "--json", ...await derivationArgs(drvPaths, context)], context);
  if (result.exitCode !== 0) throw new NixImageError(`nix build of ${what} failed: ${failureText(log)}`);
  let built = nixJson(
    result.stdout,
    `nix build of ${what}`
  ), outPaths = new Map(
    (Array.isArray(built) ? built : []).map((entry) => [entry?.drvPath ?? "", entry?.outputs?.out ?? ""])
  );
  if (drvPaths.some((drvPath) => !outPaths.get(drvPath)))
    throw new NixImageError(`nix build of ${what} reported no 'out' output`);
  return outPaths;
}
async function buildDerivationsKeepGoing(drvPaths, context) {
  let { result, log } = await nixBuild(["--keep-going", ...await derivationArgs(drvPaths, context)], context);
  return result.exitCode === 0 ? { errors: [] } : { failure: failureText(log), errors: log.errorMessages() };
}
async function derivationArgs(drvPaths, context) {
  let version = await (context.version ?? nixVersion(context.env));
  return drvPaths.map((drvPath) => derivationOutputs(drvPath, version));
}
async function nixBuild(args, context) {
  let log = new NixLog(context.logger);
  return { result: await run("nix", [...FEATURES, ...STRUCTURED_LOG, "build", "--no-link", ...args], {
    env: context.env,
    onStderrLine: log.line
  }), log };
}
async function storeHolds(paths, context) {
  return paths.every((path) => existsSync(path)) ? (await run("nix", [...FEATURES, "path-info", ...paths], { env: context.env }).catch(() => {
  }))?.exitCode === 0 : !1;
}
async function buildableSystems(context) {
  let result = await run("nix", [...FEATURES, "show-config", "--json"], { env: context.env });
  if (result.exitCode !== 0) throw new NixImageError(`nix show-config failed: ${firstLines(result.stderr)}`);
  let config = JSON.parse(result.stdout), system = config.system?.value, extra = config["extra-platforms"]?.value;
  return [
    ...typeof system == "string" ? [system] : [],
    ...Array.isArray(extra) ? extra.filter((item) => typeof item == "string") : []
  ];
}
async function buildSkopeo(installable, context) {
  if (installable.type === "flake") {
    let flake = installable.ref.slice(0, installable.ref.indexOf("#")) || ".";
    return runBuild(["--inputs-from", flake, "nixpkgs#skopeo"], "skopeo from the flake's nixpkgs input", context);
  }
  if (installable.type === "file" && installable.generated) {
    let fileArgs = installableArgs(installable, context.nixPath).slice(0, -1);
    return runBuild(
      [...fileArgs, `${installable.generated.nixpkgsAttr}.skopeo`],
      `skopeo from ${installable.generated.source}`,
      context
    );
  }
  let args = [
    "--impure",
    ...context.nixPath.flatMap((entry) => ["-I", entry]),
    "--expr",
    "(import <nixpkgs> {}).skopeo"
  ];
  return runBuild(args, "skopeo from <nixpkgs>", context);
}
async function runBuild(args, what, context) {
  let [outPath = ""] = await runBuilds(args, what, context);
  return outPath;
}
async function runBuilds(args, what, context) {
  let { result, log } = await nixBuild(["--json", ...args], context);
  if (result.exitCode !== 0) throw new NixImageError(`nix build of ${what} failed: ${failureText(log)}`);
  let built = nixJson(result.stdout, `nix build of ${what}`), outPaths = Array.isArray(built) ? built.map((entry) => entry?.outputs?.out ?? "") : [];
  if (outPaths.length === 0 || outPaths.includes(""))
    throw new NixImageError(`nix build of ${what} reported no 'out' output`);
  return outPaths;
}

// src/core/push/manifest-file.ts
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
async function writeManifestFile(path, manifest, tag) {
  let index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        annotations: { "org.opencontainers.image.ref.name": tag }
      }
    ]
  };
  await mkdir(dirname(path), { recursive: !0 }).catch((error) => {
    throw fileError("write", "manifest file", path, error);
  }), await writeFileWithin(path, `${JSON.stringify(index, null, 2)}
`, "manifest file", process.cwd());
}

// src/core/registry/clients.ts
function registryClient(options, image, logger) {
  let credentials = options.credentials ?? (options.authFile ? readAuthFile(options.authFile, image) : void 0);
  return new RegistryClient({ image, credentials, insecure: options.insecureRegistry, logger });
}
function registryOpener(options, own, logger) {
  return (other) => registryClient(other.registry === own.registry ? options : { ...options, credentials: void 0 }, other, logger);
}
function registryFor(image, open2, own, ownImage) {
  return own && ownImage && ownImage.registry === image.registry && ownImage.repository === image.repository ? own : open2(image);
}

// src/core/sbom/files.ts
function memberSbomFile(file, name) {
  let safe = name.replace(/[^A-Za-z0-9._-]/g, "-").replace(/\.{2,}/g, ".").replace(/^\.|\.$/g, "") || "-", extension = [".cdx.json", ".json"].find((ending) => file.endsWith(ending)) ?? "";
  return `${file.slice(0, file.length - extension.length)}.${safe}${extension}`;
}
function checkSbomFiles(images, file) {
  let owners = /* @__PURE__ */ new Map();
  for (let { name } of images) {
    let path = memberSbomFile(file, name), other = owners.get(path.toLowerCase());
    if (other !== void 0)
      throw new NixImageError(
        `the images ${other} and ${name} would write their SBOMs to one file, ${path}: rename one of the attributes`
      );
    owners.set(path.toLowerCase(), name);
  }
}

// src/core/run/build.ts
import { existsSync as existsSync2 } from "node:fs";

// src/core/run/context.ts
function createRun(plan, options, nix, own, logger, timings) {
  let extraTags = options.extraTags.map((tag) => validateTag(tag, "extra-tag")), wanted = options.sbom !== !1 && !options.dryRun, clients = /* @__PURE__ */ new Map([[options.image.name, own]]), run2 = {
    plan,
    options,
    nix,
    logger,
    extraTags,
    sbom: { wanted, compareTo: wanted ? compareTarget(plan, options, extraTags) : void 0 },
    timings,
    step: stepRunner(timings, logger),
    images: [],
    indexes: /* @__PURE__ */ new Map(),
    clients
  }, imageNames = [...plan.images, ...plan.indexes.flatMap((index) => index.members)];
  run2.images = imageNames.map((image) => imageRun(run2, image));
  for (let index of plan.indexes) clientFor(run2, index.repositorySuffix);
  return run2;
}
function imageRun(run2, image) {
  let registry = clientFor(run2, image.repositorySuffix), name = repositoryOf(run2, image.repositorySuffix), timings = {}, logger = run2.plan.single ? run2.logger : prefixed(run2.logger, image.name);
  return {
    image,
    name,
    ref: `${name.name}:${image.evaluated.tag}`,
    registry,
    logger,
    extraTags: image.member ? [] : run2.extraTags,
    timings,
    // A single image's steps are the run's (titled groups in the log); a set's run concurrently.
    step: run2.plan.single ? stepRunner(timings, logger) : (name2, _title, work) => timed(timings, name2, work)
  };
}
function repositoryOf(run2, suffix) {
  return suffix ? parseImageName(
    `${run2.options.image.name}${suffix}`,
    `image (for attribute ${suffix.slice(1).replace(/\//g, ".")})`
  ) : run2.options.image;
}
function clientFor(run2, suffix) {
  let name = repositoryOf(run2, suffix), client = run2.clients.get(name.name);
  return client || (client = registryClient(run2.options, name, run2.logger), run2.clients.set(name.name, client)), client;
}
function compareTarget(plan, options, extraTags) {
  let spec = options.compareTo;
  if (plan.single) {
    let given = spec ?? extraTags[0], target = given ? resolveReference(given, options.image, "compare-to") : void 0;
    return () => target;
  }
  if (spec && /[/@]/.test(spec))
    throw new NixImageError(
      `compare-to '${spec}' names one image, and this is a set of images: give a tag (e.g. latest), at which each image is compared in its own repository`
    );
  let tag = spec ? validateTag(spec, "compare-to") : extraTags[0];
  return (name) => tag ? resolveReference(tag, name, "compare-to") : void 0;
}
function sbomFileOf(run2, image) {
  let file = run2.options.sbomFile;
  return !file || run2.plan.single ? file : memberSbomFile(file, image.image.name);
}
function prefixed(logger, name) {
  return {
    info: (message) => logger.info(`[${name}] ${message}`),
    warn: (message) => logger.warn(`[${name}] ${message}`),
    debug: (message) => logger.debug(`[${name}] ${message}`),
    group: async (title, fn) => (logger.info(`[${name}] ${title}`), fn())
  };
}
function imagesTo(run2, action) {
  return run2.images.filter(
    (image) => image.failure === void 0 && image.decision?.action === action
  );
}

// src/core/run/build.ts
async function buildStep(run2, inputs) {
  let building = imagesTo(run2, "push");
  if (building.length !== 0) {
    if (run2.plan.single) {
      let [image] = building;
      image && await buildSingle(run2, image, inputs).catch((error) => image.failure = error);
      return;
    }
    await run2.step("build", `Build ${building.map((image) => image.image.name).join(", ")}`, async () => {
      let derivations = building.flatMap(({ image }) => derivationsOf(image)), { failure, errors } = await buildDerivationsKeepGoing(derivations, run2.nix.context);
      for (let image of building) {
        let { outPath, kind } = image.image.evaluated, copyTo = image.image.copyToPath ?? void 0;
        if (existsSync2(outPath) && (kind !== "nix2container" || copyTo && existsSync2(copyTo)))
          image.built = { outPath, copyTo };
        else {
          let why = buildFailureFor(image.image, errors) ?? failure ?? "no error message";
          image.failure = new NixImageError(`nix build failed: ${why}`);
        }
      }
    });
  }
}
async function buildSingle(run2, image, inputs) {
  let { binaryCache } = inputs, { options, nix } = run2, { evaluated } = image.image, caches = binaryCache && options.binaryCache ? await binaryCache.prepareCaches(options.binaryCache, inputs.tempDir, run2.logger) : void 0, what = describeInstallable(nix.installable), { built, outPaths, snapshot } = await run2.step("build", `Build ${what}`, async () => {
    let snapshot2 = caches && evaluated.drvPath ? await binaryCache?.snapshotBuildClosure(evaluated.drvPath, nix.context.env) : void 0;
    if (await inputs.held)
      return run2.logger.info(`${evaluated.outPath} is in the Nix store: nothing to build`), { built: [evaluated.outPath], outPaths: void 0, snapshot: snapshot2 };
    let substituters = caches ? binaryCache?.substituterArgs(caches) ?? [] : [], outPaths2 = await buildDerivations(derivationsOf(image.image), what, nix.context, substituters);
    return { built: [...outPaths2.values()], outPaths: outPaths2, snapshot: snapshot2 };
  }), outPath = outPaths?.get(evaluated.drvPath ?? "") ?? evaluated.outPath, copyTo = outPaths?.get(evaluated.copyToDrvPath ?? "");
  outPath !== evaluated.outPath && run2.logger.warn(`nix build produced ${outPath}, evaluation said ${evaluated.outPath}; pushing what was built`), image.built = { outPath, copyTo }, binaryCache && caches && snapshot && (image.cache = await run2.step(
    "cache",
    "Upload to the binary cache",
    () => binaryCache.updateCaches(caches, snapshot, built, nix.context.env, run2.logger)
  ));
}
function derivationsOf(image) {
  let { drvPath, copyToDrvPath, kind } = image.evaluated;
  if (!drvPath || kind === "nix2container" && !copyToDrvPath)
    throw new Error(`${image.name || "the image"} has no derivation to build`);
  return copyToDrvPath ? [drvPath, copyToDrvPath] : [drvPath];
}
function buildFailureFor(image, errors) {
  let own = errors.find((error) => error.includes(`-${image.evaluated.drvName}.drv`)), builderFailure = errors.find((error) => /^builder for /.test(error));
  return own && /dependencies of derivation/.test(own) && builderFailure ? builderFailure : own;
}

// src/core/plan/decide.ts
function intent(found, modes, refusal2) {
  return found && (modes.skipExisting || modes.noBuild) ? { action: "present", manifest: found } : modes.noBuild ? { action: "refused", reason: refusal2() } : { action: "push", existing: found };
}
function decide(found, modes, refusal2) {
  let would = intent(found, modes, refusal2);
  if (modes.dryRun) return { action: "dry-run", found, would };
  if (would.action === "refused") throw new NixImageError(would.reason);
  return would;
}

// src/core/run/check.ts
async function checkAll(run2, connected) {
  let { images, plan, logger } = run2, title = plan.single ? `Check whether ${images[0]?.ref} exists` : `Check ${images.length} image(s) and ${plan.indexes.length} index(es) in the registry`;
  await run2.step("check", title, async () => {
    await Promise.all([
      ...images.map(async (image) => {
        try {
          await connected;
          let manifest = await image.registry.findManifest(image.image.evaluated.tag);
          logger.info(manifest ? `${image.ref} exists: ${manifest.digest}` : `${image.ref} is not in the registry`), image.decision = decide(manifest, run2.options, () => refusal(image));
        } catch (error) {
          image.failure = error;
        }
      }),
      ...plan.indexes.map(async (index) => {
        let found = await clientFor(run2, index.repositorySuffix).findManifest(index.tag).catch((error) => error);
        run2.indexes.set(index, found);
      })
    ]);
  });
}
function refusal(image) {
  let fix = image.image.member ? `the job that builds ${image.image.member} should push it first` : "push it first without no-build";
  return `${image.ref} is not in the registry, and no-build builds nothing: ${fix}`;
}
async function leaveOtherSystems(run2) {
  let members = imagesTo(run2, "push").filter((image) => image.image.member && image.image.system);
  if (members.length === 0) return;
  let buildable = await buildableSystems(run2.nix.context);
  for (let member of members) {
    let system = member.image.system ?? "";
    buildable.includes(system) || (member.logger.info(
      `not built here (this Nix builds ${buildable.join(", ")}); the job on an ${system} runner pushes it`
    ), member.decision = { action: "elsewhere" });
  }
}

// src/core/source/key.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync3, realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { delimiter, isAbsolute, join, relative, resolve, sep } from "node:path";
var TAG_RULES_VERSION = 1;
function nixIdentity(env) {
  for (let dir of (env.PATH ?? "").split(delimiter)) {
    let candidate = dir && join(dir, "nix");
    if (!candidate || !existsSync3(candidate)) continue;
    let real = realpathSync(candidate), inStore = /^(\/[^/]+)+\/[0-9abcdfghijklmnpqrsvwxyz]{32}-[^/]+/.exec(real)?.[0];
    if (inStore) return inStore;
    let { size, mtimeMs } = statSync(real);
    return `${real}:${size}:${Math.trunc(mtimeMs)}`;
  }
}
function runnerSystem(arch = process.arch, platform = process.platform) {
  return `${{ x64: "x86_64", arm64: "aarch64", ia32: "i686", arm: "armv7l", riscv64: "riscv64" }[arch] ?? arch}-${platform}`;
}
function keyId(key) {
  return createHash("sha256").update(canonicalKey(key)).digest("hex");
}
var canonicalKey = (key) => JSON.stringify(sortKeys(key));
function sortKeys(value) {
  return Array.isArray(value) ? value.map(sortKeys) : value && typeof value == "object" ? Object.fromEntries(
    Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1).map(([name, item]) => [name, sortKeys(item)])
  ) : value;
}
async function sourceKey(options, context, expression) {
  if (!context.nix) return { eligible: !1, why: "no Nix on PATH to name in the key" };
  let base = {
    rules: TAG_RULES_VERSION,
    system: context.system ?? runnerSystem(),
    nix: context.nix,
    tag: options.tag ?? null,
    image: options.image.name
  }, installable = options.installable;
  if (installable.type === "packages")
    return expression ? eligible({
      ...base,
      source: { type: "packages", expression: createHash("sha256").update(expression).digest("hex") }
    }) : {
      eligible: !1,
      why: "the package list's nixpkgs is not a locked flake reference or a commit's tarball"
    };
  if (installable.type === "file")
    return {
      eligible: !1,
      why: "a Nix file may read anything (channels, NIX_PATH, the environment); only flakes and package lists are keyed"
    };
  let flake = await gitFlake(installable.ref, context);
  return "why" in flake ? { eligible: !1, why: flake.why } : eligible({ ...base, source: { type: "git-flake", ...flake } });
}
var eligible = (key) => ({ eligible: !0, key, id: keyId(key) });
async function gitFlake(ref, context) {
  let hash = ref.indexOf("#"), location = ref.slice(0, hash), attr = ref.slice(hash + 1) || "default";
  if (location !== "" && location !== "." && !location.startsWith("./") && !location.startsWith("/") && !location.startsWith("../"))
    return { why: `the flake ${ref} is not a folder of a git checkout` };
  if (/[?]/.test(location)) return { why: `the flake reference ${ref} has parameters` };
  let dir = resolve(context.cwd, location || "."), git = async (...args) => {
    let result = await run("git", ["-C", dir, ...args], { env: context.env }).catch(() => {
    });
    return result?.exitCode === 0 ? result.stdout.trim() : void 0;
  }, [top, commit, status] = await Promise.all([
    git("rev-parse", "--show-toplevel"),
    git("rev-parse", "--verify", "HEAD"),
    git("status", "--porcelain", "--untracked-files=no")
  ]);
  if (!top || !commit || status === void 0) return { why: `${dir} is not in a git repository with a commit` };
  if (status !== "") return { why: "tracked files are modified (git status)" };
  let inRepo = relative(realpathSync(top), realpathSync(dir)), lockPath = inRepo ? `${inRepo.split(sep).join("/")}/flake.lock` : "flake.lock";
  if (await git("ls-files", "--error-unmatch", "--", join(realpathSync(dir), "flake.lock")) === void 0)
    return { why: `${lockPath} is not tracked by git` };
  let unlocked = await unlockedInput(join(dir, "flake.lock"), realpathSync(top));
  return unlocked ? { why: unlocked } : { commit, dir: inRepo.split(sep).join("/"), attr };
}
async function unlockedInput(lockFile, top) {
  let lock;
  try {
    lock = JSON.parse(await readFile(lockFile, "utf8"));
  } catch {
    return "flake.lock is not JSON";
  }
  let root = typeof lock.root == "string" ? lock.root : "root";
  if (!lock.nodes || typeof lock.nodes != "object") return "flake.lock has no nodes";
  for (let [name, node] of Object.entries(lock.nodes)) {
    if (name === root) continue;
    let locked = node?.locked;
    if (!locked || typeof locked != "object" || typeof locked.narHash != "string")
      return `flake.lock leaves input ${JSON.stringify(name).slice(0, 80)} unlocked`;
    if (locked.type === "path") {
      let path = typeof locked.path == "string" ? locked.path : "", target = isAbsolute(path) ? path : join(top, path);
      if (!path || relative(top, target).startsWith(".."))
        return `input ${JSON.stringify(name).slice(0, 80)} is a path outside the repository`;
    }
  }
}

// src/core/source/record.ts
var SOURCE_RECORD_TYPE = "application/vnd.nix-image.source-record.v1+json", KEY_ANNOTATION = "dev.nix-image.source.key", IMAGE_ANNOTATION = "dev.nix-image.source.image", MAX_RECORD_BYTES = 65536, recordTag = (keyId2) => `nix-image-source-${keyId2.slice(0, 40)}`;
function recordManifest(key, subject, image) {
  let recorded = {
    tag: image.tag,
    outPath: image.outPath,
    drvName: image.drvName,
    kind: image.kind,
    tagSource: image.tagSource,
    ...image.imageName ? { imageName: image.imageName } : {},
    ...image.imageTag ? { imageTag: image.imageTag } : {}
  };
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: SOURCE_RECORD_TYPE,
      config: EMPTY_CONFIG,
      layers: [EMPTY_CONFIG],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations: { [KEY_ANNOTATION]: canonicalKey(key), [IMAGE_ANNOTATION]: JSON.stringify(recorded) }
    })
  );
}
async function writeRecord(registry, keyId2, key, subject, image) {
  let manifest = recordManifest(key, subject, image);
  try {
    await registry.putManifest(recordTag(keyId2), OCI_MANIFEST, manifest);
  } catch {
    await registry.uploadBlob(EMPTY_JSON), await registry.putManifest(recordTag(keyId2), OCI_MANIFEST, manifest);
  }
}
async function readRecord(registry, keyId2, key) {
  let found = await registry.getManifestIfPresent(recordTag(keyId2));
  if (!found) return;
  let { subject, image } = parseRecord(found.body, key), current = await registry.findManifest(image.tag);
  if (!current) throw new NixImageError(`the source record names ${image.tag}, which the registry no longer has`);
  if (current.digest !== subject.digest)
    throw new NixImageError(
      `the source record names ${image.tag} at ${subject.digest}, but the tag now names ${current.digest}`
    );
  return { image, manifest: current };
}
function parseRecord(body, key) {
  let refuse = (why) => new NixImageError(`the source record is not one nix-image wrote (${why})`);
  if (body.length > MAX_RECORD_BYTES) throw refuse("too large");
  let manifest;
  try {
    manifest = JSON.parse(body.toString("utf8"));
  } catch {
    throw refuse("not JSON");
  }
  if (typeof manifest != "object" || manifest === null || manifest.artifactType !== SOURCE_RECORD_TYPE)
    throw refuse("another artifact type");
  let annotations = manifest.annotations;
  if (typeof annotations != "object" || annotations === null) throw refuse("no annotations");
  if (annotations[KEY_ANNOTATION] !== canonicalKey(key)) throw refuse("made for another source");
  let subject = manifest.subject;
  if (typeof subject != "object" || subject === null) throw refuse("no subject");
  let { mediaType, digest, size } = subject;
  if (typeof digest != "string" || !isDigest(digest)) throw refuse("its subject has no sha256 digest");
  if (typeof mediaType != "string" || !MANIFEST_TYPES.includes(mediaType))
    throw refuse("its subject is not an image manifest");
  if (typeof size != "number" || !Number.isSafeInteger(size) || size <= 0) throw refuse("its subject has no size");
  let image = parseImage(annotations[IMAGE_ANNOTATION], refuse);
  return { subject: { mediaType, digest, size }, image };
}
var KINDS = ["docker-archive", "stream", "nix2container"], TAG_SOURCES = ["imageTag", "outPath", "option"];
function parseImage(text, refuse) {
  let image;
  try {
    image = JSON.parse(typeof text == "string" ? text : "");
  } catch {
    throw refuse("no image");
  }
  let { tag, outPath, drvName, kind, tagSource, imageName, imageTag } = image ?? {}, plain = (value) => typeof value == "string" && value.length <= 256 && visible(value) === value;
  if (typeof tag != "string") throw refuse("no tag");
  try {
    validateTag(tag);
  } catch {
    throw refuse("its tag is not a tag");
  }
  if (typeof outPath != "string" || !isStorePath(outPath)) throw refuse("its out path is not a store path");
  if (!plain(drvName) || !/^[A-Za-z0-9+._?=-]+$/.test(drvName)) throw refuse("its derivation name is not one");
  if (!KINDS.includes(kind)) throw refuse("its image kind is unknown");
  if (!TAG_SOURCES.includes(tagSource)) throw refuse("its tag source is unknown");
  if (imageName !== void 0 && !plain(imageName)) throw refuse("its image name is not plain text");
  if (imageTag !== void 0 && !plain(imageTag)) throw refuse("its image tag is not plain text");
  return {
    tag,
    outPath,
    drvName,
    kind,
    tagSource,
    ...imageName !== void 0 ? { imageName } : {},
    ...imageTag !== void 0 ? { imageTag } : {}
  };
}

// src/core/run/source-record.ts
async function sourceEligibility(options, logger, quiet = !1) {
  let eligibility = await keyOf(options);
  return eligibility && !eligibility.eligible && !quiet && logger.info(`No source record: ${eligibility.why}; evaluating`), eligibility;
}
async function keyOf(options) {
  if (options.sourceRecord === !1 || !options.skipExisting) return;
  let nix = options.sourceRecord?.nix ?? nixIdentity(nixEnvOf(options)), { installable } = options, expression;
  if (installable.type === "packages") {
    let source = nixpkgsSource(installable.list, options.nixPath);
    (source.type === "flake" || source.type === "nix-path" && /^nixpkgs=https:\/\/\S+\/[0-9a-f]{40}\.tar\.gz$/.test(source.entry)) && (expression = packageExpression(installable.list.packages, source));
  }
  return sourceKey(options, { nix, cwd: process.cwd(), env: toolEnvOf(options) }, expression);
}
async function findRecorded(registry, eligibility, logger) {
  if (eligibility?.eligible)
    try {
      let found = await readRecord(registry, eligibility.id, eligibility.key);
      return found ? logger.info(
        `Source record: ${describeSource(eligibility)} is ${found.image.tag} (${found.manifest.digest}); Nix is not run`
      ) : logger.info(`No source record for ${describeSource(eligibility)}: evaluating`), found;
    } catch (error) {
      if (!(error instanceof NixImageError)) throw error;
      logger.warn(`Source record refused: ${error.message}; evaluating`);
      return;
    }
}
async function recordSource(registry, eligibility, options, image, result, logger) {
  let { evaluated, manifest } = image;
  if (!(!eligibility?.eligible || !(result.pushed || result.skipped) || manifest?.digest !== result.digest))
    try {
      let again = await keyOf({ ...options, sourceRecord: { nix: eligibility.key.nix } });
      if (!again?.eligible || again.id !== eligibility.id) {
        logger.info("Not recording the source: the run changed what its key covers (flake.lock written?)");
        return;
      }
      await writeRecord(registry, eligibility.id, eligibility.key, manifest, evaluated), logger.info(`Recorded ${describeSource(eligibility)} \u2192 ${evaluated.tag}: a rerun needs no Nix`);
    } catch (error) {
      logger.warn(`Could not record the source (a rerun evaluates): ${error.message}`);
    }
}
function describeSource(eligibility) {
  let { source } = eligibility.key;
  return source.type === "packages" ? "the package list" : `commit ${source.commit.slice(0, 12)}${source.dir ? ` (${source.dir})` : ""} #${source.attr}`;
}

// src/core/sbom/contents.ts
import { existsSync as existsSync4 } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join as join3 } from "node:path";

// src/core/archive/unpack.ts
import { join as join2 } from "node:path";
async function unpackArchive(archive, compression, tempDir, env) {
  let target = join2(tempDir, "image.tar");
  return await decompressToFile(archive, compression, target, env), target;
}
async function streamToFile(script, tempDir, logger, env) {
  let target = join2(tempDir, "image.tar"), result = await run(script, [], { env, stdoutFile: target, onStderrLine: (line) => line && logger.debug(line) });
  if (result.exitCode !== 0)
    throw new NixImageError(`the image stream ${script} failed (exit ${result.exitCode}): ${firstLines(result.stderr)}`);
  return target;
}

// src/core/sbom/store-paths.ts
import { readFile as readFile2 } from "node:fs/promises";
async function imageStorePaths(file, kind, options = {}) {
  return [...kind === "nix2container" ? await nix2containerPaths(file, options) : await archivePaths(file, options)].sort();
}
async function nix2containerPaths(file, options) {
  let image;
  try {
    image = JSON.parse(await readFile2(file, "utf8"));
  } catch (error) {
    throw new NixImageError(`cannot read nix2container's image JSON ${file}: ${error.message}`);
  }
  let paths = /* @__PURE__ */ new Set();
  for (let layer of image.layers ?? []) {
    for (let entry of layer.paths ?? []) {
      if (!entry.path) continue;
      let rewrite = entry.options?.rewrite, placed = rewrite?.regex ? entry.path.replace(new RegExp(rewrite.regex), rewrite.repl ?? "") : entry.path;
      imageStorePath(placed) && paths.add(placed);
    }
    let tar = layer["layer-path"];
    tar && await withArchive(
      tar,
      options,
      (source) => walkTar(source, async (entry) => {
        let path = storePathInMember(entry.name);
        path && paths.add(path);
      })
    );
  }
  return paths;
}
async function archivePaths(file, options) {
  let byMember = /* @__PURE__ */ new Map(), manifest;
  if (await withArchive(file, options, (source) => walkTar(source, async (entry, outer) => {
    let name = entry.name.replace(/^\.\//, "");
    if (name === "manifest.json") {
      if (entry.size > MAX_ARCHIVE_JSON_BYTES)
        throw new NixImageError(
          `${file} has a manifest.json of ${entry.size} bytes, more than the 4 MiB docker save's ever is: not read`
        );
      return manifest = await outer.read(entry.size), manifest.length;
    }
    if (!name.endsWith(".tar") && !name.startsWith("blobs/")) return 0;
    let found = /* @__PURE__ */ new Set();
    byMember.set(name, found);
    let consumed = 0, counted2 = {
      read: async (length) => {
        let bytes = await outer.read(length);
        return consumed += bytes.length, bytes;
      },
      skip: async (length) => {
        await outer.skip(length), consumed += length;
      }
    };
    try {
      return await walkTar(
        counted2,
        async (inner) => {
          let path = storePathInMember(inner.name);
          path && found.add(path);
        },
        entry.size
      );
    } catch {
      return byMember.delete(name), consumed;
    }
  })), !manifest) throw new NixImageError(`${file} is not a docker-archive: it has no manifest.json`);
  let layers = layersOf(manifest, file), paths = /* @__PURE__ */ new Set();
  for (let layer of layers) {
    let found = byMember.get(layer.replace(/^\.\//, ""));
    if (!found) throw new NixImageError(`cannot read layer ${layer} of ${file}: it is not a plain tar`);
    for (let path of found) paths.add(path);
  }
  return paths;
}
function layersOf(manifest, file) {
  let entries;
  try {
    entries = JSON.parse(manifest.toString("utf8"));
  } catch {
    throw new NixImageError(`${file} has a manifest.json that is not JSON`);
  }
  let layers = Array.isArray(entries) ? entries[0]?.Layers : void 0;
  return Array.isArray(layers) ? layers.filter((layer) => typeof layer == "string") : [];
}
async function withArchive(file, options, use) {
  let compression = await compressionOf(file);
  return compression === "none" ? fileSource(file, use) : withDecompressed(file, compression, options.env, async (stream) => {
    let source = streamSource(stream), result = await use(source);
    return await source.skip(Number.MAX_SAFE_INTEGER), result;
  });
}

// src/core/sbom/contents.ts
async function readImageContents(file, image, options) {
  let paths = await imageStorePaths(file, image.kind, { env: toolEnvOf(options) }), meta = new Map((image.packages ?? []).flatMap((item) => item.outPaths.map((path) => [path, item])));
  return { paths, store: await storeFacts(paths, nixEnvOf(options)), meta };
}
async function storeFacts(paths, env) {
  if (paths.length === 0) return /* @__PURE__ */ new Map();
  let infos = (await pathInfos(paths, env).catch(() => [])).filter(
    (info) => info.narHash && Number.isSafeInteger(info.narSize)
  ), derivers = [
    ...new Set(infos.flatMap((info) => info.deriver && existsSync4(info.deriver) ? [info.deriver] : []))
  ], derivations = derivers.length ? await derivationFacts(derivers, env).catch(() => /* @__PURE__ */ new Map()) : /* @__PURE__ */ new Map();
  return new Map(
    infos.map((info) => {
      let derivation = info.deriver ? derivations.get(info.deriver) : void 0, output = derivation && Object.entries(derivation.outputs).find(([, path]) => basename(path) === basename(info.path))?.[0], facts = { narHash: info.narHash, narSize: info.narSize, references: info.references };
      return derivation && output && Object.assign(facts, {
        output,
        ...derivation.pname ? { pname: derivation.pname } : {},
        ...derivation.version ? { version: derivation.version } : {}
      }), [info.path, facts];
    })
  );
}
async function readBuiltStorePaths(outPath, image, options, logger) {
  if (image.kind !== "stream") return readImageContents(outPath, image, options);
  let tempDir = await mkdtemp(join3(options.tempDir ?? tmpdir(), "nix-image-"));
  try {
    return await readImageContents(await streamToFile(outPath, tempDir, logger, toolEnvOf(options)), image, options);
  } finally {
    await rm(tempDir, { recursive: !0, force: !0 });
  }
}

// src/core/sbom/sbom.ts
var TOOL_VERSION = "0.1.0", TITLE = "sbom.cdx.json", writer;
function loadSbomWriter() {
  return writer ??= import("./chunk-PJPTJYUV.js"), writer;
}
function storePathsReader(image, options) {
  return {
    read: (path) => readImageContents(path, image, options),
    // skopeo is running: the CycloneDX library compiles in the time it leaves idle.
    started: () => {
      loadSbomWriter().catch(() => {
      });
    }
  };
}
function stageSbom(args, uploads, digest) {
  let document = documentFor(args, digest), staged = document.then((text) => stageArtifact(args.registry, sbomArtifact(text), uploads));
  return document.catch(() => {
  }), staged.catch(() => {
  }), { uploads, digest, document, staged };
}
var sbomArtifact = (document) => ({
  artifactType: CYCLONEDX_MEDIA_TYPE,
  document: Buffer.from(document),
  title: TITLE
});
async function sbomAndChanges(args) {
  let attached = attachAndCompare(args);
  if (args.early) {
    let {
      registry,
      early: { uploads }
    } = args;
    await attached.then(
      (outcome) => outcome.sbom?.state === "attached" ? void 0 : abandonUploads(registry, uploads),
      () => abandonUploads(registry, uploads)
    );
  }
  return attached;
}
async function attachAndCompare(args) {
  let { registry, subject, logger } = args, early = args.early?.digest === subject.digest ? args.early : void 0, target = args.compareTo && {
    ...args.compareTo,
    registry: registryFor(args.compareTo.image, args.openRegistry, registry, args.own)
  }, previous = target ? previousImage(target, registry, subject.digest) : Promise.resolve(void 0);
  previous.catch(() => {
  });
  let document, existing, found;
  try {
    [existing] = args.listed !== void 0 ? args.listed ? [args.listed] : [] : args.mayHaveSbom ? await listReferrers(registry, subject.digest, CYCLONEDX_MEDIA_TYPE) : [];
    let lookupError;
    found = await previous.catch((error) => {
      lookupError = error;
    });
    let sameImage = found?.digest === subject.digest;
    if (existing && !args.file && (!target || !found || sameImage)) {
      logger.info(`${args.ref} keeps the SBOM attached before (${existing.digest})`);
      let sbom2 = { artifact: existing.digest, state: "present" };
      if (!target) return { sbom: sbom2 };
      if (lookupError) return { sbom: sbom2, changesNote: `could not compare with ${target.ref}: ${lookupError.message}` };
      if (!found) return { sbom: sbom2, changesNote: noPrevious(target.ref) };
      let same = {
        from: { ref: target.ref, digest: found.digest },
        to: { ref: args.ref, digest: subject.digest },
        added: [],
        removed: [],
        changed: [],
        rebuilt: []
      };
      for (let line of changesText(same)) logger.info(line);
      return { sbom: sbom2, changes: same };
    }
    document = existing ? (await fetchDocument(registry, existing)).toString("utf8") : early ? await early.document : await documentFor(args, subject.digest);
  } catch (error) {
    return logger.warn(`no SBOM for ${args.ref}: ${error.message}`), { changesNote: target ? "no SBOM for this image: nothing to compare" : void 0 };
  }
  let packages = sbomPackages(document), started = performance.now(), [attached, compared] = await Promise.allSettled([
    existing ? Promise.resolve(void 0) : (early ? early.staged : Promise.resolve(stageArtifact(registry, sbomArtifact(document), args.early?.uploads))).then((staged) => attachArtifact(registry, subject, staged)),
    target ? previous.then(async (before) => {
      let side = {
        ref: args.ref,
        digest: subject.digest,
        size: await imageSize(registry, subject.digest)
      };
      return compareImages({ ...target, found: before }, { side, packages });
    }) : Promise.resolve({})
  ]), sbom;
  if (existing)
    sbom = { artifact: existing.digest, state: "present", components: packages.length }, logger.info(`${args.ref} keeps the SBOM attached before (${existing.digest})`);
  else if (attached.status === "fulfilled" && attached.value) {
    let { digest, via } = attached.value;
    sbom = { artifact: digest, state: "attached", via, components: packages.length };
    let how = via === "api" ? "the registry's referrers API" : `the referrers tag ${subject.digest.replace(":", "-")}`;
    logger.info(
      `Attached an SBOM of ${counted(packages.length, "store path")} (${digest}), found through ${how}, in ${Math.round(performance.now() - started)} ms`
    );
  } else attached.status === "rejected" && logger.warn(`could not attach the SBOM to ${args.ref}: ${attached.reason.message}`);
  if (args.file)
    try {
      await writeFileWithin(args.file, document, "SBOM file", process.cwd()), sbom && (sbom.file = args.file);
    } catch (error) {
      logger.warn(`could not write the SBOM to ${args.file}: ${error.message}`);
    }
  if (compared.status === "rejected") {
    let note2 = `could not compare with ${target ? target.ref : ""}: ${compared.reason.message}`;
    return logger.warn(note2), { sbom, changesNote: note2 };
  }
  let { changes, note } = compared.value;
  if (changes) for (let line of changesText(changes)) logger.info(line);
  return note && logger.info(note), { sbom, changes, changesNote: note };
}
async function documentFor(args, digest) {
  let { cyclonedxDocument } = await loadSbomWriter();
  return cyclonedxDocument({ image: args.own.name, tag: args.tag, digest }, await args.storePaths(), TOOL_VERSION);
}

// src/core/run/push-one.ts
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { join as join7 } from "node:path";

// src/core/base/settled.ts
var settle = (promise) => promise.then(
  (value) => ({ ok: !0, value }),
  (error) => ({ ok: !1, error })
);
function unwrap(settled) {
  return settled ? settled.ok ? Promise.resolve(settled.value) : Promise.reject(settled.error) : Promise.reject(new Error("it was not read"));
}

// src/core/push/confirm.ts
async function confirmPush(registry, tag, ref, pushedDigest, logger) {
  let pushed = await registry.findManifest(tag);
  if (!pushed) throw new NixImageError(`skopeo reported a push of ${ref}, but the registry does not have it`);
  if (pushed.digest === pushedDigest) return pushed;
  let stored = (await registry.getManifest(tag)).info;
  return logger.warn(
    `skopeo wrote digest ${pushedDigest}, the registry answers ${pushed.digest} and stores ${stored.digest}; reporting what it stores`
  ), stored;
}
async function countUploaded(registry, digest) {
  try {
    let { layers } = parseManifest((await registry.getManifest(digest)).body);
    return Array.isArray(layers) ? { uploaded: layers.length, skipped: 0 } : void 0;
  } catch {
    return;
  }
}

// src/core/push/push-built.ts
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";
import { join as join6 } from "node:path";

// src/core/push/skopeo-copy-file.ts
import { open, readdir, stat } from "node:fs/promises";
import { join as join4 } from "node:path";
var NAME_PART = "docker-tar", POLL_MS = 10;
async function gzipTrailerSize(archive) {
  let handle = await open(archive, "r");
  try {
    let { size } = await handle.stat(), trailer = Buffer.alloc(4);
    return await handle.read(trailer, 0, 4, size - 4), trailer.readUInt32LE(0);
  } finally {
    await handle.close();
  }
}
async function skopeoPlainCopy(archive, dir, ended) {
  let expected = await gzipTrailerSize(archive), over = !1;
  for (ended.then(
    () => over = !0,
    () => over = !0
  ); !over; ) {
    for (let name of (await readdir(dir).catch(() => [])).filter((entry) => entry.includes(NAME_PART))) {
      let path = join4(dir, name), size = (await stat(path).catch(() => {
      }))?.size;
      if (size === void 0 || size < expected || (size - expected) % 2 ** 32 !== 0) continue;
      let handle = await open(path, "r").catch(() => {
      });
      if (handle && (await handle.stat()).size === size) return handle;
      await handle?.close();
    }
    await new Promise((resolve3) => setTimeout(resolve3, POLL_MS));
  }
}

// src/core/push/skopeo.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join5 } from "node:path";
var MINIMUM = {
  // Skip unchanged layers from a fresh machine, and retry transient registry faults.
  precomputeDigests: "1.6.0",
  retryTimes: "1.6.0",
  // Before 1.10 reading a gzip docker-archive fails with "unexpected EOF" (pgzip bug).
  gzipArchive: "1.10.0"
};
function supports(skopeo, feature) {
  return compareVersions(skopeo.version, MINIMUM[feature]) >= 0;
}
function isRecentEnough(skopeo) {
  return supports(skopeo, "precomputeDigests") && supports(skopeo, "retryTimes");
}
async function skopeoVersion(path, env) {
  try {
    let result = await run(path, ["--version"], { env });
    return /version (\d+\.\d+\.\d+)/.exec(result.stdout)?.[1];
  } catch (error) {
    if (error instanceof CommandNotFoundError) return;
    throw error;
  }
}
function copyArgs(options) {
  return [
    "--tmpdir",
    options.tempDir,
    // A push of a local build has no signatures to check; hosts without policy.json (nixos/nix) need this.
    "--insecure-policy",
    "copy",
    ...copyFlags(options),
    options.source,
    `docker://${options.destination}`
  ];
}
function copyFlags(options) {
  let args = ["--digestfile", options.digestFile];
  return options.authFile && args.push("--dest-authfile", options.authFile), options.insecure && args.push("--dest-tls-verify=false"), options.features.precomputeDigests && args.push("--dest-precompute-digests"), args;
}
async function runCopy(command, args, digestFile, context) {
  let attempt = async () => {
    let result = await run(command, args, {
      env: context.env,
      onStderrLine: (line) => line && context.logger.info(line)
    });
    for (let line of result.stdout.split(`
`)) line && context.logger.info(line);
    if (result.exitCode !== 0) throw copyError(context.destination, result.stderr);
  };
  await withRetry(`push of ${context.destination}`, attempt, context.logger, PUSH_RETRY);
  let digest = (await readFile3(digestFile, "utf8").catch(() => "")).trim();
  if (!isDigest(digest))
    throw new NixImageError(`skopeo pushed ${context.destination} but wrote no digest to ${digestFile}`);
  return { digest };
}
var LOGRUS_LINE = /^time="[^"]*" level=\w+ msg="((?:[^"\\]|\\.)*)".*$/gm, TRANSIENT = /connection reset|connection refused|broken pipe|(?<!unexpected )\bEOF\b|i\/o timeout|TLS handshake timeout|too many requests|toomanyrequests|\b(429|500|502|503|504)\b|service unavailable|bad gateway|gateway time-?out|internal server error/i;
function copyError(destination, stderr) {
  let text = firstLines(
    stderr.replace(LOGRUS_LINE, (_line, message) => message.replace(/\\"/g, '"')),
    2
  );
  return /unauthorized|authentication required|\b401\b/i.test(text) ? new NixImageError(`skopeo could not push ${destination}: the registry rejected the credentials (${text})`) : /denied|forbidden|\b403\b/i.test(text) ? new NixImageError(
    `skopeo could not push ${destination}: access denied, the credentials lack push permission (${text})`
  ) : TRANSIENT.test(text) ? new TransientError(`skopeo could not push ${destination}: ${text}`) : new NixImageError(`skopeo could not push ${destination}: ${text || "no error message"}`);
}
var digestFilePath = (dir) => join5(dir, "digest");

// src/core/push/push-built.ts
async function alongside(file, context, push, skopeoUnpacksIn) {
  let pushing = push();
  pushing.catch(() => {
  });
  let { reader } = context, reading = !file || !reader ? void 0 : settle(
    skopeoUnpacksIn ? fromSkopeoCopy(file, skopeoUnpacksIn, pushing, reader.read, context.logger) : reader.read(file)
  );
  reading && yieldToSkopeo(), reader?.started?.();
  try {
    return [await pushing, await reading];
  } finally {
    await reading;
  }
}
async function fromSkopeoCopy(archive, dir, pushing, read, logger) {
  let copy = await skopeoPlainCopy(archive, dir, pushing);
  if (copy)
    try {
      let contents = await read(`/proc/self/fd/${copy.fd}`);
      return logger.debug(`store paths read from skopeo's plain copy of ${archive}`), contents;
    } catch (error) {
      logger.debug(`skopeo's copy of ${archive} did not read as a whole tar (${error.message})`);
    } finally {
      await copy.close();
    }
  return await pushing.catch(() => {
  }), logger.debug(`store paths read from ${archive} itself`), read(archive);
}
function yieldToSkopeo() {
  try {
    for (let thread of readdirSync("/proc/self/task")) setPriority(Number(thread), 10);
  } catch {
  }
}
async function pushBuilt(context) {
  let { options, evaluated, outPath, ref, tempDir, authFile, logger } = context, digestFile = digestFilePath(tempDir), env = { ...toolEnvOf(options), TMPDIR: tempDir }, copyContext = { env, logger, destination: ref };
  if (context.layersMayExist || logger.info(`${options.image.name} holds no tags yet: pushing every layer without checking for it first`), evaluated.kind === "nix2container") {
    let { copyTo } = context;
    if (!copyTo) throw new Error(`copyTo of ${outPath} was not built`);
    let command = join6(copyTo, "bin", "copy-to"), flags = copyFlags({
      authFile,
      digestFile,
      insecure: options.insecureRegistry,
      features: { precomputeDigests: context.layersMayExist, retryTimes: !0 }
    });
    logger.info(`Pushing with nix2container's copy-to (${copyTo})`);
    let [copied2, read2] = await alongside(
      outPath,
      context,
      () => runCopy(command, [...flags, `docker://${ref}`], digestFile, copyContext)
    );
    return { ...copied2, read: read2, skopeo: { path: command, version: "nix2container", source: "nix2container" } };
  }
  let skopeoReady = context.skopeo ?? resolveSkopeo(context.installable, context.nixContext, toolEnvOf(options));
  skopeoReady.catch(() => {
  });
  let archive = outPath;
  evaluated.kind === "stream" && (archive = await streamToFile(outPath, tempDir, logger, env));
  let compression = evaluated.kind === "stream" ? "none" : await compressionOf(archive);
  if (compression === "zstd") {
    let unpacked = await unpackZstd(archive, tempDir, env, logger);
    unpacked && ([archive, compression] = [unpacked, "none"]);
  }
  let source = await reuseSourceFor(context, archive, compression, env), skopeo = await skopeoReady;
  logger.info(
    `Pushing with skopeo ${skopeo.version} (${skopeo.source === "system" ? "from PATH" : `built with Nix: ${skopeo.path}`})`
  );
  let common = { destination: ref, authFile, digestFile, insecure: options.insecureRegistry, tempDir }, retryTimes = supports(skopeo, "retryTimes");
  if (source) {
    let [reused, read2] = await alongside(
      archive,
      context,
      () => pushReusingLayers(source, skopeo, common, env, logger)
    );
    if (reused) return { ...reused, read: read2 };
  }
  compression === "gzip" && !supports(skopeo, "gzipArchive") && (logger.info(`skopeo ${skopeo.version} cannot read gzip archives (fixed in 1.10): unpacking to a temporary tar`), [archive, compression] = [await unpackArchive(archive, "gzip", tempDir, env), "none"]);
  let args = copyArgs({
    ...common,
    source: `docker-archive:${archive}`,
    features: { precomputeDigests: context.layersMayExist && supports(skopeo, "precomputeDigests"), retryTimes }
  }), skopeoUnpacksIn = compression === "gzip" ? tempDir : void 0, [copied, read] = await alongside(
    archive,
    context,
    () => runCopy(skopeo.path, args, digestFile, copyContext),
    skopeoUnpacksIn
  );
  return { ...copied, read, skopeo };
}
async function unpackZstd(archive, tempDir, env, logger) {
  logger.info("Unpacking the zstd archive to a temporary tar (the zstd program is faster at it than skopeo)");
  try {
    return await unpackArchive(archive, "zstd", tempDir, env);
  } catch (error) {
    if (!(error instanceof NoZstdError)) throw error;
    logger.info(`no zstd program on PATH: skopeo reads ${archive} itself`);
    return;
  }
}
async function reuseSourceFor(context, archive, compression, env) {
  let { logger, registryLayers } = context;
  if (!registryLayers || registryLayers.pairs.size === 0) return;
  let [{ reuseSource }, { LayerProofError, LostLayerError }] = await Promise.all([
    import("./chunk-CRLZSECF.js"),
    import("./chunk-SQHIFMON.js")
  ]);
  return reuseSource(archive, compression, context.tempDir, registryLayers, env).catch((error) => {
    error instanceof LayerProofError ? logger.warn(`Not reusing the registry's layers (pushing every layer): ${error.message}`) : error instanceof LostLayerError ? logger.warn(`${error.message}; pushing every layer`) : logger.info(`Not reusing the registry's layers: ${error.message}`);
  });
}
async function pushReusingLayers(source, skopeo, common, env, logger) {
  let { uploaded, skipped } = source.layers;
  logger.info(
    `${skipped} layer${skipped === 1 ? "" : "s"} already in the registry (not read, not compressed); uploading ${uploaded}`
  );
  let args = copyArgs({
    ...common,
    source: `dir:${source.dir}`,
    features: { precomputeDigests: !1, retryTimes: supports(skopeo, "retryTimes") }
  });
  try {
    let { digest } = await runCopy(skopeo.path, args, common.digestFile, {
      env,
      logger,
      destination: common.destination
    });
    return { digest, layers: source.layers, skopeo };
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(source.dir)) throw error;
    logger.warn(`the registry no longer holds a layer it listed (${error.message}); pushing every layer`);
    return;
  }
}
async function resolveSkopeo(installable, context, env) {
  let version = await skopeoVersion("skopeo", env);
  if (version && isRecentEnough({ version })) return { path: "skopeo", version, source: "system" };
  let why = version ? `skopeo ${version} on PATH is older than 1.6 (no --dest-precompute-digests)` : "no skopeo on PATH";
  context.logger.info(`${why}: building skopeo with Nix, from the run's nixpkgs (a second evaluation, of skopeo alone)`);
  let path = join6(await buildSkopeo(installable, context), "bin", "skopeo"), built = await skopeoVersion(path, env);
  if (!built) throw new NixImageError(`the skopeo built with Nix (${path}) does not run`);
  return { path, version: built, source: "nix" };
}

// src/core/run/push-one.ts
function prefetch(run2) {
  let pushing = imagesTo(run2, "push"), images = /* @__PURE__ */ new Map();
  for (let image of pushing) {
    let layersMayExist = image.registry.hasAnyTag(), registryLayers = image.image.evaluated.kind === "nix2container" ? Promise.resolve(void 0) : import("./chunk-VET5LH65.js").then(
      ({ readLayerPairs }) => readLayerPairs(image.registry, image.extraTags, image.logger)
    );
    layersMayExist.catch(() => {
    }), registryLayers.catch(() => {
    }), images.set(image, { layersMayExist, registryLayers });
  }
  let skopeo = pushing.some(({ image }) => image.evaluated.kind !== "nix2container") ? resolveSkopeo(run2.nix.installable, run2.nix.context, toolEnvOf(run2.options)) : void 0;
  return skopeo?.catch(() => {
  }), { images, skopeo };
}
async function pushOne(run2, image, asked, place) {
  let { options } = run2, { evaluated } = image.image, { existing } = image.decision, built = image.built ?? { outPath: evaluated.outPath }, sbomWanted = run2.sbom.wanted, tempDir = await mkdtemp2(join7(place.tempDir, "image-")), removed;
  try {
    let layersMayExist = await asked.layersMayExist, registryLayers = await asked.registryLayers, uploads = sbomWanted && !existing ? beginArtifactUploads(image.registry) : void 0, push = await image.step(
      "push",
      `Push ${image.ref}`,
      () => pushBuilt({
        options: { ...options, image: image.name },
        installable: run2.nix.installable,
        evaluated,
        outPath: built.outPath,
        copyTo: built.copyTo,
        ref: image.ref,
        tempDir,
        authFile: place.authFile,
        nixContext: { ...run2.nix.context, logger: image.logger },
        logger: image.logger,
        layersMayExist,
        registryLayers,
        reader: sbomWanted ? storePathsReader(evaluated, options) : void 0,
        skopeo: evaluated.kind === "nix2container" ? void 0 : place.skopeo
      })
    );
    removed = rm2(tempDir, { recursive: !0, force: !0 });
    let storePaths = () => unwrap(push.read), early = uploads && stageSbom({ registry: image.registry, own: image.name, tag: evaluated.tag, storePaths }, uploads, push.digest), [pushed, counted2] = await Promise.all([
      confirmPush(image.registry, evaluated.tag, image.ref, push.digest, image.logger),
      push.layers || layersMayExist ? void 0 : countUploaded(image.registry, push.digest)
    ]), sbom = sbomWanted ? await image.step(
      "sbom",
      "SBOM",
      () => sbomAndChanges({ ...sbomArgs(run2, image, pushed, !!existing, storePaths), early })
    ) : {};
    return await tagStep(image, pushed.digest), run2.plan.single || image.logger.info(`pushed ${image.ref}: ${pushed.digest}`), {
      outcome: "pushed",
      manifest: pushed,
      existed: !!existing,
      layers: push.layers ?? counted2,
      skopeo: push.skopeo,
      cache: image.cache,
      ...sbom
    };
  } finally {
    await (removed ?? rm2(tempDir, { recursive: !0, force: !0 }));
  }
}
async function tagStep(image, digest) {
  image.extraTags.length !== 0 && await image.step("tag", `Tag ${image.extraTags.join(", ")}`, async () => {
    for (let tag of image.extraTags) await image.registry.addTag(digest, tag);
  });
}
function sbomArgs(run2, image, subject, mayHaveSbom, storePaths) {
  return {
    registry: image.registry,
    own: image.name,
    openRegistry: registryOpener(run2.options, image.name, image.logger),
    subject,
    mayHaveSbom,
    ref: image.ref,
    tag: image.image.evaluated.tag,
    storePaths,
    file: sbomFileOf(run2, image),
    compareTo: run2.sbom.compareTo?.(image.name),
    logger: image.logger
  };
}

// src/core/run/present.ts
async function sbomOfPresent(run2, jobs) {
  let fields = /* @__PURE__ */ new Map(), present = imagesTo(run2, "present");
  return !run2.sbom.wanted || present.length === 0 || await mapLimit(present, jobs, async (image) => {
    let subject = image.decision.manifest, listed = await listReferrers(image.registry, subject.digest, CYCLONEDX_MEDIA_TYPE).then(
      ([descriptor]) => descriptor ?? null,
      () => {
      }
    ), { outPath } = image.image.evaluated, args = { ...sbomArgs(run2, image, subject, !0, async () => {
      if (run2.recorded)
        throw new NixImageError(
          "the source record answered this run without Nix: a run that evaluates (source-record: false) attaches the SBOM the image lacks"
        );
      if (!await storeHolds([outPath], run2.nix.context))
        throw new NixImageError(
          `the registry holds it without one, and a skip builds nothing (the Nix store does not hold ${outPath}): build it with Nix and run again, or run with skip-existing off, to attach one`
        );
      return readBuiltStorePaths(outPath, image.image.evaluated, run2.options, image.logger);
    }), listed };
    fields.set(image.ref, await image.step("sbom", "SBOM", () => sbomAndChanges(args)));
  }), fields;
}

// src/core/run/push-index.ts
async function pushIndex(run2, index) {
  let { options, logger } = run2, registry = clientFor(run2, index.repositorySuffix), image = `${options.image.name}${index.repositorySuffix}`, ref = `${image}:${index.tag}`, found = run2.indexes.get(index);
  if (found instanceof Error) throw found;
  let members = run2.images.filter((entry2) => index.members.includes(entry2.image)), entry = (digest, platforms2, fields) => ({
    name: index.name,
    image,
    tag: index.tag,
    ref,
    digest,
    digestRef: digest ? `${image}@${digest}` : "",
    outPath: "",
    kind: "index",
    tagSource: index.tagSource,
    dryRun: options.dryRun,
    extraTags: run2.extraTags,
    timings: run2.timings,
    platforms: platforms2,
    ...fields
  }), moveTags = async (digest) => {
    for (let tag of run2.extraTags) await registry.addTag(digest, tag);
  };
  if (found && (options.skipExisting || options.noBuild)) {
    options.dryRun || await moveTags(found.digest);
    let reason2 = options.dryRun ? `dry run: the index ${ref} is already in the registry` : `the index ${ref} is already in the registry: nothing built, nothing pushed`;
    return entry(found.digest, await indexPlatforms(registry, found.digest), { pushed: !1, skipped: !0, reason: reason2 });
  }
  let failed = members.find((member) => member.failure !== void 0);
  if (failed) {
    logger.info(`the index ${ref} is not pushed: its member ${failed.image.name} failed`);
    return;
  }
  if (options.dryRun) {
    let reason2 = `dry run: the index ${ref} is not in the registry, a run would push it after its members`;
    return entry("", void 0, { pushed: !1, skipped: !1, reason: reason2 });
  }
  let waiting = members.filter((member) => !member.entry?.digest);
  if (waiting.length > 0) {
    let names2 = waiting.map((member) => member.image.member).join(", "), reason2 = `the index ${ref} waits for ${names2}: once the jobs building them have pushed, a run with no-build pushes it`;
    return entry("", void 0, { pushed: !1, skipped: !1, reason: reason2 });
  }
  let started = performance.now(), { body, platforms } = await buildIndex(
    registry,
    members.map((member) => ({
      system: member.image.member ?? "",
      tag: member.image.evaluated.tag,
      digest: member.entry?.digest ?? ""
    }))
  ), pushed = await registry.putManifest(index.tag, OCI_INDEX, body);
  await moveTags(pushed.digest);
  let names = platforms.map((platform) => platform.platform).join(", ");
  logger.info(
    `pushed the index ${ref} (${names}): ${pushed.digest} in ${formatMs(Math.round(performance.now() - started))}`
  );
  let reason = `the index ${ref} was not in the registry: pushed, naming ${platforms.length} platform(s)`;
  return entry(pushed.digest, platforms, { pushed: !0, skipped: !1, reason });
}

// src/core/run/result.ts
function entryOf(run2, image, outcome) {
  let { evaluated } = image.image, { ref } = image, digest = digestOf(outcome), { outcome: _kind, ...details } = outcome, extra = "manifest" in details ? withoutManifest(details) : {};
  return {
    name: image.image.name,
    image: image.name.name,
    tag: evaluated.tag,
    ref,
    digest,
    digestRef: digest ? `${image.name.name}@${digest}` : "",
    outPath: evaluated.outPath,
    kind: evaluated.kind,
    tagSource: evaluated.tagSource,
    dryRun: run2.options.dryRun,
    extraTags: image.extraTags,
    timings: { ...run2.timings, ...image.timings },
    ...extra,
    pushed: outcome.outcome === "pushed",
    skipped: outcome.outcome === "present" || outcome.outcome === "dry-run" && outcome.would.action === "present",
    reason: reasonOf(run2, ref, outcome, image)
  };
}
function digestOf(outcome) {
  switch (outcome.outcome) {
    case "pushed":
    case "present":
      return outcome.manifest.digest;
    case "dry-run":
      return outcome.found?.digest ?? "";
    case "elsewhere":
      return "";
  }
}
function withoutManifest(details) {
  let { manifest: _manifest, existed: _existed, ...rest } = details;
  return rest;
}
function reasonOf(run2, ref, outcome, image) {
  switch (outcome.outcome) {
    case "pushed":
      return outcome.existed ? `${ref} was already in the registry and was pushed again (skip-existing is off)` : `${ref} was not in the registry: built and pushed`;
    case "present":
      return `${ref} is already in the registry${run2.recorded ? " (its source record answered, without Nix)" : ""}: nothing built, nothing pushed`;
    case "dry-run":
      switch (outcome.would.action) {
        case "present":
          return `dry run: ${ref} is already in the registry, a run would build and push nothing`;
        case "push":
          return outcome.would.existing ? `dry run: ${ref} is already in the registry, a run would build and push it again (skip-existing is off)` : `dry run: ${ref} is not in the registry, a run would build and push it`;
        case "refused":
          return `dry run: ${outcome.would.reason}`;
      }
      break;
    case "elsewhere":
      return `${ref} is not in the registry and is for ${image.image.system}, which this Nix does not build: the job on such a runner pushes it`;
  }
}

// src/core/run/push.ts
var DEFAULT_JOBS = Math.max(2, Math.min(availableParallelism(), 8));
async function pushImages(options, logger) {
  let own = registryClient(options, options.image, logger), asked = options.sourceRecord !== !1 && options.sourceRecord?.checked === !0, source = await sourceEligibility(options, logger, asked), recorded = asked ? void 0 : await findRecorded(own, source, logger);
  if (recorded) return { single: await pushRecorded(options, logger, own, recorded) };
  let nix = await prepareNix(options, logger), connected = own.connect();
  connected.catch(() => {
  });
  let timings = {}, evaluation = await stepRunner(timings, logger)(
    "evaluate",
    `Evaluate ${describeInstallable(nix.installable)}`,
    () => evaluateInstallable(nix, options.tag)
  ), plan = runPlan(evaluation);
  if (!plan.single && options.manifestFile)
    throw new NixImageError("manifest-file names one image: leave it out when pushing a set of images");
  !plan.single && options.binaryCache && logger.warn("binary-cache and cache apply to a single image; this set of images is built without them");
  let runOptions = plan.single ? options : { ...options, binaryCache: void 0 }, binaryCache = runOptions.binaryCache ? await import("./chunk-IOFGG27L.js") : void 0;
  runOptions.binaryCache && binaryCache?.checkCacheOptions(runOptions.binaryCache);
  let run2 = createRun(plan, runOptions, nix, own, logger, timings);
  !plan.single && run2.sbom.wanted && options.sbomFile && checkSbomFiles(plan.images.concat(plan.indexes.flatMap((index) => index.members)), options.sbomFile);
  let held = heldAlready(run2);
  await checkAll(run2, connected);
  let results = await execute(run2, { held, binaryCache });
  if (!plan.single) return { set: results };
  let single = await singleResult(run2), [image] = run2.images;
  return image && await recordSource(
    own,
    source,
    options,
    { evaluated: image.image.evaluated, manifest: image.manifest },
    single,
    logger
  ), { single };
}
async function pushFromRecord(options, logger) {
  let registry = registryClient(options, options.image, logger), recorded = await findRecorded(registry, await sourceEligibility(options, logger), logger);
  return recorded ? pushRecorded(options, logger, registry, recorded) : void 0;
}
async function pushRecorded(options, logger, registry, found) {
  let { installable } = options, nix = {
    context: { env: nixEnvOf(options), logger, nixPath: [], version: Promise.resolve("") },
    // Only named in messages: nothing here evaluates or builds it.
    installable: installable.type === "packages" ? { type: "file", file: describeInstallable(installable), attr: "" } : installable
  }, plan = runPlan({ type: "image", evaluated: { ...found.image } }), run2 = createRun(plan, options, nix, registry, logger, { evaluate: 0 });
  run2.recorded = !0;
  for (let image of run2.images)
    logger.info(`${image.ref} exists: ${found.manifest.digest}`), image.decision = decide(found.manifest, options, () => `${image.ref} is not in the registry`);
  return await execute(run2, { held: Promise.resolve(!1) }), singleResult(run2);
}
async function singleResult(run2) {
  let { options } = run2, [image] = run2.images;
  if (!image || image.failure !== void 0 || !image.entry)
    throw image?.failure ?? new Error("the image has no result");
  let { name: _name, platforms: _platforms, kind, ...single } = image.entry;
  return options.manifestFile && image.manifest && await writeManifestFile(options.manifestFile, image.manifest, image.image.evaluated.tag), { ...single, kind: kind === "index" ? image.image.evaluated.kind : kind };
}
function heldAlready(run2) {
  let [image] = run2.images, { options } = run2;
  if (!run2.plan.single || !image || options.dryRun || options.binaryCache || image.image.evaluated.kind === "nix2container")
    return Promise.resolve(!1);
  let held = storeHolds([image.image.evaluated.outPath], run2.nix.context);
  return held.catch(() => {
  }), held;
}
async function execute(run2, inputs) {
  let { options } = run2, jobs = options.jobs ?? DEFAULT_JOBS;
  await leaveOtherSystems(run2);
  let parent = resolve2(options.tempDir ?? tmpdir2()), tempDir = await mkdtemp3(join8(parent, "nix-image-")).catch((error) => {
    throw fileError("write", "a temporary folder in", parent, error);
  });
  try {
    let asked = prefetch(run2);
    await buildStep(run2, { ...inputs, tempDir }), await pushAll(run2, asked, tempDir, jobs);
    let presentSboms = await sbomOfPresent(run2, jobs);
    for (let image of run2.images) await settle2(run2, image, presentSboms.get(image.ref) ?? {});
    let failed = [];
    for (let image of run2.images)
      image.failure !== void 0 && failed.push({ name: image.image.name, reason: messageOf(image.failure) });
    let indexEntries = /* @__PURE__ */ new Map();
    for (let index of run2.plan.indexes)
      try {
        let entry = await pushIndex(run2, index);
        entry && indexEntries.set(index, entry);
      } catch (error) {
        failed.push({ name: index.name || "index", reason: messageOf(error) });
      }
    let entryOfImage = (planned) => run2.images.find((image) => image.image === planned)?.entry, ordered = [], add = (entry) => entry && ordered.push(entry);
    for (let image of run2.plan.images) add(entryOfImage(image));
    for (let index of run2.plan.indexes) {
      for (let member of index.members) add(entryOfImage(member));
      add(indexEntries.get(index));
    }
    return { images: ordered, failed };
  } finally {
    await rm3(tempDir, { recursive: !0, force: !0 });
  }
}
async function pushAll(run2, asked, tempDir, jobs) {
  let pushing = imagesTo(run2, "push");
  if (pushing.length === 0) return;
  let { options } = run2, authFile = options.credentials ? await writeAuthFile(tempDir, options.image, options.credentials) : options.authFile, started = performance.now();
  await mapLimit(pushing, jobs, async (image) => {
    let prefetched = asked.images.get(image);
    if (prefetched)
      try {
        let outcome = await pushOne(run2, image, prefetched, { tempDir, authFile, skopeo: asked.skopeo });
        image.manifest = outcome.manifest, image.entry = entryOf(run2, image, outcome);
      } catch (error) {
        image.failure = error;
      }
  }), run2.plan.single || run2.logger.info(`push: ${formatMs(Math.round(performance.now() - started))}`);
}
async function settle2(run2, image, sbom) {
  if (image.failure !== void 0 || image.entry || !image.decision) return;
  let { decision } = image;
  try {
    switch (decision.action) {
      case "push":
        return;
      // it failed before its push, or was pushed
      case "present":
        await tagStep(image, decision.manifest.digest), image.manifest = decision.manifest, image.entry = entryOf(run2, image, { outcome: "present", manifest: decision.manifest, ...sbom });
        return;
      case "dry-run":
        image.entry = entryOf(run2, image, { outcome: "dry-run", found: decision.found, would: decision.would });
        return;
      case "elsewhere":
        image.entry = entryOf(run2, image, { outcome: "elsewhere" });
        return;
    }
  } catch (error) {
    image.failure = error;
  }
}
function messageOf(error) {
  return error instanceof NixImageError ? error.message : `internal error: ${error?.message ?? String(error)}`;
}

export {
  failureMessage,
  formatMs,
  pushImages,
  pushFromRecord
};
