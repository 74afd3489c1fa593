# The GitLab component's default job image: Nix, skopeo, Node.js and nix-image at one version,
# built with nixpkgs' dockerTools and pushed by nix-image itself at each release
# (ghcr.io/nix-image/runner:<version>, the `job_image` default of templates/build.yml).
#   nix-build nix/runner-image.nix -I nixpkgs=<pinned nixpkgs tarball>
{ pkgs ? import <nixpkgs> { } }:
let
  version = (builtins.fromJSON (builtins.readFile ../package.json)).version;
  nix-image = pkgs.runCommand "nix-image-${version}" { nativeBuildInputs = [ pkgs.makeWrapper ]; } ''
    mkdir -p $out/lib $out/bin
    cp -r ${../dist} $out/lib/dist
    for entry in cli:nix-image gitlab:nix-image-gitlab; do
      makeWrapper ${pkgs.nodejs_22}/bin/node $out/bin/''${entry#*:} \
        --add-flags $out/lib/dist/''${entry%%:*}.js \
        --prefix PATH : ${pkgs.lib.makeBinPath [ pkgs.skopeo ]}
    done
  '';
in
pkgs.dockerTools.buildLayeredImage {
  name = "ghcr.io/nix-image/runner";
  tag = version;
  contents = [ nix-image pkgs.nix pkgs.skopeo pkgs.bashInteractive pkgs.coreutils pkgs.gitMinimal pkgs.cacert pkgs.dockerTools.fakeNss ];
  extraCommands = "mkdir -p tmp etc/nix && chmod 1777 tmp && echo 'experimental-features = nix-command flakes' > etc/nix/nix.conf";
  config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" "NIX_IMAGE_RUNNER=1" ];
}
