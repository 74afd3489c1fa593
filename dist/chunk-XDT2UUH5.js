import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/archive/tar.ts
import { open } from "node:fs/promises";
var BLOCK = 512, MAX_HEADER_RECORD_BYTES = 1 << 20, MAX_ARCHIVE_JSON_BYTES = 4 << 20;
async function walkTar(source, visit, limit = Number.POSITIVE_INFINITY) {
  let offset = 0, nextName;
  for (; offset + BLOCK <= limit; ) {
    let header = await source.read(BLOCK);
    if (offset += header.length, header.length < BLOCK || isEndBlock(header)) break;
    let size = parseSize(header), padded = Math.ceil(size / BLOCK) * BLOCK;
    if (offset + padded > limit) throw new TarFormatError(`a member of ${size} bytes runs past the end of its archive`);
    let type = String.fromCharCode(header[156] || 48);
    if (type === "L" || type === "x") {
      if (size > MAX_HEADER_RECORD_BYTES)
        throw new TarFormatError(
          `a ${type === "L" ? "GNU long name" : "PAX header"} of ${size} bytes, more than the ${MAX_HEADER_RECORD_BYTES >> 20} MiB any archive needs`
        );
      let data = await source.read(padded);
      offset += padded;
      let name2 = type === "L" ? cString(data.subarray(0, size)) : paxPath(data.subarray(0, size));
      name2 !== void 0 && (nextName = name2);
      continue;
    }
    let name = nextName ?? headerName(header);
    nextName = void 0;
    let used = await visit({ name, size, type }, source) ?? 0;
    await source.skip(padded - used), offset += padded;
  }
  return offset;
}
var TarFormatError = class extends Error {
  name = "TarFormatError";
}, WINDOW = 64 * 1024;
async function fileSource(path, use) {
  let handle = await open(path, "r"), position = 0, window = Buffer.alloc(0), windowStart = 0, readAt = async (length) => {
    let buffer = Buffer.allocUnsafe(length), { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  };
  try {
    return await use({
      async read(length) {
        let offset = position - windowStart;
        if (offset < 0 || offset + length > window.length) {
          if (length >= WINDOW) {
            let bytes2 = await readAt(length);
            return position += bytes2.length, bytes2;
          }
          window = await readAt(WINDOW), windowStart = position;
        }
        let bytes = window.subarray(position - windowStart, position - windowStart + length);
        return position += bytes.length, bytes;
      },
      async skip(length) {
        position += length;
      }
    });
  } finally {
    await handle.close();
  }
}
function streamSource(chunks) {
  let iterator = chunks[Symbol.asyncIterator](), current = Buffer.alloc(0), done = !1, take = async (length, keep) => {
    let parts = [], wanted = length;
    for (; wanted > 0; ) {
      if (current.length === 0) {
        if (done) break;
        let next = await iterator.next();
        if (next.done) {
          done = !0;
          break;
        }
        current = next.value;
        continue;
      }
      let part = current.subarray(0, wanted);
      current = current.subarray(part.length), wanted -= part.length, keep && parts.push(part);
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  };
  return {
    read: (length) => take(length, !0),
    async skip(length) {
      await take(length, !1);
    }
  };
}
function isEndBlock(header) {
  return header[0] === 0 && header[148] === 0;
}
function headerName(header) {
  let name = cString(header.subarray(0, 100)), prefix = header.subarray(257, 262).toString("latin1") === "ustar" ? cString(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function parseSize(header) {
  let field = header.subarray(124, 136);
  if (field[0] & 128) {
    let size2 = field[0] & 127;
    for (let byte of field.subarray(1)) size2 = size2 * 256 + byte;
    return size2;
  }
  let text = cString(field).trim(), size = text ? Number.parseInt(text, 8) : 0;
  if (!Number.isFinite(size)) throw new TarFormatError(`a tar header has a malformed size '${text}'`);
  return size;
}
function cString(bytes) {
  let end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString("utf8");
}
function paxPath(data) {
  let offset = 0;
  for (; offset < data.length; ) {
    let space = data.indexOf(32, offset);
    if (space === -1) break;
    let length = Number.parseInt(data.subarray(offset, space).toString("latin1"), 10);
    if (!(length > 0)) break;
    let record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    if (record.startsWith("path=")) return record.slice(5);
    offset += length;
  }
}

export {
  MAX_ARCHIVE_JSON_BYTES,
  walkTar,
  fileSource,
  streamSource
};
