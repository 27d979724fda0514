# Fails when a user-visible string in the sources has no translation in a .ts file: runs lupdate
# over the sources into copies of the .ts files (the originals stay untouched) and looks for
# unfinished entries. Arguments: LUPDATE, SOURCE_DIR, WORK_DIR.
file(GLOB_RECURSE sources
     ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")
foreach(language en ru de)
  set(copy ${WORK_DIR}/textwell_${language}.ts)
  configure_file(${SOURCE_DIR}/translations/textwell_${language}.ts ${copy} COPYONLY)
  execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${sources} -ts ${copy}
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${language}")
  endif()
  file(READ ${copy} content)
  # A translator comment may sit between the source and its translation.
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?(<extracomment>[^<]*</extracomment>[ \n]*)?<translation type=\"unfinished\""
         unfinished "${content}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    string(APPEND problems "textwell_${language}.ts: ${count} untranslated: ${unfinished}\n")
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "Untranslated strings (run the update_translations target, then translate):\n${problems}")
endif()
