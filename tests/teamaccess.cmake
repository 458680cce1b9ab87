# SPDX-License-Identifier: GPL-3.0-or-later
# Team mode, access: team dossier addresses, the command line on URIs and the team dialogs. The suites that
# need a server use entente_add_pg_test (tests/team.cmake, included before this file).
entente_add_test(tst_teamlocation entente_models)
entente_add_pg_test(tst_teamcli Qt6::Core)
add_dependencies(tst_teamcli entente)
target_include_directories(tst_teamcli PRIVATE ${CMAKE_SOURCE_DIR}/bench)
entente_add_pg_test(tst_teamdialogs entente_ui)
target_include_directories(tst_teamdialogs PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
entente_add_pg_test(tst_pgschema entente_store)
