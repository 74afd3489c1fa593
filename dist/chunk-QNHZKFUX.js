import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  allImages,
  evaluateInstallable,
  prepareNix
} from "./chunk-KV6XPXRA.js";
import {
  parseImageName
} from "./chunk-I3OH45FY.js";

// src/core/run/evaluate.ts
async function evaluateTags(options, logger, image) {
  let evaluation = await evaluateInstallable(await prepareNix(options, logger), options.tag);
  if (evaluation.type === "image") return { type: "image", image: evaluation.evaluated };
  let repository = (suffix) => image ? parseImageName(`${image.name.name}${suffix}`, image.inputName) : void 0;
  return {
    type: "set",
    entries: [
      ...allImages(evaluation.plan).map((entry) => ({
        name: entry.name,
        image: repository(entry.repositorySuffix),
        tag: entry.evaluated.tag,
        tagSource: entry.evaluated.tagSource,
        kind: entry.evaluated.kind,
        outPath: entry.evaluated.outPath,
        member: entry.member !== void 0
      })),
      ...evaluation.plan.indexes.map((index) => ({
        name: index.name,
        image: repository(index.repositorySuffix),
        tag: index.tag,
        tagSource: index.tagSource,
        kind: "index",
        outPath: "",
        member: !1
      }))
    ]
  };
}

export {
  evaluateTags
};
