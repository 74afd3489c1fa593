import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  UsageError,
  evaluateOptions
} from "./chunk-5Z3MM2RP.js";
import {
  evaluateOnly,
  imageNameFor,
  privateTempDir
} from "./chunk-KF3VEEJN.js";
import {
  pinCommand,
  pinManifests,
  verifyManifests
} from "./chunk-3K36BDNQ.js";
import {
  forLog,
  isDigest
} from "./chunk-RPQRWJWM.js";
import "./chunk-AFITODEB.js";

// src/cli/manifests.ts
import { tmpdir } from "node:os";
async function verify(args, logger) {
  let options = await manifestOptions(args, logger), report = await verifyManifests(options), fix = report.ok ? void 0 : pinCommand(options);
  if (args.values.json)
    process.stdout.write(`${JSON.stringify({ ...report, fix })}
`);
  else
    for (let finding of report.findings.filter((finding2) => !finding2.ok))
      process.stdout.write(`${forLog(`${finding.file}:${finding.line}: found ${finding.found}, expected ${finding.expected}`)}
`);
  return fix ? (process.stderr.write(`nix-image: error: ${forLog(`${mismatchCount(report)} of ${report.image} not at tag ${report.tag}; fix with: ${fix}`)}
`), 1) : (logger.info(`${report.findings.length} reference(s) to ${report.image} in ${report.files.length} file(s) point at ${report.tag}`), 0);
}
async function pin(args, logger) {
  let { report, changed } = await pinManifests(await manifestOptions(args, logger));
  for (let finding of report.findings.filter((finding2) => !finding2.ok))
    logger.info(`${finding.file}:${finding.line}: ${finding.found} -> ${finding.expected}`);
  return logger.info(changed.length ? `Pinned ${report.image}:${report.tag} in ${changed.join(", ")}` : `All references already point at ${report.image}:${report.tag}`), 0;
}
async function manifestOptions(args, logger) {
  let { values } = args;
  if (!values.image) throw new UsageError("--image is required: the repository whose references to check, e.g. ghcr.io/owner/app");
  if (!values.manifests?.length) throw new UsageError('--manifests is required: the YAML files to check, e.g. --manifests "deploy/**/*.yaml"');
  if (values.digest !== void 0 && !isDigest(values.digest))
    throw new UsageError(`--digest '${values.digest}' is not a sha256 digest: give it as sha256:<64 hex digits>`);
  let evaluation = evaluateOptions(args, process.env), image = imageNameFor(values.image, evaluation.installable, "--image"), tag = evaluation.tag ?? (await evaluateOnly({ ...evaluation, tempDir: privateTempDir(tmpdir()) }, logger)).tag;
  return {
    image,
    expected: { tag, digest: values.digest },
    patterns: values.manifests,
    valuesKeys: values["values-key"] ?? [],
    allowNoReferences: values["allow-no-references"] ?? !1,
    cwd: process.cwd()
  };
}
function mismatchCount(report) {
  let count = report.findings.filter((finding) => !finding.ok).length;
  return count === 1 ? "1 image reference" : `${count} image references`;
}
export {
  pin,
  verify
};
