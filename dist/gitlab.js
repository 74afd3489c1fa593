#!/usr/bin/env node
import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  oneLineValues
} from "./chunk-2JXNLVRF.js";
import {
  failureMessage,
  formatMs,
  pushImages
} from "./chunk-3XRXHUCG.js";
import "./chunk-VTAP7Z6Y.js";
import "./chunk-APOJY5CV.js";
import {
  privateTempDir
} from "./chunk-KV6XPXRA.js";
import {
  byteLength,
  changesMarkdown,
  fitText,
  hasChanges
} from "./chunk-WBQXNXFF.js";
import {
  booleanInput,
  childEnvironments,
  credentialsFromEnv,
  findAuthFile,
  imageNameFor,
  installableFromInputs,
  listInput,
  parseJobs,
  singleLineSecret
} from "./chunk-GTDYLEYP.js";
import {
  SECRET_KEY_VARIABLE
} from "./chunk-WRHLYAW5.js";
import "./chunk-EMX5KXMO.js";
import "./chunk-CQ3L7TZC.js";
import "./chunk-I3OH45FY.js";
import "./chunk-2T2RK7HW.js";
import "./chunk-JUTPUXFH.js";
import "./chunk-CEKIY2MZ.js";
import "./chunk-XDT2UUH5.js";
import "./chunk-UN3NZ6PW.js";
import "./chunk-VBRHQM7V.js";
import "./chunk-6OAMBA3J.js";
import {
  counted,
  writeFileWithin
} from "./chunk-VOSNRITM.js";
import {
  NixImageError,
  forLog,
  markdownCode,
  markdownText
} from "./chunk-FDZB3QCX.js";
import "./chunk-SDIERYGD.js";

// src/gitlab/main.ts
import { tmpdir } from "node:os";

