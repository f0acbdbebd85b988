# SPDX-License-Identifier: Apache-2.0
# macOS packaging: liteops as an app bundle with the Qt frameworks deployed by macdeployqt,
# shipped in a drag-and-drop DMG. Included from installer/CMakeLists.txt on Apple; see
# installer/README.md.
set_target_properties(liteops PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME LiteOps
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_ICON_FILE liteops.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}")
# liteops.icns is made from resources/icons/hicolor/*.png with iconutil (see README).
set(LITEOPS_ICNS "${CMAKE_CURRENT_LIST_DIR}/liteops.icns")
if(EXISTS "${LITEOPS_ICNS}")
    target_sources(liteops PRIVATE "${LITEOPS_ICNS}")
    set_source_files_properties("${LITEOPS_ICNS}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()
install(TARGETS liteops BUNDLE DESTINATION .)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "LiteOps ${PROJECT_VERSION}")

find_program(LITEOPS_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
if(LITEOPS_MACDEPLOYQT)
    # The CLI and the simulator go into the bundle too so they share its Qt frameworks.
    install(CODE "
        file(COPY \"$<TARGET_FILE:liteops-cli>\" \"$<TARGET_FILE:liteops-sim>\"
             DESTINATION \"\${CMAKE_INSTALL_PREFIX}/LiteOps.app/Contents/MacOS\")
        execute_process(COMMAND \"${LITEOPS_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/LiteOps.app\"
                -executable=\"\${CMAKE_INSTALL_PREFIX}/LiteOps.app/Contents/MacOS/liteops-cli\"
                -executable=\"\${CMAKE_INSTALL_PREFIX}/LiteOps.app/Contents/MacOS/liteops-sim\"
                -always-overwrite
            COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "macdeployqt not found: the bundle will lack the Qt frameworks")
endif()
