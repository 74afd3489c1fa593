import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  CYCLONEDX_MEDIA_TYPE,
  MANIFEST_TYPES,
  OCI_EMPTY,
  OCI_INDEX,
  OCI_MANIFEST,
  answerError,
  authError,
  descriptors,
  digestHeader,
  entityTag,
  entries,
  indexEntryFor,
  invalidDigest,
  isIndex,
  manifestSize,
  mediaTypeOf,
  mediaTypeOfBody,
  parseManifest,
  redact,
  sha256Digest
} from "./chunk-GTDYLEYP.js";
import {
  isDigest,
  isTag,
  requestReference
} from "./chunk-I3OH45FY.js";
import {
  sbomPackages
} from "./chunk-2T2RK7HW.js";
import {
  fileError,
  formatBytes
} from "./chunk-VOSNRITM.js";
import {
  NixImageError,
  forLog,
  markdownCode,
  markdownText,
  visible
} from "./chunk-FDZB3QCX.js";

// src/core/report/fit.ts
var byteLength = (text) => Buffer.byteLength(text, "utf8"), andMore = (count) => `and ${count.toLocaleString("en-US")} more`;
function fitting(items, maxBytes, separator = `
`) {
  let kept = [], used = 0, gap = byteLength(separator);
  for (let item of items) {
    let cost = byteLength(item) + (kept.length ? gap : 0);
    if (used + cost > maxBytes) break;
    kept.push(item), used += cost;
  }
  return { kept, left: items.length - kept.length };
}
function fitText(text, maxBytes) {
  if (byteLength(text) <= maxBytes) return text;
  let lines = text.split(`
`), { kept, left } = fitting(lines, maxBytes - 64);
  return `${kept.join(`
`)}

\u2026${andMore(left)} lines
`;
}

// src/core/report/changes.ts
function diffPackages(before, after) {
  let old = byName(before), now = byName(after), added = [], removed = [], changed = [], rebuilt = [];
  for (let [name, packages] of now) {
    let previous = old.get(name);
    if (!previous) {
      for (let version of versions(packages)) added.push(withVersion(name, version));
      continue;
    }
    let from = versions(previous).join(", "), to = versions(packages).join(", ");
    if (from !== to) changed.push({ name, from: from || "(no version)", to: to || "(no version)" });
    else if (storePaths(previous) !== storePaths(packages))
      for (let version of versions(packages)) rebuilt.push(withVersion(name, version));
  }
  for (let [name, packages] of old)
    if (!now.has(name)) for (let version of versions(packages)) removed.push(withVersion(name, version));
  let order = (a, b) => a.name.localeCompare(b.name);
  return {
    added: added.sort(order),
    removed: removed.sort(order),
    changed: changed.sort(order),
    rebuilt: rebuilt.sort(order)
  };
}
function hasChanges(changes) {
  return changes.added.length + changes.removed.length + changes.changed.length + changes.rebuilt.length > 0 || changes.from.digest !== changes.to.digest;
}
function changesText(changes) {
  return changesLines(changes).map(forLog);
}
function changesLines(changes) {
  let lines = [`What changed since ${changes.from.ref} (${shortDigest(changes.from.digest)}):`];
  if (changes.from.digest === changes.to.digest) return [...lines, "  nothing: it is the same image"];
  for (let change of changes.changed) lines.push(`  changed  ${change.name} ${change.from} \u2192 ${change.to}`);
  for (let item of changes.added) lines.push(`  added    ${label(item)}`);
  for (let item of changes.removed) lines.push(`  removed  ${label(item)}`);
  changes.rebuilt.length && lines.push(`  rebuilt  ${changes.rebuilt.map(label).join(", ")} (same version, new store path)`), lines.length === 1 && lines.push("  no package changed");
  let size = sizeText(changes);
  return size && lines.push(`  size     ${size}`), lines;
}
function changesMarkdown(changes, maxBytes = Number.POSITIVE_INFINITY) {
  let head = `**What changed** since ${code(changes.from.ref)} (${code(shortDigest(changes.from.digest))})`;
  if (changes.from.digest === changes.to.digest) return `${head}: nothing, it is the same image.
`;
  let rows = [
    ...changes.changed.map((change) => [change.name, change.from, change.to]),
    ...changes.added.map((item) => [item.name, "\u2013", `${item.version ?? "(no version)"} (added)`]),
    ...changes.removed.map((item) => [item.name, item.version ?? "(no version)", "\u2013 (removed)"])
  ].map((row) => `| ${row.map(cell).join(" | ")} |`), size = sizeText(changes), sizeLine = size ? `Size: ${size}` : "", fixed = [head, TABLE_HEAD, REBUILT, sizeLine].reduce((total, part) => total + byteLength(part), MORE_ROOM), room = maxBytes - fixed, parts = [head];
  if (rows.length) {
    let table = fitting(rows, room);
    room -= byteLength(table.kept.join(`
`));
    let more = table.left ? [`| \u2026${andMore(table.left)} | | |`] : [];
    parts.push([TABLE_HEAD, ...table.kept, ...more].join(`
`));
  } else
    parts.push("No package changed.");
  if (changes.rebuilt.length) {
    let rebuilt = fitting(
      changes.rebuilt.map((item) => code(label(item))),
      room,
      ", "
    );
    parts.push(`${REBUILT}${[...rebuilt.kept, ...rebuilt.left ? [andMore(rebuilt.left)] : []].join(", ")}`);
  }
  return sizeLine && parts.push(sizeLine), `${parts.join(`

`)}
`;
}
var TABLE_HEAD = `| package | before | after |
|---|---|---|`, REBUILT = "Rebuilt at the same version (a dependency changed): ", MORE_ROOM = 128;
function sizeText(changes) {
  let { from, to } = changes;
  if (from.size === void 0 || to.size === void 0) return;
  let delta = to.size - from.size;
  return `${formatBytes(from.size)} \u2192 ${formatBytes(to.size)} (${delta >= 0 ? "+" : "\u2212"}${formatBytes(Math.abs(delta))})`;
}
var shortDigest = (digest) => digest.slice(0, 19), label = (item) => item.version ? `${item.name} ${item.version}` : item.name, cell = markdownText, code = markdownCode;
function byName(packages) {
  let map = /* @__PURE__ */ new Map();
  for (let item of packages) {
    let group = map.get(item.name);
    group ? group.push(item) : map.set(item.name, [item]);
  }
  return map;
}
function versions(packages) {
  return [...new Set(packages.map((item) => item.version ?? ""))].sort();
}
function storePaths(packages) {
  return packages.map((item) => item.storePath ?? "").sort().join(" ");
}
function withVersion(name, version) {
  return version ? { name, version } : { name };
}

