import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  build,
  buildAttributes,
  buildSkopeo,
  buildableSystems,
  describeInstallable,
  describeSource,
  evaluate,
  nixVersion,
  nixpkgsSource,
  packageImageName,
  parseInstallable,
  parsePackageList,
  validateNixPath,
  writePackageExpression
} from "./chunk-3WMBULXX.js";
import {
  CommandNotFoundError,
  run,
  signalChildren
} from "./chunk-DC6S2333.js";
import {
  fileError,
  isDigest,
  parseImageName,
  validateTag,
  writeFileWithin
} from "./chunk-J35FCF54.js";
import {
  NixImageError,
  RegistryAuthError,
  firstLines,
  visible
} from "./chunk-MQV6Q4KP.js";

// src/core/result.ts
function resultRecord(result) {
  let { image, tag, ref, digest, digestRef, outPath, kind, pushed, skipped, extraTags, tagSource, dryRun, reason, cache, timings } = result;
  return { image, tag, ref, digest, digestRef, outPath, kind, pushed, skipped, extraTags, tagSource, dryRun, reason, cache, timings };
}
function resultOutputs(result) {
  return {
    image: result.image,
    tag: result.tag,
    ref: result.ref,
    digest: result.digest,
    "digest-ref": result.digestRef,
    "out-path": result.outPath,
    kind: result.kind,
    pushed: String(result.pushed),
    skipped: String(result.skipped)
  };
}
var OUTPUT_NAMES = ["image", "tag", "ref", "digest", "digest-ref", "out-path", "kind", "pushed", "skipped"];
function tagExplanation(image) {
  switch (image.tagSource) {
    case "option":
      return "given explicitly";
    case "imageTag":
      return "the image's own imageTag (a Nix hash)";
    case "members":
      return "derived from its members' tags, so it changes when any of them does";
    case "outPath":
      return image.imageTag ? `the out path's hash, because the expression fixes imageTag to '${image.imageTag}'` : "the out path's hash (the image has no imageTag)";
  }
}
function setEntryRecord(entry) {
  let { name, platforms } = entry;
  return { name, ...resultRecord({ ...entry, kind: "docker-archive" }), kind: entry.kind, ...platforms ? { platforms } : {} };
}
function setResultRecord(result) {
  return { images: result.images.map(setEntryRecord), ...result.failed.length ? { failed: result.failed } : {} };
}

// src/core/image.ts
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

// src/core/image-index.ts
import { createHash } from "node:crypto";
var INDEX_MEDIA_TYPE = "application/vnd.oci.image.index.v1+json", NIX_BASE32 = "0123456789abcdfghijklmnpqrsvwxyz";
function indexTag(members) {
  let lines = ["nix-image index v1", ...members.map((member) => `${member.system}=${member.tag}`).sort()], hash = createHash("sha256").update(`${lines.join(`
`)}
`).digest(), folded = Buffer.alloc(20);
  for (let i = 0; i < hash.length; i++) folded[i % 20] ^= hash[i];
  return nixBase32(folded);
}
function nixBase32(bytes) {
  let length = Math.ceil(bytes.length * 8 / 5), text = "";
  for (let n = length - 1; n >= 0; n--) {
    let bit = n * 5, i = Math.floor(bit / 8), j = bit % 8, value = (bytes[i] >> j | (i + 1 < bytes.length ? bytes[i + 1] << 8 - j : 0)) & 31;
    text += NIX_BASE32[value];
  }
  return text;
}
function platformText(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
async function buildIndex(registry, members) {
  let entries = await Promise.all(
    [...members].sort((a, b) => a.system.localeCompare(b.system)).map(async (member) => {
      let { info, body } = await registry.getManifest(member.digest), manifest = JSON.parse(body.toString("utf8"));
      if (!manifest.config?.digest)
        throw new NixImageError(`the ${member.system} member (tag ${member.tag}) is not a single-platform image manifest (${info.mediaType}): it cannot be named in an index`);
      let config = JSON.parse((await registry.getBlob(manifest.config.digest)).toString("utf8"));
      if (!config.os || !config.architecture)
        throw new NixImageError(`the ${member.system} member's image config (tag ${member.tag}) names no os/architecture: set the image's architecture`);
      let platform = { os: config.os, architecture: config.architecture, ...config.variant ? { variant: config.variant } : {} };
      return { member, descriptor: { mediaType: info.mediaType, digest: info.digest, size: info.size, platform } };
    })
  ), seen = /* @__PURE__ */ new Map();
  for (let { member, descriptor } of entries) {
    let text = platformText(descriptor.platform), other = seen.get(text);
    if (other) throw new NixImageError(`the ${other} and ${member.system} members are both ${text} images: each platform may appear once in an index`);
    seen.set(text, member.system);
  }
  let index = { schemaVersion: 2, mediaType: INDEX_MEDIA_TYPE, manifests: entries.map((entry) => entry.descriptor) };
  return {
    body: Buffer.from(JSON.stringify(index)),
    platforms: entries.map(({ descriptor }) => ({ platform: platformText(descriptor.platform), digest: descriptor.digest }))
  };
}

// src/core/image-set-plan.ts
var SYSTEM = /^[a-z][a-z0-9_]*-(linux|darwin|freebsd|netbsd|openbsd|windows|cygwin|none|wasi|redox|genode)$/, isNixSystem = (name) => SYSTEM.test(name);
function planEvaluation(info, what, explicitTag) {
  if (info.isDerivation || !info.members) return { type: "image", evaluated: describeImage(info, what, explicitTag) };
  let names = Object.keys(info.members);
  if (names.length === 0)
    throw new NixImageError(`${what} is an attribute set without images: point it at an image, a set of images or a set of images per Nix system`);
  if (names.every(isNixSystem)) return { type: "set", plan: { images: [], indexes: [platformSet(info.members, [], what, explicitTag)] } };
  let plan = { images: [], indexes: [] };
  for (let name of names.sort()) {
    let member = info.members[name];
    if (!member.isDerivation && member.members && Object.keys(member.members).length > 0 && Object.keys(member.members).every(isNixSystem))
      plan.indexes.push(platformSet(member.members, [name], what, explicitTag));
    else if (member.isDerivation)
      plan.images.push(plannedImage(member, [name], `/${name.toLowerCase()}`, what, explicitTag));
    else
      throw new NixImageError(`${what}: attribute ${name} is neither an image nor a set of images per Nix system (x86_64-linux, aarch64-linux\u2026)`);
  }
  return { type: "set", plan };
}
function plannedImage(info, path, repositorySuffix, what, explicitTag, member) {
  let name = path.join("."), evaluated = describeImage(info, `${what} attribute ${name}`, explicitTag);
  if (evaluated.kind === "nix2container" && !(info.copyToPath && isStorePath(info.copyToPath)))
    throw new NixImageError(`${what} attribute ${name}: its copyTo is not a derivation with a Nix store path: point it at a nix2container image`);
  return {
    name,
    path,
    repositorySuffix,
    evaluated,
    system: info.system,
    copyToPath: info.copyToPath,
    member
  };
}
function platformSet(members, path, what, explicitTag) {
  let repositorySuffix = path.length ? `/${path.join("/").toLowerCase()}` : "", images = Object.keys(members).sort().map((system) => plannedImage(members[system], [...path, system], repositorySuffix, what, void 0, system)), tag = explicitTag ? validateTag(explicitTag) : indexTag(images.map((image) => ({ system: image.member, tag: image.evaluated.tag })));
  return { name: path.join("."), repositorySuffix, tag, tagSource: explicitTag ? "option" : "members", members: images };
}
async function evaluateInstallable(prepared, tag) {
  let { context, installable } = prepared, what = describeInstallable(installable), evaluation = planEvaluation(await evaluate(installable, context), what, tag);
  if (evaluation.type === "image")
    return context.logger.info(`Tag ${evaluation.evaluated.tag}: ${tagExplanation(evaluation.evaluated)} \u2014 kind ${evaluation.evaluated.kind}`), evaluation;
  for (let image of allImages(evaluation.plan)) context.logger.info(`${image.name}: tag ${image.evaluated.tag} (${tagExplanation(image.evaluated)}), kind ${image.evaluated.kind}`);
  for (let index of evaluation.plan.indexes) context.logger.info(`${index.name || "index"}: index tag ${index.tag} (${tagExplanation(index)})`);
  return evaluation;
}
var allImages = (plan) => [...plan.images, ...plan.indexes.flatMap((index) => index.members)];

// src/core/pipeline.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join4, resolve as resolve2 } from "node:path";

// src/core/archive.ts
import { createReadStream, createWriteStream } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var CHUNK = 1 << 20;
async function gunzipArchive(archive, tempDir) {
  let target = join(tempDir, "image.tar");
  try {
    await pipeline(
      createReadStream(archive, { highWaterMark: CHUNK }),
      createGunzip({ chunkSize: CHUNK }),
      createWriteStream(target, { mode: 384, highWaterMark: CHUNK })
    );
  } catch (error) {
    throw fileError("write", "the unpacked image", target, error);
  }
  return target;
}
async function streamToFile(script, tempDir, logger, env) {
  let target = join(tempDir, "image.tar"), result = await run(script, [], { env, stdoutFile: target, onStderrLine: (line) => line && logger.debug(line) });
  if (result.exitCode !== 0)
    throw new NixImageError(`the image stream ${script} failed (exit ${result.exitCode}): ${firstLines(result.stderr)}`);
  return target;
}

// src/core/auth.ts
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2, resolve } from "node:path";
function authFileKey(image) {
  return image.name.slice(0, image.name.indexOf("/"));
}
function credentialsFromEnv(env) {
  let username = env.NIX_IMAGE_REGISTRY_USERNAME, password = env.NIX_IMAGE_REGISTRY_PASSWORD;
  if (!(!username && !password)) {
    if (!username || !password)
      throw new NixImageError("set both NIX_IMAGE_REGISTRY_USERNAME and NIX_IMAGE_REGISTRY_PASSWORD, or neither to use an auth file");
    return { username, password };
  }
}
function findAuthFile(env) {
  let home = env.HOME ?? homedir(), found = [
    env.REGISTRY_AUTH_FILE,
    env.XDG_RUNTIME_DIR && join2(env.XDG_RUNTIME_DIR, "containers", "auth.json"),
    join2(env.XDG_CONFIG_HOME ?? join2(home, ".config"), "containers", "auth.json"),
    join2(env.DOCKER_CONFIG ?? join2(home, ".docker"), "config.json")
  ].find((path) => !!path && existsSync(path));
  return found === void 0 ? void 0 : resolve(found);
}
function readAuthFile(path, image) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    let why = error instanceof SyntaxError ? "is not valid JSON" : `cannot be read (${error.code})`;
    throw new NixImageError(`auth file ${path} ${why}: fix it or give the registry username and password instead`);
  }
  if (typeof parsed != "object" || parsed === null || parsed.auths !== void 0 && typeof parsed.auths != "object")
    throw new NixImageError(`auth file ${path} has no "auths" object: fix it or give the registry username and password instead`);
  let key = authFileKey(image), entry = (key === "docker.io" ? [key, "https://index.docker.io/v1/", "index.docker.io", "registry-1.docker.io"] : [key, `https://${key}`]).map((k) => parsed.auths?.[k]).find(Boolean);
  if (!entry) return;
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry.auth) return;
  let decoded = Buffer.from(entry.auth, "base64").toString("utf8"), colon = decoded.indexOf(":");
  if (colon <= 0) throw new NixImageError(`auth file ${path}: the "auth" entry for ${key} is not base64 of user:password`);
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
async function writeAuthFile(dir, image, credentials) {
  let path = join2(dir, "auth.json"), auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
  try {
    await writeFile(path, JSON.stringify({ auths: { [authFileKey(image)]: { auth } } }), { mode: 384, flag: "wx" });
  } catch (error) {
    throw fileError("write", "the auth file", path, error);
  }
  return path;
}

