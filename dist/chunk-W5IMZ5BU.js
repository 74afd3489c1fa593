import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  checkManifests,
  passedLine,
  pinManifests,
  pinSetManifests,
  staleFindings,
  staleLine,
  verifySetManifests
} from "./chunk-VSVJ4JR3.js";
import {
  evaluateTags
} from "./chunk-QNHZKFUX.js";
import {
  UsageError,
  evaluateOptions
} from "./chunk-BBDL5DKN.js";
import {
  privateTempDir
} from "./chunk-KV6XPXRA.js";
import {
  imageNameFor
} from "./chunk-GTDYLEYP.js";
import "./chunk-WRHLYAW5.js";
import "./chunk-EMX5KXMO.js";
import "./chunk-CQ3L7TZC.js";
import {
  isDigest
} from "./chunk-I3OH45FY.js";
import "./chunk-JUTPUXFH.js";
import "./chunk-CEKIY2MZ.js";
import "./chunk-UN3NZ6PW.js";
import "./chunk-6OAMBA3J.js";
import {
  counted
} from "./chunk-VOSNRITM.js";
import {
  forLog,
  jsonLine
} from "./chunk-FDZB3QCX.js";
import "./chunk-SDIERYGD.js";

// src/cli/manifests.ts
import { tmpdir } from "node:os";
async function verify(args, logger) {
  let target = await manifestTarget(args, logger);
  if (target.type === "set") {
    let checks = await verifySetManifests(target.expected, target.options), reports = checks.map(({ report: report2 }) => report2), fixes = checks.flatMap(({ fix: fix2 }) => fix2 ? [fix2] : []);
    if (args.values.json) process.stdout.write(`${jsonLine({ images: reports, fixes, ok: fixes.length === 0 })}
`);
    else for (let report2 of reports) printMismatches(report2);
    for (let fix2 of fixes)
      process.stderr.write(`nix-image: error: ${forLog(`image references not at their tag; fix with: ${fix2}`)}
`);
    return fixes.length ? 1 : (logger.info(passedLine(reports)), 0);
  }
  let { report, fix } = await checkManifests(target.options);
  return args.values.json ? process.stdout.write(`${jsonLine({ ...report, fix })}
`) : printMismatches(report), fix ? (process.stderr.write(
    `nix-image: error: ${forLog(`${mismatchCount(report)} of ${report.image} not at tag ${report.tag}; fix with: ${fix}`)}
`
  ), 1) : (logger.info(passedLine([report])), 0);
}
async function pin(args, logger) {
  let target = await manifestTarget(args, logger);
  if (target.type === "set") {
    let { reports, changed: changed2 } = await pinSetManifests(target.expected, target.options);
    for (let report2 of reports) logFixes(report2, logger);
    return logger.info(
      changed2.length ? `Pinned ${reports.length} image(s) in ${changed2.join(", ")}` : "All references already point at their tags"
    ), 0;
  }
  let { report, changed } = await pinManifests(target.options);
  return logFixes(report, logger), logger.info(
    changed.length ? `Pinned ${report.image}:${report.tag} in ${changed.join(", ")}` : `All references already point at ${report.image}:${report.tag}`
  ), 0;
}
async function manifestTarget(args, logger) {
  let { values } = args;
  if (!values.image)
    throw new UsageError("--image is required: the repository whose references to check, e.g. ghcr.io/owner/app");
  if (!values.manifests?.length)
    throw new UsageError('--manifests is required: the YAML files to check, e.g. --manifests "deploy/**/*.yaml"');
  if (values.digest !== void 0 && !isDigest(values.digest))
    throw new UsageError(`--digest '${values.digest}' is not a sha256 digest: give it as sha256:<64 hex digits>`);
  let evaluation = evaluateOptions(args, process.env), image = imageNameFor(values.image, evaluation.installable, "--image"), common = {
    patterns: values.manifests,
    valuesKeys: values["values-key"] ?? [],
    allowNoReferences: values["allow-no-references"] ?? !1,
    cwd: process.cwd()
  };
  if (evaluation.tag !== void 0)
    return { type: "image", options: { image, expected: { tag: evaluation.tag, digest: values.digest }, ...common } };
  let evaluated = await evaluateTags({ ...evaluation, tempDir: privateTempDir(tmpdir()) }, logger, {
    name: image,
    inputName: "--image"
  });
  if (evaluated.type === "image")
    return {
      type: "image",
      options: { image, expected: { tag: evaluated.image.tag, digest: values.digest }, ...common }
    };
  if (values.digest)
    throw new UsageError(
      "--digest names one image: leave it out for a set of images (each is checked against its own tag)"
    );
  return { type: "set", expected: evaluated.entries.filter((entry) => !entry.member).map((entry) => ({ image: entry.image, tag: entry.tag })), options: common };
}
function printMismatches(report) {
  for (let finding of staleFindings(report)) process.stdout.write(`${forLog(staleLine(finding))}
`);
}
function logFixes(report, logger) {
  for (let finding of staleFindings(report))
    logger.info(`${finding.file}:${finding.line}: ${finding.found} -> ${finding.expected}`);
}
function mismatchCount(report) {
  return counted(staleFindings(report).length, "image reference");
}
export {
  pin,
  verify
};
