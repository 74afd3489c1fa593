import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  packageImageName,
  parseInstallable,
  parsePackageList
} from "./chunk-EMX5KXMO.js";
import {
  isDigest,
  parseImageName,
  validateTag
} from "./chunk-I3OH45FY.js";
import {
  nixBase32
} from "./chunk-JUTPUXFH.js";
import {
  NixImageError,
  RegistryAuthError,
  hasControl,
  visible
} from "./chunk-FDZB3QCX.js";

// src/adapter/credentials.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
function credentialsFromEnv(env) {
  let username = env.NIX_IMAGE_REGISTRY_USERNAME, password = env.NIX_IMAGE_REGISTRY_PASSWORD;
  if (!(!username && !password)) {
    if (!username || !password)
      throw new NixImageError(
        "set both NIX_IMAGE_REGISTRY_USERNAME and NIX_IMAGE_REGISTRY_PASSWORD, or neither to use an auth file"
      );
    return { username, password };
  }
}
function findAuthFile(env) {
  let home = env.HOME ?? homedir(), found = [
    env.REGISTRY_AUTH_FILE,
    env.XDG_RUNTIME_DIR && join(env.XDG_RUNTIME_DIR, "containers", "auth.json"),
    join(env.XDG_CONFIG_HOME ?? join(home, ".config"), "containers", "auth.json"),
    join(env.DOCKER_CONFIG ?? join(home, ".docker"), "config.json")
  ].find((path) => !!path && existsSync(path));
  return found === void 0 ? void 0 : resolve(found);
}

// src/adapter/installable.ts
function installableFromInputs(inputs) {
  let packages = inputs.packages?.trim();
  if (!packages) {
    if (inputs.nixpkgs?.trim() || inputs.allowUnpinned)
      throw new NixImageError(
        "nixpkgs and allow-unpinned pin the nixpkgs of a package list: give packages too, or pin a Nix file with nix-path"
      );
    return parseInstallable(inputs.installable, inputs.attr);
  }
  if (inputs.installable?.trim() || inputs.attr?.trim())
    throw new NixImageError(`packages '${packages}' is the image: give no installable or attr with it`);
  return {
    type: "packages",
    list: {
      packages: parsePackageList(packages),
      nixpkgs: inputs.nixpkgs?.trim() || void 0,
      allowUnpinned: inputs.allowUnpinned ?? !1
    }
  };
}
function imageNameFor(image, installable, inputName = "image") {
  return parseImageName(
    installable.type === "packages" ? packageImageName(image, installable.list.packages) : image,
    inputName
  );
}

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
  if (hasControl(value))
    throw new NixImageError(`input ${name} holds a newline or control character: give the token alone, on one line`);
  return value;
}
function parseJobs(value, inputName) {
  if (!/^[1-9][0-9]{0,2}$/.test(value.trim()))
    throw new NixImageError(`${inputName} '${value}' is not a count: give how many images to push at once, e.g. 4`);
  return Number(value);
}
function tagInput(value, inputName) {
  return value === void 0 ? void 0 : validateTag(value, inputName);
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
]), COMMON_PREFIXES = ["LC_", "XDG_"], NIX_PREFIX = "NIX_", NIX_FETCHERS = /* @__PURE__ */ new Set(["SSH_AUTH_SOCK", "GIT_SSH", "GIT_SSH_COMMAND"]), NOT_NIX = "NIX_IMAGE_", SKOPEO = /* @__PURE__ */ new Set([
  "REGISTRIES_CONFIG_PATH",
  "CONTAINERS_REGISTRIES_CONF",
  "CONTAINERS_CONF",
  "CONTAINERS_STORAGE_CONF",
  "DOCKER_CONFIG"
]);
function childEnvironments(env, options = {}) {
  let pick = (keep) => Object.fromEntries(Object.entries(env).filter(([name, value]) => value !== void 0 && keep(name))), common = (name) => COMMON.has(name) || COMMON_PREFIXES.some((prefix) => name.startsWith(prefix)), nixSetting = (name) => name.startsWith(NIX_PREFIX) && !name.startsWith(NOT_NIX), nix = pick((name) => common(name) || nixSetting(name) || NIX_FETCHERS.has(name)), extra = options.extraNixConfig?.trim();
  return (options.githubToken || extra) && (nix.NIX_CONFIG = [env.NIX_CONFIG, extra, options.githubToken && `access-tokens = github.com=${options.githubToken}`].filter(Boolean).join(`
`)), { env: pick((name) => common(name) || SKOPEO.has(name) || name === "NIX_SSL_CERT_FILE"), nixEnv: nix };
}

