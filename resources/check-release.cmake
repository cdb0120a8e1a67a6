# cmake -DFILE=<metainfo.xml> -DVERSION=<x.y.z> -P check-release.cmake: fails unless the first
# <release> (AppStream lists the newest first) has version VERSION and a date.
file(READ ${FILE} text)
string(REGEX MATCH "<release [^>]*>" first "${text}")
if(NOT first MATCHES "version=\"${VERSION}\"" OR NOT first MATCHES "date=\"[0-9]+-[0-9]+-[0-9]+\"")
    message(FATAL_ERROR "${FILE}: the newest release is '${first}', expected version=\"${VERSION}\" "
                        "with a date: add a <release> for ${VERSION}")
endif()
