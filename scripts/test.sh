#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine, builds Textwell with its tests, runs every test headless
# through ctest, builds and checks the Linux packages (scripts/package-check.sh), then fuzzes the
# import readers for a minute. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test

build=build-tests
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTEXTWELL_WERROR=ON -DTEXTWELL_BUILD_TESTS=ON
cmake --build "$build" --parallel "$(nproc)"
# Twilio's segment calculator, the oracle of tst_smscrosscheck, at the version pinned in
# tests/crosscheck/package.json. Installed next to the build, never into the source tree; npm's
# cache makes a rerun work offline.
mkdir -p "$build/crosscheck"
cp tests/crosscheck/package.json "$build/crosscheck/package.json"
npm install --prefix "$build/crosscheck" --no-save --no-package-lock --prefer-offline --no-audit --no-fund \
  --loglevel=error
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
bash scripts/package-check.sh "$build"
# The import readers under libFuzzer and the sanitizers, for a minute (fails on any finding).
bash scripts/fuzz.sh 60
