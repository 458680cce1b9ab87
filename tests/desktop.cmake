# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration: themes and colour schemes.
entente_add_test(tst_themes entente_ui)
target_include_directories(tst_themes PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
entente_add_test(tst_accessibility entente_ui)
target_include_directories(tst_accessibility PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
# Languages: the translations compiled into the test as into the application (:/i18n).
entente_add_test(tst_languages entente_ui)
target_include_directories(tst_languages PRIVATE ${CMAKE_SOURCE_DIR}/ui/mainwindow)
qt_add_lrelease(tst_languages TS_FILES ${ENTENTE_TS_FILES} QM_FILES_OUTPUT_VARIABLE tst_languages_qm)
qt_add_resources(tst_languages tst_languages_i18n PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${tst_languages_qm})
add_dependencies(tst_languages entente)
