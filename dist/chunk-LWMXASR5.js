import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  validateTag
} from "./chunk-7AF6H3EI.js";
import {
  NixImageError
} from "./chunk-DICX7GQR.js";

// src/core/plan/image.ts
var NIX_HASH = /^[0-9abcdfghijklmnpqrsvwxyz]{32}$/, STORE_PATH = /^(?:\/[A-Za-z0-9+._-]+)+\/[0-9abcdfghijklmnpqrsvwxyz]{32}-[A-Za-z0-9+._?=-]+$/, ARCHIVE_NAME = /\.(tar|tar\.gz|tgz|tar\.zst|tar\.zstd|tar\.xz)$/, isStorePath = (path) => STORE_PATH.test(path);
function isNixHash(value) {
  return NIX_HASH.test(value);
}
function storePathHash(outPath) {
  let base = outPath.slice(outPath.lastIndexOf("/") + 1);
  return base.slice(0, base.indexOf("-"));
}
function detectKind(info) {
  if (info.hasCopyTo) return "nix2container";
  if (info.drvName && ARCHIVE_NAME.test(info.drvName)) return "docker-archive";
  if (info.isExe === !0 || info.drvName?.startsWith("stream-")) return "stream";
}
function describeImage(info, what, explicitTag) {
  if (!info.isDerivation || !info.outPath || !info.drvName)
    throw new NixImageError(`${what} is not a derivation: point it at an image built with dockerTools or nix2container`);
  if (!STORE_PATH.test(info.outPath))
    throw new NixImageError(`${what} has an out path that is not a Nix store path: point it at an image built with dockerTools or nix2container`);
  let kind = detectKind(info);
  if (!kind)
    throw new NixImageError(
      `${what} (${info.drvName}) is not a container image: expected dockerTools.buildImage, buildLayeredImage, streamLayeredImage or nix2container.buildImage`
    );
  let base = {
    outPath: info.outPath,
    drvPath: info.drvPath ?? void 0,
    drvName: info.drvName,
    imageName: info.imageName ?? void 0,
    imageTag: info.imageTag ?? void 0,
    kind
  };
  return explicitTag ? { ...base, tag: validateTag(explicitTag), tagSource: "option" } : info.imageTag && isNixHash(info.imageTag) ? { ...base, tag: info.imageTag, tagSource: "imageTag" } : { ...base, tag: storePathHash(info.outPath), tagSource: "outPath" };
}

