# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: cpack builds it and unpacks it into a scratch root (fixture), tst_package checks the
# layout, the control fields and that the installed files work (the binary runs, a dossier is recognised by
# its type); lintian and appstreamcli judge it as a distribution would.
set(ENTENTE_PACKAGE_DIR ${CMAKE_BINARY_DIR}/package-test)
add_test(NAME package_build
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packagebuild.sh ${CMAKE_CPACK_COMMAND} ${CMAKE_BINARY_DIR} ${ENTENTE_PACKAGE_DIR})
set_tests_properties(package_build PROPERTIES FIXTURES_SETUP entente_package TIMEOUT 600 RESOURCE_LOCK entente_package)

entente_add_test(tst_package Qt6::Gui Qt6::Sql)
target_compile_definitions(tst_package PRIVATE ENTENTE_PACKAGE_DIR="${ENTENTE_PACKAGE_DIR}"
                                               ENTENTE_VERSION="${PROJECT_VERSION}")
set_tests_properties(tst_package PROPERTIES FIXTURES_REQUIRED entente_package)

# A missing tool is a failing test, not a silently skipped one (bash .ci/deps.sh --test installs them).
function(entente_missing_tool test tool)
    add_test(NAME ${test} COMMAND sh -c "echo '${tool} is not installed: run bash .ci/deps.sh --test' >&2; exit 1")
endfunction()
find_program(LINTIAN_EXECUTABLE lintian)
if(NOT LINTIAN_EXECUTABLE)
    entente_missing_tool(package_lintian lintian)
else()
    # Errors fail the test; warnings are printed for the record.
    add_test(NAME package_lintian
        COMMAND sh -c "${LINTIAN_EXECUTABLE} --fail-on error --no-tag-display-limit ${ENTENTE_PACKAGE_DIR}/entente_*_amd64.deb")
    set_tests_properties(package_lintian PROPERTIES FIXTURES_REQUIRED entente_package TIMEOUT 300)
endif()
find_program(APPSTREAMCLI_EXECUTABLE appstreamcli)
if(NOT APPSTREAMCLI_EXECUTABLE)
    entente_missing_tool(package_appstream appstreamcli)
else()
    add_test(NAME package_appstream COMMAND ${APPSTREAMCLI_EXECUTABLE} validate --no-net
        ${ENTENTE_PACKAGE_DIR}/root/usr/share/metainfo/org.entente.Entente.metainfo.xml)
    set_tests_properties(package_appstream PROPERTIES FIXTURES_REQUIRED entente_package)
endif()
find_program(DESKTOP_FILE_VALIDATE_EXECUTABLE desktop-file-validate)
if(NOT DESKTOP_FILE_VALIDATE_EXECUTABLE)
    entente_missing_tool(package_desktopfile desktop-file-validate)
else()
    add_test(NAME package_desktopfile COMMAND ${DESKTOP_FILE_VALIDATE_EXECUTABLE}
        ${ENTENTE_PACKAGE_DIR}/root/usr/share/applications/org.entente.Entente.desktop)
    set_tests_properties(package_desktopfile PROPERTIES FIXTURES_REQUIRED entente_package)
endif()
