#!/usr/bin/env bash
# The GitLab CI/CD catalog release of a version, two steps of .github/workflows/release.yml:
#
#   scripts/gitlab-release.sh prepare VERSION RUNNER_DIGEST_REF
#       On top of the release commit, a commit whose component pins the runner image the release
#       pushed (templates/build.yml job_image, and tekton/ if any, = RUNNER:VERSION@sha256:...),
#       tagged VERSION: plain MAJOR.MINOR.PATCH, the form of `component: ...@1.2.0`.
#   scripts/gitlab-release.sh push VERSION REMOTE_URL
#       Pushes that tag (and the release commit as main, when it fast-forwards) to the GitLab
#       project. Its tag pipeline (.gitlab-ci.yml) creates the release, which publishes the
#       component to the catalog. GITLAB_TOKEN (a project access token, write_repository) reaches
#       git through its environment, for that URL only: never on a command line.
set -euo pipefail
cd "$(dirname "$0")/.."

command=${1:-} version=${2:-}
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "gitlab-release: VERSION must be MAJOR.MINOR.PATCH (got '$version')" >&2; exit 1; }

case $command in
  prepare)
    runner=${3:-}
    release=$(git rev-parse HEAD)
    node scripts/release-version.mjs pin "$runner" > /dev/null
    pinned=(templates)
    [ ! -d tekton ] || pinned+=(tekton)
    git -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' \
      commit --quiet --message "nix-image $version for the GitLab CI/CD catalog: the runner image pinned to ${runner##*@}" -- "${pinned[@]}"
    git tag "$version"
    # The working tree goes back to the release commit: later steps publish what was tagged.
    git checkout --quiet "$release"
    echo "tagged $version: $(git show "$version:templates/build.yml" | grep -A3 '^    job_image:' | sed -n 's/^ *default: //p')"
    ;;
  push)
    remote=${3:-}
    [ -n "$remote" ] || { echo "gitlab-release: push needs the GitLab repository URL" >&2; exit 1; }
    git rev-parse --quiet --verify "refs/tags/$version" > /dev/null || { echo "gitlab-release: no tag $version: run prepare first" >&2; exit 1; }
    if [ -n "${GITLAB_TOKEN:-}" ]; then
      export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="http.$remote.extraHeader"
      GIT_CONFIG_VALUE_0="Authorization: Basic $(printf 'oauth2:%s' "$GITLAB_TOKEN" | base64 -w0)"
      export GIT_CONFIG_VALUE_0
    fi
    git push --quiet "$remote" "refs/tags/$version"
    git push --quiet "$remote" "$(git rev-parse "$version^"):refs/heads/main" \
      || echo "::warning::GitLab's main was not moved to this release (it does not fast-forward); the tag $version is pushed"
    ;;
  *)
    echo "usage: scripts/gitlab-release.sh prepare VERSION RUNNER_DIGEST_REF | push VERSION REMOTE_URL" >&2
    exit 1
    ;;
esac