// src/core/registry/media-types.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json", OCI_INDEX = "application/vnd.oci.image.index.v1+json", DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json", DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json", OCI_EMPTY = "application/vnd.oci.empty.v1+json", CYCLONEDX_MEDIA_TYPE = "application/vnd.cyclonedx+json", MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST], isIndex = (info) => info.mediaType === OCI_INDEX || info.mediaType === DOCKER_MANIFEST_LIST;

// src/core/registry/answers.ts
import { createHash } from "node:crypto";
function mediaTypeOf(contentType) {
  let type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type) ? type : void 0;
}
function digestHeader(value) {
  return value === void 0 || value === "" ? { kind: "absent" } : isDigest(value) ? { kind: "valid", digest: value } : { kind: "invalid", quoted: visible(value).slice(0, 100) };
}
function entityTag(value) {
  return value !== void 0 && value.length <= 256 && /^"[\x21\x23-\x7e]*"$/.test(value) ? value : void 0;
}
function manifestSize(value) {
  if (value === void 0 || !/^\d{1,10}$/.test(value)) return;
  let size = Number(value);
  return size > 0 && size <= 4194304 ? size : void 0;
}
var sha256Digest = (body) => `sha256:${createHash("sha256").update(body).digest("hex")}`;
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
function answerError(image, response, what, secrets, hasCredentials) {
  return response.status === 401 || response.status === 403 ? authError(image, hasCredentials, response.status) : new NixImageError(
    `registry ${image.registry} answered ${response.status} to ${what}: ${registryErrorText(response.body, secrets)}`
  );
}
function invalidDigest(image, reference, quoted) {
  return new NixImageError(
    `registry ${image.registry} answered the digest '${quoted}' for ${reference}, which is not one sha256:<64 hex digits> digest: refusing to report it`
  );
}
function authError(image, hasCredentials, status) {
  let where = `registry ${image.registry} (${image.repository})`, ghcr = image.registry === "ghcr.io" ? "; on GitHub Actions the workflow needs `permissions: packages: write`, and a package first pushed with a personal token must be linked to this repository" : "";
  return status === 403 ? new RegistryAuthError(`${where} denied access (403): the credentials lack push permission${ghcr}`) : hasCredentials ? new RegistryAuthError(
    `${where} rejected the credentials (401): check the registry username and password${ghcr}`
  ) : new RegistryAuthError(`${where} requires credentials (401): give a registry username and password${ghcr}`);
}

// src/core/registry/manifest.ts
function parseManifest(body, what = "a manifest the registry answered") {
  return parseObject(body, what);
}
function parseObject(body, what) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new NixImageError(`${what} is not JSON`);
  }
  return typeof parsed == "object" && parsed !== null && !Array.isArray(parsed) ? parsed : {};
}
function entries(list) {
  return Array.isArray(list) ? list.filter(
    (item) => typeof item == "object" && item !== null && !Array.isArray(item)
  ) : [];
}
function descriptors(list, where, logger) {
  let all = Array.isArray(list) ? list : [], found = [];
  for (let item of entries(all)) {
    let { mediaType, digest, size, artifactType, annotations, platform } = item;
    typeof mediaType != "string" || typeof digest != "string" || !isDigest(digest) || !Number.isSafeInteger(size) || size < 0 || found.push({
      mediaType,
      digest,
      size,
      ...typeof artifactType == "string" ? { artifactType } : {},
      ...stringRecord(annotations) ? { annotations } : {},
      ...platformOf(platform) ?? {}
    });
  }
  let skipped = all.length - found.length;
  return skipped > 0 && logger.warn(
    `${where} lists ${skipped} ${skipped === 1 ? "entry that is" : "entries that are"} not a descriptor (an object with a media type, a sha256 digest and a size): skipped`
  ), found;
}
var stringRecord = (value) => typeof value == "object" && value !== null && !Array.isArray(value) && Object.values(value).every((field) => typeof field == "string");
function platformOf(value) {
  let { os, architecture, variant } = typeof value == "object" && value !== null ? value : {};
  if (!(typeof os != "string" || typeof architecture != "string"))
    return { platform: { os, architecture, ...typeof variant == "string" && variant ? { variant } : {} } };
}
function mediaTypeOfBody(body) {
  try {
    let { mediaType } = parseManifest(body);
    return typeof mediaType == "string" ? mediaTypeOf(mediaType) : void 0;
  } catch {
    return;
  }
}

