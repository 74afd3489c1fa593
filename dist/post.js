import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  TEMP_DIR_STATE,
  getState,
  info
} from "./chunk-M2DF42WV.js";
import "./chunk-AFITODEB.js";

// src/github/post.ts
import { rmSync } from "node:fs";
var tempDir = getState(TEMP_DIR_STATE);
tempDir && (rmSync(tempDir, { recursive: !0, force: !0 }), info(`Removed ${tempDir}`));
