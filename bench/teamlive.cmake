# SPDX-License-Identifier: GPL-3.0-or-later
# Team mode, live: starts its own throwaway PostgreSQL cluster with tests/pgcluster.sh (`bench/run team`).
entente_add_bench(bench_teamlive entente_models)
target_compile_definitions(bench_teamlive PRIVATE ENTENTE_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
