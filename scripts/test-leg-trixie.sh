#!/usr/bin/env bash
# The second CI leg: the test suite inside a Debian 13 (trixie) root, where Nix is 2.26, skopeo
# 1.18 and Distribution 2.8.3, the versions users run today, beside Debian 12's 2.8/1.9 floor.
#
#   scripts/test-leg-trixie.sh [ROOT] [-- COMMAND...]
#
# ROOT (default .tmp/trixie) is made with mmdebstrap from Debian's packages when missing (about
# 40 s, 750 MB). The checkout is bind-mounted at the same path inside, with its node_modules and
# dist/ as the host leg installed them (pure JavaScript, and Node 20 on both sides), so the same
# code is tested. COMMAND defaults to the README's test command, `npm test`. Needs root.
#
# ACTION_NODE and CLI_NODE, Node binaries inside the checkout (where .ci/run installs Node 24),
# reach the tests as they are: the Action's bundles run on ACTION_NODE, the CLI's and the GitLab
# job's on CLI_NODE, the test runner itself on the root's Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD
root=.tmp/trixie
if [ $# -gt 0 ] && [ "$1" != "--" ]; then root=$1; shift; fi
[ "${1:-}" = "--" ] && shift
command=("$@")
[ ${#command[@]} -gt 0 ] || command=(npm test)
root=$(realpath -m "$root")

# podman and runc run what the tests pushed (podman 5.4 there), busybox-static and patchelf make
# the fixtures' images runnable (test/helpers/podman.ts, test/fixtures/build-lib.sh).
packages=nix-bin,skopeo,docker-registry,ca-certificates,git,zstd,openssl,apache2-utils,jq,yq,nodejs,npm,rsync,procps,util-linux,mount,podman,runc,busybox-static,patchelf
# A root made with another package list is made again.
if [ "$(cat "$root/etc/nix-image-test-packages" 2>/dev/null)" != "$packages" ]; then
  command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
  rm -rf "$root"
  # mmdebstrap needs the folder the root goes in (a fresh clone has no .tmp yet).
  mkdir -p "$(dirname "$root")"
  mmdebstrap --quiet --mode=root --variant=minbase --include="$packages" trixie "$root" http://deb.debian.org/debian
  echo "$packages" > "$root/etc/nix-image-test-packages"
fi

# Inside: a private mount namespace, so nothing stays mounted when the leg ends. The root is made
# a mount point first: the tests' own `unshare --mount` (a fresh runner's empty blob-info cache)
# cannot change propagation below a plain directory ("Invalid argument").
exec unshare --mount --pid --fork --propagation private bash -euc '
  root=$1 checkout=$2; shift 2
  mount --bind "$root" "$root"
  # /tmp first: a checkout under /tmp is bound inside it, not hidden by it.
  mount -t tmpfs tmpfs "$root/tmp"
  mkdir -p "$root$checkout"
  mount --bind "$checkout" "$root$checkout"
  mount --rbind /dev "$root/dev"
  mount -t proc proc "$root/proc"
  # /sys with the cgroup mounts below it: runc places each container in cgroups, and a fresh
  # sysfs has none ("no cgroup mount found in mountinfo").
  mount --rbind /sys "$root/sys"
  exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI="${CI:-}" \
    ACTION_NODE="${ACTION_NODE:-}" CLI_NODE="${CLI_NODE:-}" bash -c "cd \"\$0\" && echo \"leg: Debian \$(cat /etc/debian_version) | \$(nix --version) | \$(skopeo --version) | registry \$(docker-registry --version | cut -d\" \" -f3) | node \$(node --version), CLI on \$(\"\${CLI_NODE:-node}\" --version) | \$(podman --version)\" && exec \"\$@\"" "$checkout" "$@"
' bash "$root" "$checkout" "${command[@]}"
