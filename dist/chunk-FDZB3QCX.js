import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/base/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\x1B": "\\e" }, SGR = /\u001b\[[0-9;]*m/g;
function hasControl(text) {
  return new RegExp(CONTROL.source).test(text);
}
function visible(text) {
  return text.replace(CONTROL, (char) => NAMED[char] ?? codeOf(char));
}
var codeOf = (char) => {
  let code = char.charCodeAt(0);
  return code > 255 ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, "0")}`;
};
function jsonLine(value) {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function forLog(text) {
  return visible(text.replace(SGR, ""));
}
function forGithubLog(text) {
  return forLog(text).replace(/^(\s*)::/, "$1\\::");
}
function forHtml(text) {
  return forLog(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function markdownCode(text) {
  let value = forLog(text), longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((run) => run[0].length)), fence = "`".repeat(longest + 1), pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
function markdownText(text) {
  return forHtml(text.replace(REFERENCE, "$1\u200B")).replace(/([\\`*_[\]|#!~])/g, "\\$1");
}
var REFERENCE = /([@#!~%$&])(?=[\p{L}\p{N}_])/gu;

// src/core/base/errors.ts
var NixImageError = class extends Error {
  name = "NixImageError";
  constructor(message) {
    super(visible(message));
  }
}, RegistryAuthError = class extends NixImageError {
  name = "RegistryAuthError";
};
function firstLines(text, max = 3) {
  return text.split(`
`).map((line) => line.trim()).filter((line) => line.length > 0).slice(0, max).join(" | ");
}

export {
  hasControl,
  visible,
  jsonLine,
  forLog,
  forGithubLog,
  forHtml,
  markdownCode,
  markdownText,
  NixImageError,
  RegistryAuthError,
  firstLines
};
