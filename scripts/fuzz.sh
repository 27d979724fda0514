#!/usr/bin/env bash
# Fuzzes the import readers (encodings, CSV/TSV, vCard) with libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer for a bounded time, starting from the files in tests/data/import.
# Usage: scripts/fuzz.sh [seconds [libFuzzer options...]]   (default 60 s; e.g. -len_control=0 to try
# long inputs from the start)
# Exits non-zero when the fuzzer finds a crash, a hang, a leak or a difference, and names the input
# that shows it; add that input to tst_importreaders once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
build=build-fuzz
command -v clang++ >/dev/null || { echo "clang++ is missing: scripts/install-deps.sh --test" >&2; exit 1; }

cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build"

# The corpus grows from run to run; the seeds are copied in again each time.
mkdir -p "$build/corpus" "$build/artifacts"
find tests/data/import -type f ! -name '*.py' -exec cp {} "$build/corpus/" \;

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
log="$build/fuzz.log"
set +e
"$build/fuzz_importreaders" "$build/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=5 \
  -rss_limit_mb=1024 -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$@" >"$log" 2>&1
rc=$?
set -e
tail -n 25 "$log"
if [[ $rc -ne 0 ]]; then
  artifact=$(grep -o "Test unit written to .*" "$log" | tail -n 1 | sed 's/Test unit written to //')
  echo "fuzz.sh: the fuzzer found a problem (exit $rc); the input: ${artifact:-see $log}" >&2
  exit 1
fi
echo "fuzz.sh: no problem found in $seconds s"