// src/core/manifest-file.ts
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
async function writeManifestFile(path, manifest, tag) {
  let index = {
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [
      {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        annotations: { "org.opencontainers.image.ref.name": tag }
      }
    ]
  };
  await mkdir(dirname(path), { recursive: !0 }).catch((error) => {
    throw fileError("write", "manifest file", path, error);
  }), await writeFileWithin(path, `${JSON.stringify(index, null, 2)}
`, "manifest file", process.cwd());
}

// src/core/retry.ts
var DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8e3, deadlineMs: 3e4 }, PUSH_RETRY = { attempts: 5, baseDelayMs: 1e3, maxDelayMs: 8e3, deadlineMs: Number.POSITIVE_INFINITY }, TransientError = class extends NixImageError {
  constructor(message, retryAfterMs) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
  retryAfterMs;
  name = "TransientError";
};
async function withRetry(what, operation, logger, policy = DEFAULT_RETRY) {
  let started = Date.now();
  for (let attempt = 1; ; attempt++)
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      let backoff = Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)), delay = Math.min(policy.maxDelayMs, Math.max(backoff, error.retryAfterMs ?? 0)), elapsed = Date.now() - started;
      if (attempt >= policy.attempts || elapsed + delay > policy.deadlineMs)
        throw new NixImageError(`${error.message} (gave up after ${attempt} attempts in ${(elapsed / 1e3).toFixed(1)} s)`);
      logger.warn(`${what}: ${error.message}; retrying in ${(delay / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`), await new Promise((resolve4) => setTimeout(resolve4, delay));
    }
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return;
  let seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

