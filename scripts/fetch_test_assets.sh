#!/usr/bin/env bash
# Fetches what the tests need from package registries, once, into a cache outside the
# tree (tests never touch the network): Microsoft's Teams manifest schemas, from the
# npm package @microsoft/app-manifest. Idempotent; run by `make setup`.
set -euo pipefail
CACHE="${POLICYBOT_TEST_CACHE:-$HOME/.cache/policybot-tests}"
PACKAGE="@microsoft/app-manifest@1.1.2"
TARGET="$CACHE/app-manifest-1.1.2"
[ -f "$TARGET/package.json" ] && exit 0
command -v npm >/dev/null || { echo "npm is needed to fetch $PACKAGE (Teams manifest schemas)" >&2; exit 1; }
mkdir -p "$CACHE"
tmp=$(mktemp -d "$CACHE/.fetch.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tarball=$(cd "$tmp" && npm pack "$PACKAGE" --silent | tail -n 1)
tar -xzf "$tmp/$tarball" -C "$tmp"
# A rename is atomic: a concurrent run either wins or finds the cache complete.
mv -T "$tmp/package" "$TARGET" 2>/dev/null || [ -f "$TARGET/package.json" ]
