#!/usr/bin/env bash
# Builds and runs the address book benchmark (tests/bench/bench_addressbook.cpp): generates a
# database of N made-up people with textwell-cli, then measures the real main window on it (time
# to first rows, UI-thread stalls while scrolling, searching and sorting, peak memory) and prints
# a report with each figure against its target. Takes a while at the default million people.
# Usage: scripts/bench.sh [--subscribers N] [--database PATH] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."

subscribers=1000000
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --subscribers)
      [[ $# -ge 2 ]] || { echo "bench.sh: --subscribers needs a number" >&2; exit 2; }
      subscribers="$2"
      shift 2
      ;;
    --subscribers=*)
      subscribers="${1#*=}"
      shift
      ;;
    *)
      extra+=("$1")
      shift
      ;;
  esac
done

scripts/install-deps.sh

build=build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEXTWELL_BUILD_TESTS=ON >/dev/null
ninja -C "$build" bench_addressbook textwell-cli

export QT_QPA_PLATFORM=offscreen
exec "$build/tests/bench/bench_addressbook" --subscribers "$subscribers" ${extra[@]+"${extra[@]}"}
