import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  fileError
} from "./chunk-EIBXTCYD.js";
import {
  signalChildren
} from "./chunk-6OAMBA3J.js";

// src/core/base/temp.ts
import { mkdtempSync, rmSync } from "node:fs";
import { constants } from "node:os";
import { join, resolve } from "node:path";
function privateTempDir(parent) {
  let dir;
  try {
    dir = mkdtempSync(join(resolve(parent), "nix-image-run-"));
  } catch (error) {
    throw fileError("write", "a temporary folder in", parent, error);
  }
  let remove = () => rmSync(dir, { recursive: !0, force: !0 });
  process.once("exit", remove);
  for (let signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"])
    process.once(signal, () => {
      signalChildren(signal), remove(), process.exit(128 + constants.signals[signal]);
    });
  return dir;
}

export {
  privateTempDir
};
