#!/usr/bin/env bash
# Installs the real tools nix-image drives and its tests use, from Debian/Ubuntu packages:
# Nix, skopeo, CNCF Distribution (the reference registry), htpasswd, podman with runc (the tests
# run what they pushed; test/helpers/podman.ts configures it per test file), a static busybox
# (an executable for test images), patchelf (the stand-in nixpkgs links host programs to the
# libraries it copies beside them), and helpers.
set -euo pipefail

packages=(nix-bin skopeo docker-registry apache2-utils openssl zstd rsync jq git ca-certificates podman runc busybox-static patchelf)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "nix: $(nix --version) | skopeo: $(skopeo --version) | registry: $(docker-registry --version | cut -d' ' -f3) | $(podman --version) | runc $(runc --version | head -1 | cut -d' ' -f3)"
