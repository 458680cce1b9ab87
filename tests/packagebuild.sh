#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Test fixture: builds the Debian package of a build tree with cpack and unpacks it into a scratch root.
#   packagebuild.sh CPACK BUILD_DIR OUT_DIR   ->  OUT_DIR/entente_<version>_amd64.deb, OUT_DIR/root/usr/...
set -euo pipefail
cpack=$1 build=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" -D CPACK_OUTPUT_FILE_PREFIX="$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
debs=("$out"/entente_*_amd64.deb)
if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "packagebuild: expected one entente_<version>_amd64.deb in $out" >&2
    ls -l "$out" >&2
    exit 1
fi
dpkg-deb -x "${debs[0]}" "$out/root"
dpkg-deb -f "${debs[0]}" >"$out/control"
dpkg-deb -c "${debs[0]}" >"$out/contents"
echo "packagebuild: ${debs[0]}"
