#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine, builds Textwell, and starts it. On the first run it
# creates a demo database (5,000 made-up people) and opens that; later runs open it again.
# Usage: scripts/run.sh [--database PATH] [--language en|ru|de] [--appearance system|light|dark]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --run

build=build
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTEXTWELL_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)" --target textwell textwell-cli

data="${XDG_DATA_HOME:-$HOME/.local/share}/Textwell"
demo="$data/demo.sqlite"
args=("$@")
if [[ ! " ${args[*]} " =~ " --database " ]]; then
  if [[ ! -f "$demo" ]]; then
    echo "Creating a demo database with 5,000 made-up people at $demo"
    "$build/app/cli/textwell-cli" --database "$demo" demo --subscribers 5000
  fi
  args+=(--database "$demo")
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "Textwell is built, but this session has no display to show its window on." >&2
  echo "Run scripts/run.sh from a desktop session, or with a virtual display:" >&2
  echo "  sudo apt-get install xvfb && xvfb-run -a scripts/run.sh" >&2
  echo "The command-line tool works without a display: $build/app/cli/textwell-cli --help" >&2
  exit 1
fi
exec "$build/app/textwell/textwell" "${args[@]}"