// src/gitlab/api.ts
function pipelineContext(env) {
  let missing = ["CI_API_V4_URL", "CI_PROJECT_ID", "CI_COMMIT_SHA"].filter((name) => !env[name]);
  if (missing.length)
    throw new NixImageError(
      `api_token is set but ${missing.join(", ")} is not: the GitLab API notes need a GitLab pipeline`
    );
  return {
    apiUrl: env.CI_API_V4_URL,
    projectId: env.CI_PROJECT_ID,
    commitSha: env.CI_COMMIT_SHA,
    ref: env.CI_COMMIT_REF_NAME,
    pipelineUrl: env.CI_PIPELINE_URL,
    mergeRequestIid: env.CI_MERGE_REQUEST_IID
  };
}
async function annotatePipeline(result, context, options, logger) {
  let description = `${result.skipped ? "in the registry" : result.dryRun ? "dry run" : "pushed"}: ${result.ref}`;
  await annotate(
    { image: result.image, state: "success", description, note: () => mergeRequestNote(result) },
    context,
    options,
    logger
  );
}
async function annotateSetPipeline(result, image, context, options, logger) {
  let pushed = result.images.filter((entry) => entry.pushed).length, present = result.images.filter((entry) => entry.skipped).length, failed = result.failed.length ? `, ${result.failed.length} failed` : "", description = `${pushed} pushed, ${present} in the registry${failed}: ${image}`, state = result.failed.length ? "failed" : "success";
  await annotate(
    { image, state, description, note: () => setMergeRequestNote(result, image) },
    context,
    options,
    logger
  );
}
async function annotate(what, context, options, logger) {
  let { Gitlab } = await import("./chunk-6KQKMB3C.js"), api = new Gitlab({ host: context.apiUrl.replace(/\/api\/v4\/?$/, ""), token: options.token });
  await call(
    "set the commit status",
    () => api.Commits.editStatus(context.projectId, context.commitSha, what.state, {
      name: `nix-image: ${what.image}`,
      ref: context.ref,
      targetUrl: context.pipelineUrl,
      description: what.description.slice(0, 255)
    })
  ), logger.info(`Commit status set on ${context.commitSha.slice(0, 8)}: ${what.description}`), options.mergeRequestNote && context.mergeRequestIid && (await call(
    "comment on the merge request",
    () => api.MergeRequestNotes.create(context.projectId, Number(context.mergeRequestIid), what.note())
  ), logger.info(`Noted ${what.image} on merge request !${context.mergeRequestIid}`));
}
function mergeRequestNote(result) {
  let what = result.skipped ? "was already in the registry" : result.dryRun ? "was checked (dry run)" : "was built and pushed", lines2 = [
    `**nix-image**: ${markdownCode(result.ref)} ${what}.`,
    "",
    `- digest ref: ${markdownCode(result.digestRef || "none yet")}`,
    `- tag: ${markdownCode(result.tag)} (${result.tagSource === "option" ? "given" : "the Nix hash"}), kind ${markdownCode(result.kind)}`,
    ...result.sbom ? [`- SBOM: CycloneDX, ${markdownCode(result.sbom.artifact)}`] : [],
    ...result.changesNote && !result.changes ? ["", markdownText(result.changesNote)] : []
  ];
  return result.changes && lines2.push("", changesMarkdown(result.changes, room(lines2)).trimEnd()), fitText(lines2.join(`
`), MAX_NOTE_BYTES);
}
var MAX_NOTE_BYTES = 1e6, room = (lines2) => MAX_NOTE_BYTES - byteLength(lines2.join(`
`)) - 64;
function setMergeRequestNote(result, image) {
  let state = (entry) => entry.dryRun ? "checked (dry run)" : entry.pushed ? "built and pushed" : entry.skipped ? "already in the registry" : "not pushed by this job", lines2 = [`**nix-image**: ${counted(result.images.length, "image")} under ${markdownCode(image)}.`, ""];
  for (let entry of result.images)
    lines2.push(`- ${markdownCode(entry.name || ".")} ${state(entry)}: ${markdownCode(entry.digestRef || entry.ref)}`);
  for (let failure of result.failed)
    lines2.push(`- ${markdownCode(failure.name || ".")} failed: ${markdownText(failure.reason)}`);
  for (let entry of result.images)
    entry.changes && hasChanges(entry.changes) && (lines2.push("", `#### ${markdownCode(entry.name || ".")}`, ""), lines2.push(changesMarkdown(entry.changes, room(lines2)).trimEnd()));
  return fitText(lines2.join(`
`), MAX_NOTE_BYTES);
}
async function call(what, request) {
  try {
    await request();
  } catch (error) {
    let status = error.cause?.response?.status;
    throw status === 401 || status === 403 ? new NixImageError(
      `the GitLab API refused to ${what} (HTTP ${status}): api_token needs the 'api' scope and Developer access to the project`
    ) : new NixImageError(`could not ${what} through the GitLab API: ${error.message}`);
  }
}

// src/gitlab/dotenv.ts
var DEFAULT_DOTENV_PREFIX = "NIX_IMAGE";
function validateDotenvPrefix(value) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
    throw new NixImageError(
      `input dotenv_prefix is '${value}': use letters, digits and '_', not starting with a digit (e.g. API_IMAGE)`
    );
  return value;
}
function dotenvReport(result, prefix, warn) {
  return lines(warn, {
    [prefix]: result.image,
    [`${prefix}_TAG`]: result.tag,
    [`${prefix}_REF`]: result.ref,
    [`${prefix}_DIGEST`]: result.digest,
    [`${prefix}_DIGEST_REF`]: result.digestRef,
    [`${prefix}_PUSHED`]: String(result.pushed),
    [`${prefix}_SBOM_FILE`]: result.sbom?.file ?? "",
    [`${prefix}_SBOM_DIGEST`]: result.sbom?.artifact ?? ""
  });
}
function setDotenvReport(result, prefix, warn) {
  let values = {}, owners = /* @__PURE__ */ new Map();
  for (let entry of result.images) {
    let key = entry.name ? `${prefix}_${entry.name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}` : prefix, other = owners.get(key);
    if (other !== void 0)
      throw new NixImageError(
        `the images ${other} and ${entry.name} would share the dotenv names ${key}_*: rename one attribute`
      );
    owners.set(key, entry.name), Object.assign(values, {
      [`${key}_REF`]: entry.ref,
      [`${key}_DIGEST`]: entry.digest,
      [`${key}_DIGEST_REF`]: entry.digestRef,
      [`${key}_TAG`]: entry.tag,
      [`${key}_PUSHED`]: String(entry.pushed),
      [`${key}_SBOM_FILE`]: entry.sbom?.file ?? "",
      [`${key}_SBOM_DIGEST`]: entry.sbom?.artifact ?? ""
    });
  }
  return lines(warn, values);
}
var lines = (warn, values) => Object.entries(oneLineValues(values, warn)).map(([key, value]) => `${key}=${value}
`).join("");
async function writeDotenv(path, report) {
  await writeFileWithin(path, report, "dotenv report", process.cwd());
}

