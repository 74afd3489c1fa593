import { NixImageError } from '../core/base/errors.js'
import { parseInstallable } from '../core/nix/nix.js'
import { packageImageName, parsePackageList } from '../core/nix/packages.js'
import { parseImageName } from '../core/registry/reference.js'
import type { ImageName, Installable } from '../core/types.js'

// What the adapters' inputs ask to evaluate (a flake, a Nix file, or a package list) and where
// its image goes, decided once for the CLI, the Action and the GitLab component.

/** The adapters' inputs that choose what to evaluate, by their generic names. */
export interface InstallableInputs {
  installable?: string
  attr?: string
  packages?: string
  nixpkgs?: string
  allowUnpinned?: boolean
}

/** A package list when `packages` is given (and then nothing else may name an image), else `parseInstallable`. */
export function installableFromInputs(inputs: InstallableInputs): Installable {
  const packages = inputs.packages?.trim()
  if (!packages) {
    if (inputs.nixpkgs?.trim() || inputs.allowUnpinned) {
      throw new NixImageError(
        'nixpkgs and allow-unpinned pin the nixpkgs of a package list: give packages too, or pin a Nix file with nix-path',
      )
    }
    return parseInstallable(inputs.installable, inputs.attr)
  }
  if (inputs.installable?.trim() || inputs.attr?.trim()) {
    throw new NixImageError(`packages '${packages}' is the image: give no installable or attr with it`)
  }
  return {
    type: 'packages',
    list: {
      packages: parsePackageList(packages),
      nixpkgs: inputs.nixpkgs?.trim() || undefined,
      allowUnpinned: inputs.allowUnpinned ?? false,
    },
  }
}

/** The `image` input for what is evaluated: under a namespace ending in `/`, a package list names its repository. */
export function imageNameFor(image: string, installable: Installable, inputName = 'image'): ImageName {
  return parseImageName(
    installable.type === 'packages' ? packageImageName(image, installable.list.packages) : image,
    inputName,
  )
}
