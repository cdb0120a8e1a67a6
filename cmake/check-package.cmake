# cmake -DBUILD_DIR=<build> -DOUT=<dir> -DVERSION=<x.y.z> -DAPP_ID=<id> -P check-package.cmake:
# builds the Debian package into OUT with the build's CPack configuration and fails unless it
# holds the program, its desktop integration and manual page, and dpkg-shlibdeps filled Depends.
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND cpack --config ${BUILD_DIR}/CPackConfig.cmake -B ${OUT}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs ${OUT}/activation-explorer_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one activation-explorer_${VERSION}_*.deb in ${OUT}, got '${debs}'")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents COMMAND_ERROR_IS_FATAL ANY)
foreach(path
        usr/bin/activation-explorer
        usr/share/applications/${APP_ID}.desktop
        usr/share/metainfo/${APP_ID}.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
        usr/share/icons/hicolor/128x128/apps/${APP_ID}.png
        usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
        usr/share/mime/packages/${APP_ID}.xml
        usr/share/man/man1/activation-explorer.1.gz
        usr/share/doc/activation-explorer/copyright)
    string(FIND "${contents}" " ./${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${debs} lacks /${path}; it holds:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Package Depends Section OUTPUT_VARIABLE control
                COMMAND_ERROR_IS_FATAL ANY)
foreach(expected "Package: activation-explorer" "libqt6widgets6" "libqcustomplot2.1-qt6"
                 "Section: education")
    string(FIND "${control}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${debs}: the control fields lack '${expected}':\n${control}")
    endif()
endforeach()
message(STATUS "${debs}: complete")
