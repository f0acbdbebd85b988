#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb in the build folder, checks that it holds everything a desktop install needs,
# unpacks it into a temporary root and runs the packaged liteops-cli from there.
#   installer/check-deb.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
cd "$build"
rm -f liteops_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; exit 1; }
deb=$(ls liteops_*.deb | head -n1)
listing=$(dpkg-deb -c "$deb")
missing=0
for want in ./usr/bin/liteops ./usr/bin/liteops-cli ./usr/bin/liteops-sim \
    ./usr/share/applications/io.github.liteops.LiteOps.desktop \
    ./usr/share/metainfo/io.github.liteops.LiteOps.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.liteops.LiteOps.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.github.liteops.LiteOps.png \
    ./usr/share/icons/hicolor/512x512/apps/io.github.liteops.LiteOps.png \
    ./usr/share/man/man1/liteops-cli.1.gz \
    ./usr/share/doc/liteops/copyright; do
    if ! grep -qE " ${want//./\\.}\$" <<<"$listing"; then
        echo "missing from $deb: $want" >&2
        missing=1
    fi
done
[ "$missing" -eq 0 ] || exit 1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/liteops-cli" --version
echo "package ok: $deb ($(stat -c %s "$deb") bytes)"
