{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
  inputs.nix2container.url = "github:nlewo/nix2container";
  outputs = { nixpkgs, nix2container, ... }:
    let
      pkgs = nixpkgs.legacyPackages.x86_64-linux;
      n2c = nix2container.packages.x86_64-linux.nix2container;
    in {
      packages.x86_64-linux.image = n2c.buildImage {
        name = "hello";
        config.entrypoint = [ "${pkgs.hello}/bin/hello" ];
      };
    };
}
