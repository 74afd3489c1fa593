import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  indexTag
} from "./chunk-GTDYLEYP.js";
import {
  describeInstallable,
  describeSource,
  evaluatePrepared,
  nixVersion,
  nixpkgsSource,
  validateNixPath,
  writePackageExpression
} from "./chunk-EMX5KXMO.js";
import {
  validateTag
} from "./chunk-I3OH45FY.js";
import {
  isNixHash,
  isStorePath,
  storePathHash
} from "./chunk-CEKIY2MZ.js";
import {
  signalChildren
} from "./chunk-6OAMBA3J.js";
import {
  fileError
} from "./chunk-VOSNRITM.js";
import {
  NixImageError
} from "./chunk-FDZB3QCX.js";

// src/core/report/result.ts
function resultRecord(result) {
  let {
    image,
    tag,
    ref,
    digest,
    digestRef,
    outPath,
    kind,
    pushed,
    skipped,
    extraTags,
    tagSource,
    dryRun,
    reason,
    layers,
    cache,
    timings,
    sbom,
    changes,
    changesNote
  } = result;
  return {
    image,
    tag,
    ref,
    digest,
    digestRef,
    outPath,
    kind,
    pushed,
    skipped,
    extraTags,
    tagSource,
    dryRun,
    reason,
    layers,
    cache,
    timings,
    sbom,
    changes,
    changesNote
  };
}
function resultOutputs(result) {
  return {
    image: result.image,
    tag: result.tag,
    ref: result.ref,
    digest: result.digest,
    "digest-ref": result.digestRef,
    "out-path": result.outPath,
    kind: result.kind,
    pushed: String(result.pushed),
    skipped: String(result.skipped)
  };
}
var OUTPUT_NAMES = [
  "image",
  "tag",
  "ref",
  "digest",
  "digest-ref",
  "out-path",
  "kind",
  "pushed",
  "skipped"
];
function tagExplanation(image) {
  switch (image.tagSource) {
    case "option":
      return "given explicitly";
    case "imageTag":
      return "the image's own imageTag (a Nix hash)";
    case "members":
      return "derived from its members' tags, so it changes when any of them does";
    case "outPath":
      return image.imageTag ? `the out path's hash, because the expression fixes imageTag to '${image.imageTag}'` : "the out path's hash (the image has no imageTag)";
  }
}
function setEntryRecord(entry) {
  let { name, platforms } = entry;
  return {
    name,
    ...resultRecord({ ...entry, kind: "docker-archive" }),
    kind: entry.kind,
    ...platforms ? { platforms } : {}
  };
}
function setResultRecord(result) {
  return { images: result.images.map(setEntryRecord), ...result.failed.length ? { failed: result.failed } : {} };
}

