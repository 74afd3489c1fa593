import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  UsageError
} from "./chunk-MZWPWHCQ.js";
import {
  credentialsFromEnv,
  findAuthFile,
  readAuthFile
} from "./chunk-3CYIXNRF.js";
import "./chunk-KHVNSJDX.js";
import {
  RegistryClient,
  changesText,
  diffPackages,
  readImage,
  resolveReference
} from "./chunk-6MNYQFFZ.js";
import "./chunk-RVY5DGTX.js";
import "./chunk-MTZ4ES3Z.js";
import "./chunk-W6DOY5T3.js";
import "./chunk-OFJ2YC6N.js";
import "./chunk-C7LBEWTC.js";
import "./chunk-UIDJITYH.js";
import "./chunk-P5BLN3AN.js";
import {
  NixImageError
} from "./chunk-55QJV6A7.js";
import "./chunk-SDIERYGD.js";

// src/cli/diff.ts
async function diff(args, logger) {
  let [first, second] = [args.installable, args.second];
  if (!first || !second) throw new UsageError("diff needs two image references, e.g. nix-image diff ghcr.io/owner/app:latest ghcr.io/owner/app:<tag>");
  let envCredentials = credentialsFromEnv(process.env), authFile = findAuthFile(process.env), sides = [resolveReference(first, void 0, "the first reference"), resolveReference(second, void 0, "the second reference")], [before, after] = await Promise.all(
    sides.map(async (target) => {
      let credentials = (authFile ? readAuthFile(authFile, target.image) : void 0) ?? (target.image.registry === sides[0].image.registry ? envCredentials : void 0), registry = new RegistryClient({ image: target.image, credentials, insecure: args.values["insecure-registry"] ?? !1, logger }), image = await readImage(registry, target.reference, target.ref);
      if (!image) throw new NixImageError(`${target.ref} is not in the registry`);
      if (!image.packages) throw new NixImageError(`${target.ref} (${image.side.digest}) carries no CycloneDX SBOM: push it with nix-image to attach one`);
      return image;
    })
  ), changes = { from: before.side, to: after.side, ...diffPackages(before.packages, after.packages) };
  return process.stdout.write(args.values.json ? `${JSON.stringify({ changes })}
` : `${changesText(changes).join(`
`)}
`), 0;
}
export {
  diff
};
