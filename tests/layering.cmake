# SPDX-License-Identifier: GPL-3.0-or-later
# The store is private to models: tst_layering scans ui/ and app/ and builds these two targets (not part of `all`),
# expecting the first to compile and the second (a store header in a ui target) to fail.
add_executable(layering_allowed EXCLUDE_FROM_ALL ${CMAKE_CURRENT_SOURCE_DIR}/layering/allowed.cpp)
target_link_libraries(layering_allowed PRIVATE entente_ui)
add_executable(layering_violation EXCLUDE_FROM_ALL ${CMAKE_CURRENT_SOURCE_DIR}/layering/violation.cpp)
target_link_libraries(layering_violation PRIVATE entente_ui)
entente_add_test(tst_layering entente_domain)
set_tests_properties(tst_layering PROPERTIES RUN_SERIAL TRUE)
