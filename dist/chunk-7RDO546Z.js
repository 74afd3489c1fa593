import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  NixImageError,
  forLog
} from "./chunk-MQV6Q4KP.js";

// src/adapter/exit.ts
function failureMessage(error) {
  return error instanceof NixImageError ? forLog(error.message) : `internal error: ${error?.stack ?? String(error)}`;
}

export {
  failureMessage
};
