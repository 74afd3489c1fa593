import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  describeInstallable
} from "./chunk-EMX5KXMO.js";
import "./chunk-CQ3L7TZC.js";
import {
  CACHE_STATE
} from "./chunk-MFIVSH5E.js";
import {
  getState,
  info,
  saveState,
  warning
} from "./chunk-QF7X27IN.js";
import "./chunk-CEKIY2MZ.js";
import "./chunk-6OAMBA3J.js";
import "./chunk-FDZB3QCX.js";
import "./chunk-SDIERYGD.js";

// src/github/cache.ts
import { join } from "node:path";

// src/adapter/carried-cache.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
function carriedCacheIdentity(push) {
  return createHash("sha256").update(`${push.image.name}
${describeInstallable(push.installable)}`).digest("hex").slice(0, 16);
}
async function fingerprint(dir) {
  let names = existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith(".narinfo")).sort() : [];
  return createHash("sha256").update(names.join(`
`)).digest("hex");
}

// src/github/cache.ts
var carriedCacheDir = (runnerTemp) => join(runnerTemp, "nix-image-binary-cache");
function cacheKeys(env, push) {
  let clean = (text) => text.replace(/[^A-Za-z0-9._/-]+/g, "-").slice(0, 100), image = carriedCacheIdentity(push), prefix = `nix-image-binary-cache-${clean(env.GITHUB_REPOSITORY || "repository")}-${image}-`, branch = clean(env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || "unknown"), run = `${env.GITHUB_RUN_ID || Date.now()}-${env.GITHUB_RUN_ATTEMPT || "1"}`;
  return { key: `${prefix}${branch}-${run}`, restoreKeys: [`${prefix}${branch}-`, prefix] };
}
async function restoreCarriedCache(dir, keys) {
  let cache = await import("./chunk-AFGJAC4H.js");
  if (!cache.isFeatureAvailable()) {
    warning("cache: true, but the Actions cache service is not available to this job: nothing restored or saved");
    return;
  }
  try {
    let hit = await cache.restoreCache([dir], keys.key, keys.restoreKeys);
    info(
      hit ? `Restored the binary cache from ${hit}` : "No binary cache saved yet for this image: starting an empty one"
    );
  } catch (error) {
    warning(`could not restore the binary cache: ${error.message}`);
  }
  saveState(CACHE_STATE.dir, dir), saveState(CACHE_STATE.key, keys.key), saveState(CACHE_STATE.fingerprint, await fingerprint(dir));
}
async function saveCarriedCache() {
  let dir = getState(CACHE_STATE.dir), key = getState(CACHE_STATE.key);
  if (!dir || !key) return;
  if (await fingerprint(dir) === getState(CACHE_STATE.fingerprint)) {
    info("The binary cache is unchanged: not saving it");
    return;
  }
  let cache = await import("./chunk-AFGJAC4H.js");
  try {
    let id = await cache.saveCache([dir], key);
    info(id === -1 ? "The binary cache was not saved" : `Saved the binary cache as ${key}`);
  } catch (error) {
    warning(`could not save the binary cache: ${error.message}`);
  }
}
export {
  cacheKeys,
  carriedCacheDir,
  restoreCarriedCache,
  saveCarriedCache
};