// src/core/registry/answers.ts
import { createHash as createHash2 } from "node:crypto";
function mediaTypeOf(contentType) {
  let type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type) ? type : void 0;
}
function digestHeader(value) {
  return value === void 0 || value === "" ? { kind: "absent" } : isDigest(value) ? { kind: "valid", digest: value } : { kind: "invalid", quoted: visible(value).slice(0, 100) };
}
function manifestSize(value) {
  if (value === void 0 || !/^\d{1,10}$/.test(value)) return;
  let size = Number(value);
  return size > 0 && size <= 4194304 ? size : void 0;
}
var sha256Digest = (body) => `sha256:${createHash2("sha256").update(body).digest("hex")}`;
function registryErrorText(body, secrets) {
  let text = body.toString("utf8").slice(0, 800);
  try {
    let first = JSON.parse(body.toString("utf8")).errors?.[0];
    first && (text = [first.code, first.message].filter((part) => typeof part == "string" && part).join(": "));
  } catch {
  }
  return visible(redact(text, secrets)).trim().slice(0, 200) || "no details";
}
function redact(text, secrets) {
  let redacted = text.replace(/\b(Basic|Bearer)(\s+)[^\s"',;]+/gi, "$1$2[redacted]");
  for (let secret of secrets) secret.length >= 4 && (redacted = redacted.split(secret).join("[redacted]"));
  return redacted;
}

// src/core/registry/http.ts
async function httpRequest(req) {
  let { request } = await import("./chunk-G6HBWROK.js"), host = req.url.host, signal = AbortSignal.timeout(req.timeoutMs), response;
  try {
    response = await request(req.url, {
      method: req.method,
      headers: { "user-agent": "nix-image", ...req.headers },
      body: req.body,
      dispatcher: req.dispatcher,
      signal
    });
  } catch (error) {
    throw connectionError(host, error, req);
  }
  let headers = flattenHeaders(response.headers), body = req.method === "HEAD" ? await drain(response) : await readCapped(response, req, headers), status = response.statusCode;
  if (status >= 500 || status === 429) throw new TransientError(`${host} answered ${status}`, parseRetryAfter(headers["retry-after"]));
  return { status, headers, body };
}
async function drain(response) {
  return await response.body.dump(), Buffer.alloc(0);
}
async function readCapped(response, req, headers) {
  let tooLarge = () => new NixImageError(`${req.url.host} answered ${req.method} ${req.url.pathname} with more than ${formatBytes(req.maxBytes)}: refusing to read it (a registry answer is never that large)`);
  if (Number(headers["content-length"]) > req.maxBytes)
    throw response.body.destroy(), tooLarge();
  let chunks = [], total = 0;
  try {
    for await (let chunk of response.body) {
      if (total += chunk.length, total > req.maxBytes)
        throw response.body.destroy(), tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof NixImageError ? error : connectionError(req.url.host, error, req);
  }
  return Buffer.concat(chunks);
}
function connectionError(host, error, req) {
  let code = typeof error.code == "string" ? error.code : error.name;
  return code === "TimeoutError" || code === "AbortError" || code === "UND_ERR_ABORTED" ? new TransientError(`registry ${host} did not answer ${req.method} ${req.url.pathname} in full within ${req.timeoutMs / 1e3} s`) : /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/i.test(`${code} ${error.message}`) && !req.insecure ? new NixImageError(`TLS connection to ${host} failed (${code}): for a registry with a self-signed certificate or plain HTTP, set insecure-registry`) : code === "ENOTFOUND" || code === "EAI_AGAIN" ? new NixImageError(`registry ${host} is unreachable (${code}): check the registry host in image`) : new TransientError(`registry ${host} is unreachable (${code}): check the registry host in image and that the registry is up`);
}
function flattenHeaders(headers) {
  let flat = {};
  for (let [key, value] of Object.entries(headers)) flat[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}
var formatBytes = (bytes) => `${bytes >> 20} MiB`;

// src/core/registry/auth.ts
function parseChallenge(header) {
  let space = header.indexOf(" "), scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase(), params = {}, pattern = /([a-zA-Z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let match of header.slice(space + 1).matchAll(pattern))
    params[match[1].toLowerCase()] = match[2] ?? match[3] ?? "";
  return { scheme, params };
}
function basicAuth(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
function tokenRealm(realm, registry, insecure) {
  let quoted = visible(realm).slice(0, 200), url;
  try {
    url = new URL(realm);
  } catch {
    throw new NixImageError(`registry ${registry} named the token realm '${quoted}', which is not an absolute URL: the registry's auth is misconfigured`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new NixImageError(`registry ${registry} named the token realm '${quoted}', which is not an http(s) URL: the registry's auth is misconfigured`);
  if (url.protocol === "http:" && !insecure)
    throw new NixImageError(
      `registry ${registry} asks for credentials at ${url.origin}, over plain HTTP: refused, they would travel in clear; set insecure-registry only for a registry on a network you trust`
    );
  return url;
}
var TOKEN = /^[\x21-\x7e]+$/;
async function fetchToken(req) {
  let url = new URL(req.realm);
  req.service && url.searchParams.set("service", req.service), url.searchParams.set("scope", req.scope), req.credentials && url.searchParams.set("account", req.credentials.username);
  let headers = req.credentials ? { authorization: basicAuth(req.credentials) } : {}, response = await httpRequest({ ...req.http, method: "GET", url, headers, maxBytes: 1048576 }), host = url.host;
  if (response.status === 401 || response.status === 403) throw req.authError(response.status);
  if (response.status >= 500 || response.status === 429)
    throw new TransientError(`token server ${host} answered ${response.status}`, parseRetryAfter(response.headers["retry-after"]));
  if (response.status !== 200) throw new NixImageError(`token server ${host} answered ${response.status} for ${req.scope}`);
  let answer;
  try {
    answer = JSON.parse(response.body.toString("utf8"));
  } catch {
    let type = visible(response.headers["content-type"] ?? "no content type").slice(0, 80);
    throw new NixImageError(`token server ${host} answered with something that is not JSON (${type}): check that the registry's token realm ${url.origin}${url.pathname} is its token service`);
  }
  let token = typeof answer?.token == "string" && answer.token ? answer.token : answer?.access_token;
  if (typeof token != "string" || !token) throw new NixImageError(`token server ${host} answered without a token`);
  if (!TOKEN.test(token)) throw new NixImageError(`token server ${host} answered a token with characters no token has (spaces or control characters)`);
  let expiresIn = typeof answer.expires_in == "number" && Number.isFinite(answer.expires_in) ? answer.expires_in : 60;
  return { token, lifetimeMs: Math.max(10, Math.min(expiresIn, 3600) - 5) * 1e3 };
}

// src/core/registry/client.ts
var MANIFEST_TYPES = [
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
], RegistryClient = class {
  image;
  credentials;
  insecure;
  logger;
  retry;
  timeoutMs;
  dispatcher;
  scheme;
  authorization;
  tokens = /* @__PURE__ */ new Map();
  constructor(options) {
    this.image = options.image, this.credentials = options.credentials, this.insecure = options.insecure, this.logger = options.logger, this.retry = options.retry, this.timeoutMs = options.requestTimeoutMs ?? 3e4;
  }
  /**
   * Settles how to talk to the registry (HTTPS or, when insecure, plain HTTP; Basic or a pull
   * token) without knowing a tag, so a caller can do it while Nix evaluates.
   */
  async connect() {
    await this.send("GET", "/v2/", {}, "pull");
  }
  /**
   * Whether the repository holds any tag. An empty one can hold none of the image's layers, so
   * a push there has nothing to skip; unsure (the registry will not list tags) means true.
   */
  async hasAnyTag() {
    try {
      let response = await this.send("GET", this.inRepository("tags/list?n=1"), {}, "pull");
      if (response.status === 404) return !1;
      if (response.status !== 200) return !0;
      let { tags } = JSON.parse(response.body.toString("utf8"));
      return !Array.isArray(tags) || tags.length > 0;
    } catch {
      return !0;
    }
  }
  /** HEAD the tag: its manifest digest, or undefined when the registry does not have it. */
  async findManifest(reference) {
    let response = await this.send("HEAD", this.inRepository(`manifests/${reference}`), { accept: MANIFEST_TYPES.join(", ") }, "pull");
    if (response.status === 404) return;
    this.expectOk(response, `HEAD manifest ${reference}`);
    let digest = digestHeader(response.headers["docker-content-digest"]);
    if (digest.kind === "invalid") throw this.invalidDigest(reference, digest.quoted);
    let mediaType = mediaTypeOf(response.headers["content-type"]), size = manifestSize(response.headers["content-length"]);
    return digest.kind === "absent" || !mediaType || size === void 0 ? (await this.getManifest(reference)).info : { digest: digest.digest, mediaType, size };
  }
  /** GET the manifest: its digest is the hash of the bytes received, whatever the headers claim. */
  async getManifest(reference) {
    let response = await this.send("GET", this.inRepository(`manifests/${reference}`), { accept: MANIFEST_TYPES.join(", ") }, "pull", void 0, 4194304);
    this.expectOk(response, `GET manifest ${reference}`);
    let body = response.body, digest = sha256Digest(body), claimed = digestHeader(response.headers["docker-content-digest"]);
    if (claimed.kind === "invalid") throw this.invalidDigest(reference, claimed.quoted);
    if (claimed.kind === "valid" && claimed.digest !== digest || isDigest(reference) && reference !== digest)
      throw new NixImageError(
        `registry ${this.image.registry} answered a manifest for ${reference} whose bytes hash to ${digest}, not to the digest it names: refusing a registry that does not store what it says`
      );
    let mediaType = mediaTypeOf(response.headers["content-type"]) ?? mediaTypeOfBody(body);
    if (!mediaType) throw new NixImageError(`registry ${this.image.registry} answered the manifest ${reference} without a media type`);
    return { info: { digest, mediaType, size: body.length }, body };
  }
  /** Points `tag` at the manifest `digest` already in the repository: no blob moves. */
  async addTag(digest, tag) {
    let { info, body } = await this.getManifest(digest), response = await this.send("PUT", this.inRepository(`manifests/${tag}`), { "content-type": info.mediaType }, "pull,push", body);
    this.expectOk(response, `PUT manifest ${tag}`);
  }
  /** Stores a manifest (an image index, say) under `reference`; its digest is the hash of the bytes sent. */
  async putManifest(reference, mediaType, body) {
    let response = await this.send("PUT", this.inRepository(`manifests/${reference}`), { "content-type": mediaType }, "pull,push", body);
    return this.expectOk(response, `PUT manifest ${reference}`), { digest: sha256Digest(body), mediaType, size: body.length };
  }
  /**
   * A small blob (an image config), checked against its digest. Registries on object storage
   * redirect blob reads to a signed URL that needs no credentials: followed once, over HTTPS only
   * (or plain HTTP where the registry itself was declared insecure).
   */
  async getBlob(digest) {
    let path = this.inRepository(`blobs/${digest}`), response = await this.send("GET", path, {}, "pull", void 0, 4194304), location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      let url = new URL(location, `${this.scheme ?? "https"}://${this.image.registry}${path}`);
      if (url.protocol !== "https:" && !(this.insecure && url.protocol === "http:"))
        throw new NixImageError(`registry ${this.image.registry} redirected blob ${digest} to a ${visible(url.protocol)} URL: only HTTPS is followed`);
      response = await httpRequest({ ...this.httpOptions(), method: "GET", url, headers: {}, maxBytes: 4194304 });
    }
    if (this.expectOk(response, `GET blob ${digest}`), sha256Digest(response.body) !== digest)
      throw new NixImageError(`registry ${this.image.registry} served blob ${digest} with bytes that hash to ${sha256Digest(response.body)}: refusing a registry that does not store what it says`);
    return response.body;
  }
  inRepository(path) {
    return `/v2/${this.image.repository}/${path}`;
  }
  /** One request to `path` on the registry, authenticated as the registry asks, retried. */
  async send(method, path, headers, actions, body, maxBytes = 1048576) {
    return withRetry(
      `${method} ${this.image.registry}${path}`,
      async () => {
        let response = await this.http(method, path, { ...headers, ...this.authHeader(actions) }, body, maxBytes);
        return response.status === 401 && (await this.authenticate(response.headers["www-authenticate"], actions), response = await this.http(method, path, { ...headers, ...this.authHeader(actions) }, body, maxBytes)), response;
      },
      this.logger,
      this.retry
    );
  }
  authHeader(actions) {
    let token = this.tokens.get(this.scope(actions));
    return token && token.expiresAt > Date.now() ? { authorization: token.header } : this.authorization ? { authorization: this.authorization } : {};
  }
  scope(actions) {
    return `repository:${this.image.repository}:${actions}`;
  }
  async authenticate(header, actions) {
    let challenge = header ? parseChallenge(header) : void 0;
    if (challenge?.scheme === "basic") {
      if (!this.credentials) throw this.authError(401);
      this.authorization = basicAuth(this.credentials);
      return;
    }
    if (challenge?.scheme !== "bearer" || !challenge.params.realm) {
      let quoted = header ? visible(redact(header, this.secrets())).slice(0, 200) : "none";
      throw new NixImageError(`registry ${this.image.registry} answered 401 without a usable challenge (${quoted})`);
    }
    let scope = this.scope(actions), { token, lifetimeMs } = await fetchToken({
      realm: tokenRealm(challenge.params.realm, this.image.registry, this.insecure),
      scope,
      service: challenge.params.service,
      credentials: this.credentials,
      authError: (status) => this.authError(status),
      http: this.httpOptions()
    });
    this.tokens.set(scope, { header: `Bearer ${token}`, expiresAt: Date.now() + lifetimeMs });
  }
  async http(method, path, headers, body, maxBytes) {
    return this.scheme || (this.scheme = await this.probeScheme()), httpRequest({ ...this.httpOptions(), method, url: new URL(`${this.scheme}://${this.image.registry}${path}`), headers, body, maxBytes });
  }
  httpOptions() {
    return { timeoutMs: this.timeoutMs, insecure: this.insecure, dispatcher: this.dispatcher };
  }
  /** HTTPS always; plain HTTP only when asked for an insecure registry and HTTPS does not answer. */
  async probeScheme() {
    if (!this.insecure) return "https";
    let { Agent } = await import("./chunk-G6HBWROK.js");
    this.dispatcher ??= new Agent({ connect: { rejectUnauthorized: !1 } });
    try {
      return await httpRequest({ ...this.httpOptions(), method: "GET", url: new URL(`https://${this.image.registry}/v2/`), headers: {}, maxBytes: 1048576 }), "https";
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      return this.logger.debug(`${this.image.registry} does not answer HTTPS; using plain HTTP (insecure registry)`), "http";
    }
  }
  /** Every credential a request of this client may carry, for taking them out of quoted text. */
  secrets() {
    let secrets = [...this.tokens.values()].map((token) => token.header.slice(7));
    return this.credentials && secrets.push(this.credentials.password, basicAuth(this.credentials).slice(6)), secrets;
  }
  expectOk(response, what) {
    if (response.status === 401 || response.status === 403) throw this.authError(response.status);
    if (response.status < 200 || response.status >= 300)
      throw new NixImageError(`registry ${this.image.registry} answered ${response.status} to ${what}: ${registryErrorText(response.body, this.secrets())}`);
  }
  invalidDigest(reference, quoted) {
    return new NixImageError(
      `registry ${this.image.registry} answered the digest '${quoted}' for ${reference}, which is not one sha256:<64 hex digits> digest: refusing to report it`
    );
  }
  authError(status) {
    let where = `registry ${this.image.registry} (${this.image.repository})`, ghcr = this.image.registry === "ghcr.io" ? "; on GitHub Actions the workflow needs `permissions: packages: write`, and a package first pushed with a personal token must be linked to this repository" : "";
    return status === 403 ? new RegistryAuthError(`${where} denied access (403): the credentials lack push permission${ghcr}`) : this.credentials ? new RegistryAuthError(`${where} rejected the credentials (401): check the registry username and password${ghcr}`) : new RegistryAuthError(`${where} requires credentials (401): give a registry username and password${ghcr}`);
  }
};
function mediaTypeOfBody(body) {
  try {
    let { mediaType } = JSON.parse(body.toString("utf8"));
    return typeof mediaType == "string" ? mediaTypeOf(mediaType) : void 0;
  } catch {
    return;
  }
}

// src/core/skopeo.ts
import { readFile } from "node:fs/promises";
import { join as join3 } from "node:path";
var MINIMUM = {
  // Skip unchanged layers from a fresh machine, and retry transient registry faults.
  precomputeDigests: "1.6.0",
  retryTimes: "1.6.0",
  // Before 1.10 reading a gzip docker-archive fails with "unexpected EOF" (pgzip bug).
  gzipArchive: "1.10.0"
};
function compareVersions(a, b) {
  let pa = a.split(".").map((part) => Number.parseInt(part, 10) || 0), pb = b.split(".").map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    let diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function supports(skopeo, feature) {
  return compareVersions(skopeo.version, MINIMUM[feature]) >= 0;
}
function isRecentEnough(skopeo) {
  return supports(skopeo, "precomputeDigests") && supports(skopeo, "retryTimes");
}
async function skopeoVersion(path, env) {
  try {
    let result = await run(path, ["--version"], { env });
    return /version (\d+\.\d+\.\d+)/.exec(result.stdout)?.[1];
  } catch (error) {
    if (error instanceof CommandNotFoundError) return;
    throw error;
  }
}
function copyArgs(options) {
  return [
    "--tmpdir",
    options.tempDir,
    // A push of a local build has no signatures to check; hosts without policy.json (nixos/nix) need this.
    "--insecure-policy",
    "copy",
    ...copyFlags(options),
    options.source,
    `docker://${options.destination}`
  ];
}
function copyFlags(options) {
  let args = ["--digestfile", options.digestFile];
  return options.authFile && args.push("--dest-authfile", options.authFile), options.insecure && args.push("--dest-tls-verify=false"), options.features.precomputeDigests && args.push("--dest-precompute-digests"), args;
}
async function runCopy(command, args, digestFile, context) {
  let attempt = async () => {
    let result = await run(command, args, { env: context.env, onStderrLine: (line) => line && context.logger.info(line) });
    for (let line of result.stdout.split(`
`)) line && context.logger.info(line);
    if (result.exitCode !== 0) throw copyError(context.destination, result.stderr);
  };
  await withRetry(`push of ${context.destination}`, attempt, context.logger, PUSH_RETRY);
  let digest = (await readFile(digestFile, "utf8").catch(() => "")).trim();
  if (!isDigest(digest)) throw new NixImageError(`skopeo pushed ${context.destination} but wrote no digest to ${digestFile}`);
  return { digest };
}
var LOGRUS_LINE = /^time="[^"]*" level=\w+ msg="((?:[^"\\]|\\.)*)".*$/gm, TRANSIENT = /connection reset|connection refused|broken pipe|(?<!unexpected )\bEOF\b|i\/o timeout|TLS handshake timeout|too many requests|toomanyrequests|\b(429|500|502|503|504)\b|service unavailable|bad gateway|gateway time-?out|internal server error/i;
function copyError(destination, stderr) {
  let text = firstLines(stderr.replace(LOGRUS_LINE, (_line, message) => message.replace(/\\"/g, '"')), 2);
  return /unauthorized|authentication required|\b401\b/i.test(text) ? new NixImageError(`skopeo could not push ${destination}: the registry rejected the credentials (${text})`) : /denied|forbidden|\b403\b/i.test(text) ? new NixImageError(`skopeo could not push ${destination}: access denied, the credentials lack push permission (${text})`) : TRANSIENT.test(text) ? new TransientError(`skopeo could not push ${destination}: ${text}`) : new NixImageError(`skopeo could not push ${destination}: ${text || "no error message"}`);
}
var digestFilePath = (dir) => join3(dir, "digest");

// src/core/pipeline.ts
async function pushImage(options, logger, given) {
  let timings = {}, step = stepRunner(timings, logger), extraTags = options.extraTags.map((tag) => validateTag(tag, "extra-tag")), binaryCache = options.binaryCache ? await import("./chunk-3EIW4SVQ.js") : void 0;
  options.binaryCache && binaryCache?.checkCacheOptions(options.binaryCache);
  let prepared = given?.nix ?? await prepareNix(options, logger), { context: nixContext, installable } = prepared, registry = given?.registry ?? registryClient(options, options.image, logger), connected = given?.connected ?? registry.connect();
  connected.catch(() => {
  });
  let what = describeInstallable(installable);
  given && (timings.evaluate = given.evaluateMs);
  let evaluated = given?.evaluated ?? await step("evaluate", `Evaluate ${what}`, () => evaluateImage(prepared, options.tag)), image = options.image.name, ref = `${image}:${evaluated.tag}`, existing = await step("check", `Check whether ${ref} exists`, async () => (await connected, registry.findManifest(evaluated.tag)));
  logger.info(existing ? `${ref} exists: ${existing.digest}` : `${ref} is not in the registry`);
  let result = (fields) => ({
    image,
    tag: evaluated.tag,
    ref,
    digestRef: fields.digest ? `${image}@${fields.digest}` : "",
    outPath: evaluated.outPath,
    kind: evaluated.kind,
    tagSource: evaluated.tagSource,
    dryRun: options.dryRun,
    extraTags,
    timings,
    ...fields
  });
  if (options.dryRun) {
    let reason = existing ? options.skipExisting ? `dry run: ${ref} is already in the registry, a run would build and push nothing` : `dry run: ${ref} is already in the registry, a run would build and push it again (skip-existing is off)` : `dry run: ${ref} is not in the registry, a run would build and push it`;
    return result({ digest: existing?.digest ?? "", pushed: !1, skipped: !!(existing && options.skipExisting), reason });
  }
  if (options.noBuild && !existing)
    throw new NixImageError(`${ref} is not in the registry, and no-build builds nothing: push it first (without no-build)`);
  if (existing && (options.skipExisting || options.noBuild))
    return await addExtraTags(registry, existing.digest, extraTags, step), await writeManifest(options.manifestFile, existing, evaluated.tag), result({
      digest: existing.digest,
      pushed: !1,
      skipped: !0,
      reason: `${ref} is already in the registry: nothing built, nothing pushed`
    });
  let reusable = registry.hasAnyTag(), parent = resolve2(options.tempDir ?? tmpdir()), tempDir = await mkdtemp(join4(parent, "nix-image-")).catch((error) => {
    throw fileError("write", "a temporary folder in", parent, error);
  });
  try {
    let caches = binaryCache && options.binaryCache ? await binaryCache.prepareCaches(options.binaryCache, tempDir, logger) : void 0, { built, snapshot } = await step("build", `Build ${what}`, async () => {
      let snapshot2 = caches && evaluated.drvPath ? await binaryCache?.snapshotBuildClosure(evaluated.drvPath, nixContext.env) : void 0, subAttrs = evaluated.kind === "nix2container" ? ["copyTo"] : [];
      return { built: await build(installable, nixContext, subAttrs, caches ? binaryCache?.substituterArgs(caches) ?? [] : []), snapshot: snapshot2 };
    }), copyTo = built.find((path) => existsSync2(join4(path, "bin", "copy-to"))), outPath = built.find((path) => path !== copyTo) ?? "";
    outPath !== evaluated.outPath && logger.warn(`nix build produced ${outPath}, evaluation said ${evaluated.outPath}; pushing what was built`);
    let cache = binaryCache && caches && snapshot ? await step("cache", "Upload to the binary cache", () => binaryCache.updateCaches(caches, snapshot, built, nixContext.env, logger)) : void 0, authFile = options.credentials ? await writeAuthFile(tempDir, options.image, options.credentials) : options.authFile, layersMayExist = await reusable, push = await step(
      "push",
      `Push ${ref}`,
      () => pushBuilt({ options, installable, evaluated, outPath, copyTo, ref, tempDir, authFile, nixContext, logger, layersMayExist })
    ), pushed = await confirmPush(registry, evaluated.tag, ref, push.digest, logger);
    return await addExtraTags(registry, pushed.digest, extraTags, step), await writeManifest(options.manifestFile, pushed, evaluated.tag), result({
      digest: pushed.digest,
      pushed: !0,
      skipped: !1,
      skopeo: push.skopeo,
      cache,
      reason: existing ? `${ref} was already in the registry and was pushed again (skip-existing is off)` : `${ref} was not in the registry: built and pushed`
    });
  } finally {
    await rm(tempDir, { recursive: !0, force: !0 });
  }
}
function registryClient(options, image, logger) {
  let credentials = options.credentials ?? (options.authFile ? readAuthFile(options.authFile, image) : void 0);
  return new RegistryClient({ image, credentials, insecure: options.insecureRegistry, logger });
}
async function confirmPush(registry, tag, ref, pushedDigest, logger) {
  let pushed = await registry.findManifest(tag);
  if (!pushed) throw new NixImageError(`skopeo reported a push of ${ref}, but the registry does not have it`);
  if (pushed.digest === pushedDigest) return pushed;
  let stored = (await registry.getManifest(tag)).info;
  return logger.warn(`skopeo wrote digest ${pushedDigest}, the registry answers ${pushed.digest} and stores ${stored.digest}; reporting what it stores`), stored;
}
function stepRunner(timings, logger) {
  return async (name, title, work) => {
    let started = performance.now();
    try {
      return await logger.group(title, work);
    } finally {
      timings[name] = Math.round(performance.now() - started), logger.info(`${name}: ${formatMs(timings[name])}`);
    }
  };
}
async function prepareNix(options, logger) {
  let nixPath = nixPathFor(options.installable, options.nixPath, logger), { installable: given } = options, source = given.type === "packages" ? nixpkgsSource(given.list, nixPath) : void 0, env = options.nixEnv ?? options.env;
  logger.info(`Nix ${await nixVersion(env)}`);
  let context = { env, logger, nixPath };
  return given.type !== "packages" ? { context, installable: given } : { context, installable: await writePackageFile(given.list, source ?? nixpkgsSource(given.list, nixPath), options.tempDir ?? tmpdir(), logger) };
}
async function writePackageFile(list, source, dir, logger) {
  source.type === "unpinned" && logger.warn("nixpkgs is not pinned (allow-unpinned): the image, and its tag, change whenever NIX_PATH or the channel does");
  let installable = await writePackageExpression(list, source, dir);
  return logger.info(`${describeInstallable(installable)} (nixpkgs: ${describeSource(source)}) as ${installable.file}`), logger.debug(readFileSync2(installable.file, "utf8")), installable;
}
async function evaluateImage(prepared, tag) {
  let what = describeInstallable(prepared.installable), evaluated = describeImage(await evaluate(prepared.installable, prepared.context), what, tag);
  return prepared.context.logger.info(`Tag ${evaluated.tag}: ${tagExplanation(evaluated)} \u2014 kind ${evaluated.kind}`), evaluated;
}
async function pushBuilt(context) {
  let { options, evaluated, outPath, ref, tempDir, authFile, logger } = context, digestFile = digestFilePath(tempDir), env = { ...options.env ?? process.env, TMPDIR: tempDir }, copyContext = { env, logger, destination: ref };
  if (context.layersMayExist || logger.info(`${options.image.name} holds no tags yet: pushing every layer without checking for it first`), evaluated.kind === "nix2container") {
    let { copyTo } = context;
    if (!copyTo) throw new Error(`copyTo of ${outPath} was not built`);
    let command = join4(copyTo, "bin", "copy-to"), flags = copyFlags({ authFile, digestFile, insecure: options.insecureRegistry, features: { precomputeDigests: context.layersMayExist, retryTimes: !0 } });
    return logger.info(`Pushing with nix2container's copy-to (${copyTo})`), { ...await runCopy(command, [...flags, `docker://${ref}`], digestFile, copyContext), skopeo: { path: command, version: "nix2container", source: "nix2container" } };
  }
  let skopeo = await resolveSkopeo(context.installable, context.nixContext, options.env);
  logger.info(`Pushing with skopeo ${skopeo.version} (${skopeo.source === "system" ? "from PATH" : `built with Nix: ${skopeo.path}`})`);
  let archive = outPath;
  evaluated.kind === "stream" ? archive = await streamToFile(outPath, tempDir, logger, env) : /\.(tar\.gz|tgz)$/.test(outPath) && !supports(skopeo, "gzipArchive") && (logger.info(`skopeo ${skopeo.version} cannot read gzip archives (fixed in 1.10): unpacking to a temporary tar`), archive = await gunzipArchive(outPath, tempDir));
  let args = copyArgs({
    source: `docker-archive:${archive}`,
    tempDir,
    destination: ref,
    authFile,
    digestFile,
    insecure: options.insecureRegistry,
    features: { precomputeDigests: context.layersMayExist && supports(skopeo, "precomputeDigests"), retryTimes: supports(skopeo, "retryTimes") }
  });
  return { ...await runCopy(skopeo.path, args, digestFile, copyContext), skopeo };
}
async function resolveSkopeo(installable, context, env) {
  let version = await skopeoVersion("skopeo", env);
  if (version && isRecentEnough({ version })) return { path: "skopeo", version, source: "system" };
  context.logger.info(
    version ? `skopeo ${version} on PATH is older than 1.6 (no --dest-precompute-digests): building skopeo with Nix` : "no skopeo on PATH: building skopeo with Nix"
  );
  let path = join4(await buildSkopeo(installable, context), "bin", "skopeo"), built = await skopeoVersion(path, env);
  if (!built) throw new NixImageError(`the skopeo built with Nix (${path}) does not run`);
  return { path, version: built, source: "nix" };
}
async function addExtraTags(registry, digest, tags, step) {
  tags.length !== 0 && await step("tag", `Tag ${tags.join(", ")}`, async () => {
    for (let tag of tags) await registry.addTag(digest, tag);
  });
}
async function writeManifest(path, manifest, tag) {
  path && await writeManifestFile(path, manifest, tag);
}
function nixPathFor(installable, nixPath, logger) {
  if (nixPath.length === 0) return [];
  if (installable.type === "flake")
    return logger.warn(`nix-path ${nixPath.join(" ")} is ignored for the flake ${installable.ref}: its flake.lock is the pin`), [];
  let checked = validateNixPath(nixPath);
  return logger.info(`Nix path: ${checked.join(" ")}`), checked;
}
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s`;
}

// src/core/image-set.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { availableParallelism, tmpdir as tmpdir2 } from "node:os";
import { join as join5 } from "node:path";
var DEFAULT_JOBS = Math.max(2, Math.min(availableParallelism(), 8));
function parseJobs(value, inputName) {
  if (!/^[1-9][0-9]{0,2}$/.test(value.trim())) throw new NixImageError(`${inputName} '${value}' is not a count: give how many images to push at once, e.g. 4`);
  return Number(value);
}
async function pushImages(options, logger) {
  let prepared = await prepareNix(options, logger), registry = registryClient(options, options.image, logger), connected = registry.connect();
  connected.catch(() => {
  });
  let started = performance.now(), evaluation;
  try {
    evaluation = await logger.group(`Evaluate ${describeInstallable(prepared.installable)}`, () => evaluateInstallable(prepared, options.tag));
  } finally {
    logger.info(`evaluate: ${formatMs(Math.round(performance.now() - started))}`);
  }
  let evaluateMs = Math.round(performance.now() - started);
  if (evaluation.type === "image")
    return { single: await pushImage(options, logger, { nix: prepared, evaluated: evaluation.evaluated, evaluateMs, registry, connected }) };
  if (options.manifestFile) throw new NixImageError("manifest-file names one image: leave it out when pushing a set of images");
  options.binaryCache && logger.warn("binary-cache and cache apply to a single image; this set of images is built without them");
  let setOptions = { ...options, binaryCache: void 0 };
  return { set: await pushSet(evaluation.plan, setOptions, { nixContext: prepared.context, installable: prepared.installable, logger, evaluateMs, registry }) };
}
async function pushSet(plan, options, context) {
  let timings = { evaluate: context.evaluateMs }, run2 = {
    plan,
    images: allImages(plan),
    options,
    context,
    extraTags: options.extraTags.map((tag) => validateTag(tag, "extra-tag")),
    timings,
    step: stepRunner(timings, context.logger),
    clients: /* @__PURE__ */ new Map([[options.image.name, context.registry]]),
    decisions: /* @__PURE__ */ new Map(),
    indexFound: /* @__PURE__ */ new Map(),
    entries: /* @__PURE__ */ new Map()
  };
  for (let { repositorySuffix } of [...run2.images, ...plan.indexes]) clientFor(run2, repositorySuffix);
  await checkAll(run2), await leaveOtherSystems(run2), await buildMissing(run2);
  let shared = { ...timings }, tempDir = await mkdtemp2(join5(options.tempDir ?? tmpdir2(), "nix-image-set-"));
  try {
    await pushAll(run2, tempDir, shared);
    let failed = [];
    for (let image of run2.images) {
      let failure = await settle(run2, image, shared);
      failure && failed.push({ name: image.name, reason: failure });
    }
    let indexEntries = /* @__PURE__ */ new Map();
    for (let index of plan.indexes)
      try {
        let entry = await pushIndex(index, run2, shared);
        entry && indexEntries.set(index, entry);
      } catch (error) {
        failed.push({ name: index.name || "index", reason: messageOf(error) });
      }
    let ordered = [];
    for (let image of plan.images) run2.entries.has(image) && ordered.push(run2.entries.get(image));
    for (let index of plan.indexes) {
      for (let member of index.members) run2.entries.has(member) && ordered.push(run2.entries.get(member));
      indexEntries.has(index) && ordered.push(indexEntries.get(index));
    }
    return { images: ordered, failed };
  } finally {
    await rm2(tempDir, { recursive: !0, force: !0 });
  }
}
function clientFor(run2, suffix) {
  let name = `${run2.options.image.name}${suffix}`, client = run2.clients.get(name);
  return client || (client = registryClient(run2.options, parseImageName(name, `image (for attribute ${suffix.slice(1).replace(/\//g, ".")})`), run2.context.logger), run2.clients.set(name, client)), client;
}
async function checkAll(run2) {
  let { images, plan, options, context } = run2;
  await run2.step("check", `Check ${images.length} image(s) and ${plan.indexes.length} index(es) in the registry`, async () => {
    await Promise.all([
      ...images.map(async (image) => {
        try {
          let manifest = await clientFor(run2, image.repositorySuffix).findManifest(image.evaluated.tag);
          context.logger.info(`${refOf(image, options)} ${manifest ? `exists: ${manifest.digest}` : "is not in the registry"}`), run2.decisions.set(image, decide(image, manifest, options));
        } catch (error) {
          run2.decisions.set(image, { action: "failed", reason: messageOf(error) });
        }
      }),
      ...plan.indexes.map(async (index) => {
        run2.indexFound.set(index, await clientFor(run2, index.repositorySuffix).findManifest(index.tag).catch((error) => error));
      })
    ]);
  });
}
var toBuild = (run2) => run2.images.filter((image) => run2.decisions.get(image)?.action === "build");
async function leaveOtherSystems(run2) {
  let members = toBuild(run2).filter((image) => image.member && image.system);
  if (members.length === 0) return;
  let buildable = await buildableSystems(run2.context.nixContext);
  for (let image of members.filter((image2) => !buildable.includes(image2.system)))
    run2.context.logger.info(`${image.name}: not built here (this Nix builds ${buildable.join(", ")}); the job on an ${image.system} runner pushes it`), run2.decisions.set(image, { action: "elsewhere" });
}
async function buildMissing(run2) {
  let building = toBuild(run2);
  building.length !== 0 && await run2.step("build", `Build ${building.map((image) => image.name).join(", ")}`, async () => {
    let paths = building.flatMap((image) => [image.path, ...image.evaluated.kind === "nix2container" ? [[...image.path, "copyTo"]] : []]), { failure, errors } = await buildAttributes(run2.context.installable, run2.context.nixContext, paths);
    for (let image of building) {
      let { outPath, kind } = image.evaluated;
      existsSync3(outPath) && (kind !== "nix2container" || image.copyToPath !== null && existsSync3(image.copyToPath)) || run2.decisions.set(image, { action: "failed", reason: `nix build failed: ${buildFailureFor(image, errors) ?? failure ?? "no error message"}` });
    }
  });
}
async function pushAll(run2, tempDir, shared) {
  let pushing = toBuild(run2);
  if (pushing.length === 0) return;
  let { options } = run2, authFile = options.credentials ? await writeAuthFile(tempDir, options.image, options.credentials) : options.authFile, started = performance.now();
  await mapLimit(pushing, options.jobs ?? DEFAULT_JOBS, async (image) => {
    let imageTemp = await mkdtemp2(join5(tempDir, "image-"));
    try {
      run2.entries.set(image, await pushOne(run2, image, { tempDir: imageTemp, authFile, shared }));
    } catch (error) {
      run2.decisions.set(image, { action: "failed", reason: messageOf(error) });
    } finally {
      await rm2(imageTemp, { recursive: !0, force: !0 });
    }
  }), run2.timings.push = Math.round(performance.now() - started), run2.context.logger.info(`push: ${formatMs(run2.timings.push)}`);
}
async function pushOne(run2, image, where) {
  let { options, context } = run2, logger = prefixed(context.logger, image.name), registry = clientFor(run2, image.repositorySuffix), ref = refOf(image, options), own = {}, layersMayExist = await registry.hasAnyTag(), started = performance.now(), push = await pushBuilt({
    options: { ...options, image: parseImageName(`${options.image.name}${image.repositorySuffix}`) },
    evaluated: image.evaluated,
    outPath: image.evaluated.outPath,
    copyTo: image.evaluated.kind === "nix2container" ? image.copyToPath ?? void 0 : void 0,
    ref,
    tempDir: where.tempDir,
    authFile: where.authFile,
    nixContext: { ...context.nixContext, logger },
    installable: context.installable,
    logger,
    layersMayExist
  });
  own.push = Math.round(performance.now() - started);
  let pushed = await confirmPush(registry, image.evaluated.tag, ref, push.digest, logger), tags = image.member ? [] : run2.extraTags;
  await addExtraTags(registry, pushed.digest, tags, (name, _title, work) => timed(own, name, work)), logger.info(`pushed ${ref}: ${pushed.digest}`);
  let existed = run2.decisions.get(image).manifest;
  return {
    ...entryFields(image, ref, pushed.digest, options, { ...where.shared, ...own }),
    extraTags: tags,
    pushed: !0,
    skipped: !1,
    skopeo: push.skopeo,
    reason: existed ? `${ref} was already in the registry and was pushed again (skip-existing is off)` : `${ref} was not in the registry: built and pushed`
  };
}
async function settle(run2, image, shared) {
  let { options } = run2, decision = run2.decisions.get(image), ref = refOf(image, options), base = (digest) => entryFields(image, ref, digest, options, shared);
  switch (decision.action) {
    case "failed":
      return decision.reason;
    case "build":
      return;
    // pushed: its entry is there
    case "present": {
      let tags = image.member ? [] : run2.extraTags;
      try {
        await addExtraTags(clientFor(run2, image.repositorySuffix), decision.manifest.digest, tags, (_name, _title, work) => work());
      } catch (error) {
        return messageOf(error);
      }
      run2.entries.set(image, { ...base(decision.manifest.digest), extraTags: tags, pushed: !1, skipped: !0, reason: `${ref} is already in the registry: nothing built, nothing pushed` });
      return;
    }
    case "dry-run": {
      let reason = decision.manifest ? `dry run: ${ref} is already in the registry, a run would build and push nothing` : `dry run: ${ref} is not in the registry, a run would build and push it`;
      run2.entries.set(image, { ...base(decision.manifest?.digest ?? ""), pushed: !1, skipped: !!(decision.manifest && options.skipExisting), reason });
      return;
    }
    case "elsewhere":
      run2.entries.set(image, {
        ...base(""),
        pushed: !1,
        skipped: !1,
        reason: `${ref} is not in the registry and is for ${image.system}, which this Nix does not build: the job on such a runner pushes it`
      });
      return;
  }
}
var refOf = (image, options) => `${options.image.name}${image.repositorySuffix}:${image.evaluated.tag}`;
function decide(image, manifest, options) {
  if (options.dryRun) return { action: "dry-run", manifest };
  if (manifest && (options.skipExisting || options.noBuild)) return { action: "present", manifest };
  if (options.noBuild) {
    let fix = image.member ? `the job that builds ${image.member} should push it first` : "push it first without no-build";
    return { action: "failed", reason: `${refOf(image, options)} is not in the registry, and no-build builds nothing: ${fix}` };
  }
  return { action: "build", manifest };
}
async function pushIndex(index, run2, shared) {
  let { options } = run2, registry = clientFor(run2, index.repositorySuffix), ref = `${options.image.name}${index.repositorySuffix}:${index.tag}`, found = run2.indexFound.get(index), context = {
    members: index.members.map((image2) => ({ image: image2, entry: run2.entries.get(image2), failed: run2.decisions.get(image2)?.action === "failed" })),
    extraTags: run2.extraTags,
    timings: shared,
    logger: run2.context.logger
  };
  if (found instanceof Error) throw found;
  let image = `${options.image.name}${index.repositorySuffix}`, fields = (digest, platforms2) => ({
    name: index.name,
    image,
    tag: index.tag,
    ref,
    digest,
    digestRef: digest ? `${image}@${digest}` : "",
    outPath: "",
    kind: "index",
    tagSource: index.tagSource,
    dryRun: options.dryRun,
    extraTags: context.extraTags,
    timings: context.timings,
    platforms: platforms2
  }), memberPlatforms = async () => {
    let { manifests } = JSON.parse((await registry.getManifest(found.digest)).body.toString("utf8"));
    return (manifests ?? []).map((entry) => ({ platform: [entry.platform?.os, entry.platform?.architecture, entry.platform?.variant].filter(Boolean).join("/"), digest: entry.digest }));
  };
  if (found && (options.skipExisting || options.noBuild)) {
    await addExtraTags(registry, found.digest, options.dryRun ? [] : context.extraTags, (_name, _title, work) => work());
    let reason = options.dryRun ? `dry run: the index ${ref} is already in the registry` : `the index ${ref} is already in the registry: nothing built, nothing pushed`;
    return { ...fields(found.digest, await memberPlatforms()), pushed: !1, skipped: !0, reason };
  }
  let failedMember = context.members.find((member) => member.failed);
  if (failedMember) {
    context.logger.info(`the index ${ref} is not pushed: its member ${failedMember.image.name} failed`);
    return;
  }
  if (options.dryRun)
    return { ...fields("", void 0), pushed: !1, skipped: !1, reason: `dry run: the index ${ref} is not in the registry, a run would push it after its members` };
  let waiting = context.members.filter((member) => !member.entry?.digest);
  if (waiting.length > 0) {
    let names = waiting.map((member) => member.image.member).join(", ");
    return {
      ...fields("", void 0),
      pushed: !1,
      skipped: !1,
      reason: `the index ${ref} waits for ${names}: once the jobs building them have pushed, a run with no-build pushes it`
    };
  }
  let started = performance.now(), { body, platforms } = await buildIndex(
    registry,
    context.members.map((member) => ({ system: member.image.member, tag: member.image.evaluated.tag, digest: member.entry.digest }))
  ), pushed = await registry.putManifest(index.tag, INDEX_MEDIA_TYPE, body);
  return await addExtraTags(registry, pushed.digest, context.extraTags, (_name, _title, work) => work()), context.logger.info(`pushed the index ${ref} (${platforms.map((entry) => entry.platform).join(", ")}): ${pushed.digest} in ${formatMs(Math.round(performance.now() - started))}`), { ...fields(pushed.digest, platforms), pushed: !0, skipped: !1, reason: `the index ${ref} was not in the registry: pushed, naming ${platforms.length} platform(s)` };
}
function entryFields(image, ref, digest, options, timings) {
  let name = `${options.image.name}${image.repositorySuffix}`;
  return {
    name: image.name,
    image: name,
    tag: image.evaluated.tag,
    ref,
    digest,
    digestRef: digest ? `${name}@${digest}` : "",
    outPath: image.evaluated.outPath,
    kind: image.evaluated.kind,
    tagSource: image.evaluated.tagSource,
    dryRun: options.dryRun,
    extraTags: [],
    timings
  };
}
function buildFailureFor(image, errors) {
  let own = errors.find((error) => error.includes(`-${image.evaluated.drvName}.drv`)), builderFailure = errors.find((error) => /^builder for /.test(error));
  return own && /dependencies of derivation/.test(own) && builderFailure ? builderFailure : own;
}
async function timed(timings, name, work) {
  let started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}
async function mapLimit(items, limit, work) {
  let next = 0, worker = async () => {
    for (; next < items.length; ) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
function prefixed(logger, name) {
  return {
    info: (message) => logger.info(`[${name}] ${message}`),
    warn: (message) => logger.warn(`[${name}] ${message}`),
    debug: (message) => logger.debug(`[${name}] ${message}`),
    group: async (title, fn) => (logger.info(`[${name}] ${title}`), fn())
  };
}
function messageOf(error) {
  return error instanceof NixImageError ? error.message : `internal error: ${error?.message ?? String(error)}`;
}

// src/core/temp.ts
import { mkdtempSync, rmSync } from "node:fs";
import { constants } from "node:os";
import { join as join6, resolve as resolve3 } from "node:path";
function privateTempDir(parent) {
  let dir;
  try {
    dir = mkdtempSync(join6(resolve3(parent), "nix-image-run-"));
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

// src/core/installable.ts
function installableFromInputs(inputs) {
  let packages = inputs.packages?.trim();
  if (!packages) {
    if (inputs.nixpkgs?.trim() || inputs.allowUnpinned)
      throw new NixImageError("nixpkgs and allow-unpinned pin the nixpkgs of a package list: give packages too, or pin a Nix file with nix-path");
    return parseInstallable(inputs.installable, inputs.attr);
  }
  if (inputs.installable?.trim() || inputs.attr?.trim())
    throw new NixImageError(`packages '${packages}' is the image: give no installable or attr with it`);
  return {
    type: "packages",
    list: { packages: parsePackageList(packages), nixpkgs: inputs.nixpkgs?.trim() || void 0, allowUnpinned: inputs.allowUnpinned ?? !1 }
  };
}
function imageNameFor(image, installable, inputName = "image") {
  return parseImageName(installable.type === "packages" ? packageImageName(image, installable.list.packages) : image, inputName);
}

// src/adapter/child-env.ts
var COMMON = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TMP",
  "TEMP",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TERM",
  "NO_COLOR",
  // TLS trust for Nix's fetchers (curl) and skopeo (Go).
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "CURL_CA_BUNDLE",
  // Outgoing proxies, as curl and Go read them.
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY"
]), COMMON_PREFIXES = ["LC_", "XDG_"], NIX_PREFIX = "NIX_", NIX_FETCHERS = /* @__PURE__ */ new Set(["SSH_AUTH_SOCK", "GIT_SSH", "GIT_SSH_COMMAND"]), NOT_NIX = "NIX_IMAGE_", SKOPEO = /* @__PURE__ */ new Set(["REGISTRIES_CONFIG_PATH", "CONTAINERS_REGISTRIES_CONF", "CONTAINERS_CONF", "CONTAINERS_STORAGE_CONF", "DOCKER_CONFIG"]);
function childEnvironments(env, options = {}) {
  let pick = (keep) => Object.fromEntries(Object.entries(env).filter(([name, value]) => value !== void 0 && keep(name))), common = (name) => COMMON.has(name) || COMMON_PREFIXES.some((prefix) => name.startsWith(prefix)), nixSetting = (name) => name.startsWith(NIX_PREFIX) && !name.startsWith(NOT_NIX), nix = pick((name) => common(name) || nixSetting(name) || NIX_FETCHERS.has(name)), extra = options.extraNixConfig?.trim();
  return (options.githubToken || extra) && (nix.NIX_CONFIG = [env.NIX_CONFIG, extra, options.githubToken && `access-tokens = github.com=${options.githubToken}`].filter(Boolean).join(`
`)), { env: pick((name) => common(name) || SKOPEO.has(name) || name === "NIX_SSL_CERT_FILE"), nixEnv: nix };
}

export {
  credentialsFromEnv,
  findAuthFile,
  resultRecord,
  resultOutputs,
  OUTPUT_NAMES,
  tagExplanation,
  setResultRecord,
  evaluateInstallable,
  allImages,
  prepareNix,
  formatMs,
  parseJobs,
  pushImages,
  privateTempDir,
  childEnvironments,
  installableFromInputs,
  imageNameFor
};
