import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import "./chunk-UN3NZ6PW.js";
import {
  CHUNK
} from "./chunk-NPKTZAS5.js";
import "./chunk-6OAMBA3J.js";
import "./chunk-DBS6EOOQ.js";
import "./chunk-DS5E6ILG.js";
import {
  NixImageError
} from "./chunk-BDWDUCXX.js";
import "./chunk-SDIERYGD.js";

// src/core/push/layer-proof.ts
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createGunzip } from "node:zlib";
var LayerProofError = class extends NixImageError {
  name = "LayerProofError";
}, LostLayerError = class extends NixImageError {
  name = "LostLayerError";
}, MIN_BYTES_PER_SECOND = 1 << 20;
async function proveLayer(registry, blob, diffId, uncompressedSize) {
  let compressed = createHash("sha256"), plain = createHash("sha256"), compressedBytes = 0, plainBytes = 0, fail = (why) => new LayerProofError(`blob ${blob.digest} does not hold layer ${diffId}: ${why}`);
  try {
    let timeoutMs = 3e4 + Math.ceil(blob.size / MIN_BYTES_PER_SECOND * 1e3), body = await registry.streamBlob(blob.digest, blob.size, timeoutMs);
    if (!body) throw new LostLayerError(`the registry no longer holds a layer it listed (blob ${blob.digest})`);
    let gunzip = createGunzip({ chunkSize: CHUNK });
    gunzip.on("data", (chunk) => {
      plainBytes += chunk.length, plainBytes > uncompressedSize ? gunzip.destroy(fail(`it decompresses to more than the layer's ${uncompressedSize} bytes`)) : plain.update(chunk);
    });
    let ended = once(gunzip, "end");
    ended.catch(() => {
    });
    for await (let chunk of body)
      compressed.update(chunk), compressedBytes += chunk.length, gunzip.write(chunk) || await once(gunzip, "drain");
    gunzip.end(), await ended;
  } catch (error) {
    throw error instanceof LayerProofError || error instanceof LostLayerError ? error : fail(`reading it failed (${error.message})`);
  }
  let digest = `sha256:${compressed.digest("hex")}`;
  if (compressedBytes !== blob.size || digest !== blob.digest)
    throw fail(`the registry served ${compressedBytes} bytes hashing to ${digest}`);
  let layer = `sha256:${plain.digest("hex")}`;
  if (plainBytes !== uncompressedSize || layer !== diffId)
    throw fail(`it decompresses to ${plainBytes} bytes hashing to ${layer}`);
}
export {
  LayerProofError,
  LostLayerError,
  proveLayer
};
