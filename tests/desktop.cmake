# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration: themes and colour schemes.
entente_add_test(tst_themes entente_ui)
target_include_directories(tst_themes PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
entente_add_test(tst_accessibility entente_ui)
target_include_directories(tst_accessibility PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
