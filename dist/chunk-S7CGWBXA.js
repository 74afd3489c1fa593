import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  UsageError
} from "./chunk-BBDL5DKN.js";
import {
  RegistryClient,
  changesText,
  diffPackages,
  readAuthFile,
  readImage
} from "./chunk-WBQXNXFF.js";
import {
  credentialsFromEnv,
  findAuthFile
} from "./chunk-GTDYLEYP.js";
import "./chunk-WRHLYAW5.js";
import "./chunk-EMX5KXMO.js";
import "./chunk-CQ3L7TZC.js";
import {
  resolveReference
} from "./chunk-I3OH45FY.js";
import "./chunk-2T2RK7HW.js";
import "./chunk-JUTPUXFH.js";
import "./chunk-CEKIY2MZ.js";
import "./chunk-UN3NZ6PW.js";
import "./chunk-6OAMBA3J.js";
import "./chunk-VOSNRITM.js";
import {
  NixImageError,
  jsonLine
} from "./chunk-FDZB3QCX.js";
import "./chunk-SDIERYGD.js";

// src/core/run/diff.ts
async function diffImages(first, second, options) {
  let sides = [
    resolveReference(first, void 0, "the first reference"),
    resolveReference(second, void 0, "the second reference")
  ], [before, after] = await Promise.all(
    sides.map(async (target) => {
      let credentials = (options.authFile ? readAuthFile(options.authFile, target.image) : void 0) ?? (target.image.registry === sides[0].image.registry ? options.credentials : void 0), registry = new RegistryClient({
        image: target.image,
        credentials,
        insecure: options.insecureRegistry,
        logger: options.logger
      }), image = await readImage(registry, target.reference, target.ref);
      if (!image) throw new NixImageError(`${target.ref} is not in the registry`);
      if (!image.packages)
        throw new NixImageError(
          `${target.ref} (${image.side.digest}) carries no CycloneDX SBOM: push it with nix-image to attach one`
        );
      return { side: image.side, packages: image.packages };
    })
  );
  return { from: before.side, to: after.side, ...diffPackages(before.packages, after.packages) };
}

// src/cli/diff.ts
async function diff(args, logger) {
  let [first, second] = [args.installable, args.second];
  if (!first || !second)
    throw new UsageError(
      "diff needs two image references, e.g. nix-image diff ghcr.io/owner/app:latest ghcr.io/owner/app:<tag>"
    );
  let changes = await diffImages(first, second, {
    credentials: credentialsFromEnv(process.env),
    authFile: findAuthFile(process.env),
    insecureRegistry: args.values["insecure-registry"] ?? !1,
    logger
  });
  return process.stdout.write(args.values.json ? `${jsonLine({ changes })}
` : `${changesText(changes).join(`
`)}
`), 0;
}
export {
  diff
};
