import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  NixImageError
} from "./chunk-FDZB3QCX.js";

// src/core/base/words.ts
function counted(count, singular, plural = `${singular}s`) {
  return `${count} ${count === 1 ? singular : plural}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  let units = ["KiB", "MiB", "GiB"], value = bytes / 1024, unit = 0;
  for (; value >= 1024 && unit < units.length - 1; )
    value /= 1024, unit++;
  return `${value.toFixed(1)} ${units[unit]}`;
}

// src/core/base/files.ts
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
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
async function writeFileWithin(path, data, what, tree, options = {}) {
  let target = options.mode === void 0 ? await realTarget(path, what, tree) : join(await realTarget(dirname(resolve(tree, path)), what, tree, "folder"), basename(path)), flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (options.append ? constants.O_APPEND : constants.O_TRUNC), handle;
  try {
    handle = await open(target, flags, options.mode ?? 420);
  } catch (error) {
    throw fileError("write", what, path, error);
  }
  try {
    options.mode !== void 0 && await handle.chmod(options.mode), await handle.writeFile(data);
  } catch (error) {
    throw fileError("write", what, path, error);
  } finally {
    await handle.close();
  }
}
async function folderWithin(path, what, tree) {
  return realTarget(path, what, tree, "folder");
}
async function realTarget(path, what, tree, kind = "file") {
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
      `${what} ${path} leads out of the working tree through a symlink (to ${real}): refusing to write there; replace the link with a ${kind}`
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
  counted,
  formatBytes,
  readRegularFile,
  writeFileWithin,
  folderWithin,
  fileError
};