// src/core/registry/image-index.ts
import { createHash as createHash2 } from "node:crypto";
function indexTag(members) {
  let lines = ["nix-image index v1", ...members.map((member) => `${member.system}=${member.tag}`).sort()], hash = createHash2("sha256").update(`${lines.join(`
`)}
`).digest(), folded = Buffer.alloc(20);
  for (let i = 0; i < hash.length; i++) folded[i % 20] ^= hash[i];
  return nixBase32(folded);
}
function platformText(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
async function imagePlatform(registry, digest, what) {
  let { info, body } = await registry.getManifest(digest), manifest = parseManifest(body);
  if (typeof manifest.config?.digest != "string" || !manifest.config.digest)
    throw new NixImageError(
      `${what.image} is not a single-platform image manifest (${info.mediaType}): it cannot be named in an index`
    );
  let config = parseObject(await registry.getBlob(manifest.config.digest), what.config), { os, architecture, variant } = config;
  if (typeof os != "string" || !os || typeof architecture != "string" || !architecture)
    throw new NixImageError(`${what.config} names no os/architecture: set the image's architecture`);
  return { info, platform: { os, architecture, ...typeof variant == "string" && variant ? { variant } : {} } };
}
async function indexEntryFor(registry, index, ref, own, subject) {
  let { body } = await registry.getManifest(index.digest), entries2 = descriptors(parseManifest(body).manifests, `the index ${ref} (${index.digest})`, registry.logger), info = (entry) => ({
    digest: entry.digest,
    mediaType: entry.mediaType,
    size: entry.size
  }), same = entries2.find((entry) => entry.digest === subject);
  if (same) return info(same);
  let { platform } = await imagePlatform(own, subject, { image: subject, config: `the image config of ${subject}` }), wanted = platformText(platform), match = entries2.find((entry) => entry.platform && platformText(entry.platform) === wanted);
  if (!match) throw new NixImageError(`${ref} is an index with no ${wanted} image`);
  return info(match);
}
async function buildIndex(registry, members) {
  let entries2 = await Promise.all(
    [...members].sort((a, b) => a.system.localeCompare(b.system)).map(async (member) => {
      let { info, platform } = await imagePlatform(registry, member.digest, {
        image: `the ${member.system} member (tag ${member.tag})`,
        config: `the ${member.system} member's image config (tag ${member.tag})`
      });
      return { member, descriptor: { mediaType: info.mediaType, digest: info.digest, size: info.size, platform } };
    })
  ), seen = /* @__PURE__ */ new Map();
  for (let { member, descriptor } of entries2) {
    let text = platformText(descriptor.platform), other = seen.get(text);
    if (other)
      throw new NixImageError(
        `the ${other} and ${member.system} members are both ${text} images: each platform may appear once in an index`
      );
    seen.set(text, member.system);
  }
  let index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries2.map((entry) => entry.descriptor) };
  return {
    body: Buffer.from(JSON.stringify(index)),
    platforms: entries2.map(({ descriptor }) => ({
      platform: platformText(descriptor.platform),
      digest: descriptor.digest
    }))
  };
}
async function indexPlatforms(registry, digest) {
  let { manifests } = parseManifest((await registry.getManifest(digest)).body);
  return descriptors(manifests, `the index ${digest}`, registry.logger).map((entry) => ({
    platform: entry.platform ? platformText(entry.platform) : "",
    digest: entry.digest
  }));
}

export {
  OCI_MANIFEST,
  OCI_INDEX,
  OCI_EMPTY,
  CYCLONEDX_MEDIA_TYPE,
  MANIFEST_TYPES,
  isIndex,
  mediaTypeOf,
  digestHeader,
  entityTag,
  manifestSize,
  sha256Digest,
  redact,
  answerError,
  invalidDigest,
  authError,
  parseManifest,
  entries,
  descriptors,
  mediaTypeOfBody,
  indexTag,
  indexEntryFor,
  buildIndex,
  indexPlatforms,
  childEnvironments,
  credentialsFromEnv,
  findAuthFile,
  installableFromInputs,
  imageNameFor,
  listInput,
  booleanInput,
  singleLineSecret,
  parseJobs,
  tagInput
};
