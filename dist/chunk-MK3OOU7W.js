import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  NixImageError,
  hasControl
} from "./chunk-DICX7GQR.js";

// src/adapter/inputs.ts
function listInput(value) {
  return value.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}
function booleanInput(name, value, fallback) {
  if (value === "") return fallback;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw new NixImageError(`input ${name} is '${value}': use true or false`);
}
function singleLineSecret(name, value) {
  if (hasControl(value)) throw new NixImageError(`input ${name} holds a newline or control character: give the token alone, on one line`);
  return value;
}

export {
  listInput,
  booleanInput,
  singleLineSecret
};
