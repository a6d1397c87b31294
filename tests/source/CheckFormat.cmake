# Every C++ file is formatted by the checked-in .clang-format (run with cmake -P). Globbed
# when the test runs, so a file added after configuring is checked too. The size rules
# are test_sourcerules.
cmake_minimum_required(VERSION 3.21)
if(NOT SOURCE_DIR OR NOT CLANG_FORMAT)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=… -DCLANG_FORMAT=… -P CheckFormat.cmake")
endif()

file(GLOB_RECURSE cxx_files LIST_DIRECTORIES false
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/studio/*.cpp" "${SOURCE_DIR}/studio/*.h"
  "${SOURCE_DIR}/preview/*.cpp" "${SOURCE_DIR}/preview/*.h"
  "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(FILTER cxx_files EXCLUDE REGEX "/tests/fuzz/corpus/")

set(failures 0)
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${cxx_files}
                RESULT_VARIABLE format_rc ERROR_VARIABLE format_out)
if(NOT format_rc EQUAL 0)
  string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted[^\n]*" bad_lines "${format_out}")
  set(bad_files "")
  foreach(line IN LISTS bad_lines)
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*" "" file "${line}")
    list(APPEND bad_files "${file}")
  endforeach()
  list(REMOVE_DUPLICATES bad_files)
  foreach(file IN LISTS bad_files)
    message("not formatted (run clang-format -i): ${file}")
  endforeach()
  if(NOT bad_files)
    message("${format_out}")
  endif()
  math(EXPR failures "${failures} + 1")
endif()

list(LENGTH cxx_files checked)
message("source format: ${checked} C++ files checked")
if(failures GREATER 0)
  message(FATAL_ERROR "source format: some files are not formatted")
endif()
