import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/base/nix-base32.ts
var NIX_BASE32 = "0123456789abcdfghijklmnpqrsvwxyz";
function nixBase32(bytes) {
  let length = Math.ceil(bytes.length * 8 / 5), text = "";
  for (let n = length - 1; n >= 0; n--) {
    let bit = n * 5, i = Math.floor(bit / 8), j = bit % 8, value = (bytes[i] >> j | (i + 1 < bytes.length ? bytes[i + 1] << 8 - j : 0)) & 31;
    text += NIX_BASE32[value];
  }
  return text;
}
function fromNixBase32(text, size) {
  if (text.length !== Math.ceil(size * 8 / 5)) return;
  let bytes = Buffer.alloc(size);
  for (let n = 0; n < text.length; n++) {
    let digit = NIX_BASE32.indexOf(text[text.length - 1 - n]);
    if (digit < 0) return;
    let bit = n * 5, i = Math.floor(bit / 8), j = bit % 8;
    bytes[i] |= digit << j & 255;
    let carry = digit >> 8 - j;
    if (i + 1 < size) bytes[i + 1] |= carry;
    else if (carry !== 0) return;
  }
  return bytes;
}

export {
  nixBase32,
  fromNixBase32
};
