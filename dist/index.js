import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  TEMP_DIR_STATE,
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
} from "./chunk-M2DF42WV.js";
import {
  findAuthFile,
  formatMs,
  imageNameFor,
  installableFromInputs,
  pushImage,
  resultOutputs,
  resultRecord,
  run,
  tagExplanation
} from "./chunk-3LB3C6RR.js";
import {
  NixImageError,
  firstLines
} from "./chunk-WEVI2MQB.js";
import "./chunk-AFITODEB.js";

// src/github/main.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/github/install-nix.ts
import { existsSync } from "node:fs";
import { appendFile, chmod, mkdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var BASE_CONFIG = "experimental-features = nix-command flakes";
async function ensureNix(options) {
  let found = await which("nix", !1);
  if (options.install === "false" || options.install === "auto" && found) {
    info(found ? `Nix found at ${found}: not installing it` : "Nix is not on PATH and install-nix is false");
    return;
  }
  await group(`Install Nix from ${options.installerUrl}`, () => installNix(options));
}
async function installNix(options) {
  let daemon = canRunDaemon(), installer = join(options.tempDir, "install-nix"), config = join(options.tempDir, "nix.conf");
  await writeFile(installer, await download(options.installerUrl)), await chmod(installer, 448);
  let settings = `${[BASE_CONFIG, options.extraConfig.trim()].filter(Boolean).join(`
`)}
`;
  await writeFile(config, settings);
  let args = [daemon ? "--daemon" : "--no-daemon", "--yes", "--no-channel-add", "--nix-extra-conf-file", config];
  info(`Installing Nix ${daemon ? "multi-user, with a daemon" : "single-user"}`);
  let result = await run("/bin/sh", [installer, ...args], {
    env: { ...process.env, NIX_INSTALLER_NO_MODIFY_PROFILE: "1" },
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
  await mkdir(dir, { recursive: !0 }), await appendFile(join(dir, "nix.conf"), settings, { mode: 384 });
}
function canRunDaemon() {
  return existsSync("/run/systemd/system") ? process.getuid?.() === 0 || existsSync("/usr/bin/sudo") : !1;
}
async function download(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error2) {
    throw new NixImageError(`could not download the Nix installer from ${url}: ${error2.cause ?? error2.message}; check nix-installer-url`);
  }
  if (!response.ok)
    throw new NixImageError(`could not download the Nix installer from ${url}: HTTP ${response.status}; check nix-version / nix-installer-url`);
  return response.text();
}

// src/github/inputs.ts
var DEFAULT_NIX_VERSION = "2.28.3", installerUrlFor = (version) => `https://releases.nixos.org/nix/nix-${version}/install`;
function maskSecrets() {
  for (let name of ["registry-password", "github-token"]) {
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
    allowUnpinned: booleanInput("allow-unpinned", !1)
  }), image = imageNameFor(getInput("image") || defaultImage(env), installable, "image"), githubToken = getInput("github-token"), credentials = registryCredentials(image.registry, githubToken, env), nixVersion = getInput("nix-version") || DEFAULT_NIX_VERSION;
  return {
    push: {
      installable,
      image,
      tag: getInput("tag") || void 0,
      extraTags: listInput("extra-tags"),
      nixPath: listInput("nix-path"),
      skipExisting: booleanInput("skip-existing", !0),
      dryRun: !booleanInput("push", !0),
      insecureRegistry: booleanInput("insecure-registry", !1),
      credentials,
      authFile: credentials ? void 0 : findAuthFile(env),
      manifestFile: getInput("manifest-file") || void 0
    },
    nix: {
      install: installMode(),
      installerUrl: getInput("nix-installer-url") || installerUrlFor(nixVersion),
      extraConfig: getInput("extra-nix-config")
    },
    githubToken,
    summary: booleanInput("summary", !0),
    verify: { patterns: listInput("verify-manifests"), valuesKeys: listInput("verify-values-keys") }
  };
}
function defaultImage(env) {
  if (!env.GITHUB_REPOSITORY)
    throw new NixImageError("input image is empty and GITHUB_REPOSITORY is not set: set image, e.g. ghcr.io/owner/app");
  return `ghcr.io/${env.GITHUB_REPOSITORY}`;
}
function registryCredentials(registry, githubToken, env) {
  let password = getInput("registry-password") || (registry === "ghcr.io" ? githubToken : "");
  if (!password) return;
  let username = getInput("registry-username") || env.GITHUB_ACTOR;
  if (!username) throw new NixImageError("input registry-username is empty: set it to the registry user the password belongs to");
  return { username, password };
}
function listInput(name) {
  return getInput(name).split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}
function booleanInput(name, fallback) {
  let value = getInput(name).toLowerCase();
  if (value === "") return fallback;
  if (value === "true" || value === "false") return value === "true";
  throw new NixImageError(`input ${name} is '${getInput(name)}': use true or false`);
}
function installMode() {
  let value = getInput("install-nix") || "auto";
  if (value === "auto" || value === "true" || value === "false") return value;
  throw new NixImageError(`input install-nix is '${value}': use auto (install only when nix is missing), true or false`);
}
function childEnv(env, githubToken) {
  let kept = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("INPUT_")));
  return githubToken ? { ...kept, NIX_CONFIG: [env.NIX_CONFIG, `access-tokens = github.com=${githubToken}`].filter(Boolean).join(`
`) } : kept;
}

