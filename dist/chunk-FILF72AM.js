import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  NixImageError
} from "./chunk-BDWDUCXX.js";

// src/core/registry/reference.ts
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*", REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`), TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, DIGEST = /^sha256:[a-f0-9]{64}$/, HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]+)?$/, MAX_NAME_LENGTH = 255, DOCKER_HUB = "docker.io", DOCKER_HUB_API = "registry-1.docker.io";
function looksLikeHost(component) {
  return component.includes(".") || component.includes(":") || component === "localhost";
}
function normalizeName(input) {
  let slash = input.indexOf("/"), first = slash === -1 ? "" : input.slice(0, slash);
  if (first && looksLikeHost(first))
    return { host: first.toLowerCase(), repository: input.slice(slash + 1).toLowerCase() };
  let repository = input.toLowerCase();
  return { host: DOCKER_HUB, repository: repository.includes("/") ? repository : `library/${repository}` };
}
function parseImageName(input, inputName = "image") {
  let value = input.trim(), fix = `set ${inputName} to REGISTRY/REPOSITORY, e.g. ghcr.io/owner/app`;
  if (value === "") throw new NixImageError(`${inputName} is empty: ${fix}`);
  if (/\s/.test(value)) throw new NixImageError(`${inputName} '${value}' contains white space: ${fix}`);
  if (value.includes("@"))
    throw new NixImageError(`${inputName} '${value}' carries a digest: ${fix} (the digest is an output, not an input)`);
  let lastSlash = value.lastIndexOf("/");
  if (value.slice(lastSlash + 1).includes(":"))
    throw new NixImageError(
      `${inputName} '${value}' carries a tag: give the repository alone and the tag with the tag option`
    );
  if (/^[a-z]+:\/\//i.test(value)) throw new NixImageError(`${inputName} '${value}' starts with a URL scheme: ${fix}`);
  let { host, repository } = normalizeName(value);
  if (!HOST.test(host))
    throw new NixImageError(`${inputName} '${value}' has an invalid registry host '${host}': ${fix}`);
  let port = /:(\d+)$/.exec(host)?.[1];
  if (port !== void 0 && (Number(port) < 1 || Number(port) > 65535))
    throw new NixImageError(`${inputName} '${value}' has the port ${port}, which is not between 1 and 65535: ${fix}`);
  if (!REPOSITORY.test(repository))
    throw new NixImageError(
      `${inputName} '${value}' has an invalid repository '${repository}': use lowercase letters, digits and separators (. _ __ -) between path components`
    );
  let name = host === DOCKER_HUB ? `${DOCKER_HUB}/${repository}` : `${host}/${repository}`;
  if (name.length > MAX_NAME_LENGTH)
    throw new NixImageError(
      `${inputName} '${value}' is ${name.length} characters long: a repository name has at most ${MAX_NAME_LENGTH}`
    );
  return { registry: host === DOCKER_HUB ? DOCKER_HUB_API : host, repository, name };
}
function validateTag(tag, inputName = "tag") {
  if (!TAG.test(tag)) {
    let why = tag.length > 128 ? `is ${tag.length} characters long (at most 128)` : "is not a valid tag";
    throw new NixImageError(
      `${inputName} '${tag}' ${why}: use letters, digits, '_', '.' and '-', starting with a letter, digit or '_'`
    );
  }
  return tag;
}
function isDigest(value) {
  return DIGEST.test(value);
}
function splitReference(reference) {
  let at = reference.indexOf("@"), digest = at === -1 ? void 0 : reference.slice(at + 1), rest = at === -1 ? reference : reference.slice(0, at), colon = rest.lastIndexOf(":");
  return colon === -1 || colon < rest.lastIndexOf("/") ? { name: rest, digest } : { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
}
function canonicalName(name) {
  let { host, repository } = normalizeName(name);
  return `${host}/${repository}`;
}
function resolveReference(reference, own, inputName) {
  if (own && !reference.includes("/") && !reference.includes("@"))
    return { image: own, reference: validateTag(reference, inputName), ref: `${own.name}:${reference}` };
  let split = splitReference(reference), target = split.digest ?? split.tag;
  if (!target)
    throw new NixImageError(
      `${inputName} '${reference}' names no tag or digest: give REGISTRY/REPOSITORY:TAG or REGISTRY/REPOSITORY@sha256:\u2026`
    );
  return { image: parseImageName(split.name, inputName), reference: target, ref: reference };
}

export {
  parseImageName,
  validateTag,
  isDigest,
  splitReference,
  canonicalName,
  resolveReference
};