// src/core/registry/credentials.ts
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
function authFileKey(image) {
  return image.name.slice(0, image.name.indexOf("/"));
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
    throw new NixImageError(
      `auth file ${path} has no "auths" object: fix it or give the registry username and password instead`
    );
  let key = authFileKey(image), entry = (key === "docker.io" ? [key, "https://index.docker.io/v1/", "index.docker.io", "registry-1.docker.io"] : [key, `https://${key}`]).map((k) => parsed.auths?.[k]).find(Boolean);
  if (!entry) return;
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry.auth) return;
  let decoded = Buffer.from(entry.auth, "base64").toString("utf8"), colon = decoded.indexOf(":");
  if (colon <= 0)
    throw new NixImageError(`auth file ${path}: the "auth" entry for ${key} is not base64 of user:password`);
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
async function writeAuthFile(dir, image, credentials) {
  let path = join(dir, "auth.json"), auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
  try {
    await writeFile(path, JSON.stringify({ auths: { [authFileKey(image)]: { auth } } }), { mode: 384, flag: "wx" });
  } catch (error) {
    throw fileError("write", "the auth file", path, error);
  }
  return path;
}

// src/core/base/retry.ts
var DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8e3, deadlineMs: 3e4 }, PUSH_RETRY = {
  attempts: 5,
  baseDelayMs: 1e3,
  maxDelayMs: 8e3,
  deadlineMs: Number.POSITIVE_INFINITY
}, TransientError = class extends NixImageError {
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
        throw new NixImageError(
          `${error.message} (gave up after ${attempt} attempts in ${(elapsed / 1e3).toFixed(1)} s)`
        );
      logger.warn(
        `${what}: ${error.message}; retrying in ${(delay / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`
      ), await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return;
  let seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

// src/core/registry/http.ts
async function httpRequest(req) {
  let response = await send(req), headers = flattenHeaders(response.headers), body = req.method === "HEAD" ? await drain(response) : await readCapped(response, req, headers), status = response.statusCode;
  if (status >= 500 || status === 429)
    throw new TransientError(`${req.url.host} answered ${status}`, parseRetryAfter(headers["retry-after"]));
  return { status, headers, body };
}
async function httpStream(req) {
  let response = await send(req), headers = flattenHeaders(response.headers), status = response.statusCode;
  if (status >= 200 && status < 300) return { ok: !0, headers, body: capped(response, req, headers) };
  let body = await readCapped(response, { ...req, maxBytes: 1048576 }, headers);
  if (status >= 500 || status === 429)
    throw new TransientError(`${req.url.host} answered ${status}`, parseRetryAfter(headers["retry-after"]));
  return { ok: !1, response: { status, headers, body } };
}
async function send(req) {
  let { request } = await import("./chunk-6UMNT5DC.js");
  try {
    return await request(req.url, {
      method: req.method,
      headers: { "user-agent": "nix-image", ...req.headers },
      body: req.body,
      dispatcher: req.dispatcher,
      signal: AbortSignal.timeout(req.timeoutMs),
      highWaterMark: req.highWaterMark
    });
  } catch (error) {
    throw connectionError(req.url.host, error, req);
  }
}
async function drain(response) {
  return await response.body.dump(), Buffer.alloc(0);
}
async function readCapped(response, req, headers) {
  let chunks = [];
  for await (let chunk of capped(response, req, headers)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function* capped(response, req, headers) {
  let tooLarge = () => new NixImageError(
    `${req.url.host} answered ${req.method} ${req.url.pathname} with more than ${formatBytes(req.maxBytes)}: refusing to read it (a registry answer is never that large)`
  );
  if (Number(headers["content-length"]) > req.maxBytes)
    throw response.body.destroy(), tooLarge();
  let total = 0, read = !1;
  try {
    for await (let chunk of response.body) {
      if (total += chunk.length, total > req.maxBytes) throw tooLarge();
      yield chunk;
    }
    read = !0;
  } catch (error) {
    throw error instanceof NixImageError ? error : connectionError(req.url.host, error, req);
  } finally {
    read || response.body.destroy();
  }
}
function connectionError(host, error, req) {
  let code2 = typeof error.code == "string" ? error.code : error.name;
  return code2 === "TimeoutError" || code2 === "AbortError" || code2 === "UND_ERR_ABORTED" ? new TransientError(
    `registry ${host} did not answer ${req.method} ${req.url.pathname} in full within ${req.timeoutMs / 1e3} s`
  ) : /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/i.test(`${code2} ${error.message}`) && !req.insecure ? new NixImageError(
    `TLS connection to ${host} failed (${code2}): for a registry with a self-signed certificate or plain HTTP, set insecure-registry`
  ) : code2 === "ENOTFOUND" || code2 === "EAI_AGAIN" ? new NixImageError(`registry ${host} is unreachable (${code2}): check the registry host in image`) : new TransientError(
    `registry ${host} is unreachable (${code2}): check the registry host in image and that the registry is up`
  );
}
function flattenHeaders(headers) {
  let flat = {};
  for (let [key, value] of Object.entries(headers))
    flat[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}

// src/core/registry/token.ts
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
    throw new NixImageError(
      `registry ${registry} named the token realm '${quoted}', which is not an absolute URL: the registry's auth is misconfigured`
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new NixImageError(
      `registry ${registry} named the token realm '${quoted}', which is not an http(s) URL: the registry's auth is misconfigured`
    );
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
    throw new TransientError(
      `token server ${host} answered ${response.status}`,
      parseRetryAfter(response.headers["retry-after"])
    );
  if (response.status !== 200)
    throw new NixImageError(`token server ${host} answered ${response.status} for ${req.scope}`);
  let answer;
  try {
    answer = JSON.parse(response.body.toString("utf8"));
  } catch {
    let type = visible(response.headers["content-type"] ?? "no content type").slice(0, 80);
    throw new NixImageError(
      `token server ${host} answered with something that is not JSON (${type}): check that the registry's token realm ${url.origin}${url.pathname} is its token service`
    );
  }
  let token = typeof answer?.token == "string" && answer.token ? answer.token : answer?.access_token;
  if (typeof token != "string" || !token) throw new NixImageError(`token server ${host} answered without a token`);
  if (!TOKEN.test(token))
    throw new NixImageError(
      `token server ${host} answered a token with characters no token has (spaces or control characters)`
    );
  let expiresIn = typeof answer.expires_in == "number" && Number.isFinite(answer.expires_in) ? answer.expires_in : 60;
  return { token, lifetimeMs: Math.max(10, Math.min(expiresIn, 3600) - 5) * 1e3 };
}
var Authorizer = class {
  constructor(image, credentials, insecure) {
    this.image = image;
    this.credentials = credentials;
    this.insecure = insecure;
  }
  image;
  credentials;
  insecure;
  basic;
  tokens = /* @__PURE__ */ new Map();
  /** The Authorization header for a request needing `actions` (`pull`, `pull,push`), if any is known. */
  header(actions) {
    let token = this.tokens.get(this.scope(actions));
    return token && token.expiresAt > Date.now() ? { authorization: token.header } : this.basic ? { authorization: this.basic } : {};
  }
  /** Answers the registry's 401 challenge `header`, so the request can be sent again. */
  async authenticate(header, actions, http) {
    let challenge = header ? parseChallenge(header) : void 0, refused = (status) => authError(this.image, !!this.credentials, status);
    if (challenge?.scheme === "basic") {
      if (!this.credentials) throw refused(401);
      this.basic = basicAuth(this.credentials);
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
      authError: refused,
      http
    });
    this.tokens.set(scope, { header: `Bearer ${token}`, expiresAt: Date.now() + lifetimeMs });
  }
  /** Every credential a request may carry, for taking them out of quoted text. */
  secrets() {
    let secrets = [...this.tokens.values()].map((token) => token.header.slice(7));
    return this.credentials && secrets.push(this.credentials.password, basicAuth(this.credentials).slice(6)), secrets;
  }
  scope(actions) {
    return `repository:${this.image.repository}:${actions}`;
  }
};

// src/core/registry/transport.ts
var RegistryTransport = class {
  image;
  credentials;
  insecure;
  /** Where readers of its answers warn about what they skip. */
  logger;
  retry;
  timeoutMs;
  dispatcher;
  scheme;
  auth;
  constructor(options) {
    this.image = options.image, this.credentials = options.credentials, this.insecure = options.insecure, this.logger = options.logger, this.retry = options.retry, this.timeoutMs = options.requestTimeoutMs ?? 3e4, this.auth = new Authorizer(options.image, options.credentials, options.insecure);
  }
  inRepository(path) {
    return `/v2/${this.image.repository}/${path}`;
  }
  /** One request to `path` on the registry, authenticated as the registry asks, retried. */
  async send(method, path, headers, actions, body, maxBytes = 1048576) {
    return withRetry(
      `${method} ${this.image.registry}${path}`,
      async () => {
        let response = await this.http(method, path, { ...headers, ...this.auth.header(actions) }, body, maxBytes);
        return response.status === 401 && (await this.auth.authenticate(response.headers["www-authenticate"], actions, this.httpOptions()), response = await this.http(method, path, { ...headers, ...this.auth.header(actions) }, body, maxBytes)), response;
      },
      this.logger,
      this.retry
    );
  }
  async http(method, path, headers, body, maxBytes) {
    return this.scheme || (this.scheme = await this.probeScheme()), httpRequest({
      ...this.httpOptions(),
      method,
      url: new URL(`${this.scheme}://${this.image.registry}${path}`),
      headers,
      body,
      maxBytes
    });
  }
  httpOptions() {
    return { timeoutMs: this.timeoutMs, insecure: this.insecure, dispatcher: this.dispatcher };
  }
  /** HTTPS always; plain HTTP only when asked for an insecure registry and HTTPS does not answer. */
  async probeScheme() {
    if (!this.insecure) return "https";
    let { Agent } = await import("./chunk-6UMNT5DC.js");
    this.dispatcher ??= new Agent({ connect: { rejectUnauthorized: !1 } });
    try {
      return await httpRequest({
        ...this.httpOptions(),
        method: "GET",
        url: new URL(`https://${this.image.registry}/v2/`),
        headers: {},
        maxBytes: 1048576
      }), "https";
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      return this.logger.debug(`${this.image.registry} does not answer HTTPS; using plain HTTP (insecure registry)`), "http";
    }
  }
  expectOk(response, what) {
    if (response.status < 200 || response.status >= 300) throw this.answerError(response, what);
  }
  answerError(response, what) {
    return answerError(this.image, response, what, this.auth.secrets(), !!this.credentials);
  }
};

// src/core/registry/client.ts
var referrersApi = /* @__PURE__ */ new Map(), RegistryClient = class extends RegistryTransport {
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
      let { status, tags } = await this.tagPage(1);
      return status === 404 ? !1 : status !== 200 || !Array.isArray(tags) || tags.length > 0;
    } catch {
      return !0;
    }
  }
  /** HEAD the tag: its manifest digest, or undefined when the registry does not have it. */
  async findManifest(reference) {
    let response = await this.manifestRequest("HEAD", reference);
    if (response.status === 404) return;
    this.expectOk(response, `HEAD manifest ${reference}`);
    let digest = digestHeader(response.headers["docker-content-digest"]);
    if (digest.kind === "invalid") throw invalidDigest(this.image, reference, digest.quoted);
    let mediaType = mediaTypeOf(response.headers["content-type"]), size = manifestSize(response.headers["content-length"]);
    return digest.kind === "absent" || !mediaType || size === void 0 ? (await this.getManifest(reference)).info : { digest: digest.digest, mediaType, size };
  }
  /** GET the manifest: its digest is the hash of the bytes received, whatever the headers claim. */
  async getManifest(reference) {
    return await this.readManifest(reference, !1);
  }
  /** As getManifest, in one request where findManifest and getManifest take two; undefined when absent. */
  async getManifestIfPresent(reference) {
    return this.readManifest(reference, !0);
  }
  async readManifest(reference, absentOk) {
    let response = await this.manifestRequest("GET", reference);
    if (absentOk && response.status === 404) return;
    this.expectOk(response, `GET manifest ${reference}`);
    let body = response.body, digest = sha256Digest(body), claimed = digestHeader(response.headers["docker-content-digest"]);
    if (claimed.kind === "invalid") throw invalidDigest(this.image, reference, claimed.quoted);
    if (claimed.kind === "valid" && claimed.digest !== digest || isDigest(reference) && reference !== digest)
      throw new NixImageError(
        `registry ${this.image.registry} answered a manifest for ${reference} whose bytes hash to ${digest}, not to the digest it names: refusing a registry that does not store what it says`
      );
    let mediaType = mediaTypeOf(response.headers["content-type"]) ?? mediaTypeOfBody(body);
    if (!mediaType)
      throw new NixImageError(`registry ${this.image.registry} answered the manifest ${reference} without a media type`);
    return { info: { digest, mediaType, size: body.length }, body, etag: entityTag(response.headers.etag) };
  }
  /** A manifest request, asking for every type a tag may point at. */
  manifestRequest(method, reference) {
    let accept = { accept: MANIFEST_TYPES.join(", ") };
    return this.send(method, this.manifestPath(reference), accept, "pull", void 0, 4194304);
  }
  // Every reference in a path is checked here: tags and digests from a tag list, an index or a
  // referrers list are the registry's words (reference.ts says why).
  manifestPath(reference) {
    return this.inRepository(`manifests/${requestReference(reference, this.image.registry)}`);
  }
  blobPath(digest) {
    return this.inRepository(`blobs/${requestReference(digest, this.image.registry, !0)}`);
  }
  /**
   * Up to `limit` of the repository's tags (one page, in the registry's order); none when the
   * repository does not exist or the registry will not list them.
   */
  async listTags(limit) {
    let { status, tags } = await this.tagPage(limit);
    return status !== 200 ? [] : Array.isArray(tags) ? tags.filter(isTag).slice(0, limit) : [];
  }
  /** One page of the tag list: the answer's status, and its `tags` as the registry claims them. */
  async tagPage(limit) {
    let response = await this.send("GET", this.inRepository(`tags/list?n=${limit}`), {}, "pull");
    return response.status !== 200 ? { status: response.status } : { status: 200, tags: JSON.parse(response.body.toString("utf8")).tags };
  }
  /** Points `tag` at the manifest `digest` already in the repository: no blob moves. */
  async addTag(digest, tag) {
    let { info, body } = await this.getManifest(digest), response = await this.send(
      "PUT",
      this.manifestPath(tag),
      { "content-type": info.mediaType },
      "pull,push",
      body
    );
    this.expectOk(response, `PUT manifest ${tag}`);
  }
  /**
   * Stores `data` as a blob in one monolithic upload (POST, then one PUT with the digest); for
   * the small blobs nix-image writes, asking whether the repository has it first costs as much.
   */
  async uploadBlob(data) {
    return this.finishUpload(await this.startUpload(), data);
  }
  /**
   * Opens a blob upload session (POST): its Location, where `finishUpload` sends the bytes. A
   * session opened before the bytes exist saves the round trip when they do.
   */
  async startUpload() {
    let started = await this.send("POST", this.inRepository("blobs/uploads/"), {}, "pull,push");
    this.expectOk(started, "POST blob upload");
    let location = started.headers.location;
    if (!location) throw new NixImageError(`registry ${this.image.registry} started a blob upload without a Location`);
    let url = new URL(location, `http://${this.image.registry}`);
    if (url.host !== this.image.registry)
      throw new NixImageError(
        `registry ${this.image.registry} sent the blob upload to another host (${visible(url.host).slice(0, 200)}): refusing to send it there`
      );
    return url;
  }
  /** Sends `data` whole to an upload session and closes it (a monolithic PUT); returns its digest. */
  async finishUpload(session, data) {
    let digest = sha256Digest(data), url = new URL(session);
    url.searchParams.set("digest", digest);
    let headers = { "content-type": "application/octet-stream", "content-length": String(data.length) }, finished = await this.send("PUT", `${url.pathname}${url.search}`, headers, "pull,push", data);
    return this.expectOk(finished, `PUT blob ${digest}`), digest;
  }
  /** Ends an upload session that will not be used (the registry would expire it in time). */
  async cancelUpload(session) {
    await this.send("DELETE", `${session.pathname}${session.search}`, {}, "pull,push");
  }
  /**
   * Stores a manifest (an image index, an artifact) under `reference`; its digest is the hash of
   * the bytes sent. `ociSubject`: the registry's OCI-Subject answer, which a registry with the
   * referrers API gives to a manifest that has a subject. With a `condition`, a registry that
   * honours it answers 412 when the tag moved since it was read: `stale`, nothing written.
   * (CNCF Distribution 2.8 sends an ETag but ignores If-Match: it always writes.)
   */
  async putManifest(reference, mediaType, body, condition) {
    let conditional = condition ? "ifMatch" in condition ? { "if-match": condition.ifMatch } : { "if-none-match": "*" } : {}, response = await this.send(
      "PUT",
      this.manifestPath(reference),
      { "content-type": mediaType, ...conditional },
      "pull,push",
      body
    ), info = { digest: sha256Digest(body), mediaType, size: body.length };
    return condition && response.status === 412 ? { ...info, stale: !0 } : (this.expectOk(response, `PUT manifest ${reference}`), { ...info, ociSubject: response.headers["oci-subject"] });
  }
  /**
   * A small blob (an image config, an SBOM: `maxBytes`), checked against its digest. Registries on object storage
   * redirect blob reads to a signed URL that needs no credentials: followed once, over HTTPS only
   * (or plain HTTP where the registry itself was declared insecure).
   */
  async getBlob(digest, maxBytes = 4194304) {
    let path = this.blobPath(digest), response = await this.send("GET", path, {}, "pull", void 0, maxBytes), redirect = this.blobRedirect(response, path, digest);
    if (redirect && (response = await httpRequest({ ...this.httpOptions(), method: "GET", url: redirect, headers: {}, maxBytes })), this.expectOk(response, `GET blob ${digest}`), sha256Digest(response.body) !== digest)
      throw new NixImageError(
        `registry ${this.image.registry} served blob ${digest} with bytes that hash to ${sha256Digest(response.body)}: refusing a registry that does not store what it says`
      );
    return response.body;
  }
  /**
   * A layer-sized blob as its bytes arrive, at most `maxBytes` within `timeoutMs`, redirected as
   * getBlob is; undefined when the repository does not hold it (404). Nothing here checks what
   * the bytes are: the caller hashes them as it reads.
   */
  async streamBlob(digest, maxBytes, timeoutMs) {
    let path = this.blobPath(digest), options = {
      ...this.httpOptions(),
      timeoutMs,
      method: "GET",
      headers: {},
      maxBytes,
      highWaterMark: 1 << 20
    };
    return withRetry(
      `GET ${this.image.registry}${path}`,
      async () => {
        this.scheme || (this.scheme = await this.probeScheme());
        let url = new URL(`${this.scheme}://${this.image.registry}${path}`), answer = await httpStream({ ...options, url, headers: this.auth.header("pull") });
        !answer.ok && answer.response.status === 401 && (await this.auth.authenticate(answer.response.headers["www-authenticate"], "pull", this.httpOptions()), answer = await httpStream({ ...options, url, headers: this.auth.header("pull") }));
        let redirect = answer.ok ? void 0 : this.blobRedirect(answer.response, path, digest);
        if (redirect && (answer = await httpStream({ ...options, url: redirect })), !(!answer.ok && answer.response.status === 404)) {
          if (!answer.ok) throw this.answerError(answer.response, `GET blob ${digest}`);
          return answer.body;
        }
      },
      this.logger,
      this.retry
    );
  }
  /** Where a blob read is redirected to (object storage), when it is; only HTTPS is followed, or HTTP for an insecure registry. */
  blobRedirect(response, path, digest) {
    let location = response.headers.location;
    if (response.status < 300 || response.status >= 400 || !location) return;
    let url = new URL(location, `${this.scheme ?? "https"}://${this.image.registry}${path}`);
    if (url.protocol !== "https:" && !(this.insecure && url.protocol === "http:"))
      throw new NixImageError(
        `registry ${this.image.registry} redirected blob ${digest} to a ${visible(url.protocol)} URL: only HTTPS is followed`
      );
    return url;
  }
  /** The OCI 1.1 referrers API: the index of manifests whose subject is `digest`; undefined where the registry has no such API (404). */
  async getReferrers(digest) {
    let host = this.image.registry, known = referrersApi.get(host);
    if (known && !await known) return;
    let asking = this.askReferrers(digest);
    return known || referrersApi.set(
      host,
      asking.then(
        (index) => index !== void 0,
        () => !0
      )
    ), asking;
  }
  async askReferrers(digest) {
    let index = OCI_INDEX, response = await this.send(
      "GET",
      this.inRepository(`referrers/${requestReference(digest, this.image.registry, !0)}`),
      { accept: index },
      "pull",
      void 0,
      4194304
    );
    if (response.status !== 404)
      return this.expectOk(response, `GET referrers of ${digest}`), mediaTypeOf(response.headers["content-type"]) === index ? response.body : void 0;
  }
};

// src/core/registry/referrers.ts
var EMPTY_JSON = Buffer.from("{}"), EMPTY_CONFIG = {
  mediaType: OCI_EMPTY,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2
};
function referrersTag(digest) {
  return digest.replace(":", "-");
}
async function listReferrers(registry, subject, artifactType) {
  let fromApi = await registry.getReferrers(subject), referrers = (fromApi ? parseIndex(fromApi, `the referrers of ${subject}`, registry) : await readTagIndex(registry, subject).catch(skipNotIndex(registry)))?.referrers ?? [];
  return artifactType ? referrers.filter((descriptor) => descriptor.artifactType === artifactType) : referrers;
}
function beginArtifactUploads(registry) {
  let begun = { config: registry.uploadBlob(EMPTY_JSON), session: registry.startUpload() };
  return begun.config.catch(() => {
  }), begun.session.catch(() => {
  }), begun;
}
async function abandonUploads(registry, begun) {
  let session = await begun.session.catch(() => {
  });
  session && await registry.cancelUpload(session).catch(() => {
  });
}
function stageArtifact(registry, artifact, begun) {
  let blobs = Promise.all([
    begun ? begun.config.catch(() => registry.uploadBlob(EMPTY_JSON)) : registry.uploadBlob(EMPTY_JSON),
    begun ? begun.session.then((session) => registry.finishUpload(session, artifact.document)).catch(() => registry.uploadBlob(artifact.document)) : registry.uploadBlob(artifact.document)
  ]).then(([, layer]) => layer);
  return blobs.catch(() => {
  }), { artifact, blobs };
}
async function attachArtifact(registry, subject, staged) {
  let { artifact } = staged, layer = await staged.blobs, manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: artifact.artifactType,
    config: EMPTY_CONFIG,
    layers: [
      {
        mediaType: artifact.artifactType,
        digest: layer,
        size: artifact.document.length,
        annotations: { "org.opencontainers.image.title": artifact.title }
      }
    ],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size }
  }, body = Buffer.from(JSON.stringify(manifest)), digest = sha256Digest(body);
  return (await registry.putManifest(digest, OCI_MANIFEST, body)).ociSubject ? { digest, via: "api" } : (await addToTagIndex(registry, subject.digest, {
    mediaType: OCI_MANIFEST,
    digest,
    size: body.length,
    artifactType: artifact.artifactType
  }).catch((error) => {
    throw error instanceof NotAnIndex ? new NixImageError(
      `${error.message}: left as it is, so the artifact ${digest} is in the registry but not listed there; delete or retag what the tag holds`
    ) : error;
  }), { digest, via: "tag" });
}
async function fetchArtifact(registry, subject, artifactType) {
  let [descriptor] = await listReferrers(registry, subject, artifactType);
  return descriptor ? { descriptor, document: await fetchDocument(registry, descriptor) } : void 0;
}
async function fetchDocument(registry, descriptor) {
  let { body } = await registry.getManifest(descriptor.digest), layers = descriptors(parseManifest(body).layers, `the artifact ${descriptor.digest}`, registry.logger), layer = layers.find((candidate) => candidate.mediaType === descriptor.artifactType) ?? layers[0];
  if (!layer) throw new NixImageError(`the ${descriptor.artifactType ?? ""} artifact ${descriptor.digest} has no layer`);
  if (layer.size > 16777216)
    throw new NixImageError(
      `the ${descriptor.artifactType ?? ""} artifact ${descriptor.digest} is ${layer.size} bytes, more than the ${formatBytes(16777216)} a document may have`
    );
  return registry.getBlob(layer.digest, 16777216);
}
async function readTagIndex(registry, subject) {
  let tag = referrersTag(subject), found = await registry.getManifestIfPresent(tag);
  if (!found) return;
  let document = parseManifest(found.body), named = typeof document.mediaType == "string" ? document.mediaType : found.info.mediaType;
  if (!isIndex(found.info) || !isIndex({ mediaType: named }) || document.config !== void 0 || document.layers !== void 0)
    throw new NotAnIndex(`the referrers tag ${tag} holds a ${named} (${found.info.digest}), not an image index`);
  return parseIndex(found.body, `the referrers tag ${tag}`, registry, found.etag);
}
var NotAnIndex = class extends NixImageError {
}, skipNotIndex = (registry) => (error) => {
  if (!(error instanceof NotAnIndex)) throw error;
  registry.logger.warn(`${error.message}: its referrers are not read`);
}, INDEX_WRITES = 4, SETTLE_MIN_MS = 10, SETTLE_MAX_MS = 2e3;
async function addToTagIndex(registry, subject, descriptor) {
  let tag = referrersTag(subject), listed = (index2) => !!index2?.referrers.some((entry) => entry.digest === descriptor.digest), index = await readTagIndex(registry, subject);
  if (listed(index)) return;
  let contended = !1, refused = !1;
  for (let writes = 0; ; ) {
    if (writes === INDEX_WRITES)
      throw new NixImageError(
        `another client rewrote the referrers tag ${tag} after each of ${INDEX_WRITES} writes, dropping ${descriptor.digest}: the artifact is in the registry but not listed; run again to list it`
      );
    writes > 0 && (contended = !0, await pause(50 + Math.random() * 200));
    let started = performance.now(), updated = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...index?.manifests ?? [], descriptor] }, condition = index ? index.etag ? { ifMatch: index.etag } : void 0 : { ifAbsent: !0 }, written = await registry.putManifest(tag, OCI_INDEX, Buffer.from(JSON.stringify(updated)), condition);
    if (writes++, written.stale && (refused = !0), index = await readTagIndex(registry, subject), !listed(index)) continue;
    !written.stale && index?.digest !== written.digest && (contended = !0), await pause(Math.min(SETTLE_MAX_MS, Math.max(SETTLE_MIN_MS, 2 * (performance.now() - started))));
    let settled = await readTagIndex(registry, subject);
    if (!listed(settled)) {
      index = settled;
      continue;
    }
    settled?.digest !== index?.digest && (contended = !0);
    break;
  }
  contended && !refused && registry.logger.warn(
    `another client wrote the referrers tag ${tag} while this run did: ${descriptor.digest} is listed now, but the registry does not refuse a write from an older read (no If-Match), so a writer that read before this one may still drop it; check with a later run`
  );
}
var pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function parseIndex(body, where, registry, etag) {
  let { manifests } = parseManifest(body);
  return {
    digest: sha256Digest(body),
    etag,
    referrers: descriptors(manifests, where, registry.logger),
    manifests: entries(manifests)
  };
}

