# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE in packaging/packaging.cmake).
if(CPACK_GENERATOR STREQUAL "DEB")
  # A .deb installs into the system's prefix; the tarball stays relocatable (bin/, share/ at its top).
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
