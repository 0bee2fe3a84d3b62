# Sanitizers for every target of the build, set once here (GUICHET_SANITIZE, GUICHET_FUZZ).
# Any error stops the program: a sanitizer finding fails its test instead of scrolling past.
if(GUICHET_SANITIZE OR GUICHET_FUZZ)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
    # GCC's instrumentation makes -Wmaybe-uninitialized fire on code it cannot see through (a
    # defaulted move of std::optional<Movement> inside QHash, say): known false positives that
    # -Werror would turn into a failed CI. The normal build keeps the warning.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-Wno-maybe-uninitialized)
    endif()
endif()
if(GUICHET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "GUICHET_FUZZ needs clang (CMAKE_CXX_COMPILER=clang++)")
    endif()
    # Coverage for libFuzzer in every library; only the fuzz executables link its main().
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