// src/github/logger.ts
var actionsLogger = {
  info: (message) => info(message),
  warn: (message) => warning(message),
  debug: (message) => debug(message),
  group: (title, fn) => group(title, fn)
};

// src/github/outputs.ts
function setOutputs(result) {
  let outputs = { ...resultOutputs(result), metadata: JSON.stringify(resultRecord(result)) };
  for (let [name, value] of Object.entries(outputs)) setOutput(name, value);
}

// src/github/summary.ts
var STEP_TITLES = {
  evaluate: "Evaluate",
  check: "Ask the registry",
  build: "Build",
  push: "Push",
  tag: "Extra tags"
};
async function writeSummary(result) {
  let rows = [
    ["Ref", code(result.ref)],
    ["Digest", result.digest ? code(result.digest) : "none (nothing in the registry yet)"],
    ["Digest ref", result.digestRef ? code(result.digestRef) : "\u2013"],
    ["Tag", `${code(result.tag)}: ${escape(tagExplanation(result))}`],
    ["Kind", result.kind],
    ["Out path", code(result.outPath)]
  ];
  result.extraTags.length && rows.push(["Extra tags", result.extraTags.map(code).join(", ")]), result.skopeo && rows.push(["Pushed with", escape(`${result.skopeo.source === "nix2container" ? "nix2container's copy-to" : `skopeo ${result.skopeo.version} (${result.skopeo.source === "system" ? "from PATH" : "built with Nix"})`}`)]), await summary.addHeading("nix-image", 2).addRaw(`<p>${headline(result)} ${escape(result.reason)}</p>`, !0).addTable([[{ data: "Field", header: !0 }, { data: "Value", header: !0 }], ...rows]).addTable([
    [{ data: "Step", header: !0 }, { data: "Time", header: !0 }],
    ...Object.entries(result.timings).map(([step, ms]) => [STEP_TITLES[step], formatMs(ms)])
  ]).write();
}
async function writeVerifySummary(report, fix) {
  await summary.addHeading("Deploy manifests", 3).addRaw(`<p>\u274C These references to <code>${escape(report.image)}</code> are not at <code>${escape(report.tag)}</code>:</p>`, !0).addTable([
    [{ data: "Where", header: !0 }, { data: "Found", header: !0 }, { data: "Expected", header: !0 }],
    ...report.findings.filter((finding) => !finding.ok).map((finding) => [escape(`${finding.file}:${finding.line}`), code(finding.found), code(finding.expected)])
  ]).addRaw("<p>Fix them with:</p>", !0).addCodeBlock(fix, "sh").write();
}
async function writeFailureSummary(message) {
  await summary.addHeading("nix-image", 2).addRaw(`<p>\u274C <strong>Failed:</strong> ${escape(message)}</p>`, !0).write();
}
function headline(result) {
  return result.dryRun ? "\u{1F50D}" : result.skipped ? "\u23ED\uFE0F <strong>Already in the registry.</strong>" : "\u{1F4E6} <strong>Built and pushed.</strong>";
}
var code = (text) => `<code>${escape(text)}</code>`;
function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/github/main.ts
async function run2() {
  maskSecrets();
  let tempDir = mkdtempSync(join2(process.env.RUNNER_TEMP || tmpdir(), "nix-image-"));
  saveState(TEMP_DIR_STATE, tempDir);
  let inputs = readInputs(process.env);
  await ensureNix({ ...inputs.nix, tempDir });
  let result = await pushImage({ ...inputs.push, tempDir, env: childEnv(process.env, inputs.githubToken) }, actionsLogger);
  setOutputs(result), notice(result.skipped ? `${result.ref} is already in the registry (${result.digest})` : result.reason, { title: "nix-image" }), inputs.summary && await writeSummary(result), inputs.verify.patterns.length && await verifyDeployManifests(inputs, result);
}
async function verifyDeployManifests(inputs, result) {
  let workspace = process.env.GITHUB_WORKSPACE || process.cwd(), { verifyPushedImage } = await import("./chunk-C2TQRKOA.js"), { report, fix } = await group("Verify deploy manifests", () => verifyPushedImage(result, inputs.push.image, inputs.verify, workspace));
  if (!fix) {
    info(`${report.findings.length} reference(s) to ${report.image} point at ${report.tag}`);
    return;
  }
  for (let finding of report.findings.filter((finding2) => !finding2.ok))
    error(`found ${finding.found}, expected ${finding.expected}`, { title: "stale image reference", file: finding.file, startLine: finding.line });
  throw inputs.summary && await writeVerifySummary(report, fix), new NixImageError(`deploy manifests reference ${report.image} at another tag than ${report.tag}; fix with: ${fix}`);
}
run2().catch(async (error2) => {
  let message = error2 instanceof NixImageError ? error2.message : `internal error: ${error2?.stack ?? String(error2)}`;
  setFailed(message), getInput("summary") !== "false" && await writeFailureSummary(message.split(`
`)[0] ?? message).catch(() => {
  });
});
