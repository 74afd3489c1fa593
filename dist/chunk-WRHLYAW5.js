import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/types.ts
var SECRET_KEY_VARIABLE = "NIX_IMAGE_BINARY_CACHE_SECRET_KEY";

export {
  SECRET_KEY_VARIABLE
};
