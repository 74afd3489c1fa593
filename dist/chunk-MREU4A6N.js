import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  checkManifests,
  passedLine,
  staleFindings,
  staleLine,
  verifySetManifests
} from "./chunk-7RRBXKRL.js";
import {
  parseImageName
} from "./chunk-FILF72AM.js";
import "./chunk-DBS6EOOQ.js";
import "./chunk-DS5E6ILG.js";
import "./chunk-BDWDUCXX.js";
import "./chunk-SDIERYGD.js";

// src/core/deploy/verify-after-push.ts
async function verifyAfterPush(pushed, manifests, cwd) {
  let common = { ...manifests, allowNoReferences: !1, cwd }, checks = "single" in pushed ? [
    await checkManifests({
      ...common,
      image: pushed.image,
      expected: { tag: pushed.single.tag, digest: pushed.single.digest || void 0 }
    })
  ] : await verifySetManifests(
    deployedImages(pushed.set).map((entry) => ({
      image: parseImageName(entry.image),
      tag: entry.tag,
      digest: entry.digest || void 0
    })),
    common
  ), reports = checks.map(({ report }) => report);
  return {
    reports,
    stale: reports.flatMap(staleFindings),
    failures: checks.flatMap(({ report, fix }) => fix ? [staleManifests(report, fix)] : []),
    passed: passedLine(reports)
  };
}
function deployedImages(entries) {
  return entries.filter(
    (entry) => entry.kind === "index" || !entries.some((other) => other.kind === "index" && other.image === entry.image)
  );
}
function staleManifests(report, fix) {
  let reason = `reference ${report.image} at another tag than ${report.tag}; fix with: ${fix}`;
  return { name: "deploy manifests", reason, message: `deploy manifests ${reason}`, report, fix };
}
export {
  deployedImages,
  staleLine,
  verifyAfterPush
};
