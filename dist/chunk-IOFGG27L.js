import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  describeReport
} from "./chunk-ECPXLCYN.js";
import {
  buildClosureOutputs,
  invalidPaths,
  pathInfos
} from "./chunk-APOJY5CV.js";
import {
  SECRET_KEY_VARIABLE
} from "./chunk-WRHLYAW5.js";
import {
  stderrFailure
} from "./chunk-CQ3L7TZC.js";
import {
  storePathHash
} from "./chunk-CEKIY2MZ.js";
import {
  run
} from "./chunk-6OAMBA3J.js";
import {
  folderWithin,
  writeFileWithin
} from "./chunk-VOSNRITM.js";
import {
  NixImageError
} from "./chunk-FDZB3QCX.js";
import "./chunk-SDIERYGD.js";

// src/core/cache/binary-cache.ts
import { existsSync as existsSync2 } from "node:fs";
import { copyFile, mkdir as mkdir2, mkdtemp, readFile as readFile2, readdir as readdir2, rename, rm as rm2, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/core/cache/file-cache.ts
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, stat, utimes } from "node:fs/promises";
import { join } from "node:path";

// src/core/cache/signing-key.ts
import { generateKeyPairSync } from "node:crypto";
var KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function generateSigningKey(name) {
  let { publicKey, privateKey } = generateKeyPairSync("ed25519"), seed = Buffer.from(privateKey.export({ format: "jwk" }).d ?? "", "base64url"), pub = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url");
  return {
    secret: `${name}:${Buffer.concat([seed, pub]).toString("base64")}`,
    publicKey: `${name}:${pub.toString("base64")}`
  };
}
function parseSecretKey(text, source) {
  let secret = text.trim(), colon = secret.indexOf(":"), name = secret.slice(0, colon), bytes = Buffer.from(secret.slice(colon + 1), "base64");
  if (colon <= 0 || !KEY_NAME.test(name) || bytes.length !== 64)
    throw new NixImageError(
      `${source} is not a Nix binary cache secret key (name:base64 of 64 bytes): make one with nix-store --generate-binary-cache-key NAME secret.key public.key`
    );
  return { secret, publicKey: `${name}:${bytes.subarray(32).toString("base64")}` };
}
function validatePublicKey(text, source) {
  let key = text.trim(), colon = key.indexOf(":");
  if (colon <= 0 || !KEY_NAME.test(key.slice(0, colon)) || Buffer.from(key.slice(colon + 1), "base64").length !== 32)
    throw new NixImageError(
      `${source} '${key}' is not a Nix public key: give it as NAME:BASE64, as in the cache's nix.conf trusted-public-keys line`
    );
  return key;
}

// src/core/cache/file-cache.ts
var KEY_FILES = { secret: "nix-image-signing-key.sec", public: "nix-image-signing-key.pub" }, DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
async function localCacheKey(dir, given) {
  if (await mkdir(dir, { recursive: !0 }), given) return { key: given, generated: !1 };
  let secretFile = join(dir, KEY_FILES.secret);
  if (existsSync(secretFile))
    try {
      return { key: parseSecretKey(await readFile(secretFile, "utf8"), secretFile), generated: !1 };
    } catch {
    }
  let key = generateSigningKey(`nix-image-cache-${randomBytes(4).toString("hex")}`);
  return await writeFileWithin(secretFile, `${key.secret}
`, "the binary cache signing key", process.cwd(), { mode: 384 }), await writeFileWithin(join(dir, KEY_FILES.public), `${key.publicKey}
`, "the binary cache public key", process.cwd()), { key, generated: !0 };
}
function hasEntry(dir, storePath) {
  return existsSync(join(dir, `${storePathHash(storePath)}.narinfo`));
}
async function forgetEntries(dir, storePaths) {
  for (let path of storePaths) await rm(join(dir, `${storePathHash(path)}.narinfo`), { force: !0 });
}
async function markUsed(dir, storePaths) {
  let now = /* @__PURE__ */ new Date();
  for (let path of storePaths)
    await utimes(join(dir, `${storePathHash(path)}.narinfo`), now, now).catch(() => {
    });
}
async function pruneLocalCache(dir, maxBytes) {
  let entries = await listEntries(dir), bytes = entries.reduce((sum, entry) => sum + entry.bytes, 0), dropped = 0;
  for (let entry of [...entries].sort((a, b) => a.mtimeMs - b.mtimeMs)) {
    if (bytes <= maxBytes) break;
    await rm(join(dir, entry.narinfo), { force: !0 }), bytes -= entry.bytes, dropped++;
  }
  let named = new Set((await listEntries(dir)).map((entry) => entry.nar)), narDir = join(dir, "nar");
  for (let name of existsSync(narDir) ? await readdir(narDir) : [])
    named.has(`nar/${name}`) || await rm(join(narDir, name), { force: !0 });
  return { entries: entries.length - dropped, bytes, dropped };
}
async function listEntries(dir) {
  if (!existsSync(dir)) return [];
  let entries = [];
  for (let name of await readdir(dir)) {
    if (!name.endsWith(".narinfo")) continue;
    let text = await readFile(join(dir, name), "utf8").catch(() => ""), nar = /^URL: (.+)$/m.exec(text)?.[1]?.trim(), narStat = nar ? await stat(join(dir, nar)).catch(() => {
    }) : void 0, info = await stat(join(dir, name));
    entries.push({ narinfo: name, nar, bytes: info.size + (narStat?.size ?? 0), mtimeMs: info.mtimeMs });
  }
  return entries;
}

