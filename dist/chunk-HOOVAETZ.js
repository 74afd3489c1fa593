import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  stderrFailure
} from "./chunk-CFOQQU3C.js";
import {
  run
} from "./chunk-6OAMBA3J.js";
import {
  NixImageError
} from "./chunk-BDWDUCXX.js";

// src/core/nix/store.ts
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
    references: Array.isArray(info.references) ? info.references.map(String) : []
  }));
}
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
  pathInfos
};
