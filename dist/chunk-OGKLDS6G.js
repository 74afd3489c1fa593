import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  UsageError
} from "./chunk-AUJGCDP7.js";
import {
  RegistryClient,
  changesText,
  diffPackages,
  readAuthFile,
  readImage
} from "./chunk-2FOHFQLN.js";
import {
  credentialsFromEnv,
  findAuthFile
} from "./chunk-7XOVGN2Y.js";
import "./chunk-WRHLYAW5.js";
import "./chunk-FHUEYR5I.js";
import "./chunk-CQ3L7TZC.js";
import {
  resolveReference
} from "./chunk-FILF72AM.js";
import "./chunk-EUK2HJ2Z.js";
import "./chunk-JUTPUXFH.js";
import "./chunk-CEKIY2MZ.js";
import "./chunk-UN3NZ6PW.js";
import "./chunk-6OAMBA3J.js";
import "./chunk-DBS6EOOQ.js";
import "./chunk-DS5E6ILG.js";
import {
  NixImageError
} from "./chunk-BDWDUCXX.js";
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
  return process.stdout.write(args.values.json ? `${JSON.stringify({ changes })}
` : `${changesText(changes).join(`
`)}
`), 0;
}
export {
  diff
};
