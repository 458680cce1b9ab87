#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the package list in .ci/deps.sh is closed: every CMake package config, pkg-config file and system
# header that a fresh CMake configure of the project reads belongs to a package in the list or in its Depends /
# Pre-Depends closure (Recommends do not count: the list is installed with --no-install-recommends). A file that
# is on this machine only because some other package recommended it is reported with its package, and the check
# fails. Works offline: the closure is computed from dpkg's database of installed packages.
#
#   bash .ci/check-deps.sh [--list "pkg pkg ..."]   (default: the list in .ci/deps.sh, with its test packages)
set -euo pipefail
cd "$(dirname "$0")/.."

list=""
if [ "${1:-}" = "--list" ]; then
    list=$2
else
    list=$(bash .ci/deps.sh --print --test)
fi
command -v strace >/dev/null || { echo "check-deps: strace is not installed" >&2; exit 2; }

arch=$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Installed packages, their Depends/Pre-Depends and Provides, one line each: name<TAB>depends<TAB>provides.
dpkg-query -W -f='${binary:Package}\t${db:Status-Abbrev}\t${Essential}\t${Priority}\t${Pre-Depends}, ${Depends}\t${Provides}\n' \
    >"$work/db"

# The closure: the list, Essential and required packages, then the first alternative of every dependency (or,
# for a virtual package, every installed package that provides it).
awk -F'\t' -v roots="$list" '
function base(n) { sub(/:.*/, "", n); return n }
function add(p) { if (p in inst && !(p in seen)) { seen[p] = 1; queue[qn++] = p } }
{
    if ($2 !~ /^ii/) next
    p = base($1); inst[p] = 1; deps[p] = $5
    if ($3 == "yes" || $4 == "required") essential[p] = 1
    np = split($6, pv, /, */)
    for (i = 1; i <= np; i++) { v = pv[i]; sub(/ .*/, "", v); if (v != "") providers[v] = providers[v] " " p }
}
END {
    n = split(roots, r, /[ \t\n]+/)
    for (i = 1; i <= n; i++) if (r[i] != "") { if (!(r[i] in inst)) print "MISSING " r[i]; add(r[i]) }
    for (p in essential) add(p)
    for (qi = 0; qi < qn; qi++) {
        ng = split(deps[queue[qi]], groups, /, */)
        for (g = 1; g <= ng; g++) {
            alt = groups[g]; sub(/\|.*/, "", alt); gsub(/\([^)]*\)/, "", alt); gsub(/ /, "", alt); alt = base(alt)
            if (alt == "") continue
            if (alt in inst) add(alt)
            else { m = split(providers[alt], pp, " "); for (k = 1; k <= m; k++) add(pp[k]) }
        }
    }
    for (p in seen) print p
}' "$work/db" >"$work/closure"
if grep -q '^MISSING ' "$work/closure"; then
    echo "check-deps: listed but not installed: $(grep '^MISSING ' "$work/closure" | cut -d' ' -f2 | tr '\n' ' ')" >&2
    exit 1
fi

# What a fresh configure reads.
strace -f -qq -e trace=openat -o "$work/trace" \
    cmake -S . -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$work/configure.log" 2>&1 || {
    echo "check-deps: the configure step failed:" >&2
    tail -n 20 "$work/configure.log" >&2
    exit 1
}
grep -v -e ENOENT -e ENOTDIR -e O_DIRECTORY "$work/trace" | grep -oE '"/usr/[^"]+"' | tr -d '"' \
    | grep -E "^/usr/(lib/$arch/cmake|lib/cmake|share/cmake[^/]*)/.*\.cmake$" | sort -u >"$work/files"

# Files to packages, in one dpkg call (it knows a path as packaged: the resolved path is asked too).
while IFS= read -r f; do
    printf '%s\n' "$f"
    r=$(readlink -f "$f")
    [ "$r" = "$f" ] || printf '%s\n' "$r"
done <"$work/files" | sort -u | xargs -r dpkg -S 2>/dev/null \
    | sed -E 's/^([^:, ]+)[^ ]* (.*)$/\1\t\2/' >"$work/owners" || true

bad=$(awk -F'\t' 'NR == FNR { ok[$1] = 1; next } !($1 in ok) { if (!($1 in shown)) { shown[$1] = $2; order[n++] = $1 } }
    END { for (i = 0; i < n; i++) print order[i] " (read " shown[order[i]] ")" }' "$work/closure" "$work/owners")
if [ -n "$bad" ]; then
    echo "check-deps: the configure reads files of packages that .ci/deps.sh does not install on a fresh machine:" >&2
    echo "$bad" | sed 's/^/  /' >&2
    exit 1
fi
echo "check-deps: $(wc -l <"$work/files") files read by the configure, all from the $(wc -l <"$work/closure") packages of the list's closure"
