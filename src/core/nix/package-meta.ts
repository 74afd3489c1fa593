import type { PackageMeta } from '../types.js'
import { imageStorePath } from './store-path.js'

// What the evaluation knows of the packages an image names and the store does not: nixpkgs'
// `meta` (licenses, CPE, upstream purls), read in the evaluation that tells the tag (nix.ts's
// DESCRIBE), so it costs no Nix call of its own. Which packages: those the image names, and
// what they were built with, two levels down (`buildInputs`, `propagatedBuildInputs`: the
// libraries an image's programs load, such as curl's openssl). An image names its packages in
// `buildArgs`, as nixpkgs' buildImage keeps its arguments (`copyToRoot`, or the older
// `contents`), and as nix-image's package lists keep theirs; a buildEnv among them
// (`copyToRoot = buildEnv { paths = …; }`) names its `paths`. buildLayeredImage,
// streamLayeredImage and nix2container keep theirs out of the image's value, so their images
// get no meta unless the expression adds `buildArgs` itself.

const MAX_PACKAGES = 200
const MAX_ITEMS = 10
const MAX_TEXT = 500
/** How far below the named packages their inputs are followed. */
const INPUT_DEPTH = 2

/**
 * Nix let-bindings for DESCRIBE, defining `packagesOf image`. Bounded: at most 200 packages, 10
 * entries of each list, strings cut at 500 characters. Every value is type-checked before use
 * and evaluated in `tryEval`, so a package whose meta throws is left out: the SBOM's extras never
 * fail an evaluation.
 */
export const PACKAGE_META = `
  metaTake = n: list: if builtins.isList list
    then builtins.genList (builtins.elemAt list) (if builtins.length list < n then builtins.length list else n) else [ ];
  metaText = value: if builtins.isString value then builtins.substring 0 ${MAX_TEXT} value else null;
  metaTexts = list: builtins.filter builtins.isString (map metaText (metaTake ${MAX_ITEMS} list));
  isPackage = value: builtins.isAttrs value && (value.type or null) == "derivation";
  spdxIds = license: if builtins.isList license then builtins.concatMap spdxIds (metaTake ${MAX_ITEMS} license)
    else if builtins.isAttrs license && builtins.isString (license.spdxId or null) then [ (metaText license.spdxId) ] else [ ];
  describePackage = package: {
    outPaths = metaTexts (map (output: package.\${output}.outPath or null)
      (builtins.filter builtins.isString (metaTake ${MAX_ITEMS} (package.outputs or [ "out" ]))));
    licenses = spdxIds (package.meta.license or null);
    cpe = metaText (package.meta.identifiers.cpe or null);
    purls = metaTexts (package.meta.identifiers.purls or [ ]);
  };
  evaluatedOr = fallback: value: let tried = builtins.tryEval (builtins.deepSeq value value); in if tried.success then tried.value else fallback;
  packagesIn = list: builtins.filter isPackage (metaTake ${MAX_PACKAGES} list);
  packageInputs = package: let
      # To weak head normal form only: deepSeq would force every attribute of each derivation.
      tried = builtins.tryEval (packagesIn (package.buildInputs or [ ]) ++ packagesIn (package.propagatedBuildInputs or [ ]));
    in if tried.success then tried.value else [ ];
  packageEntry = depth: package: { key = evaluatedOr "" (let key = package.drvPath or ""; in if builtins.isString key then key else ""); inherit depth package; };
  packagesOf = image: evaluatedOr [ ] (let
      args = image.buildArgs or { };
      named = if !(builtins.isAttrs args) then [ ] else if (args.copyToRoot or null) != null then args.copyToRoot else args.contents or [ ];
      roots = builtins.concatMap (root: [ root ] ++ packagesIn (root.paths or [ ])) (packagesIn (if builtins.isList named then named else [ named ]));
      reached = builtins.genericClosure {
        startSet = map (packageEntry 0) roots;
        operator = entry: if entry.depth >= ${INPUT_DEPTH} then [ ] else map (packageEntry (entry.depth + 1)) (packageInputs entry.package);
      };
    in builtins.filter (described: described != null) (map (entry: evaluatedOr null (describePackage entry.package)) (metaTake ${MAX_PACKAGES} reached)));
`

/**
 * The packages as the evaluation printed them, checked as hostile input (the expression decides
 * every value): only store paths under /nix/store, strings within the bounds above; anything
 * else is dropped, never an error.
 */
export function packageMetas(raw: unknown): PackageMeta[] {
  if (!Array.isArray(raw)) return []
  return raw.slice(0, MAX_PACKAGES).flatMap((entry: Record<string, unknown> | null) => {
    if (!entry || typeof entry !== 'object') return []
    const outPaths = texts(entry.outPaths).filter(imageStorePath)
    if (outPaths.length === 0) return []
    const cpe = text(entry.cpe)
    return [{ outPaths, licenses: texts(entry.licenses), ...(cpe ? { cpe } : {}), purls: texts(entry.purls) }]
  })
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT ? value : undefined
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.slice(0, MAX_ITEMS).flatMap((item) => text(item) ?? []) : []
