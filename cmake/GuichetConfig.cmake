# Compiler flags and Qt defines shared by every Guichet target, in one INTERFACE target.
add_library(guichet_config INTERFACE)
target_compile_features(guichet_config INTERFACE cxx_std_20)
target_compile_definitions(guichet_config INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MSVC)
    # The sources are UTF-8 (French string literals); MSVC reads them as the system code page
    # unless told.
    target_compile_options(guichet_config INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    target_link_options(guichet_config INTERFACE $<$<NOT:$<CONFIG:Debug>>:/guard:cf>)
    if(GUICHET_WERROR)
        target_compile_options(guichet_config INTERFACE /WX)
    endif()
else()
    target_compile_options(guichet_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor)
    # The hardening Debian's own packages get (dpkg-buildflags), for the optimised builds.
    target_compile_options(guichet_config INTERFACE -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    if(NOT APPLE AND NOT WIN32)
        target_link_options(guichet_config INTERFACE LINKER:-z,relro,-z,now)
    endif()
    if(GUICHET_WERROR)
        target_compile_options(guichet_config INTERFACE -Werror)
    endif()
endif()

# Production code also refuses implicit char* -> QString conversions (every user-visible string
# goes through tr()); tests may use plain literals (QT_RESTRICTED_CAST_FROM_ASCII).
add_library(guichet_strict INTERFACE)
target_link_libraries(guichet_strict INTERFACE guichet_config)
target_compile_definitions(guichet_strict INTERFACE QT_NO_CAST_FROM_ASCII)