// src/core/sbom/compare.ts
async function readImage(registry, reference, ref, known) {
  let found = known === void 0 ? await registry.findManifest(reference) : known;
  if (!found) return;
  let [size, sbom] = await Promise.all([
    imageSize(registry, found.digest),
    fetchArtifact(registry, found.digest, CYCLONEDX_MEDIA_TYPE)
  ]);
  return {
    side: { ref, digest: found.digest, size },
    packages: sbom ? sbomPackages(sbom.document.toString("utf8"), `the SBOM of ${ref}`) : void 0
  };
}
async function imageSize(registry, digest) {
  let { body } = await registry.getManifest(digest), manifest = parseManifest(body);
  if (!manifest.config || !Array.isArray(manifest.layers)) return;
  let sizes = [manifest.config.size, ...manifest.layers.map((layer) => layer?.size)];
  if (sizes.every((size) => Number.isSafeInteger(size) && size >= 0))
    return sizes.reduce((total, size) => total + size, 0);
}
async function compareImages(previous, current) {
  let before = await readImage(previous.registry, previous.reference, previous.ref, previous.found ?? null);
  return before ? before.side.digest === current.side.digest ? { changes: { from: before.side, to: current.side, added: [], removed: [], changed: [], rebuilt: [] } } : before.packages ? { changes: { from: before.side, to: current.side, ...diffPackages(before.packages, current.packages) } } : { note: `${previous.ref} (${before.side.digest}) carries no SBOM: nothing to compare with` } : { note: noPrevious(previous.ref) };
}
async function previousImage(target, own, subject) {
  let found = await target.registry.findManifest(target.reference);
  return found && isIndex(found) ? indexEntryFor(target.registry, found, target.ref, own, subject) : found;
}
var noPrevious = (ref) => `${ref} does not exist yet: nothing to compare with`;

export {
  readAuthFile,
  writeAuthFile,
  PUSH_RETRY,
  TransientError,
  withRetry,
  RegistryClient,
  EMPTY_JSON,
  EMPTY_CONFIG,
  listReferrers,
  beginArtifactUploads,
  abandonUploads,
  stageArtifact,
  attachArtifact,
  fetchDocument,
  byteLength,
  fitText,
  diffPackages,
  hasChanges,
  changesText,
  changesMarkdown,
  readImage,
  imageSize,
  compareImages,
  previousImage,
  noPrevious
};
