#!/usr/bin/env bash
# Builds and runs the benchmarks in tests/bench, each printing its figures against their targets:
#   addressbook  the real main window on N made-up people: time to first rows, UI-thread stalls
#                while scrolling, searching and sorting, peak memory
#   segments     recipient counts with the full breakdown for ten typical rules and the worst one
#   composer     the composer's work per keystroke on a 1,600-character message
#   sending      messages per second through a real Kannel on 127.0.0.1, with durable state
#   import       a generated CSV of N rows imported into an empty database, then N more (half of
#                them already there) into that one; rows/s and peak memory of each, and sqlite3's
#                own .import of the same file into a bare table as the floor
#   dashboard    the dashboard's figures over 10,000,000 messages and 200,000 opt-outs (the database is
#                generated once into build-bench/dashboard.sqlite and kept: that takes a while)
#   reports      the opt-out log of 1,000,000 opt-outs written as CSV and XLSX, its first 100,000 as PDF
#   replies      incoming replies (MO) stored per second through the app's listener, with durable
#                state, on 10,000 demo people unless --subscribers is given (--requests N,
#                --in-flight N: 5,000 and 32)
# Takes a while at the default million people.
# Usage: scripts/bench.sh [addressbook|segments|composer|sending|replies|import|dashboard|reports|all] [--subscribers N] [--database PATH] [--keep]
#        scripts/bench.sh replies [--subscribers N] [--requests N] [--in-flight N]
set -euo pipefail
cd "$(dirname "$0")/.."

subscribers=1000000
subscribers_given=
which=all
case "${1:-}" in
  addressbook|segments|composer|sending|replies|import|dashboard|reports|all) which=$1; shift ;;
esac
extra=()
replies_extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --subscribers)
      [[ $# -ge 2 ]] || { echo "bench.sh: --subscribers needs a number" >&2; exit 2; }
      subscribers="$2"
      subscribers_given=1
      shift 2
      ;;
    --subscribers=*)
      subscribers="${1#*=}"
      subscribers_given=1
      shift
      ;;
    --requests|--in-flight)
      [[ $# -ge 2 ]] || { echo "bench.sh: $1 needs a number" >&2; exit 2; }
      replies_extra+=("$1" "$2")
      shift 2
      ;;
    *)
      extra+=("$1")
      shift
      ;;
  esac
done

scripts/install-deps.sh --test

build=build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEXTWELL_BUILD_TESTS=ON >/dev/null
ninja -C "$build" bench_addressbook bench_segments bench_composer bench_sending bench_replies bench_import \
  bench_dashboard bench_reports textwell-cli

export QT_QPA_PLATFORM=offscreen
if [[ $which == composer || $which == all ]]; then
  "$build/tests/bench/bench_composer"
fi
if [[ $which == sending || $which == all ]]; then
  python3 tests/integration/kannel-harness.py "$build/bench-kannel" "$build/tests/bench/bench_sending"
fi
if [[ $which == replies || $which == all ]]; then
  # 10,000 people by default: the cost of a reply hardly depends on the book's size.
  "$build/tests/bench/bench_replies" ${subscribers_given:+--subscribers "$subscribers"} \
    ${replies_extra[@]+"${replies_extra[@]}"}
fi
if [[ $which == import || $which == all ]]; then
  # Each import in a process of its own, so that its peak memory is its own.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  half=$((subscribers / 2))
  "$build/tests/bench/bench_import" generate --rows "$subscribers" --first 0 --out "$work/first.csv"
  "$build/tests/bench/bench_import" generate --rows "$subscribers" --first "$half" --out "$work/second.csv"
  echo "Into an empty database:"
  "$build/tests/bench/bench_import" import --database "$work/book.sqlite" --file "$work/first.csv"
  echo "Into that database, half of the numbers already there (duplicates: update):"
  "$build/tests/bench/bench_import" import --database "$work/book.sqlite" --file "$work/second.csv"
  "$build/tests/bench/bench_import" floor --file "$work/first.csv"
fi
if [[ $which == dashboard || $which == all ]]; then
  "$build/tests/bench/bench_dashboard" --database "$build/dashboard.sqlite"
fi
if [[ $which == reports || $which == all ]]; then
  "$build/tests/bench/bench_reports"
fi
if [[ $which == segments || $which == all ]]; then
  "$build/tests/bench/bench_segments" --subscribers "$subscribers" ${extra[@]+"${extra[@]}"}
fi
if [[ $which == addressbook || $which == all ]]; then
  "$build/tests/bench/bench_addressbook" --subscribers "$subscribers" ${extra[@]+"${extra[@]}"}
fi
