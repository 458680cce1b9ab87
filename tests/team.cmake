# SPDX-License-Identifier: GPL-3.0-or-later
# Team mode on PostgreSQL. ctest starts a throwaway cluster (tests/pgcluster.sh: initdb into a folder under /tmp,
# Unix socket only) before the first test that needs it and stops it after the last; the tests find it through
# ENTENTE_PG_HOST (the socket folder). Without the server binaries the start fails, naming the package, and
# every test that needs the cluster fails with it: nothing is skipped silently.
string(MD5 ENTENTE_PG_HASH "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${ENTENTE_PG_HASH}" 0 10 ENTENTE_PG_HASH)
set(ENTENTE_PG_DIR "/tmp/entente-pg-${ENTENTE_PG_HASH}")
add_test(NAME pgcluster_start COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/pgcluster.sh start ${ENTENTE_PG_DIR})
add_test(NAME pgcluster_stop COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/pgcluster.sh stop ${ENTENTE_PG_DIR})
set_tests_properties(pgcluster_start PROPERTIES FIXTURES_SETUP pgcluster TIMEOUT 120)
set_tests_properties(pgcluster_stop PROPERTIES FIXTURES_CLEANUP pgcluster TIMEOUT 120)

function(entente_add_pg_test name)
    entente_add_test(${name} ${ARGN})
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "ENTENTE_PG_HOST=${ENTENTE_PG_DIR}/sock")
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED pgcluster)
endfunction()

entente_add_pg_test(tst_storeconformance_pg entente_store)
entente_add_pg_test(tst_postgresstore entente_store)
entente_add_pg_test(tst_teamlive entente_models)
entente_add_pg_test(tst_conflictdialog entente_ui)
