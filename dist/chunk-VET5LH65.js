import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  limiter
} from "./chunk-VTAP7Z6Y.js";
import "./chunk-SDIERYGD.js";

// src/core/push/layer-pairs.ts
var DIGEST = /^sha256:[a-f0-9]{64}$/, IMAGE_MANIFESTS = /* @__PURE__ */ new Set([
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.oci.image.manifest.v1+json"
]), GZIP_LAYERS = /* @__PURE__ */ new Set([
  "application/vnd.docker.image.rootfs.diff.tar.gzip",
  "application/vnd.oci.image.layer.v1.tar+gzip"
]), MAX_CONFIG_BYTES = 4 << 20, MAX_PREVIOUS_IMAGES = 4, PROOFS_AT_ONCE = 4, isSize = (value) => typeof value == "number" && Number.isSafeInteger(value) && value > 0;
function pairLayers(manifest, contentType, config) {
  let pairs = /* @__PURE__ */ new Map(), m = manifest, mediaType = typeof m?.mediaType == "string" ? m.mediaType : contentType;
  if (m?.schemaVersion !== 2 || !IMAGE_MANIFESTS.has(mediaType) || !Array.isArray(m.layers)) return pairs;
  let diffIds = config?.rootfs;
  if (diffIds?.type !== "layers" || !Array.isArray(diffIds.diff_ids) || diffIds.diff_ids.length !== m.layers.length)
    return pairs;
  for (let [index, layer] of m.layers.entries()) {
    let diffId = diffIds.diff_ids[index], {
      mediaType: type,
      digest,
      size,
      urls
    } = layer ?? {};
    if (typeof diffId != "string" || !DIGEST.test(diffId)) return /* @__PURE__ */ new Map();
    if (typeof type != "string" || typeof digest != "string" || !DIGEST.test(digest) || !isSize(size))
      return /* @__PURE__ */ new Map();
    !GZIP_LAYERS.has(type) || urls !== void 0 || pairs.set(diffId, { digest, size });
  }
  return pairs;
}
function configOf(manifest) {
  let config = manifest?.config;
  if (!(typeof config?.digest != "string" || !DIGEST.test(config.digest) || !isSize(config.size) || config.size > MAX_CONFIG_BYTES))
    return { digest: config.digest, size: config.size };
}
async function readPairs(registry, tag, logger) {
  try {
    let { info, body } = await registry.getManifest(tag), manifest = JSON.parse(body.toString("utf8")), config = configOf(manifest);
    if (!config) return /* @__PURE__ */ new Map();
    let configBody = await registry.getBlob(config.digest);
    return pairLayers(manifest, info.mediaType.split(";")[0].trim(), JSON.parse(configBody.toString("utf8")));
  } catch (error) {
    return logger.debug(`not reusing layers of ${tag}: ${error.message}`), /* @__PURE__ */ new Map();
  }
}
async function readLayerPairs(registry, extraTags, logger) {
  let listed = await registry.listTags(100).catch(() => []), existing = new Set(listed), candidates = [
    .../* @__PURE__ */ new Set([...extraTags.filter((tag) => existing.has(tag) || listed.length === 100), ...listed])
  ].slice(0, MAX_PREVIOUS_IMAGES), pairs = /* @__PURE__ */ new Map();
  for (let found of await Promise.all(candidates.map((tag) => readPairs(registry, tag, logger))))
    for (let [diffId, layer] of found) pairs.set(diffId, layer);
  return candidates.length > 0 && logger.info(
    `The registry holds ${pairs.size} layer${pairs.size === 1 ? "" : "s"} of ${candidates.join(", ")} to reuse`
  ), provable(registry, pairs);
}
function provable(registry, pairs) {
  let proofs = /* @__PURE__ */ new Map(), gate = limiter(PROOFS_AT_ONCE), prove = async (diffId, uncompressedSize) => {
    let blob = pairs.get(diffId);
    if (!blob) throw new Error(`no blob in the registry is paired with ${diffId}`);
    let { proveLayer } = await import("./chunk-SQHIFMON.js");
    await gate(() => proveLayer(registry, blob, diffId, uncompressedSize));
  };
  return {
    pairs,
    prove(diffId, uncompressedSize) {
      let proof = proofs.get(diffId);
      return proof || (proof = prove(diffId, uncompressedSize), proof.catch(() => {
      }), proofs.set(diffId, proof)), proof;
    }
  };
}
export {
  MAX_PREVIOUS_IMAGES,
  pairLayers,
  provable,
  readLayerPairs
};
