# Installs the desktop integration (Linux), deploys Qt next to the app (Windows, macOS) and
# configures CPack: .deb and .tar.gz on Linux, an NSIS installer on Windows, a .dmg on macOS.
# Included from the root CMakeLists.txt after the executables, so that its install rules run after
# theirs (CMP0082): the deploy scripts need the installed executables. See packaging/README.md.

set(TEXTWELL_APP_ID org.textwell.Textwell)
set(TEXTWELL_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

if(UNIX AND NOT APPLE)
  include(GNUInstallDirs)
  # The release date in the AppStream metadata: the build's date, or SOURCE_DATE_EPOCH's for a
  # reproducible build (string(TIMESTAMP) honours it).
  string(TIMESTAMP TEXTWELL_RELEASE_DATE "%Y-%m-%d" UTC)
  configure_file(${TEXTWELL_PACKAGING_DIR}/linux/${TEXTWELL_APP_ID}.metainfo.xml.in
                 ${CMAKE_CURRENT_BINARY_DIR}/packaging/${TEXTWELL_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${TEXTWELL_PACKAGING_DIR}/linux/${TEXTWELL_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/${TEXTWELL_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${TEXTWELL_PACKAGING_DIR}/icons/${TEXTWELL_APP_ID}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  # The MIT licence asks for its notice in every copy; Debian keeps it under this name.
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/textwell RENAME copyright)
  # The PNGs are rendered from the SVG and committed (see packaging/README.md), so that building
  # needs no SVG renderer.
  foreach(size IN ITEMS 16 24 32 48 64 128 256)
    install(FILES ${TEXTWELL_PACKAGING_DIR}/icons/hicolor/${size}x${size}/apps/${TEXTWELL_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
elseif(WIN32)
  # windeployqt copies the Qt DLLs, plugins (platform, SQLite driver, styles) and Qt's own
  # translations next to the executables in bin/, and writes a qt.conf there.
  qt_generate_deploy_app_script(TARGET textwell FILENAME_VARIABLE TEXTWELL_DEPLOY_GUI)
  qt_generate_deploy_app_script(TARGET textwell-cli FILENAME_VARIABLE TEXTWELL_DEPLOY_CLI)
  install(SCRIPT ${TEXTWELL_DEPLOY_GUI})
  install(SCRIPT ${TEXTWELL_DEPLOY_CLI})
  # windeployqt copies Qt only. The other libraries (libphonenumber, protobuf, libxlsxwriter,
  # qtkeychain...) are where vcpkg's toolchain put them, next to the executables in the build;
  # Windows' own DLLs stay out, and Qt's are left to windeployqt.
  install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:textwell>\"
                  \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:textwell-cli>\"
      DIRECTORIES \"$<TARGET_FILE_DIR:textwell>\" \"$<TARGET_FILE_DIR:textwell-cli>\"
      PRE_EXCLUDE_REGEXES [[^api-ms-]] [[^ext-ms-]] [[^Qt6]]
      POST_EXCLUDE_REGEXES [=[[/\\\\][Ss]ystem32[/\\\\]]=]
      RESOLVED_DEPENDENCIES_VAR textwell_libraries)
    file(INSTALL \${textwell_libraries} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
  ")
  # The MSVC runtime DLLs, so that no separate redistributable needs installing.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS_DESTINATION bin)
  include(InstallRequiredSystemLibraries)
elseif(APPLE)
  # The command line also travels inside the bundle, where macdeployqt points it at the bundle's Qt
  # frameworks; the copy app/cli installs to bin/ is for Unix prefixes and needs Homebrew's Qt.
  install(TARGETS textwell-cli RUNTIME DESTINATION textwell.app/Contents/MacOS)
  # qt_generate_deploy_app_script() deploys the bundle's own executable only; this is the script it
  # writes, plus the command line as an additional executable.
  set(TEXTWELL_DEPLOY_BUNDLE ${CMAKE_CURRENT_BINARY_DIR}/packaging/deploy-textwell-bundle.cmake)
  file(GENERATE OUTPUT ${TEXTWELL_DEPLOY_BUNDLE} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE textwell.app
    ADDITIONAL_EXECUTABLES textwell.app/Contents/MacOS/textwell-cli
)
")
  install(SCRIPT ${TEXTWELL_DEPLOY_BUNDLE})
endif()

# CPack: one set of metadata for every generator.
set(CPACK_PACKAGE_NAME textwell)
set(CPACK_PACKAGE_VENDOR "The Textwell authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Textwell)
set(CPACK_PACKAGE_EXECUTABLES textwell Textwell)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Per-generator settings that must not leak into the others (the .deb's /usr prefix).
set(CPACK_PROJECT_CONFIG_FILE ${TEXTWELL_PACKAGING_DIR}/CPackProjectConfig.cmake)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_DEBIAN_PACKAGE_NAME textwell)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Textwell authors")
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
      "${PROJECT_DESCRIPTION}\nTextwell is a desktop SMS campaign manager for small businesses: an address book with\nrecorded consent, segments, campaigns with an automatic opt-out line, quiet hours and a\nfrequency cap, and a dashboard of who unsubscribes and why. Includes textwell-cli.")
  # The libraries come from dpkg-shlibdeps; what Qt loads at run time as a plugin, it cannot see.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
  # libsecret for the keychain (qtkeychain loads it at run time), the PostgreSQL driver for a
  # shared database, Wayland, Qt's own translations.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, libqt6sql6-psql, qt6-wayland, qt6-translations-l10n")
elseif(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_DISPLAY_NAME Textwell)
  set(CPACK_NSIS_PACKAGE_NAME Textwell)
  set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\textwell.exe)
  set(CPACK_NSIS_MUI_ICON ${TEXTWELL_PACKAGING_DIR}/windows/textwell.ico)
  set(CPACK_NSIS_MUI_UNIICON ${TEXTWELL_PACKAGING_DIR}/windows/textwell.ico)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH OFF)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME Textwell)
  set(CPACK_PACKAGE_ICON ${TEXTWELL_PACKAGING_DIR}/macos/textwell.icns) # the disk image's own icon
endif()

include(CPack)
