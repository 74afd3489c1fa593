import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  describeReport
} from "./chunk-ECPXLCYN.js";
import {
  oneLineValues
} from "./chunk-2JXNLVRF.js";
import {
  failureMessage,
  formatMs,
  pushFromRecord,
  pushImages
} from "./chunk-3XRXHUCG.js";
import "./chunk-VTAP7Z6Y.js";
import "./chunk-APOJY5CV.js";
import {
  privateTempDir,
  resultOutputs,
  resultRecord,
  setResultRecord,
  tagExplanation
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
import {
  TEMP_DIR_STATE
} from "./chunk-MFIVSH5E.js";
import {
  addPath,
  debug,
  error,
  getInput,
  group,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
  which
} from "./chunk-QF7X27IN.js";
import "./chunk-2T2RK7HW.js";
import "./chunk-JUTPUXFH.js";
import "./chunk-CEKIY2MZ.js";
import "./chunk-XDT2UUH5.js";
import "./chunk-UN3NZ6PW.js";
import "./chunk-VBRHQM7V.js";
import {
  run
} from "./chunk-6OAMBA3J.js";
import {
  counted,
  formatBytes,
  writeFileWithin
} from "./chunk-VOSNRITM.js";
import {
  NixImageError,
  firstLines,
  forGithubLog,
  forHtml,
  jsonLine
} from "./chunk-FDZB3QCX.js";
import "./chunk-SDIERYGD.js";

// src/github/main.ts
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/github/install-nix.ts
import { existsSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { homedir, userInfo } from "node:os";
import { join } from "node:path";
var BASE_CONFIG = "experimental-features = nix-command flakes";
async function ensureNix(options) {
  let found = await which("nix", !1);
  return options.install === "false" || options.install === "auto" && found ? (info(found ? `Nix found at ${found}: not installing it` : "Nix is not on PATH and install-nix is false"), !1) : (await group(`Install Nix from ${options.installerUrl}`, () => installNix(options)), !0);
}
function installerSettings(options) {
  let trusted = options.daemon && options.trustUser ? `extra-trusted-users = ${options.user}` : "";
  return `${[BASE_CONFIG, trusted, options.extraConfig.trim()].filter(Boolean).join(`
`)}
`;
}
async function installNix(options) {
  let daemon = canRunDaemon(), installer = join(options.tempDir, "install-nix"), config = join(options.tempDir, "nix.conf");
  await writeFile(installer, await download(options.installerUrl)), await chmod(installer, 448);
  let settings = installerSettings({
    daemon,
    trustUser: options.trustUser ?? !1,
    user: userInfo().username,
    extraConfig: options.extraConfig
  });
  await writeFile(config, settings);
  let args = [daemon ? "--daemon" : "--no-daemon", "--yes", "--no-channel-add", "--nix-extra-conf-file", config];
  info(`Installing Nix ${daemon ? "multi-user, with a daemon" : "single-user"}`);
  let result = await run("/bin/sh", [installer, ...args], {
    // The allowlisted environment, as every child gets: no input, runner token or password.
    env: { ...childEnvironments(process.env).nixEnv, NIX_INSTALLER_NO_MODIFY_PROFILE: "1" },
    onStderrLine: (line) => info(line)
  });
  for (let line of result.stdout.split(`
`)) line && info(line);
  if (result.exitCode !== 0)
    throw new NixImageError(
      `the Nix installer from ${options.installerUrl} failed (exit ${result.exitCode}): ${firstLines(result.stderr, 1) || "see the log"}; check nix-version / nix-installer-url, or install Nix in an earlier step`
    );
  addPath(daemon ? "/nix/var/nix/profiles/default/bin" : join(homedir(), ".nix-profile", "bin")), daemon || await appendUserConfig(settings);
}
async function appendUserConfig(settings) {
  let dir = join(process.env.XDG_CONFIG_HOME || join(homedir(), ".config"), "nix");
  await mkdir(dir, { recursive: !0 }), await writeFileWithin(join(dir, "nix.conf"), settings, "nix.conf", process.cwd(), { mode: 384, append: !0 });
}
function canRunDaemon() {
  return existsSync("/run/systemd/system") ? process.getuid?.() === 0 || existsSync("/usr/bin/sudo") : !1;
}
async function download(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error2) {
    throw new NixImageError(
      `could not download the Nix installer from ${url}: ${error2.cause ?? error2.message}; check nix-installer-url`
    );
  }
  if (!response.ok)
    throw new NixImageError(
      `could not download the Nix installer from ${url}: HTTP ${response.status}; check nix-version / nix-installer-url`
    );
  let chunks = [], size = 0;
  for await (let chunk of response.body ?? []) {
    if (size += chunk.length, size > MAX_INSTALLER_BYTES)
      throw new NixImageError(
        `the Nix installer at ${url} is larger than ${formatBytes(MAX_INSTALLER_BYTES)}, which no installer script is: check nix-installer-url`
      );
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString("utf8");
}
var MAX_INSTALLER_BYTES = 1 << 20;

// src/github/inputs.ts
var DEFAULT_NIX_VERSION = "2.28.3", installerUrlFor = (version) => `https://releases.nixos.org/nix/nix-${version}/install`;
function maskSecrets() {
  for (let name of ["registry-password", "github-token", "binary-cache-secret-key"]) {
    let value = getInput(name);
    value && setSecret(value);
  }
}
function readInputs(env) {
  let installable = installableFromInputs({
    installable: getInput("installable") || void 0,
    attr: getInput("attr") || void 0,
    packages: getInput("packages"),
    nixpkgs: getInput("nixpkgs"),
    allowUnpinned: booleanInput2("allow-unpinned", !1)
  }), image = imageNameFor(getInput("image") || defaultImage(env), installable, "image"), githubToken = singleLineSecret("github-token", getInput("github-token")), credentials = registryCredentials(image.registry, githubToken, env), nixVersion = getInput("nix-version") || DEFAULT_NIX_VERSION;
  return {
    push: {
      installable,
      image,
      tag: getInput("tag") || void 0,
      extraTags: listInput2("extra-tags"),
      nixPath: listInput2("nix-path"),
      skipExisting: booleanInput2("skip-existing", !0),
      dryRun: !booleanInput2("push", !0),
      insecureRegistry: booleanInput2("insecure-registry", !1),
      credentials,
      authFile: credentials ? void 0 : findAuthFile(env),
      manifestFile: getInput("manifest-file") || void 0,
      noBuild: booleanInput2("no-build", !1),
      jobs: getInput("jobs") ? parseJobs(getInput("jobs"), "input jobs") : void 0,
      binaryCache: binaryCacheOptions(env),
      sbom: booleanInput2("sbom", !0),
      sourceRecord: booleanInput2("source-record", !0) ? void 0 : !1,
      compareTo: getInput("compare-to") || void 0
    },
    nix: {
      install: installMode(),
      installerUrl: getInput("nix-installer-url") || installerUrlFor(nixVersion),
      extraConfig: getInput("extra-nix-config")
    },
    githubToken,
    summary: booleanInput2("summary", !0),
    verify: { patterns: listInput2("verify-manifests"), valuesKeys: listInput2("verify-values-keys") },
    carryCache: booleanInput2("cache", !1)
  };
}
function binaryCacheOptions(env) {
  let url = getInput("binary-cache") || void 0, secretKey = getInput("binary-cache-secret-key") || env[SECRET_KEY_VARIABLE] || void 0;
  if (!(!url && !booleanInput2("cache", !1)))
    return { url, publicKeys: listInput2("binary-cache-public-key"), secretKey };
}
function defaultImage(env) {
  if (!env.GITHUB_REPOSITORY)
    throw new NixImageError("input image is empty and GITHUB_REPOSITORY is not set: set image, e.g. ghcr.io/owner/app");
  return `ghcr.io/${env.GITHUB_REPOSITORY}`;
}
function registryCredentials(registry, githubToken, env) {
  let password = singleLineSecret("registry-password", getInput("registry-password")) || (registry === "ghcr.io" ? githubToken : "");
  if (!password) return;
  let username = getInput("registry-username") || env.GITHUB_ACTOR;
  if (!username)
    throw new NixImageError("input registry-username is empty: set it to the registry user the password belongs to");
  return { username, password };
}
var listInput2 = (name) => listInput(getInput(name)), booleanInput2 = (name, fallback) => booleanInput(name, getInput(name), fallback);
function installMode() {
  let value = getInput("install-nix") || "auto";
  if (value === "auto" || value === "true" || value === "false") return value;
  throw new NixImageError(`input install-nix is '${value}': use auto (install only when nix is missing), true or false`);
}
var childEnv = (env, githubToken, extraNixConfig = "") => childEnvironments(env, { githubToken, extraNixConfig });

// src/github/logger.ts
var actionsLogger = {
  info: (message) => info(forGithubLog(message)),
  warn: (message) => warning(forGithubLog(message)),
  debug: (message) => debug(forGithubLog(message)),
  group: (title, fn) => group(forGithubLog(title), fn)
};

// src/github/outputs.ts
function setOutputs(result) {
  let outputs = {
    ...resultOutputs(result),
    "sbom-file": result.sbom?.file ?? "",
    "sbom-digest": result.sbom?.artifact ?? "",
    metadata: jsonLine(resultRecord(result))
  };
  write(outputs);
}
function setSetOutputs(result) {
  let outputs = { images: jsonLine(setResultRecord(result)) }, index = result.images.find((entry) => entry.kind === "index" && entry.name === "");
  index && Object.assign(outputs, {
    image: index.image,
    tag: index.tag,
    ref: index.ref,
    digest: index.digest,
    "digest-ref": index.digestRef,
    kind: "index",
    pushed: String(index.pushed),
    skipped: String(index.skipped)
  }), write(outputs);
}
function write(outputs) {
  let lines = oneLineValues(outputs, (message) => warning(forGithubLog(`output ${message}`)));
  for (let [name, value] of Object.entries(lines)) setOutput(name, value);
}

// src/github/summary.ts
var STEP_TITLES = {
  evaluate: "Evaluate",
  check: "Ask the registry",
  build: "Build",
  cache: "Binary cache",
  push: "Push",
  sbom: "SBOM",
  tag: "Extra tags"
};
async function writeSummary(result) {
  let rows = [
    ["Ref", code(result.ref)],
    ["Digest", result.digest ? code(result.digest) : "none (nothing in the registry yet)"],
    ["Digest ref", result.digestRef ? code(result.digestRef) : "\u2013"],
    ["Tag", `${code(result.tag)}: ${forHtml(tagExplanation(result))}`],
    ["Kind", forHtml(result.kind)],
    ["Out path", code(result.outPath)]
  ];
  if (result.extraTags.length && rows.push(["Extra tags", result.extraTags.map(code).join(", ")]), result.skopeo && rows.push([
    "Pushed with",
    forHtml(
      `${result.skopeo.source === "nix2container" ? "nix2container's copy-to" : `skopeo ${result.skopeo.version} (${result.skopeo.source === "system" ? "from PATH" : "built with Nix"})`}`
    )
  ]), result.layers && rows.push(["Layers", `${result.layers.uploaded} uploaded, ${result.layers.skipped} already in the registry`]), result.cache && rows.push(["Binary cache", forHtml(describeReport(result.cache).replace(/^Binary cache: /, ""))]), result.sbom) {
    let state = result.sbom.state === "attached" ? "attached by this run" : "attached before";
    rows.push([
      "SBOM",
      `CycloneDX, ${result.sbom.components === void 0 ? "" : `${counted(result.sbom.components, "store path")}, `}${state}: ${code(result.sbom.artifact)}`
    ]);
  }
  let summary2 = summary.addHeading("nix-image", 2).addRaw(`<p>${headline(result)} ${forHtml(result.reason)}</p>`, !0), sections = result.changes ? [result.changes] : [];
  result.changes ? summary2.addRaw(placeholder(0), !0) : result.changesNote && summary2.addRaw(`<p>${forHtml(result.changesNote)}</p>`, !0), summary2.addTable([
    [
      { data: "Field", header: !0 },
      { data: "Value", header: !0 }
    ],
    ...rows
  ]).addTable([
    [
      { data: "Step", header: !0 },
      { data: "Time", header: !0 }
    ],
    ...Object.entries(result.timings).map(([step, ms]) => [STEP_TITLES[step], formatMs(ms)])
  ]), await writeWithChanges(sections);
}
async function writeSetSummary(result) {
  let state = (entry) => entry.dryRun ? "\u{1F50D} dry run" : entry.pushed ? "\u{1F4E6} pushed" : entry.skipped ? "\u23ED\uFE0F present" : "\u23F3 waiting", summary2 = summary.addHeading("nix-image", 2).addTable([
    [
      { data: "Image", header: !0 },
      { data: "State", header: !0 },
      { data: "Ref", header: !0 },
      { data: "Digest", header: !0 },
      { data: "Kind", header: !0 }
    ],
    ...result.images.map((entry) => [
      code(entry.name || "."),
      state(entry),
      code(entry.ref),
      entry.digest ? code(entry.digest) : "\u2013",
      forHtml(
        entry.platforms ? `index: ${entry.platforms.map((platform) => platform.platform).join(", ")}` : entry.kind
      )
    ])
  ]);
  result.failed.length && summary2.addTable([
    [
      { data: "Failed", header: !0 },
      { data: "Why", header: !0 }
    ],
    ...result.failed.map((failure) => [code(failure.name || "."), forHtml(failure.reason)])
  ]);
  let sections = [];
  for (let entry of result.images)
    entry.changes && hasChanges(entry.changes) && (summary2.addHeading(code(entry.name || "."), 3).addRaw(placeholder(sections.length), !0), sections.push(entry.changes));
  await writeWithChanges(sections);
}
var MAX_SUMMARY_BYTES = (1 << 20) - 65536, placeholder = (index) => `<!-- nix-image changes ${index} -->`;
async function writeWithChanges(sections) {
  let built = summary.stringify(), room = MAX_SUMMARY_BYTES - byteLength(built), filled = built.replace(/<!-- nix-image changes (\d+) -->/g, (_all, index) => {
    let section = `
${changesMarkdown(sections[Number(index)], room)}
`;
    return room -= byteLength(section), section;
  });
  await summary.emptyBuffer().addRaw(fitText(filled, MAX_SUMMARY_BYTES)).write();
}
async function writeVerifySummary(report, fix) {
  await summary.addHeading("Deploy manifests", 3).addRaw(
    `<p>\u274C These references to <code>${forHtml(report.image)}</code> are not at <code>${forHtml(report.tag)}</code>:</p>`,
    !0
  ).addTable([
    [
      { data: "Where", header: !0 },
      { data: "Found", header: !0 },
      { data: "Expected", header: !0 }
    ],
    ...report.findings.filter((finding) => !finding.ok).map((finding) => [forHtml(`${finding.file}:${finding.line}`), code(finding.found), code(finding.expected)])
  ]).addRaw("<p>Fix them with:</p>", !0).addRaw(`<pre lang="sh"><code>${forHtml(fix)}</code></pre>`, !0).write();
}
async function writeFailureSummary(message) {
  await summary.addHeading("nix-image", 2).addRaw(`<p>\u274C <strong>Failed:</strong> ${forHtml(message)}</p>`, !0).write();
}
function headline(result) {
  return result.dryRun ? "\u{1F50D}" : result.skipped ? "\u23ED\uFE0F <strong>Already in the registry.</strong>" : "\u{1F4E6} <strong>Built and pushed.</strong>";
}
var code = (text) => `<code>${forHtml(text)}</code>`;

// src/github/main.ts
async function run2() {
  maskSecrets();
  let tempDir = privateTempDir(process.env.RUNNER_TEMP || tmpdir());
  saveState(TEMP_DIR_STATE, tempDir);
  let inputs = readInputs(process.env), onPath = await which("nix", !1), sourceRecord = inputs.push.sourceRecord === !1 ? !1 : {
    nix: onPath || inputs.nix.install === "false" ? void 0 : `installer:${inputs.nix.installerUrl}`,
    checked: !0
  }, sbomFile = inputs.push.sbom === !1 ? void 0 : join2(process.env.RUNNER_TEMP || tmpdir(), `nix-image-sbom-${process.pid}.cdx.json`), early = childEnv(process.env, inputs.githubToken, inputs.nix.extraConfig), recorded = sourceRecord ? await pushFromRecord({ ...inputs.push, sourceRecord, sbomFile, tempDir, ...early }, actionsLogger) : void 0, installed = recorded && inputs.nix.install !== "true" ? !1 : await ensureNix({ ...inputs.nix, tempDir, trustUser: !!inputs.push.binaryCache });
  if (recorded) return reportSingle(inputs, recorded);
  let binaryCache = inputs.push.binaryCache;
  if (inputs.carryCache && binaryCache) {
    let { cacheKeys, carriedCacheDir, restoreCarriedCache } = await import("./chunk-Z335HKXF.js"), dir = carriedCacheDir(process.env.RUNNER_TEMP || tmpdir());
    await group("Restore the binary cache", () => restoreCarriedCache(dir, cacheKeys(process.env, inputs.push))), binaryCache = { ...binaryCache, localDir: dir };
  }
  let children = childEnv(process.env, inputs.githubToken, installed ? "" : inputs.nix.extraConfig), outcome = await pushImages(
    { ...inputs.push, sourceRecord, sbomFile, binaryCache, tempDir, ...children },
    actionsLogger
  );
  return "set" in outcome ? reportSet(inputs, outcome.set) : reportSingle(inputs, outcome.single);
}
async function reportSingle(inputs, result) {
  if (setOutputs(result), notice(result.skipped ? `${result.ref} is already in the registry (${result.digest})` : result.reason, {
    title: "nix-image"
  }), inputs.summary && await writeSummary(result), inputs.verify.patterns.length) {
    let [stale] = await verifyDeployManifests(inputs, { single: result, image: inputs.push.image });
    if (stale)
      throw inputs.summary && await writeVerifySummary(stale.report, stale.fix), new NixImageError(stale.message);
  }
}
async function reportSet(inputs, result) {
  if (setSetOutputs(result), inputs.verify.patterns.length)
    for (let { name, reason } of await verifyDeployManifests(inputs, { set: result.images }))
      result.failed.push({ name, reason });
  inputs.summary && await writeSetSummary(result);
  for (let entry of result.images) info(forGithubLog(`${entry.name || "."}: ${entry.reason}`));
  if (result.failed.length !== 0) {
    for (let { name, reason } of result.failed)
      error(forGithubLog(reason), { title: forGithubLog(`nix-image: ${name || "."}`) });
    throw new SetFailure(
      `${result.failed.length} of the set failed: ${result.failed.map(({ name }) => name || ".").join(", ")}`
    );
  }
}
var SetFailure = class extends NixImageError {
};
async function verifyDeployManifests(inputs, pushed) {
  let workspace = process.env.GITHUB_WORKSPACE || process.cwd(), { verifyAfterPush } = await import("./chunk-KQ45SM42.js"), { stale, failures, passed } = await group(
    "Verify deploy manifests",
    () => verifyAfterPush(pushed, inputs.verify, workspace)
  );
  failures.length === 0 && info(passed);
  for (let finding of stale)
    error(forGithubLog(`found ${finding.found}, expected ${finding.expected}`), {
      title: "stale image reference",
      file: forGithubLog(finding.file),
      startLine: finding.line
    });
  return failures;
}
run2().catch(async (error2) => {
  let message = failureMessage(error2);
  setFailed(message), !(error2 instanceof SetFailure) && getInput("summary") !== "false" && await writeFailureSummary(message.split(`
`)[0] ?? message).catch(() => {
  });
});