// src/core/base/temp.ts
import { mkdtempSync, rmSync } from "node:fs";
import { constants } from "node:os";
import { join, resolve } from "node:path";
function privateTempDir(parent) {
  let dir;
  try {
    dir = mkdtempSync(join(resolve(parent), "nix-image-run-"));
  } catch (error) {
    throw fileError("write", "a temporary folder in", parent, error);
  }
  let remove = () => rmSync(dir, { recursive: !0, force: !0 });
  process.once("exit", remove);
  for (let signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"])
    process.once(signal, () => {
      signalChildren(signal), remove(), process.exit(128 + constants.signals[signal]);
    });
  return dir;
}

// src/core/plan/image.ts
var ARCHIVE_NAME = /\.(tar|tar\.gz|tgz|tar\.zst|tar\.zstd|tar\.xz)$/;
function detectKind(info) {
  if (info.hasCopyTo) return "nix2container";
  if (info.drvName && ARCHIVE_NAME.test(info.drvName)) return "docker-archive";
  if (info.isExe === !0 || info.drvName?.startsWith("stream-")) return "stream";
}
function describeImage(info, what, explicitTag) {
  if (!info.isDerivation || !info.outPath || !info.drvName || !info.drvPath)
    throw new NixImageError(`${what} is not a derivation: point it at an image built with dockerTools or nix2container`);
  if (!isStorePath(info.outPath))
    throw new NixImageError(
      `${what} has an out path that is not a Nix store path: point it at an image built with dockerTools or nix2container`
    );
  let kind = detectKind(info);
  if (!kind)
    throw new NixImageError(
      `${what} (${info.drvName}) is not a container image: expected dockerTools.buildImage, buildLayeredImage, streamLayeredImage or nix2container.buildImage`
    );
  if (kind === "nix2container" && !info.copyToDrvPath)
    throw new NixImageError(`${what}: its copyTo is not a derivation: point it at a nix2container image`);
  let base = {
    outPath: info.outPath,
    drvPath: info.drvPath,
    ...kind === "nix2container" && info.copyToDrvPath ? { copyToDrvPath: info.copyToDrvPath } : {},
    drvName: info.drvName,
    imageName: info.imageName ?? void 0,
    imageTag: info.imageTag ?? void 0,
    kind,
    ...info.packages?.length ? { packages: info.packages } : {}
  };
  return explicitTag ? { ...base, tag: validateTag(explicitTag), tagSource: "option" } : info.imageTag && isNixHash(info.imageTag) ? { ...base, tag: info.imageTag, tagSource: "imageTag" } : { ...base, tag: storePathHash(info.outPath), tagSource: "outPath" };
}

// src/core/plan/plan.ts
var SYSTEM = /^[a-z][a-z0-9_]*-(linux|darwin|freebsd|netbsd|openbsd|windows|cygwin|none|wasi|redox|genode)$/, isNixSystem = (name) => SYSTEM.test(name);
function runPlan(evaluation) {
  return evaluation.type === "set" ? { ...evaluation.plan, single: !1 } : { images: [{
    name: "",
    path: [],
    repositorySuffix: "",
    evaluated: evaluation.evaluated,
    system: null,
    copyToPath: null
  }], indexes: [], single: !0 };
}
function planEvaluation(info, what, explicitTag) {
  if (info.isDerivation || !info.members) return { type: "image", evaluated: describeImage(info, what, explicitTag) };
  let names = Object.keys(info.members);
  if (names.length === 0)
    throw new NixImageError(
      `${what} is an attribute set without images: point it at an image, a set of images or a set of images per Nix system`
    );
  if (names.every(isNixSystem))
    return { type: "set", plan: { images: [], indexes: [platformSet(info.members, [], what, explicitTag)] } };
  let plan = { images: [], indexes: [] };
  for (let name of names.sort()) {
    let member = info.members[name];
    if (!member.isDerivation && member.members && Object.keys(member.members).length > 0 && Object.keys(member.members).every(isNixSystem))
      plan.indexes.push(platformSet(member.members, [name], what, explicitTag));
    else if (member.isDerivation)
      plan.images.push(plannedImage(member, [name], `/${name.toLowerCase()}`, what, explicitTag));
    else
      throw new NixImageError(
        `${what}: attribute ${name} is neither an image nor a set of images per Nix system (x86_64-linux, aarch64-linux\u2026)`
      );
  }
  return { type: "set", plan };
}
function plannedImage(info, path, repositorySuffix, what, explicitTag, member) {
  let name = path.join("."), evaluated = describeImage(info, `${what} attribute ${name}`, explicitTag);
  if (evaluated.kind === "nix2container" && !(info.copyToPath && isStorePath(info.copyToPath)))
    throw new NixImageError(
      `${what} attribute ${name}: its copyTo is not a derivation with a Nix store path: point it at a nix2container image`
    );
  return {
    name,
    path,
    repositorySuffix,
    evaluated,
    system: info.system,
    copyToPath: info.copyToPath,
    member
  };
}
function platformSet(members, path, what, explicitTag) {
  let repositorySuffix = path.length ? `/${path.join("/").toLowerCase()}` : "", images = Object.keys(members).sort().map((system) => plannedImage(members[system], [...path, system], repositorySuffix, what, void 0, system)), tag = explicitTag ? validateTag(explicitTag) : indexTag(images.map((image) => ({ system: image.member, tag: image.evaluated.tag })));
  return { name: path.join("."), repositorySuffix, tag, tagSource: explicitTag ? "option" : "members", members: images };
}
async function evaluateInstallable(prepared, tag) {
  let { context, installable } = prepared, what = describeInstallable(installable), evaluation = planEvaluation(await evaluatePrepared(prepared), what, tag);
  if (evaluation.type === "image")
    return context.logger.info(
      `Tag ${evaluation.evaluated.tag}: ${tagExplanation(evaluation.evaluated)} \u2014 kind ${evaluation.evaluated.kind}`
    ), evaluation;
  for (let image of allImages(evaluation.plan))
    context.logger.info(
      `${image.name}: tag ${image.evaluated.tag} (${tagExplanation(image.evaluated)}), kind ${image.evaluated.kind}`
    );
  for (let index of evaluation.plan.indexes)
    context.logger.info(`${index.name || "index"}: index tag ${index.tag} (${tagExplanation(index)})`);
  return evaluation;
}
var allImages = (plan) => [
  ...plan.images,
  ...plan.indexes.flatMap((index) => index.members)
];

// src/core/base/children.ts
function nixEnvOf(options) {
  return options.nixEnv ?? options.env ?? process.env;
}
function toolEnvOf(options) {
  return options.env ?? process.env;
}

// src/core/nix/prepare.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
async function prepareNix(options, logger) {
  let nixPath = nixPathFor(options.installable, options.nixPath, logger), { installable: given } = options, source = given.type === "packages" ? nixpkgsSource(given.list, nixPath) : void 0, env = nixEnvOf(options), version = nixVersion(env);
  version.catch(() => {
  });
  let context = { env, logger, nixPath, version };
  return given.type !== "packages" ? { context, installable: given } : {
    context,
    installable: await writePackageFile(
      given.list,
      source ?? nixpkgsSource(given.list, nixPath),
      options.tempDir ?? tmpdir(),
      logger
    )
  };
}
async function writePackageFile(list, source, dir, logger) {
  source.type === "unpinned" && logger.warn(
    "nixpkgs is not pinned (allow-unpinned): the image, and its tag, change whenever NIX_PATH or the channel does"
  );
  let installable = await writePackageExpression(list, source, dir);
  return logger.info(`${describeInstallable(installable)} (nixpkgs: ${describeSource(source)}) as ${installable.file}`), logger.debug(readFileSync(installable.file, "utf8")), installable;
}
function nixPathFor(installable, nixPath, logger) {
  if (nixPath.length === 0) return [];
  if (installable.type === "flake")
    return logger.warn(`nix-path ${nixPath.join(" ")} is ignored for the flake ${installable.ref}: its flake.lock is the pin`), [];
  let checked = validateNixPath(nixPath);
  return logger.info(`Nix path: ${checked.join(" ")}`), checked;
}

export {
  resultRecord,
  resultOutputs,
  OUTPUT_NAMES,
  tagExplanation,
  setResultRecord,
  runPlan,
  evaluateInstallable,
  allImages,
  nixEnvOf,
  toolEnvOf,
  prepareNix,
  privateTempDir
};
