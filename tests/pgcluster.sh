#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the team-mode tests and benchmarks: Unix socket only (no TCP port), trust
# authentication, stopped and deleted at the end. initdb refuses to run as root, so as root the cluster belongs
# to the `postgres` system user (runuser); otherwise to the calling user.
#
#   tests/pgcluster.sh start DIR   creates DIR (absolute and short: the socket lives in DIR/sock), starts the
#                                  server, creates the databases `entente` and `entente_scratch` (owned by alice),
#                                  the group roles entente_reader / entente_editor / entente_owner (each a member
#                                  of the one before) and the login roles alice (owner), bob and dave (editors),
#                                  carol (reader)
#   tests/pgcluster.sh stop DIR    stops the server and deletes DIR
# Clients connect with host=DIR/sock dbname=entente user=alice.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
fi
bindir=${ENTENTE_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for d in /usr/lib/postgresql/*/bin; do
        if [ -x "$d/initdb" ]; then bindir=$d; fi
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "pgcluster: the PostgreSQL server is not installed (no /usr/lib/postgresql/*/bin/initdb)." \
        "Install it with: bash .ci/deps.sh --test  (package postgresql)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
case "$cmd" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir/sock"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$dir"
    fi
    as_owner "$bindir/initdb" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$dir/data" >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # Small and fast: no fsync (the data is thrown away), enough connections for the concurrency tests.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir/sock -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/sock" -U postgres -d postgres <<'SQL'
CREATE ROLE entente_reader NOLOGIN;
CREATE ROLE entente_editor NOLOGIN IN ROLE entente_reader;
CREATE ROLE entente_owner NOLOGIN IN ROLE entente_editor;
CREATE ROLE alice LOGIN IN ROLE entente_owner;
CREATE ROLE bob LOGIN IN ROLE entente_editor;
CREATE ROLE dave LOGIN IN ROLE entente_editor;
CREATE ROLE carol LOGIN IN ROLE entente_reader;
CREATE DATABASE entente OWNER alice;
CREATE DATABASE entente_scratch OWNER alice;
SQL
    echo "pgcluster: running on $dir/sock" >&2
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
