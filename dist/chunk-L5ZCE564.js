import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  NixImageError,
  forLog
} from "./chunk-DICX7GQR.js";

// src/adapter/exit.ts
function failureMessage(error) {
  return error instanceof NixImageError ? forLog(error.message) : `internal error: ${error?.stack ?? String(error)}`;
}

export {
  failureMessage
};
