import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-DS5E6ILG.js";
import {
  NixImageError
} from "./chunk-BDWDUCXX.js";

// src/core/base/files.ts
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var MAX_MANIFEST_FILE_BYTES = 16 << 20;
async function readRegularFile(path, what, maxBytes = MAX_MANIFEST_FILE_BYTES) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw fileError("read", what, path, error);
  }
  try {
    let stat = await handle.stat();
    if (!stat.isFile())
      throw new NixImageError(`${what} ${path} is not a regular file (${kindOf(stat)}): only plain files are read`);
    if (stat.size > maxBytes)
      throw new NixImageError(
        `${what} ${path} is ${stat.size} bytes, more than the ${formatBytes(maxBytes)} a manifest may have`
      );
    let buffer = Buffer.alloc(stat.size), { bytesRead } = await handle.read(buffer, 0, stat.size, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } catch (error) {
    throw error instanceof NixImageError ? error : fileError("read", what, path, error);
  } finally {
    await handle.close();
  }
}
async function writeFileWithin(path, data, what, tree) {
  let target = await realTarget(path, what, tree), handle;
  try {
    handle = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      420
    );
  } catch (error) {
    throw fileError("write", what, path, error);
  }
  try {
    await handle.writeFile(data);
  } catch (error) {
    throw fileError("write", what, path, error);
  } finally {
    await handle.close();
  }
}
async function realTarget(path, what, tree) {
  let absolute = resolve(tree, path);
  if (!isInside(tree, absolute)) return absolute;
  let realTree = await realpath(tree), real = await realpath(absolute).catch(async (error) => {
    if (error.code !== "ENOENT") throw fileError("write", what, path, error);
    return resolve(
      await realpath(dirname(absolute)).catch(() => dirname(absolute)),
      absolute.slice(dirname(absolute).length + 1)
    );
  });
  if (!isInside(realTree, real))
    throw new NixImageError(
      `${what} ${path} leads out of the working tree through a symlink (to ${real}): refusing to write there; replace the link with a file`
    );
  return real;
}
var isInside = (tree, path) => {
  let rel = relative(resolve(tree), path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}, HINTS = {
  ENOSPC: "the disk is full; free space or point the temporary folder elsewhere",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied; make it writable or run where it is",
  EPERM: "the file is read-only or protected; make it writable",
  EROFS: "the file system is read-only",
  ELOOP: "it is a symlink; replace the link with a file",
  EISDIR: "it is a folder",
  ENOENT: "it does not exist",
  ENOTDIR: "a folder on its path is a file"
};
function fileError(action, what, path, error) {
  let code = error?.code;
  return code ? new NixImageError(`cannot ${action} ${what} ${path} (${code}): ${HINTS[code] ?? error.message}`) : error;
}
function kindOf(stat) {
  return stat.isFIFO() ? "a FIFO" : stat.isDirectory() ? "a folder" : stat.isCharacterDevice() || stat.isBlockDevice() ? "a device" : stat.isSocket() ? "a socket" : "not a file";
}

export {
  readRegularFile,
  writeFileWithin,
  fileError
};
