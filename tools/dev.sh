#!/bin/sh
# Guichet developer entry point: installs what is missing (Debian 12), configures, builds,
# then runs what was asked.
#   tools/dev.sh demo   build and open the application on a demo workspace (Ain)
#   tools/dev.sh test   build and run the whole test suite headless
#   tools/dev.sh bench  build and run the benchmarks (on demand, never part of the tests)
#   tools/dev.sh build  only build
#   tools/dev.sh package  build guichet_VERSION_amd64.deb (Release, in build-package/)
#   tools/dev.sh crashtest  SIGKILL during imports, merges and decisions, 210 times (seed printed)
#   tools/dev.sh fuzz [SECONDS]  fuzz each reader for SECONDS (60) with libFuzzer (clang, build-fuzz)
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
PACKAGE_DIR=${PACKAGE_DIR:-build-package}

PACKAGES="build-essential cmake ninja-build ccache pkg-config qt6-base-dev qt6-base-dev-tools
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
libgl-dev libquazip1-qt6-dev libsqlite3-dev libssl-dev qt6-charts-dev
libqt6opengl6-dev qt6-pdf-dev libicu-dev libharfbuzz-dev fonts-liberation2 librsvg2-bin dpkg-dev file
desktop-file-utils appstream lintian man-db libglib2.0-bin shared-mime-info"

install_missing() {
    missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
}

# configure_and_build DIR TYPE [CMAKE OPTION...]: configures DIR, then builds it ($TARGETS
# only, when set).
configure_and_build() {
    dir=$1
    type=$2
    shift 2
    install_missing
    launcher=""
    command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DGUICHET_WERROR=$werror \
        $launcher "$@" >/dev/null
    cmake --build "$dir" --parallel ${TARGETS:+--target $TARGETS}
}

# build [CMAKE OPTION...]: the development build, in $BUILD_DIR.
build() {
    configure_and_build "$BUILD_DIR" RelWithDebInfo "$@"
}

# The Debian package: a Release build of the application alone, in its own folder, packed by
# CPack (stripped, dependencies from dpkg-shlibdeps).
package() {
    configure_and_build "$PACKAGE_DIR" Release -DGUICHET_BUILD_TESTS=OFF \
        -DGUICHET_BUILD_BENCHMARKS=OFF
    rm -f "$PACKAGE_DIR"/guichet_*.deb
    (cd "$PACKAGE_DIR" && cpack -G DEB >/dev/null)
    realpath "$PACKAGE_DIR"/guichet_*.deb
}

case "${1:-}" in
build)
    build
    ;;
demo)
    build
    shift
    exec "$BUILD_DIR/app/guichet" --demo "$@"
    ;;
test)
    shift
    # The minutes' ODT is checked by converting it with LibreOffice, as a secretary would open it.
    PACKAGES="$PACKAGES libreoffice-writer-nogui"
    build "$@" # CMake options, e.g. BUILD_DIR=build-asan tools/dev.sh test -DGUICHET_SANITIZE=ON
    # CTEST_ARGS: more ctest options, e.g. -LE package to leave the package's test out.
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel 2 \
        ${CTEST_ARGS:-}
    ;;
package)
    package
    ;;
bench)
    # The import benchmark compares with SQLite's own CSV import, the documents benchmark with
    # LibreOffice converting the same letters.
    PACKAGES="$PACKAGES sqlite3 libreoffice-writer-nogui"
    build
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/bench/guichet_bench"
    "$BUILD_DIR/tests/bench/guichet_import_bench" "$@"
    "$BUILD_DIR/tests/bench/guichet_envelope_bench"
    "$BUILD_DIR/tests/bench/guichet_durability_bench"
    "$BUILD_DIR/tests/bench/guichet_documents_bench"
    ;;
crashtest)
    build
    GUICHET_CRASH_KILLS=${GUICHET_CRASH_KILLS:-210} QT_QPA_PLATFORM=offscreen \
        "$BUILD_DIR/tests/test_crash"
    ;;
fuzz)
    # Each fuzzer starts from its saved corpus (tests/fuzz/corpus/NAME, seeded from the golden
    # import cases) and adds what it finds to build-fuzz/corpus/NAME; a crash, hang or leak is
    # written to build-fuzz/findings/: copy it into the saved corpus once fixed.
    PACKAGES="$PACKAGES clang libclang-rt-14-dev" # libFuzzer's runtime comes with clang 14
    BUILD_DIR=build-fuzz
    fuzzers="csv xlsx ods programme scorepackage"
    TARGETS=$(for f in $fuzzers; do printf 'fuzz_%s ' "$f"; done)
    CXX=clang++ build -DCMAKE_CXX_COMPILER=clang++ -DGUICHET_FUZZ=ON -DGUICHET_BUILD_BENCHMARKS=OFF
    seconds=${2:-60}
    mkdir -p build-fuzz/findings
    for f in $fuzzers; do
        mkdir -p "build-fuzz/corpus/$f"
        echo "== fuzz_$f: $seconds s"
        QT_QPA_PLATFORM=offscreen "build-fuzz/tests/fuzz/fuzz_$f" "build-fuzz/corpus/$f" \
            "tests/fuzz/corpus/$f" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -max_len=262144 -artifact_prefix="build-fuzz/findings/$f-" -print_final_stats=1
    done
    ;;
*)
    sed -n '2,11p' "$0"
    exit 2
    ;;
esac
