# A Debian package of everything `cmake --install` puts in place: `cmake --build build --target
# package` writes build/activation-explorer_<version>_<arch>.deb. Its dependencies come from
# dpkg-shlibdeps (Debian: dpkg-dev) on the binary. No maintainer scripts: dpkg's triggers
# refresh the desktop, MIME and icon caches.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME activation-explorer)
set(CPACK_PACKAGE_VENDOR "The Activation Explorer developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see how neural-network activation functions behave")
set(CPACK_PACKAGE_DESCRIPTION
    "Activation Explorer plots activation functions of neural networks (sigmoid,\n"
    "tanh, ReLU and its variants, ELU, SELU, GELU, Swish, Mish, softplus and more)\n"
    "with their first and second derivatives and live softmax probabilities, while\n"
    "their parameters are dragged. Figures export as PNG, SVG or PDF and curves as\n"
    "CSV, from the window or the command line.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/activationexplorer/activation-explorer")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER
    "The Activation Explorer developers <activationexplorer@users.noreply.github.com>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # activation-explorer_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Control files with the modes Debian policy asks for.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)

# Builds the package (about 10 s) into its own folder and checks what it holds.
find_program(DPKG_DEB dpkg-deb)
if(DPKG_DEB)
    add_test(NAME debian_package
             COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                     -DOUT=${PROJECT_BINARY_DIR}/package-test -DVERSION=${PROJECT_VERSION}
                     -DAPP_ID=${ACTIVATION_EXPLORER_APP_ID}
                     -P ${CMAKE_CURRENT_LIST_DIR}/check-package.cmake)
endif()