// src/core/nix/log.ts
var PREFIX = "@nix ";
var PLAN = /^(these|this) .*(will|would) be (built|fetched)/, STRUCTURED_LOG = ["--log-format", "internal-json"], stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, ""), NixLog = class {
  constructor(logger) {
    this.logger = logger;
  }
  logger;
  errors = [];
  plain = [];
  lastLines = /* @__PURE__ */ new Map();
  /** The derivation each build activity builds, to pair a builder's failure with its last line. */
  buildDrvs = /* @__PURE__ */ new Map();
  lastLogLine;
  started = /* @__PURE__ */ new Set();
  /** Handles one stderr line (JSON or, from wrappers and older tools, plain text). */
  line = (text) => {
    if (!text.startsWith(PREFIX)) {
      text.trim() && this.plain.push(stripAnsi(text));
      return;
    }
    let event;
    try {
      event = JSON.parse(text.slice(PREFIX.length));
    } catch {
      this.plain.push(stripAnsi(text));
      return;
    }
    switch (event.action) {
      case "msg":
        return this.message(event);
      case "start":
        if (event.type === 105 && typeof event.fields?.[0] == "string" && event.id !== void 0 && this.buildDrvs.set(event.fields[0], event.id), (event.type === 105 || event.type === 108 || event.type === 100) && event.text) {
          let text2 = stripAnsi(event.text);
          this.started.has(text2) || this.logger.info(text2), this.started.add(text2);
        }
        return;
      case "result":
        if (event.type === 101 && typeof event.fields?.[0] == "string") {
          let line = stripAnsi(event.fields[0]);
          event.id !== void 0 && this.lastLines.set(event.id, line), this.lastLogLine = line, this.logger.info(line);
        }
        return;
    }
  };
  message(event) {
    let level = event.level ?? 3, text = stripAnsi(event.raw_msg ?? event.msg ?? "").trim();
    level === 0 ? this.errors.push(event) : level === 1 ? this.logger.warn(`nix: ${text.replace(/^warning:\s*/, "")}`) : level <= 3 && !PLAN.test(text) ? this.logger.info(text) : this.logger.debug(text);
  }
  /** The error Nix reported, or undefined when it reported none in its structured log. */
  failure() {
    let error = this.errors.find((event) => !/^\(use '--show-trace'/.test(stripAnsi(event.raw_msg ?? event.msg ?? "")));
    if (!error) {
      let plain = this.plain.map((line) => line.trim()).find((line) => line.startsWith("error:"));
      return plain ? { message: plain.slice(6).trim() } : void 0;
    }
    let full = stripAnsi(error.msg ?? ""), message = stripAnsi(error.raw_msg ?? lastErrorLine(full)).trim(), assertion = /while evaluating the condition of the assertion '(.*)'/.exec(full)?.[1];
    return {
      message: oneLine(message),
      position: position(error) ?? innermostFrame(full),
      assertion: assertion && !message.includes(assertion) ? assertion : void 0,
      lastLogLine: /^builder for .* failed/.test(message) ? this.lastLogLine : void 0
    };
  }
  /** Every error message Nix reported, one line each (a `--keep-going` build reports one per failed derivation). */
  errorMessages() {
    return this.errors.map((event) => oneLine(stripAnsi(event.raw_msg ?? lastErrorLine(stripAnsi(event.msg ?? ""))).trim())).filter(Boolean).map((message) => {
      let drv = /^builder for '([^']+)' failed/.exec(message)?.[1], id = drv ? this.buildDrvs.get(drv) : void 0, last = id === void 0 ? void 0 : this.lastLines.get(id);
      return last ? `${message}; last log line: ${last}` : message;
    });
  }
  /** What was printed outside the structured log (a wrapper's words, a crash), first lines only. */
  plainText() {
    return this.plain.slice(0, 3).join(" | ");
  }
};
function lastErrorLine(text) {
  let lines = text.split(`
`).map((line) => line.trim()), last = lines.filter((line) => line.startsWith("error:")).pop();
  return last ? last.slice(6) : lines[0] ?? "";
}
function position(event) {
  if (event.file)
    return /:\d+(:\d+)?$/.test(event.file) ? event.file.replace(/:\d+$/, "") : event.line ? `${event.file}:${event.line}` : event.file;
}
function innermostFrame(trace) {
  return [...trace.matchAll(/^\s*at (\/[^\s:]+:\d+):\d+:?$/gm)].at(-1)?.[1];
}
var oneLine = (text) => text.replace(/\s*\n\s*/g, " ");
function describeFailure(failure) {
  let parts = [failure.assertion ? `assertion '${failure.assertion}' failed: ${failure.message}` : failure.message];
  return failure.position && parts.push(`(at ${failure.position})`), failure.lastLogLine && parts.push(`; last log line: ${failure.lastLogLine}`), parts.join(" ").replace(/ ;/, ";");
}
function failureText(log) {
  let failure = log.failure();
  return failure ? describeFailure(failure) : log.plainText() || "no error message";
}
var SILENT = { info: () => {
}, warn: () => {
}, debug: () => {
}, group: (_title, fn) => fn() };
function stderrFailure(stderr) {
  let log = new NixLog(SILENT);
  for (let line of stderr.split(`
`)) log.line(line);
  return failureText(log);
}

// src/core/cache/signing-key.ts
import { generateKeyPairSync } from "node:crypto";
var SECRET_KEY_VARIABLE = "NIX_IMAGE_BINARY_CACHE_SECRET_KEY", KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function generateSigningKey(name) {
  let { publicKey, privateKey } = generateKeyPairSync("ed25519"), seed = Buffer.from(privateKey.export({ format: "jwk" }).d ?? "", "base64url"), pub = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url");
  return { secret: `${name}:${Buffer.concat([seed, pub]).toString("base64")}`, publicKey: `${name}:${pub.toString("base64")}` };
}
function parseSecretKey(text, source) {
  let secret = text.trim(), colon = secret.indexOf(":"), name = secret.slice(0, colon), bytes = Buffer.from(secret.slice(colon + 1), "base64");
  if (colon <= 0 || !KEY_NAME.test(name) || bytes.length !== 64)
    throw new NixImageError(
      `${source} is not a Nix binary cache secret key (name:base64 of 64 bytes): make one with nix-store --generate-binary-cache-key NAME secret.key public.key`
    );
  return { secret, publicKey: `${name}:${bytes.subarray(32).toString("base64")}` };
}
function validatePublicKey(text, source) {
  let key = text.trim(), colon = key.indexOf(":");
  if (colon <= 0 || !KEY_NAME.test(key.slice(0, colon)) || Buffer.from(key.slice(colon + 1), "base64").length !== 32)
    throw new NixImageError(`${source} '${key}' is not a Nix public key: give it as NAME:BASE64, as in the cache's nix.conf trusted-public-keys line`);
  return key;
}

export {
  isStorePath,
  storePathHash,
  describeImage,
  STRUCTURED_LOG,
  NixLog,
  describeFailure,
  failureText,
  stderrFailure,
  SECRET_KEY_VARIABLE,
  generateSigningKey,
  parseSecretKey,
  validatePublicKey
};