// src/core/cache/store-url.ts
function withSecretKey(url, keyFile, params = {}) {
  let base = url.split("?")[0] ?? url, all = { ...queryParams(url), ...params, ...keyFile && isBinaryCacheUrl(url) ? { "secret-key": keyFile } : {} }, query = Object.entries(all).map(([name, value]) => `${name}=${value}`).join("&");
  return query ? `${base}?${query}` : base;
}
var isBinaryCacheUrl = (url) => /^(file|https?|s3|gs):\/\//.test(url);
function queryParams(url) {
  let query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  return Object.fromEntries(
    query.split("&").filter(Boolean).map((pair) => [pair.split("=")[0] ?? "", pair.slice(pair.indexOf("=") + 1)])
  );
}
function fileUrlPath(url) {
  return url.startsWith("file://") ? decodeURIComponent(url.slice(7).split("?")[0] ?? "") : void 0;
}
function shownUrl(url) {
  return url.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, "$1");
}

// src/core/cache/binary-cache.ts
var FEATURES = ["--extra-experimental-features", "nix-command"];
function checkCacheOptions(options) {
  if (options.url !== void 0 && (!options.url.trim() || /[\s\u0000-\u001f]/.test(options.url)))
    throw new NixImageError(
      `binary-cache '${options.url}' is not a store URL: give one Nix accepts, e.g. s3://bucket, https://cache.example.com or file:///path`
    );
  for (let key of options.publicKeys) validatePublicKey(key, "binary-cache-public-key");
  if (options.secretKey !== void 0) return parseSecretKey(options.secretKey, SECRET_KEY_VARIABLE);
  if (options.secretKeyFile !== void 0) {
    if (!existsSync2(options.secretKeyFile))
      throw new NixImageError(
        `binary-cache-secret-key-file ${options.secretKeyFile} does not exist: give the file nix-store --generate-binary-cache-key wrote`
      );
    return;
  }
}
async function prepareCaches(options, tempDir, logger) {
  let key = checkCacheOptions(options), keyFile = options.secretKeyFile;
  keyFile && (key = parseSecretKey(await readFile2(keyFile, "utf8"), `binary-cache-secret-key-file ${keyFile}`)), key && !keyFile && (keyFile = join2(tempDir, "binary-cache-signing-key"), await writeFile(keyFile, `${key.secret}
`, { mode: 384 }));
  let targets = [], trusted = new Set(options.publicKeys);
  if (key && trusted.add(key.publicKey), options.url) {
    let url = options.url.trim(), dir = fileUrlPath(url);
    keyFile || logger.warn(
      `no signing key for ${shownUrl(url)} (${SECRET_KEY_VARIABLE} or binary-cache-secret-key-file): what is uploaded is unsigned, and Nix substitutes nothing unsigned from it`
    ), targets.push({ url, shown: shownUrl(url), dir, keyFile });
  }
  if (options.localDir) {
    for (let folder of [options.localDir, join2(options.localDir, "nar")])
      await folderWithin(folder, "binary cache folder", process.cwd());
    let local = await localCacheKey(options.localDir, key), localKeyFile = local.key === key ? keyFile : join2(options.localDir, KEY_FILES.secret);
    trusted.add(local.key.publicKey), local.generated && logger.info(`Generated the signing key ${local.key.publicKey} for ${options.localDir}`), targets.push({
      url: `file://${options.localDir}`,
      shown: options.localDir,
      dir: options.localDir,
      carried: { maxBytes: options.localMaxBytes ?? DEFAULT_MAX_BYTES, keyGenerated: local.generated },
      keyFile: localKeyFile
    });
  }
  return { targets, trustedKeys: [...trusted] };
}
function substituterArgs(caches) {
  let args = [
    "--option",
    "fallback",
    "true",
    "--option",
    "extra-substituters",
    caches.targets.map((target) => target.url).join(" ")
  ];
  return caches.trustedKeys.length && args.push("--option", "extra-trusted-public-keys", caches.trustedKeys.join(" ")), args;
}
async function snapshotBuildClosure(drvPath, env) {
  let outputs = await buildClosureOutputs(drvPath, env);
  return { outputs, missing: await invalidPaths(outputs, env) };
}
async function updateCaches(caches, snapshot, exclude, env, logger) {
  let stillMissing = new Set(await invalidPaths(snapshot.missing, env)), realised = await pathInfos(
    snapshot.missing.filter((path) => !stillMissing.has(path)),
    env
  ), skip = new Set(exclude), built = realised.filter((info) => info.ultimate && !skip.has(info.path)), substituted = realised.filter((info) => !info.ultimate), worthKeeping = built.filter((info) => !isImageAssembly(info, realised)), report = {
    caches: caches.targets.map((target) => target.shown),
    built: count(built),
    substituted: count(substituted),
    fromCache: { paths: 0, bytes: 0 },
    uploaded: { paths: 0, bytes: 0 },
    uploadMs: 0,
    warnings: []
  }, fromCache = /* @__PURE__ */ new Map(), started = performance.now();
  for (let target of caches.targets) {
    for (let info of await cachedPaths(target, substituted, env)) fromCache.set(info.path, info);
    try {
      let uploaded = await upload(target, worthKeeping, env, logger);
      report.uploaded.paths += uploaded.paths, report.uploaded.bytes += uploaded.bytes;
    } catch (error) {
      let message = `could not upload to the binary cache ${target.shown}: ${error.message}; the image is pushed anyway`;
      report.warnings.push(message), logger.warn(message);
    }
    if (target.carried && target.dir) {
      await markUsed(
        target.dir,
        [...built, ...substituted].map((info) => info.path).filter((path) => hasEntry(target.dir, path))
      );
      let left = await pruneLocalCache(target.dir, target.carried.maxBytes);
      report.local = {
        dir: target.dir,
        entries: left.entries,
        bytes: left.bytes,
        dropped: left.dropped,
        keyGenerated: target.carried.keyGenerated
      };
    }
  }
  return report.uploadMs = Math.round(performance.now() - started), report.fromCache = count([...fromCache.values()]), logger.info(describeReport(report)), report;
}
function isImageAssembly(info, realised) {
  let builtNow = new Set(realised.filter((other) => other.ultimate).map((other) => other.path));
  return !realised.some((other) => other.path !== info.path && other.references.includes(info.path)) && info.references.some((path) => path !== info.path && builtNow.has(path));
}
async function cachedPaths(target, substituted, env) {
  if (substituted.length === 0) return [];
  if (target.dir) return substituted.filter((info) => hasEntry(target.dir, info.path));
  let present = new Set(
    (await pathInfos(
      substituted.map((info) => info.path),
      env,
      target.url
    ).catch(() => [])).map((info) => info.path)
  );
  return substituted.filter((info) => present.has(info.path));
}
async function upload(target, built, env, logger) {
  if (built.length === 0) return { paths: 0, bytes: 0 };
  if (target.dir) return stagedUpload(target, target.dir, built, env, logger);
  let closure = await closureOf(
    built.map((info) => info.path),
    env
  );
  await signIfNeeded(target, closure, env);
  let copied = new Set(
    await nixCopy(
      withSecretKey(target.url, target.keyFile),
      closure.map((info) => info.path),
      env
    )
  ), own = new Set(built.map((info) => info.path)), extra = closure.filter((info) => copied.has(info.path) && !own.has(info.path)).length;
  return extra > 0 && logger.info(
    `${target.shown} lacked ${extra} path(s) the built ones refer to: uploaded them too (a Nix binary cache holds whole closures)`
  ), count(closure.filter((info) => copied.has(info.path)));
}
async function stagedUpload(target, dir, built, env, logger) {
  await mkdir2(join2(dir, "nar"), { recursive: !0 });
  let staging = await mkdtemp(join2(dir, ".staging-"));
  try {
    let own = new Set(built.map((info) => info.path)), references = [...new Set((await referencesOf([...own], env)).filter((path) => !own.has(path)))];
    for (let info of await pathInfos(references, env))
      await writeFile(
        join2(staging, `${storePathHash(info.path)}.narinfo`),
        `StorePath: ${info.path}
URL: nar/placeholder.nar
Compression: none
NarHash: ${info.narHash}
NarSize: ${info.narSize}
References: 
`
      );
    await forgetEntries(dir, [...own]);
    let params = target.carried ? { compression: "none" } : { compression: "zstd", ...queryParams(target.url) };
    await nixCopy(withSecretKey(`file://${staging}`, target.keyFile, params), [...own], env);
    for (let name of await readdir2(join2(staging, "nar")).catch(() => []))
      await move(join2(staging, "nar", name), join2(dir, "nar", name));
    for (let path of own)
      await move(join2(staging, `${storePathHash(path)}.narinfo`), join2(dir, `${storePathHash(path)}.narinfo`));
    return existsSync2(join2(dir, "nix-cache-info")) || await copyFile(join2(staging, "nix-cache-info"), join2(dir, "nix-cache-info")), logger.debug(
      `uploaded ${own.size} path(s) to ${target.shown}, ${references.length} outside reference(s) left to other substituters`
    ), count(built);
  } finally {
    await rm2(staging, { recursive: !0, force: !0 });
  }
}
async function nixCopy(to, paths, env) {
  let result = await run("nix", [...FEATURES, "copy", "--no-recursive", "--to", to, ...paths], { env });
  if (result.exitCode !== 0) throw new Error(stderrFailure(result.stderr));
  return [...result.stderr.matchAll(/copying path '([^']+)' to /g)].map((match) => match[1] ?? "");
}
async function signIfNeeded(target, paths, env) {
  if (!target.keyFile || isBinaryCacheUrl(target.url) || paths.length === 0) return;
  let result = await run(
    "nix",
    [...FEATURES, "store", "sign", "--key-file", target.keyFile, ...paths.map((info) => info.path)],
    { env }
  );
  if (result.exitCode !== 0) throw new Error(`signing failed: ${stderrFailure(result.stderr)}`);
}
async function closureOf(paths, env) {
  let result = await run("nix-store", ["--query", "--requisites", ...paths], { env });
  if (result.exitCode !== 0) throw new Error(stderrFailure(result.stderr));
  return pathInfos(result.stdout.split(`
`).filter(Boolean), env);
}
async function referencesOf(paths, env) {
  let result = await run("nix-store", ["--query", "--references", ...paths], { env });
  if (result.exitCode !== 0) throw new Error(stderrFailure(result.stderr));
  return result.stdout.split(`
`).filter(Boolean);
}
async function move(from, to) {
  await rename(from, to).catch(async () => {
    await copyFile(from, to), await rm2(from, { force: !0 });
  });
}
function count(infos) {
  return { paths: infos.length, bytes: infos.reduce((sum, info) => sum + info.narSize, 0) };
}
export {
  checkCacheOptions,
  isImageAssembly,
  prepareCaches,
  snapshotBuildClosure,
  substituterArgs,
  updateCaches
};
