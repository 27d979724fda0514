#!/usr/bin/env bash
# Builds the Linux packages of an already built tree and checks them the way a user meets them:
# the .deb installs, its textwell-cli prints the version, its textwell starts (headless) on a new
# database and keeps running, its desktop file and AppStream metadata validate, and the tarball
# holds both executables. Removes the package again at the end.
# Usage: scripts/package-check.sh BUILD_DIR
# Installs with dpkg as root, or with sudo; without either it unpacks the .deb into a temporary
# folder with dpkg-deb -x and checks it there.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1/CPackConfig.cmake" ]]; then
  echo "Usage: $0 BUILD_DIR (a configured and built tree with CPackConfig.cmake)" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
started=$SECONDS

fail() {
  echo "package-check: FAIL: $*" >&2
  exit 1
}
step() { echo "package-check: $*"; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[[ -n "$version" ]] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
arch=$(dpkg --print-architecture)
deb="$build/textwell_${version}_${arch}.deb"
tgz="$build/textwell-${version}-Linux.tar.gz"

# Everything the check writes (the app's settings, its database, an unpacked .deb) goes here.
work=$(mktemp -d "${TMPDIR:-/tmp}/textwell-package-check.XXXXXX")
installed=""
sudo=""
cleanup() {
  if [[ "$installed" == dpkg ]]; then
    step "removing the package"
    $sudo dpkg -r textwell >/dev/null || echo "package-check: could not remove textwell" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "building packages for Textwell $version in $build"
rm -f "$deb" "$tgz"
(cd "$build" && cpack -G "DEB;TGZ") >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2
  fail "cpack failed"
}
[[ -f "$deb" ]] || fail "no $deb"
[[ -f "$tgz" ]] || fail "no $tgz"
step "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) and $(basename "$tgz") ($(du -h "$tgz" | cut -f1))"
step "Depends: $(dpkg-deb -f "$deb" Depends)"

if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then
  sudo="sudo"
fi
if [[ $(id -u) -eq 0 || -n "$sudo" ]]; then
  step "installing with dpkg -i"
  $sudo dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || {
    cat "$work/dpkg.log" >&2
    installed=dpkg # half-installed: remove it on the way out
    fail "dpkg -i $deb failed"
  }
  installed=dpkg
  root=""
else
  step "not root and no sudo: unpacking with dpkg-deb -x into $work/root instead of installing"
  dpkg-deb -x "$deb" "$work/root"
  root="$work/root"
fi

for file in /usr/bin/textwell /usr/bin/textwell-cli /usr/share/applications/org.textwell.Textwell.desktop \
  /usr/share/metainfo/org.textwell.Textwell.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/org.textwell.Textwell.svg \
  /usr/share/icons/hicolor/16x16/apps/org.textwell.Textwell.png \
  /usr/share/icons/hicolor/256x256/apps/org.textwell.Textwell.png; do
  [[ -e "$root$file" ]] || fail "the package does not install $file"
done

# A home of its own, so that neither the settings nor the keychain of whoever runs this is touched.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"

printed=$("$root/usr/bin/textwell-cli" --version) || fail "textwell-cli --version failed"
[[ "$printed" == *"$version"* ]] || fail "textwell-cli --version printed '$printed', not $version"
step "textwell-cli --version: $printed"

# An existing empty file, which SQLite takes for an empty database: a path that does not exist
# would make the app ask first whether to create it, and never reach the main window.
database="$work/textwell.sqlite"
: >"$database"
status=0
QT_QPA_PLATFORM=offscreen timeout 5 "$root/usr/bin/textwell" --database "$database" >"$work/gui.log" 2>&1 ||
  status=$?
if [[ $status -ne 124 ]]; then
  cat "$work/gui.log" >&2
  fail "textwell exited with $status before the 5 s timeout (expected to keep running, 124)"
fi
# The app set up its tables in the new database, so it got past opening it (the schema version
# counts its migrations; sqlite3 reads what is still in the write-ahead log).
if command -v sqlite3 >/dev/null; then
  schema=$(sqlite3 "$database" "PRAGMA user_version;")
  [[ "$schema" =~ ^[0-9]+$ && "$schema" -gt 0 ]] || fail "textwell ran but did not set up $database"
  step "textwell ran headless for 5 s on a new database (schema version $schema)"
else
  [[ -s "$database" ]] || fail "textwell ran but left $database empty"
  step "textwell ran headless for 5 s on a new database (no sqlite3 to look inside it)"
fi

desktop-file-validate "$root/usr/share/applications/org.textwell.Textwell.desktop" ||
  fail "desktop-file-validate failed"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.textwell.Textwell.metainfo.xml" ||
  fail "appstreamcli validate failed"
step "desktop file and AppStream metadata are valid"

listing=$(tar -tzf "$tgz")
for executable in bin/textwell bin/textwell-cli; do
  grep -Eq "^[^/]+/$executable\$" <<<"$listing" || fail "$(basename "$tgz") has no $executable"
done
step "$(basename "$tgz") holds bin/textwell and bin/textwell-cli"

step "passed in $((SECONDS - started)) s"
