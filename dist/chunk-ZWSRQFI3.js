import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  generateSigningKey,
  parseSecretKey,
  storePathHash
} from "./chunk-LWMXASR5.js";

// src/core/cache/file-cache.ts
import { randomBytes, createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
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
  return await writeFile(secretFile, `${key.secret}
`, { mode: 384 }), await writeFile(join(dir, KEY_FILES.public), `${key.publicKey}
`), { key, generated: !0 };
}
function hasEntry(dir, storePath) {
  return existsSync(join(dir, `${storePathHash(storePath)}.narinfo`));
}
async function forgetEntries(dir, storePaths) {
  for (let path of storePaths) await rm(join(dir, `${storePathHash(path)}.narinfo`), { force: !0 });
}
async function markUsed(dir, storePaths) {
  let now = /* @__PURE__ */ new Date();
  for (let path of storePaths) await utimes(join(dir, `${storePathHash(path)}.narinfo`), now, now).catch(() => {
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
async function fingerprint(dir) {
  let names = existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith(".narinfo")).sort() : [];
  return createHash("sha256").update(names.join(`
`)).digest("hex");
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

export {
  KEY_FILES,
  DEFAULT_MAX_BYTES,
  localCacheKey,
  hasEntry,
  forgetEntries,
  markUsed,
  pruneLocalCache,
  fingerprint
};