// src/gitlab/inputs.ts
import { resolve } from "node:path";
function readInputs(env) {
  let input = (name) => (env[`NIX_IMAGE_INPUT_${name.toUpperCase()}`] ?? "").trim(), installable = installableFromInputs({
    installable: input("installable") || void 0,
    attr: input("attr") || void 0,
    packages: input("packages"),
    nixpkgs: input("nixpkgs"),
    allowUnpinned: booleanInput("allow_unpinned", input("allow_unpinned"), !1)
  }), image = imageNameFor(input("image") || env.CI_REGISTRY_IMAGE || "", installable, "image"), credentials = registryCredentials(image, env), apiToken = singleLineSecret("api_token", input("api_token"));
  return {
    push: {
      installable,
      image,
      tag: input("tag") || void 0,
      extraTags: listInput(input("extra_tags")),
      nixPath: listInput(input("nix_path")),
      skipExisting: booleanInput("skip_existing", input("skip_existing"), !0),
      dryRun: !booleanInput("push", input("push"), !0),
      insecureRegistry: booleanInput("insecure_registry", input("insecure_registry"), !1),
      credentials,
      authFile: credentials ? void 0 : findAuthFile(env),
      manifestFile: input("manifest_file") || void 0,
      sbom: booleanInput("sbom", input("sbom"), !0),
      sourceRecord: booleanInput("source_record", input("source_record"), !0) ? void 0 : !1,
      // In the project directory, where `artifacts: reports: cyclonedx:` picks it up.
      sbomFile: booleanInput("sbom", input("sbom"), !0) ? input("sbom_file") || "nix-image.cdx.json" : void 0,
      compareTo: input("compare_to") || void 0,
      noBuild: booleanInput("no_build", input("no_build"), !1),
      jobs: input("jobs") ? parseJobs(input("jobs"), "input jobs") : void 0,
      binaryCache: binaryCacheOptions(input, env),
      // Children get an allowlisted environment: no registry password, job token, API token,
      // signing key or input.
      ...childEnvironments(env)
    },
    dotenvFile: input("dotenv_file") || "nix-image.env",
    dotenvPrefix: validateDotenvPrefix(input("dotenv_prefix") || DEFAULT_DOTENV_PREFIX),
    verify: { patterns: listInput(input("verify_manifests")), valuesKeys: listInput(input("verify_values_keys")) },
    api: { token: apiToken || void 0, mergeRequestNote: booleanInput("mr_note", input("mr_note"), !1) }
  };
}
function registryCredentials(image, env) {
  let ciRegistry = env.CI_REGISTRY?.toLowerCase();
  return ciRegistry && image.registry === ciRegistry && env.CI_REGISTRY_USER && env.CI_REGISTRY_PASSWORD ? { username: env.CI_REGISTRY_USER, password: env.CI_REGISTRY_PASSWORD } : credentialsFromEnv(env);
}
function binaryCacheOptions(input, env) {
  let url = input("binary_cache") || void 0, carried = booleanInput("cache", input("cache"), !1);
  if (!url && !carried) return;
  let localDir = carried ? resolve(input("cache_dir") || ".nix-image-cache") : void 0;
  return {
    url,
    publicKeys: listInput(input("binary_cache_public_key")),
    secretKey: env[SECRET_KEY_VARIABLE] || void 0,
    localDir
  };
}

