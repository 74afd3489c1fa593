import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  CACHE_STATE,
  TEMP_DIR_STATE
} from "./chunk-MFIVSH5E.js";
import {
  getState,
  info,
  warning
} from "./chunk-QF7X27IN.js";
import "./chunk-SDIERYGD.js";

// src/github/post.ts
import { rmSync } from "node:fs";
async function post() {
  if (getState(CACHE_STATE.key)) {
    let { saveCarriedCache } = await import("./chunk-Z335HKXF.js");
    await saveCarriedCache().catch(
      (error) => warning(`could not save the binary cache: ${error.message}`)
    );
  }
  let tempDir = getState(TEMP_DIR_STATE);
  tempDir && (rmSync(tempDir, { recursive: !0, force: !0 }), info(`Removed ${tempDir}`));
}
await post();
