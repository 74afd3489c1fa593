import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  signalChildren
} from "./chunk-3LB3C6RR.js";

// src/core/temp.ts
import { mkdtempSync, rmSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
function privateTempDir(parent) {
  let dir = mkdtempSync(join(parent, "nix-image-run-")), remove = () => rmSync(dir, { recursive: !0, force: !0 });
  process.once("exit", remove);
  for (let signal of ["SIGINT", "SIGTERM", "SIGHUP"])
    process.once(signal, () => {
      signalChildren(signal), remove(), process.exit(128 + constants.signals[signal]);
    });
  return dir;
}

export {
  privateTempDir
};
