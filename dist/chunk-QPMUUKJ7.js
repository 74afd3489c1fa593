import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  fileSource,
  streamSource,
  walkTar
} from "./chunk-SU5INMAU.js";
import {
  CHUNK,
  withDecompressed
} from "./chunk-NPKTZAS5.js";
import "./chunk-6OAMBA3J.js";
import "./chunk-DBS6EOOQ.js";
import "./chunk-DS5E6ILG.js";
import "./chunk-BDWDUCXX.js";
import "./chunk-SDIERYGD.js";

// src/core/push/reuse-source.ts
import { createHash } from "node:crypto";
import { mkdir, open, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
var SCHEMA2 = "application/vnd.docker.distribution.manifest.v2+json", CONFIG = "application/vnd.docker.container.image.v1+json", GZIP_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip", PLAIN_LAYER = "application/vnd.docker.image.rootfs.diff.tar", DIGEST = /^sha256:[a-f0-9]{64}$/;
function describeArchive(read) {
  let manifestJson = read("manifest.json");
  if (!manifestJson) return;
  let entries = JSON.parse(manifestJson.toString("utf8"));
  if (!Array.isArray(entries) || entries.length !== 1) return;
  let [{ Config, Layers }] = entries;
  if (typeof Config != "string" || !Array.isArray(Layers) || !Layers.every((layer) => typeof layer == "string"))
    return;
  let config = read(Config.replace(/^(\.\/)+/, ""));
  if (!config) return;
  let diffIds = JSON.parse(config.toString("utf8")).rootfs?.diff_ids;
  if (!(!Array.isArray(diffIds) || diffIds.length !== Layers.length || !diffIds.every((id) => typeof id == "string" && DIGEST.test(id))))
    return {
      config,
      layers: Layers.map((member, index) => ({
        diffId: diffIds[index],
        member: member.replace(/^(\.\/)+/, "")
      }))
    };
}
var hex = (digest) => digest.slice(7);
async function proveReused(image, layers, sizes) {
  let proofs = /* @__PURE__ */ new Map();
  for (let { diffId, member } of image.layers) {
    if (!layers.pairs.has(diffId) || proofs.has(diffId)) continue;
    let size = sizes.get(member);
    if (size === void 0) throw new Error(`the archive has no member ${member} for layer ${diffId}`);
    proofs.set(diffId, layers.prove(diffId, size));
  }
  await Promise.all(proofs.values());
}
async function writeSource(dir, image, pairs, place) {
  if (!image.layers.some((layer) => pairs.has(layer.diffId))) return;
  let descriptors = [], placed = /* @__PURE__ */ new Map(), uploaded = 0;
  for (let { diffId, member } of image.layers) {
    let reused = pairs.get(diffId);
    if (reused) {
      descriptors.push({ mediaType: GZIP_LAYER, size: reused.size, digest: reused.digest });
      continue;
    }
    let size = placed.get(diffId);
    if (size === void 0) {
      if (size = await place(member, join(dir, hex(diffId))), size === void 0) return;
      placed.set(diffId, size), uploaded++;
    }
    descriptors.push({ mediaType: PLAIN_LAYER, size, digest: diffId });
  }
  let configDigest = `sha256:${createHash("sha256").update(image.config).digest("hex")}`;
  await writeFile(join(dir, hex(configDigest)), image.config);
  let manifest = {
    schemaVersion: 2,
    mediaType: SCHEMA2,
    config: { mediaType: CONFIG, size: image.config.length, digest: configDigest },
    layers: descriptors
  };
  return await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest)), await writeFile(join(dir, "version"), `Directory Transport Version: 1.1
`), { dir, layers: { uploaded, skipped: image.layers.length - uploaded } };
}
var normalise = (name) => name.replace(/^(\.\/)+/, ""), isFile = (entry) => entry.type === "0" || entry.type === "7", MAX_JSON = 4 << 20;
async function copyOut(source, size, target) {
  let file = await open(target, "wx", 384);
  try {
    for (let left = size; left > 0; ) {
      let piece = await source.read(Math.min(CHUNK, left));
      if (piece.length === 0) throw new Error(`${target}: the archive ends inside a layer`);
      await file.write(piece), left -= piece.length;
    }
  } finally {
    await file.close();
  }
}
async function fromTarFile(archive, dir, layers) {
  let { pairs } = layers, small = /* @__PURE__ */ new Map(), sizes = /* @__PURE__ */ new Map();
  await fileSource(
    archive,
    (source) => walkTar(source, async (entry, data) => {
      let name = normalise(entry.name);
      return isFile(entry) && sizes.set(name, entry.size), !isFile(entry) || !name.endsWith(".json") || entry.size > MAX_JSON ? 0 : (small.set(name, await data.read(entry.size)), entry.size);
    })
  );
  let image = describeArchive((name) => small.get(name));
  if (!image) return;
  let proven = proveReused(image, layers, sizes);
  proven.catch(() => {
  });
  let wanted = /* @__PURE__ */ new Map();
  if (await writeSource(dir, image, pairs, async (member, target) => (wanted.set(member, { target }), 0)) && (await fileSource(
    archive,
    (source) => walkTar(source, async (entry, data) => {
      let want = wanted.get(normalise(entry.name));
      return !want || !isFile(entry) || want.size !== void 0 ? 0 : (await copyOut(data, entry.size, want.target), want.size = entry.size, entry.size);
    })
  ), ![...wanted.values()].some((want) => want.size === void 0)))
    return await proven, writeSource(dir, image, pairs, async (member) => wanted.get(member)?.size);
}
var KEEP_IN_MEMORY = 1 << 20;
async function fromCompressed(archive, compression, dir, layers, env) {
  let { pairs } = layers, spill = join(dir, "members");
  await mkdir(spill);
  let kept = /* @__PURE__ */ new Map(), written = /* @__PURE__ */ new Map(), sizes = /* @__PURE__ */ new Map(), visit = async (entry, data) => {
    let name = normalise(entry.name);
    if (!isFile(entry)) return 0;
    sizes.set(name, entry.size);
    let named = name.split("/").find((part) => pairs.has(`sha256:${part}`));
    if (named !== void 0)
      return name === `${named}/layer.tar` && layers.prove(`sha256:${named}`, entry.size).catch(() => {
      }), 0;
    if (entry.size <= KEEP_IN_MEMORY)
      return kept.set(name, await data.read(entry.size)), entry.size;
    let path = join(spill, String(written.size));
    return await copyOut(data, entry.size, path), written.set(name, { path, size: entry.size }), entry.size;
  };
  await withDecompressed(archive, compression, env, async (stream) => {
    let source = streamSource(stream);
    try {
      await walkTar(source, visit);
    } finally {
      await source.skip(Number.POSITIVE_INFINITY).catch(() => {
      });
    }
  });
  let image = describeArchive((name) => kept.get(name));
  if (image)
    return await proveReused(image, layers, sizes), writeSource(dir, image, pairs, async (name, target) => {
      let small = kept.get(name);
      if (small)
        return await writeFile(target, small), small.length;
      let spilled = written.get(name);
      if (spilled)
        return await rename(spilled.path, target), spilled.size;
    });
}
async function reuseSource(archive, compression, tempDir, layers, env) {
  if (layers.pairs.size === 0) return;
  let dir = join(tempDir, "reuse");
  return await mkdir(dir, { mode: 448 }), compression === "none" ? fromTarFile(archive, dir, layers) : fromCompressed(archive, compression, dir, layers, env);
}
export {
  reuseSource
};
