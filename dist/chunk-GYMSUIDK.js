import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  NixImageError,
  hasControl,
  visible
} from "./chunk-BDWDUCXX.js";

// src/adapter/outputs.ts
function oneLineValue(name, value) {
  if (hasControl(value))
    throw new NixImageError(`${name} holds a control character (${visible(value).slice(0, 80)}): it is not written`);
  return value;
}

export {
  oneLineValue
};