// src/gitlab/logger.ts
var ERASE = "\x1B[0K";
function gitlabLogger(write = (line) => process.stdout.write(`${line}
`)) {
  let sections = 0;
  return {
    info: (message) => write(forLog(message)),
    warn: (message) => write(`\x1B[33mwarning: ${forLog(message)}\x1B[0m`),
    debug: (message) => {
      process.env.CI_DEBUG_TRACE === "true" && write(`debug: ${forLog(message)}`);
    },
    async group(title, fn) {
      let name = `nix_image_${++sections}_${title.split(" ")[0]?.toLowerCase().replace(/[^a-z0-9]/g, "") ?? ""}`;
      write(`${ERASE}section_start:${unixTime()}:${name}[collapsed=true]\r${ERASE}${forLog(title)}`);
      try {
        return await fn();
      } finally {
        write(`${ERASE}section_end:${unixTime()}:${name}\r${ERASE}`);
      }
    }
  };
}
var unixTime = () => Math.floor(Date.now() / 1e3);

// src/gitlab/main.ts
async function run() {
  let logger = gitlabLogger(), inputs = readInputs(process.env), outcome = await pushImages({ ...inputs.push, tempDir: privateTempDir(tmpdir()) }, logger);
  if ("set" in outcome) return reportSet(inputs, outcome.set, logger);
  let result = outcome.single;
  await writeDotenv(inputs.dotenvFile, dotenvReport(result, inputs.dotenvPrefix, logger.warn)), logger.info(result.reason), logger.info(`${inputs.dotenvFile}: ${inputs.dotenvPrefix}_DIGEST_REF=${result.digestRef || "(none yet)"}`), logger.info(
    `Timings: ${Object.entries(result.timings).map(([step, ms]) => `${step} ${formatMs(ms)}`).join(", ")}`
  );
  let token = inputs.api.token;
  if (token && await logger.group(
    "Note the image on the pipeline",
    () => annotatePipeline(
      result,
      pipelineContext(process.env),
      { token, mergeRequestNote: inputs.api.mergeRequestNote },
      logger
    )
  ), inputs.verify.patterns.length) {
    let [stale] = await verifyDeployManifests(inputs, { single: result, image: inputs.push.image }, logger);
    if (stale) throw new NixImageError(stale.message);
  }
}
async function reportSet(inputs, result, logger) {
  await writeDotenv(inputs.dotenvFile, setDotenvReport(result, inputs.dotenvPrefix, logger.warn));
  for (let entry of result.images)
    logger.info(`${entry.name || "index"}: ${entry.reason}${entry.digestRef ? ` (${entry.digestRef})` : ""}`);
  if (logger.info(`${inputs.dotenvFile}: ${result.images.length} image(s) under ${inputs.dotenvPrefix}_<NAME>_*`), inputs.verify.patterns.length)
    for (let { name, reason } of await verifyDeployManifests(inputs, { set: result.images }, logger))
      result.failed.push({ name, reason });
  let token = inputs.api.token;
  if (token && await logger.group(
    "Note the images on the pipeline",
    () => annotateSetPipeline(
      result,
      inputs.push.image.name,
      pipelineContext(process.env),
      { token, mergeRequestNote: inputs.api.mergeRequestNote },
      logger
    )
  ), result.failed.length) {
    for (let { name, reason } of result.failed)
      process.stderr.write(`\x1B[31mnix-image: error: ${forLog(`${name || "index"}: ${reason}`)}\x1B[0m
`);
    process.exit(1);
  }
}
async function verifyDeployManifests(inputs, pushed, logger) {
  let { staleLine, verifyAfterPush } = await import("./chunk-KQ45SM42.js"), { stale, failures, passed } = await logger.group(
    "Verify deploy manifests",
    () => verifyAfterPush(pushed, inputs.verify, process.cwd())
  );
  failures.length === 0 && logger.info(passed);
  for (let finding of stale) logger.info(staleLine(finding));
  return failures;
}
run().catch((error) => {
  let message = failureMessage(error);
  process.stderr.write(`\x1B[31mnix-image: error: ${message}\x1B[0m
`), process.exit(1);
});
