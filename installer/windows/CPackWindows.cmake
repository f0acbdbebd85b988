# SPDX-License-Identifier: Apache-2.0
# Windows packaging: NSIS installer with the Qt runtime deployed by windeployqt.
# Included from installer/CMakeLists.txt when building on Windows; see installer/README.md.
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "LiteOps")
set(CPACK_NSIS_DISPLAY_NAME "LiteOps ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/liteops.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\liteops.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\LiteOps.lnk' '$INSTDIR\\\\bin\\\\liteops.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\LiteOps.lnk'")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LiteOps")

# windeployqt copies the Qt DLLs, plugins (platforms, styles, imageformats, iconengines,
# tls) and Qt's own translations next to liteops.exe at install time.
find_program(LITEOPS_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
if(LITEOPS_WINDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${LITEOPS_WINDEPLOYQT}\" --release --no-compiler-runtime
                --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                \"\${CMAKE_INSTALL_PREFIX}/bin/liteops.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/bin/liteops-cli.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/bin/liteops-sim.exe\"
            COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "windeployqt not found: the installer will lack the Qt runtime")
endif()
set(CMAKE_INSTALL_SYSTEM_RUNTIME_SKIP FALSE)
include(InstallRequiredSystemLibraries)
