#!/usr/bin/env bash
# Release mlops-actions VERSION: tag the current commit vX.Y.Z and move the major tag vX to it, the
# way actions/typescript-action's script/release does, without its prompts (it runs in
# .github/workflows/release-actions.yml; by hand too). Teams pin `uses: ...@v1`, so moving v1 is
# what ships a release to them; vX.Y.Z stays where it is for those who pin exactly.
#
#   scripts/release.sh [--remote NAME] [--dry-run] VERSION      (VERSION: 1.2.0 or v1.2.0)
#
# Refuses, changing nothing, when: VERSION is not X.Y.Z; package.json's version is another (the
# major tag is package.json's major: `mlops init` points new workflows at it); the working tree has
# uncommitted changes; vX.Y.Z exists on another commit; or VERSION is not above the highest
# vX.Y.Z already released under the same major (the major tag never moves back). Re-running a
# release that is done changes nothing. Exit 0 released (or already), 2 refused.
set -euo pipefail

remote=origin
dry_run=false
version=''
while [ $# -gt 0 ]; do
  case "$1" in
    --remote) remote="${2:?--remote needs a name}"; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "release: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [ -z "$version" ] || { echo "release: give one VERSION (got $version and $1)" >&2; exit 2; }; version="$1"; shift ;;
  esac
done

fail() { echo "release: $1" >&2; exit 2; }
run() {
  echo "+ $*"
  if [ "$dry_run" = false ]; then "$@"; fi
}

[ -n "$version" ] || fail 'give the VERSION to release, e.g. scripts/release.sh 1.2.0'
version="${version#v}"
[[ "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || fail "\"$version\" is not a version X.Y.Z (e.g. 1.2.0)"
major="${BASH_REMATCH[1]}"
tag="v$version"
major_tag="v$major"

cd "$(git rev-parse --show-toplevel)"
package_version="$(node -p 'require("./package.json").version')"
[ "$package_version" = "$version" ] || fail "package.json's version is $package_version, not $version: set it (npm version $version --no-git-tag-version), commit, and release that commit"
[ -z "$(git status --porcelain --untracked-files=no)" ] || fail 'the working tree has uncommitted changes: release a commit, not a working tree'

head="$(git rev-parse HEAD)"
git fetch --quiet --tags --force "$remote"

# The highest vX.Y.Z released under this major (sort -V orders X.Y.Z numerically, field by field).
highest="$(git tag --list "$major_tag.*" | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -n 1 || true)"

if [ -n "$highest" ] && [ "$highest" != "$tag" ] && [ "$(printf '%s\n%s\n' "$highest" "$tag" | sort -V | tail -n 1)" != "$tag" ]; then
  fail "$tag is below $highest, the latest $major_tag release: the major tag never moves back"
fi

if git rev-parse --quiet --verify "refs/tags/$tag" >/dev/null; then
  at="$(git rev-parse "$tag^{commit}")"
  [ "$at" = "$head" ] || fail "$tag exists on $at, not on this commit ($head): a release tag never moves; release the next version"
  echo "release: $tag is on this commit already"
else
  run git tag -a "$tag" -m "mlops-actions $tag" "$head"
  run git push "$remote" "refs/tags/$tag"
fi

if [ "$(git rev-parse --quiet --verify "refs/tags/$major_tag^{commit}" || true)" = "$head" ]; then
  echo "release: $major_tag is on this commit already"
else
  run git tag -fa "$major_tag" -m "mlops-actions $major_tag (= $tag)" "$head"
  run git push --force "$remote" "refs/tags/$major_tag"
fi
echo "release: $tag and $major_tag are on $head"
