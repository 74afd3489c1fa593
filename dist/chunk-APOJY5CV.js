import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  stderrFailure
} from "./chunk-CQ3L7TZC.js";
import {
  run
} from "./chunk-6OAMBA3J.js";
import {
  NixImageError
} from "./chunk-FDZB3QCX.js";

// src/core/nix/store.ts
import { basename } from "node:path";
var FEATURES = ["--extra-experimental-features", "nix-command"], CHUNK = 500;
async function buildClosureOutputs(drvPath, env) {
  let drvs = (await nixStore(["--query", "--requisites", drvPath], env)).filter((path) => path.endsWith(".drv")), outputs = /* @__PURE__ */ new Set();
  for (let chunk of chunks(drvs))
    for (let path of await nixStore(["--query", "--outputs", ...chunk], env)) outputs.add(path);
  return [...outputs];
}
async function invalidPaths(paths, env) {
  let invalid = [];
  for (let chunk of chunks(paths))
    invalid.push(...await nixStore(["--check-validity", "--print-invalid", ...chunk], env));
  return invalid;
}
async function pathInfos(paths, env, store) {
  let infos = [];
  for (let chunk of chunks(paths)) {
    let args = [...FEATURES, "path-info", "--json", ...store ? ["--store", store] : [], ...chunk], result = await run("nix", args, { env });
    if (result.exitCode !== 0) throw new NixImageError(`nix path-info failed: ${stderrFailure(result.stderr)}`);
    infos.push(...parsePathInfoJson(result.stdout));
  }
  return infos;
}
function parsePathInfoJson(text) {
  let parsed = JSON.parse(text);
  return (Array.isArray(parsed) ? parsed.map((entry) => [String(entry.path), entry.valid === !1 ? null : entry]) : Object.entries(parsed)).filter((entry) => entry[1] !== null).map(([path, info]) => ({
    path,
    narHash: String(info.narHash ?? ""),
    narSize: Number(info.narSize ?? 0),
    ultimate: info.ultimate === !0,
    signatures: Array.isArray(info.signatures) ? info.signatures.map(String) : [],
    references: Array.isArray(info.references) ? info.references.map(String) : [],
    ...typeof info.deriver == "string" && info.deriver.endsWith(".drv") ? { deriver: info.deriver } : {}
  }));
}
async function derivationFacts(drvPaths, env) {
  let facts = /* @__PURE__ */ new Map();
  for (let chunk of chunks(drvPaths)) {
    let result = await run("nix", [...FEATURES, "show-derivation", ...chunk], { env });
    if (result.exitCode !== 0) throw new NixImageError(`nix show-derivation failed: ${stderrFailure(result.stderr)}`);
    let asked = new Map(chunk.map((path) => [basename(path), path]));
    for (let [key, derivation] of parseDerivationsJson(result.stdout)) {
      let path = asked.get(basename(key));
      path && facts.set(path, derivation);
    }
  }
  return facts;
}
function parseDerivationsJson(text) {
  let parsed = JSON.parse(text), facts = /* @__PURE__ */ new Map();
  for (let [path, derivation] of Object.entries(parsed ?? {})) {
    if (!derivation || typeof derivation != "object") continue;
    let env = derivation.env ?? {}, attrs = typeof env.__json == "string" ? structuredAttrs(env.__json) : env, outputs = {};
    for (let [name, output] of Object.entries(derivation.outputs ?? {}))
      typeof output?.path == "string" && (outputs[name] = output.path);
    facts.set(path, { ...nameText("pname", attrs.pname), ...nameText("version", attrs.version), outputs });
  }
  return facts;
}
function structuredAttrs(json) {
  try {
    let attrs = JSON.parse(json);
    return attrs && typeof attrs == "object" ? attrs : {};
  } catch {
    return {};
  }
}
var NAME_TEXT = /^[A-Za-z0-9+._?=-]{1,200}$/, nameText = (key, value) => typeof value == "string" && NAME_TEXT.test(value) ? { [key]: value } : {};
async function nixStore(args, env) {
  let result = await run("nix-store", args, { env });
  if (result.exitCode !== 0) throw new NixImageError(`nix-store ${args[0]} failed: ${stderrFailure(result.stderr)}`);
  return result.stdout.split(`
`).filter(Boolean);
}
function chunks(items) {
  let out = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export {
  buildClosureOutputs,
  invalidPaths,
  pathInfos,
  derivationFacts
};
