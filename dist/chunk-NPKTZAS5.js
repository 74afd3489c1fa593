import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  CommandNotFoundError,
  run
} from "./chunk-6OAMBA3J.js";
import {
  fileError
} from "./chunk-DBS6EOOQ.js";
import {
  NixImageError,
  firstLines
} from "./chunk-BDWDUCXX.js";

// src/core/archive/decompress.ts
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";
var CHUNK = 1 << 20;
async function compressionOf(file) {
  let magic = Buffer.alloc(4), handle = await open(file, "r");
  try {
    await handle.read(magic, 0, 4, 0);
  } finally {
    await handle.close();
  }
  return magic[0] === 31 && magic[1] === 139 ? "gzip" : magic.readUInt32LE(0) === 4247762216 ? "zstd" : "none";
}
var nodeZstd = zlib.createZstdDecompress;
function decoder(compression) {
  return compression === "gzip" ? zlib.createGunzip({ chunkSize: CHUNK }) : nodeZstd?.({ chunkSize: CHUNK });
}
var NoZstdError = class extends NixImageError {
};
function zstdFailure(file, outcome) {
  if (outcome.status === "rejected")
    return outcome.reason instanceof CommandNotFoundError ? new NoZstdError(
      `reading ${file} needs zstd on PATH (Node ${process.versions.node} cannot decompress zstd)`
    ) : new NixImageError(String(outcome.reason));
  if (outcome.value.exitCode !== 0)
    return new NixImageError(`zstd could not decompress ${file}: ${firstLines(outcome.value.stderr)}`);
}
async function withDecompressed(file, compression, env, use) {
  let inNode = decoder(compression);
  if (inNode) {
    let stream = createReadStream(file, { highWaterMark: CHUNK }).on("error", (error) => inNode.destroy(error)).pipe(inNode);
    try {
      return await use(stream);
    } finally {
      stream.destroy();
    }
  }
  let output = new PassThrough({ highWaterMark: CHUNK }), stop = new AbortController(), child = run("zstd", ["-dcq", "--", file], { env, stdoutStream: output, signal: stop.signal });
  child.catch(() => output.destroy());
  let stopped = !1, reading = use(output).finally(() => {
    output.readableEnded || (stopped = !0, stop.abort());
  }), [result, exit] = await Promise.allSettled([reading, child]), failed = stopped ? void 0 : zstdFailure(file, exit);
  if (failed) throw failed;
  if (result.status === "rejected") throw result.reason;
  return result.value;
}
async function decompressToFile(file, compression, target, env) {
  try {
    if (compression === "gzip") {
      await pipeline(
        createReadStream(file, { highWaterMark: CHUNK }),
        zlib.createGunzip({ chunkSize: CHUNK }),
        createWriteStream(target, { mode: 384, highWaterMark: CHUNK })
      );
      return;
    }
    let [exit] = await Promise.allSettled([run("zstd", ["-dqf", "-o", target, "--", file], { env })]), failed = zstdFailure(file, exit);
    if (failed) throw failed;
  } catch (error) {
    throw error instanceof NixImageError ? error : String(error.code).startsWith("Z_") ? new NixImageError(`cannot decompress ${file}: ${error.message}`) : fileError("write", "the unpacked image", target, error);
  }
}

export {
  CHUNK,
  compressionOf,
  NoZstdError,
  withDecompressed,
  decompressToFile
};
