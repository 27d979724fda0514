#!/usr/bin/env bash
# Installs, with apt, whatever Textwell needs to build, test and run that is not there yet.
# Usage: scripts/install-deps.sh [--run|--test]
#   --run adds what showing the app needs; --test adds the real peers the tests talk to.
set -euo pipefail

packages=(
  g++ cmake ninja-build clang-format
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libphonenumber-dev libxlsxwriter-dev pkg-config
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libsecret-1-0
)
if [[ "${1:-}" == "--run" ]]; then
  packages+=(qt6-qpa-plugins fonts-dejavu-core)
fi
# Kannel (bearerbox, smsbox, fakesmsc) for the gateway tests; the PostgreSQL server for the
# *_postgres tests (tests/postgres-harness.py); a D-Bus session with gnome-keyring for the keychain
# test. All are started on loopback by the tests themselves. clang and its runtime (libFuzzer, the
# sanitizers) for scripts/fuzz.sh. dpkg-dev (dpkg-shlibdeps), the desktop file and AppStream
# validators for scripts/package-check.sh.
if [[ "${1:-}" == "--test" ]]; then
  packages+=(kannel kannel-extras postgresql dbus gnome-keyring procps python3 clang libclang-rt-14-dev sqlite3 poppler-utils fonts-dejavu-core)
  packages+=(dpkg-dev desktop-file-utils appstream)
fi
# node and npm run the SMS cross-check against Twilio's segment calculator (tests/crosscheck).
# A node already on PATH (from nvm, NodeSource, ...) is used as it is.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# The tests make their own PostgreSQL clusters: on a machine that has never had postgresql-common,
# keep the server package from creating a "main" cluster that would sit unused on port 5432 and that
# its postinst would try to start (pg_createcluster(1): create_main_cluster). The drop-in is read
# through the include_dir of createcluster.conf and removed after the install: Debian's default
# holds again for later server packages.
no_main_cluster=/etc/postgresql-common/createcluster.d/textwell-no-main-cluster.conf
made_no_main_cluster=""
if [[ " ${missing[*]} " == *" postgresql "* && ! -e /etc/postgresql-common/createcluster.conf && ! -e $no_main_cluster ]]; then
  $sudo mkdir -p "$(dirname "$no_main_cluster")"
  echo "create_main_cluster = false" | $sudo tee "$no_main_cluster" >/dev/null
  made_no_main_cluster=1
fi
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
if [[ -n $made_no_main_cluster ]]; then
  $sudo rm -f "$no_main_cluster"
fi
