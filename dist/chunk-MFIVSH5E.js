import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/github/state.ts
var TEMP_DIR_STATE = "temp-dir", CACHE_STATE = { dir: "cache-dir", key: "cache-key", fingerprint: "cache-fingerprint" };

export {
  TEMP_DIR_STATE,
  CACHE_STATE
};
