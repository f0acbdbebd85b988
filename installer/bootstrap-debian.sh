#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 / Ubuntu packages LiteOps builds and tests with, and only the ones
# that are missing. Runs apt-get as root, or through sudo when that works without a prompt.
#   installer/bootstrap-debian.sh           install what is missing
#   installer/bootstrap-debian.sh --check   only report; exit 1 when something is missing
set -euo pipefail

packages=(
    build-essential cmake git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins qt6-image-formats-plugins libgl-dev
    # On Debian 12 find_package(Qt6 COMPONENTS HttpServer) fails unless WebSockets is there too.
    qt6-httpserver-dev qt6-websockets-dev
    # Qt6Charts needs Qt6OpenGL's CMake files, which live in libqt6opengl6-dev.
    qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    qtkeychain-qt6-dev libsimdjson-dev
    # QtKeychain reaches the Secret Service through libsecret (loaded at run time). The
    # keychain tests (tests/reliability/keychain) run a real gnome-keyring-daemon in a private
    # D-Bus session (dbus-run-session, in dbus-daemon) and look from outside with secret-tool.
    libsecret-1-0 gnome-keyring dbus-daemon libsecret-tools
    # HTTPS tests generate their private CA and certificates with the openssl command, and
    # check that the system CA store (ca-certificates) stays trusted alongside a CA bundle.
    openssl ca-certificates
    # The local store (app/store): Qt SQL's SQLite driver; the C API for the store benchmark's
    # reference.
    libqt6sql6-sqlite libsqlite3-dev
    # GUI tests, screenshots and packaging checks
    xvfb xauth imagemagick desktop-file-utils appstream dpkg-dev file fonts-noto-cjk
    # Fuzzing (tests/fuzz, a stage of ./test): clang and libFuzzer's runtime, which Debian 12
    # ships apart from the compiler. The asan stage needs nothing more: GCC brings its
    # sanitizer runtimes.
    clang libclang-rt-14-dev
    # The format check (ctest format_check, in ./test's ci stage): Debian 12's clang-format is
    # version 14, the one .clang-format was measured with.
    clang-format
)

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "bootstrap: all ${#packages[@]} packages present"
    exit 0
fi

echo "bootstrap: missing packages: ${missing[*]}"
if [ "${1:-}" = "--check" ]; then
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: apt-get not found; this script supports Debian 12 and Ubuntu." >&2
    echo "bootstrap: install the packages above with your package manager, then retry." >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "bootstrap: installing needs root. Run as root, or set up sudo, or run:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

still=()
for p in "${missing[@]}"; do
    installed "$p" || still+=("$p")
done
if [ ${#still[@]} -ne 0 ]; then
    echo "bootstrap: could not install: ${still[*]}" >&2
    exit 1
fi
echo "bootstrap: installed ${#missing[@]} packages"
