# SPDX-License-Identifier: GPL-3.0-or-later
# Corpus replay: every libFuzzer target of fuzz/ built with the ordinary compiler around fuzz/replay.cpp and run
# over its corpus in the tree (the seeds and every input a fuzzer ever crashed on, see README "Reliability").
# Under the sanitizer build (preset asan) the same tests replay them with ASan and UBSan.
file(GLOB ENTENTE_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/fuzz/fuzz_*.cpp)
foreach(source IN LISTS ENTENTE_FUZZ_SOURCES)
    get_filename_component(target ${source} NAME_WE)
    string(REGEX REPLACE "^fuzz_" "" name ${target})
    add_executable(fuzzreplay_${name} ${source} ${CMAKE_SOURCE_DIR}/fuzz/replay.cpp)
    target_include_directories(fuzzreplay_${name} PRIVATE ${CMAKE_SOURCE_DIR}/fuzz)
    target_link_libraries(fuzzreplay_${name} PRIVATE entente_store entente_models)
    add_test(NAME fuzzreplay_${name} COMMAND fuzzreplay_${name} ${CMAKE_SOURCE_DIR}/fuzz/corpus/${name})
    set_tests_properties(fuzzreplay_${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC" TIMEOUT 120)
endforeach()
