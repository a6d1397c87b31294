# The source-tree rules the test command enforces (run with cmake -P):
#   - every C++ file is formatted by the checked-in .clang-format;
#   - no production source file (app/, studio/, preview/, resources/preview/) is over 600 lines.
# Globbed when the test runs, so a file added after configuring is checked too.
cmake_minimum_required(VERSION 3.21)
if(NOT SOURCE_DIR OR NOT CLANG_FORMAT)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=… -DCLANG_FORMAT=… -P CheckSources.cmake")
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

file(GLOB_RECURSE production_files LIST_DIRECTORIES false
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/studio/*.cpp" "${SOURCE_DIR}/studio/*.h"
  "${SOURCE_DIR}/preview/*.cpp" "${SOURCE_DIR}/preview/*.h"
  "${SOURCE_DIR}/resources/preview/*.js")
foreach(file IN LISTS production_files)
  file(READ "${file}" text)
  string(REGEX MATCHALL "\n" newlines "${text}")
  list(LENGTH newlines count)
  if(count GREATER 600)
    message("over 600 lines (${count}): ${file}")
    math(EXPR failures "${failures} + 1")
  endif()
endforeach()

list(LENGTH cxx_files checked)
list(LENGTH production_files measured)
message("source rules: ${checked} C++ files format-checked, ${measured} production files measured")
if(failures GREATER 0)
  message(FATAL_ERROR "source rules: ${failures} failure(s)")
endif()
