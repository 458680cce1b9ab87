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
# Every user-visible string has a finished German and Ukrainian translation: lupdate runs over today's sources
# into copies of the .ts files (so a tr() string added without updating them counts too) and the test fails
# naming each string left unfinished.
list(JOIN ENTENTE_TR_SOURCES "\n" entente_tr_sources_lines)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/translation-sources.txt "${entente_tr_sources_lines}\n")
add_test(NAME translations_complete
    COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
            -DSOURCES_FILE=${CMAKE_CURRENT_BINARY_DIR}/translation-sources.txt
            -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/translations-check "-DTS_FILES=${ENTENTE_TS_FILES}"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/translations/checktranslations.cmake)
