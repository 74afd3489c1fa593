#!/usr/bin/env node
import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  evaluateTags
} from "./chunk-QNHZKFUX.js";
import {
  USAGE,
  UsageError,
  evaluateOptions,
  parseCommandLine,
  pushOptions
} from "./chunk-BBDL5DKN.js";
import {
  describeReport
} from "./chunk-ECPXLCYN.js";
import {
  failureMessage,
  pushImages
} from "./chunk-3XRXHUCG.js";
import "./chunk-VTAP7Z6Y.js";
import "./chunk-APOJY5CV.js";
import {
  OUTPUT_NAMES,
  privateTempDir,
  resultOutputs,
  resultRecord,
  setResultRecord
} from "./chunk-KV6XPXRA.js";
import "./chunk-WBQXNXFF.js";
import "./chunk-GTDYLEYP.js";
import "./chunk-WRHLYAW5.js";
import "./chunk-EMX5KXMO.js";
import "./chunk-CQ3L7TZC.js";
import "./chunk-I3OH45FY.js";
import "./chunk-2T2RK7HW.js";
import "./chunk-JUTPUXFH.js";
import "./chunk-CEKIY2MZ.js";
import "./chunk-XDT2UUH5.js";
import "./chunk-UN3NZ6PW.js";
import "./chunk-VBRHQM7V.js";
import "./chunk-6OAMBA3J.js";
import {
  counted,
  writeFileWithin
} from "./chunk-VOSNRITM.js";
import {
  NixImageError,
  forLog,
  jsonLine
} from "./chunk-FDZB3QCX.js";
import "./chunk-SDIERYGD.js";

// src/cli/main.ts
import { tmpdir } from "node:os";

// src/cli/logger.ts
function stderrLogger(verbose) {
  let write = (line) => {
    process.stderr.write(`${forLog(line)}
`);
  };
  return {
    info: write,
    warn: (message) => write(`warning: ${message}`),
    debug: (message) => {
      verbose && write(`debug: ${message}`);
    },
    async group(title, fn) {
      return write(`==> ${title}`), fn();
    }
  };
}

// src/cli/outputs.ts
function parseOutputFiles(values) {
  return values.map((value) => {
    let [name = "", path = ""] = [value.slice(0, value.indexOf("=")), value.slice(value.indexOf("=") + 1)];
    if (!value.includes("=") || !path || !OUTPUT_NAMES.includes(name))
      throw new UsageError(`--output '${value}' is not NAME=FILE with NAME one of ${OUTPUT_NAMES.join(", ")}`);
    return { name, path };
  });
}
async function writeOutputFiles(files, result) {
  let values = resultOutputs(result);
  for (let file of files) await writeFileWithin(file.path, values[file.name], `output ${file.name}`, process.cwd());
}

// src/cli/main.ts
async function main(argv) {
  let args = parseCommandLine(argv);
  if (args.values.help)
    return process.stdout.write(`${USAGE}
`), 0;
  if (args.values.version)
    return process.stdout.write(`0.1.0
`), 0;
  let logger = stderrLogger(args.values.verbose ?? !1);
  switch (args.command) {
    case "push": {
      let outputs = parseOutputFiles(args.values.output ?? []), outcome = await pushImages({ ...pushOptions(args, process.env), tempDir: privateTempDir(tmpdir()) }, logger);
      if ("single" in outcome)
        return await writeOutputFiles(outputs, outcome.single), process.stdout.write(
          args.values.json ? `${jsonLine(resultRecord(outcome.single))}
` : humanResult(outcome.single)
        ), 0;
      outputs.length && logger.warn("--output writes one image's results: a set of images wrote none (use --json)"), process.stdout.write(
        args.values.json ? `${jsonLine(setResultRecord(outcome.set))}
` : humanSetResult(outcome.set)
      );
      for (let { name, reason } of outcome.set.failed)
        process.stderr.write(`nix-image: error: ${forLog(`${name || "index"}: ${reason}`)}
`);
      return outcome.set.failed.length ? 1 : 0;
    }
    case "tag":
      return printTag(args, logger);
    // The YAML code loads only for the commands that read manifests.
    case "verify":
      return (await import("./chunk-W5IMZ5BU.js")).verify(args, logger);
    case "pin":
      return (await import("./chunk-W5IMZ5BU.js")).pin(args, logger);
    case "diff":
      return (await import("./chunk-S7CGWBXA.js")).diff(args, logger);
    case void 0:
      throw new UsageError("no command given");
    default:
      throw new UsageError(`unknown command '${args.command}'`);
  }
}
async function printTag(args, logger) {
  let options = evaluateOptions(args, process.env), evaluation = await evaluateTags({ ...options, tempDir: privateTempDir(tmpdir()) }, logger);
  if (evaluation.type === "image") {
    let { image } = evaluation;
    return process.stdout.write(
      args.values.json ? `${jsonLine({ tag: image.tag, tagSource: image.tagSource, kind: image.kind, outPath: image.outPath })}
` : `${image.tag}
`
    ), 0;
  }
  let images = evaluation.entries.map(({ name, tag, tagSource, kind, outPath }) => ({
    name,
    tag,
    tagSource,
    kind,
    outPath
  }));
  return process.stdout.write(
    args.values.json ? `${jsonLine({ images })}
` : images.map((image) => `${forLog(image.name || ".")} ${image.tag}
`).join("")
  ), 0;
}
function humanResult(result) {
  return `${[
    result.reason,
    `ref        ${result.ref}`,
    `digest     ${result.digest || "(none)"}`,
    `digest ref ${result.digestRef || "(none)"}`,
    ...result.extraTags.length ? [`extra tags ${result.extraTags.join(", ")}`] : [],
    ...result.cache ? [`cache      ${describeReport(result.cache).replace(/^Binary cache: /, "")}`] : [],
    ...result.sbom ? [
      `sbom       ${result.sbom.artifact}${result.sbom.components === void 0 ? "" : ` (${counted(result.sbom.components, "store path")})`}${result.sbom.state === "present" ? ", attached before" : ""}`
    ] : []
  ].map(forLog).join(`
`)}
`;
}
function humanSetResult(result) {
  return result.images.map(
    (entry) => `${forLog(`${entry.name || "."}: ${entry.reason}`)}${entry.digestRef ? `
  ${entry.digestRef}` : ""}${entry.sbom?.file ? `
  sbom ${entry.sbom.file}` : ""}
`
  ).join("");
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    error instanceof UsageError && (process.stderr.write(`nix-image: ${forLog(error.message)}
Run 'nix-image --help' for usage.
`), process.exit(2));
    let message = failureMessage(error);
    process.stderr.write(error instanceof NixImageError ? `nix-image: error: ${message}
` : `nix-image: ${message}
`), process.exit(1);
  }
);
