#!/usr/bin/env bash
# Fetches what the tests need from package registries, once, into a cache outside the
# tree (tests never touch the network):
# * Microsoft's Teams manifest schemas, from the npm package @microsoft/app-manifest;
# * the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), the local
#   Teams emulator the browser tests (tests/browser/) drive in Chromium.
# Idempotent (a complete cache entry is left alone; a half-made one never looks
# complete, as each is renamed into place at the end); run by `make setup`.
set -euo pipefail
CACHE="${POLICYBOT_TEST_CACHE:-$HOME/.cache/policybot-tests}"
command -v npm >/dev/null || { echo "npm is needed to fetch the test assets (Teams manifest schemas, Agents Playground)" >&2; exit 1; }
mkdir -p "$CACHE"

# Unpack an npm package's own files (no dependencies) into $CACHE/$2.
unpack() {
    local package=$1 target="$CACHE/$2"
    [ -f "$target/package.json" ] && return 0
    local tmp
    tmp=$(mktemp -d "$CACHE/.fetch.XXXXXX")
    local tarball
    tarball=$(cd "$tmp" && npm pack "$package" --silent | tail -n 1)
    tar -xzf "$tmp/$tarball" -C "$tmp"
    # A rename is atomic: a concurrent run either wins or finds the cache complete.
    mv -T "$tmp/package" "$target" 2>/dev/null || [ -f "$target/package.json" ]
    rm -rf "$tmp"
}

# Install an npm package with its dependencies into $CACHE/$2 (its command lands in
# $CACHE/$2/node_modules/.bin).
install() {
    local package=$1 target="$CACHE/$2" bin=$3
    [ -x "$target/node_modules/.bin/$bin" ] && return 0
    local tmp
    tmp=$(mktemp -d "$CACHE/.fetch.XXXXXX")
    (cd "$tmp" && npm install --silent --no-audit --no-fund --prefix "$tmp" "$package" >/dev/null)
    rm -rf "$target"
    mv -T "$tmp" "$target" 2>/dev/null || [ -x "$target/node_modules/.bin/$bin" ]
}

unpack "@microsoft/app-manifest@1.1.2" app-manifest-1.1.2
install "@microsoft/m365agentsplayground@0.2.28" agentsplayground-0.2.28 agentsplayground
