import { NixImageError } from '../base/errors.js'

// The files a set's images write their SBOMs to, one per image, all in the folder of the one given.

/**
 * Where a set writes an image's SBOM: the sbom-file path with the image's name before its
 * extension (`nix-image.cdx.json` → `nix-image.api.cdx.json`). The name is an attribute path of
 * the repository's expression, where a quoted name holds any character: it only ever becomes part
 * of the file's name (no `/`, no `..`, no dot at either end), so the file stays in the folder.
 */
export function memberSbomFile(file: string, name: string): string {
  const safe =
    name
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^\.|\.$/g, '') || '-'
  const extension = ['.cdx.json', '.json'].find((ending) => file.endsWith(ending)) ?? ''
  return `${file.slice(0, file.length - extension.length)}.${safe}${extension}`
}

/**
 * Two images whose names give one file would overwrite each other's SBOM: refused before anything
 * runs. Compared without case, as macOS and Windows file systems compare names.
 */
export function checkSbomFiles(images: readonly { name: string }[], file: string): void {
  const owners = new Map<string, string>()
  for (const { name } of images) {
    const path = memberSbomFile(file, name)
    const other = owners.get(path.toLowerCase())
    if (other !== undefined)
      throw new NixImageError(
        `the images ${other} and ${name} would write their SBOMs to one file, ${path}: rename one of the attributes`,
      )
    owners.set(path.toLowerCase(), name)
  }
}
