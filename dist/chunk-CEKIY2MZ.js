import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/nix/store-path.ts
var HASH = "[0-9abcdfghijklmnpqrsvwxyz]{32}", NIX_HASH = new RegExp(`^${HASH}$`), STORE_PATH = new RegExp(`^(?:/[A-Za-z0-9+._-]+)+/${HASH}-[A-Za-z0-9+._?=-]+$`), isStorePath = (path) => STORE_PATH.test(path);
function isNixHash(value) {
  return NIX_HASH.test(value);
}
function storePathHash(outPath) {
  let base = outPath.slice(outPath.lastIndexOf("/") + 1);
  return base.slice(0, base.indexOf("-"));
}
var MEMBER = new RegExp(`^(?:\\./|/)?nix/store/(${HASH}-[^/]+)`), IMAGE_STORE_PATH = new RegExp(`^/nix/store/${HASH}-[^/]+$`);
function storePathInMember(member) {
  let match = MEMBER.exec(member);
  return match ? `/nix/store/${match[1]}` : void 0;
}
var imageStorePath = (path) => IMAGE_STORE_PATH.test(path);
function parseDrvName(storeName) {
  for (let i = 0; i < storeName.length - 1; i++)
    if (storeName[i] === "-" && !/[A-Za-z]/.test(storeName[i + 1]))
      return { name: storeName.slice(0, i), version: storeName.slice(i + 1) };
  return { name: storeName };
}
function storePathInfo(path) {
  let base = path.slice(path.lastIndexOf("/") + 1), storeName = base.slice(33);
  return { path, hash: base.slice(0, 32), storeName, ...parseDrvName(storeName) };
}

export {
  isStorePath,
  isNixHash,
  storePathHash,
  storePathInMember,
  imageStorePath,
  storePathInfo
};
