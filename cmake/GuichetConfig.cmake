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
target_compile_options(guichet_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(GUICHET_WERROR)
    target_compile_options(guichet_config INTERFACE -Werror)
endif()

# Production code also refuses implicit char* -> QString conversions (every user-visible string
# goes through tr()); tests may use plain literals (QT_RESTRICTED_CAST_FROM_ASCII).
add_library(guichet_strict INTERFACE)
target_link_libraries(guichet_strict INTERFACE guichet_config)
target_compile_definitions(guichet_strict INTERFACE QT_NO_CAST_FROM_ASCII)
