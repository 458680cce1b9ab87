# SPDX-License-Identifier: GPL-3.0-or-later
# Team mode, access: publish and open a team dossier (bench/run team). Starts its own throwaway cluster with
# tests/pgcluster.sh; the QPSQL baseline needs libqt6sql6-psql.
entente_add_bench(bench_teamaccess entente_ui Qt6::Sql)
target_compile_definitions(bench_teamaccess PRIVATE ENTENTE_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
