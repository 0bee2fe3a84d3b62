#!/bin/sh
# Guichet developer entry point: installs what is missing (Debian 12), configures, builds,
# then runs what was asked.
#   tools/dev.sh demo   build and open the application on a demo workspace (Ain)
#   tools/dev.sh test   build and run the whole test suite headless
#   tools/dev.sh bench  build and run the benchmarks (on demand, never part of the tests)
#   tools/dev.sh build  only build
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}

PACKAGES="build-essential cmake ninja-build ccache pkg-config qt6-base-dev qt6-base-dev-tools
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
libgl-dev libquazip1-qt6-dev libsqlite3-dev libssl-dev qt6-charts-dev
libqt6opengl6-dev"

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

build() {
    install_missing
    launcher=""
    command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGUICHET_WERROR=$werror $launcher >/dev/null
    cmake --build "$BUILD_DIR" --parallel
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
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel 2
    ;;
bench)
    PACKAGES="$PACKAGES sqlite3" # the import benchmark compares with SQLite's own CSV import
    build
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/bench/guichet_bench"
    "$BUILD_DIR/tests/bench/guichet_import_bench" "$@"
    "$BUILD_DIR/tests/bench/guichet_durability_bench"
    ;;
*)
    sed -n '2,8p' "$0"
    exit 2
    ;;
esac
