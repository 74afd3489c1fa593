# The example image of the README's demo: docs/cli.md's `buildLayeredImage` example
# (examples/nixpkgs/image.nix), given the tests' offline stand-in for nixpkgs (same attribute
# names and builder arguments, packages named and versioned as nixpkgs' store paths), so it
# builds on a machine without internet. With real nixpkgs, pin `<nixpkgs>` with --nix-path.
import ../nixpkgs/image.nix { pkgs = import ../../test/fixtures/nixpkgs { }; }
