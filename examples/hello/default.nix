# The example image of the README's demo: a buildLayeredImage that needs no nixpkgs, so it builds
# on a machine without internet. It uses the tests' offline stand-in for dockerTools; a real
# project writes `pkgs.dockerTools.buildLayeredImage { ... }` (see the README's examples).
let
  dockerTools = import ../../test/fixtures/lib.nix { };
in
dockerTools.buildLayeredImage {
  name = "hello";
  layers = [
    { name = "greeting"; text = "Hello from an image tagged by its Nix hash"; }
    { name = "app"; text = "version 1"; }
  ];
  config.Cmd = [ "/bin/cat" "/greeting/greeting.txt" ];
}
