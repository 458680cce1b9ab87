# SPDX-License-Identifier: GPL-3.0-or-later
entente_add_test(tst_mainwindow entente_ui)
target_include_directories(tst_mainwindow PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
entente_add_test(tst_matrixrenderer entente_ui)
entente_add_test(tst_backgroundopen entente_ui)
target_include_directories(tst_backgroundopen PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
entente_add_test(tst_isodateedit entente_ui)
target_include_directories(tst_isodateedit PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
entente_add_test(tst_suggestedpath entente_ui)
