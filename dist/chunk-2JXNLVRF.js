import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  forLog,
  hasControl
} from "./chunk-FDZB3QCX.js";

// src/adapter/outputs.ts
function oneLineValues(values, warn) {
  let written = {};
  for (let [name, value] of Object.entries(values))
    hasControl(value) && warn(`${name} holds a control character (${forLog(value).slice(0, 80)}): left empty`), written[name] = hasControl(value) ? "" : value;
  return written;
}

export {
  oneLineValues
};
