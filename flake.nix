{
  description = "nix-image: build a Nix container image, tag it by its Nix hash, push it only when the registry lacks it";

  # flake.lock pins the last nixos-24.11 revision; `nix flake update` moves it (see docs/cli.md).
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";

  outputs = { self, nixpkgs }:
    let
      # The systems GitHub and GitLab runners (and Tekton clusters) run on.
      systems = [ "x86_64-linux" "aarch64-linux" ];
      forAllSystems = f: nixpkgs.lib.genAttrs systems (system: f system nixpkgs.legacyPackages.${system});
      version = (builtins.fromJSON (builtins.readFile ./package.json)).version;

      # The CLI as npm installs it (package.json beside dist/: it makes the bundles ES modules),
      # run by Node 22 with skopeo on its PATH. The bundles are committed, so nothing is fetched
      # from npm and the package is the same code the Action and the npm package run.
      mkCli = pkgs:
        pkgs.runCommand "nix-image-${version}"
          {
            nativeBuildInputs = [ pkgs.makeWrapper ];
            meta = {
              description = "Build a Nix container image, tag it by its Nix hash, push it only when the registry lacks it";
              mainProgram = "nix-image";
            };
            passthru = { inherit version; };
          }
          ''
            lib=$out/lib/node_modules/nix-image
            mkdir -p $lib $out/bin
            cp -r ${./dist} $lib/dist
            cp ${./package.json} $lib/package.json
            for entry in cli:nix-image gitlab:nix-image-gitlab; do
              makeWrapper ${pkgs.nodejs_22}/bin/node $out/bin/''${entry#*:} \
                --add-flags $lib/dist/''${entry%%:*}.js \
                --prefix PATH : ${pkgs.lib.makeBinPath [ pkgs.skopeo ]}
            done
          '';

      # Nix for root without a daemon (no build users: the job is the only user) and for any other
      # uid (the store and the database are writable, below); flakes on. No sandbox: unprivileged
      # containers cannot create its namespaces (privileged ones may set NIX_CONFIG="sandbox = true").
      nixConf = pkgs: pkgs.writeTextDir "etc/nix/nix.conf" ''
        experimental-features = nix-command flakes
        build-users-group =
        sandbox = false
      '';

      # The GitLab component's and Tekton's job image: Nix, skopeo, Node.js and nix-image of one
      # release, pushed by nix-image itself as ghcr.io/<owner>/runner:<version> (release.yml).
      mkRunnerImage = pkgs: cli:
        # WithNixDb registers the image's store paths in /nix/var/nix/db, so Nix in the job knows
        # them: it neither fetches them again nor tries to replace files it may not own.
        pkgs.dockerTools.buildLayeredImageWithNixDb {
          name = "nix-image-runner";
          contents = [
            cli
            pkgs.nodejs_22
            pkgs.nix
            pkgs.skopeo
            pkgs.gitMinimal # Nix fetches git+file flakes (a job's checkout) with git
            pkgs.bashInteractive # /bin/bash, which GitLab runners look for first
            pkgs.dockerTools.binSh # /bin/sh
            pkgs.coreutils
            pkgs.dockerTools.usrBinEnv # #!/usr/bin/env scripts
            pkgs.dockerTools.caCertificates # /etc/ssl/certs/ca-certificates.crt and ca-bundle.crt
            pkgs.dockerTools.fakeNss # /etc/passwd and /etc/group: root and nobody
            (nixConf pkgs)
          ];
          # /tmp and /var/tmp for everyone (skopeo 1.10 and later stage blobs in /var/tmp); the
          # store sticky and writable and the database writable, so a job under another uid
          # (OpenShift, Tekton's runAsUser) can build: one job, one user, as streamNixShellImage does.
          extraCommands = ''
            mkdir -p tmp var/tmp nix/store nix/var/nix
            chmod 1777 tmp var/tmp nix/store
            chmod -R a+rwX nix/var/nix
          '';
          config = {
            Cmd = [ "/bin/bash" ];
            Env = [
              "PATH=/bin:/usr/bin"
              "SSL_CERT_FILE=/etc/ssl/certs/ca-bundle.crt"
              "NIX_SSL_CERT_FILE=/etc/ssl/certs/ca-bundle.crt"
              "NIX_IMAGE_RUNNER=${version}"
            ];
            Labels = {
              "org.opencontainers.image.title" = "nix-image runner";
              "org.opencontainers.image.version" = version;
              "org.opencontainers.image.description" = "Nix, skopeo, Node.js and nix-image ${version}: the job image of the nix-image GitLab component";
            };
          };
        };
    in
    {
      packages = forAllSystems (system: pkgs: rec {
        nix-image = mkCli pkgs;
        runner-image = mkRunnerImage pkgs nix-image;
        default = nix-image;
      });

      apps = forAllSystems (system: pkgs:
        let cli = self.packages.${system}.nix-image; in {
          default = {
            type = "app";
            program = "${cli}/bin/nix-image";
            meta.description = "nix-image push, tag, verify and pin";
          };
          nix-image = self.apps.${system}.default;
          nix-image-gitlab = {
            type = "app";
            program = "${cli}/bin/nix-image-gitlab";
            meta.description = "The GitLab component's job: inputs from NIX_IMAGE_INPUT_* variables";
          };
        });

      checks = forAllSystems (system: pkgs:
        let cli = self.packages.${system}.nix-image; in {
          inherit (self.packages.${system}) nix-image runner-image;
          # The wrappers start the bundles: Node, the module type and the paths are right.
          cli-runs = pkgs.runCommand "nix-image-cli-runs" { } ''
            ${cli}/bin/nix-image --version | grep -qx '${version}'
            ${cli}/bin/nix-image --help > $out
          '';
        });
    };
}
