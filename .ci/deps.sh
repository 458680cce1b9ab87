#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Entente builds and runs with (and, with --test, the ones its tests need).
# Idempotent: does nothing (and needs no network) when everything is already installed. The list is closed
# under Depends: packages are installed with --no-install-recommends, so a package that is only recommended by
# another must be listed here. `bash .ci/check-deps.sh` (run by the test command) proves it.
#
#   bash .ci/deps.sh [--test] [--print]   --print: print the list and install nothing
set -euo pipefail
ENTENTE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev-tools
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev libsqlite3-dev libpng-dev libexpat1-dev libpq-dev
    fonts-dejavu-core xvfb xauth
)
# Test-only tools: strace (check-deps), the PostgreSQL server (throwaway cluster of the team tests), what judges
# the Debian package (dpkg-shlibdeps computes its Depends), clang with its runtime for the fuzz targets, and
# ccache for the three builds of the test command (ci, fuzz, asan).
ENTENTE_TEST_PACKAGES=(strace postgresql dpkg-dev lintian appstream desktop-file-utils clang libclang-rt-14-dev ccache)
print=0
for arg in "$@"; do
    case "$arg" in
    --test) ENTENTE_PACKAGES+=("${ENTENTE_TEST_PACKAGES[@]}") ;;
    --print) print=1 ;;
    *) echo "deps.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
if ((print)); then
    echo "${ENTENTE_PACKAGES[*]}"
    exit 0
fi
missing=()
for p in "${ENTENTE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "entente: installing ${missing[*]}" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
