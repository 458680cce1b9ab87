# SPDX-License-Identifier: GPL-3.0-or-later
# Reliability: the file writer, fault injection over every writer, crash and bad-input campaigns.
find_package(SQLite3 REQUIRED)
entente_add_test(tst_writerfaults entente_ui entente_store)
target_include_directories(tst_writerfaults PRIVATE ${CMAKE_SOURCE_DIR}/ui)
entente_add_test(tst_clireliability Qt6::Core)
add_dependencies(tst_clireliability entente)
entente_add_test(tst_hostileexports entente_ui entente_store)
target_include_directories(tst_hostileexports PRIVATE ${CMAKE_SOURCE_DIR}/ui)
entente_add_test(tst_storerecovery entente_models entente_store SQLite::SQLite3)
# The crash test's victim: edits and imports until it is killed (see tst_crashrecovery.cpp).
add_executable(crashworker crashworker.cpp)
target_link_libraries(crashworker PRIVATE entente_models entente_store)
entente_add_test(tst_crashrecovery entente_store SQLite::SQLite3)
add_dependencies(tst_crashrecovery crashworker)
