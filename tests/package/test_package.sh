#!/bin/sh
# The Debian package as a person gets it (label package): built by `tools/dev.sh package`, its
# contents listed, its desktop entry and metainfo validated, lintian's errors refused, then
# unpacked in a scratch root and run from there, from a folder outside the source tree, with a
# home of its own: the commands, the file type and the window.
#   test_package.sh SOURCE_DIR
set -eu
source_dir=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
app_id=org.example.guichet

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

started=$(date +%s)
deb=$("$source_dir/tools/dev.sh" package | tail -n 1)
echo "package built in $(($(date +%s) - started)) s: $deb"
[ -f "$deb" ] || fail "no package"
case $(basename "$deb") in
guichet_*_amd64.deb) ;;
*) fail "unexpected package name $deb" ;;
esac

# Contents: everything under /usr, nothing from the build.
dpkg-deb -c "$deb" | awk '{print $NF}' >"$scratch/contents"
for path in ./usr/bin/guichet \
    ./usr/share/applications/$app_id.desktop \
    ./usr/share/mime/packages/$app_id.xml \
    ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
    ./usr/share/icons/hicolor/256x256/apps/$app_id.png \
    ./usr/share/man/man1/guichet.1.gz \
    ./usr/share/man/fr/man1/guichet.1.gz \
    ./usr/share/doc/guichet/copyright \
    ./usr/share/doc/guichet/changelog.gz; do
    grep -qx "$path" "$scratch/contents" || fail "$path is not in the package"
done
if grep -v '^\./usr/' "$scratch/contents" | grep -vx '\./'; then
    fail "files outside /usr"
fi
if grep -Ei 'build|test|bench|manpage|\.a$|\.h$' "$scratch/contents"; then
    fail "build files in the package"
fi
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6charts6 libc6; do
    echo "$depends" | grep -q "$dependency" || fail "Depends lacks $dependency: $depends"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
lintian --no-tag-display-limit "$deb" >"$scratch/lintian" || true
cat "$scratch/lintian"
if grep '^E:' "$scratch/lintian"; then
    fail "lintian errors"
fi

# The manual page lists every command that `guichet --help` lists, and reads without warnings.
guichet="$root/usr/bin/guichet"
home="$scratch/home"
work="$scratch/work"
mkdir -p "$home" "$work"
run() {
    (cd "$work" && env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME HOME="$home" \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$guichet" "$@")
}
LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$share/man/man1/guichet.1.gz" \
    >"$scratch/man.txt" 2>"$scratch/man-warnings"
[ ! -s "$scratch/man-warnings" ] || { cat "$scratch/man-warnings"; fail "man page warnings"; }
run --lang en --help | sed -n 's/^  \([a-z][a-z -]*[a-z]\)  .*/\1/p' >"$scratch/commands"
[ "$(wc -l <"$scratch/commands")" -gt 10 ] || fail "too few commands in guichet --help"
while read -r command; do
    grep -q "^ *guichet $command\$" "$scratch/man.txt" || fail "guichet $command not in guichet(1)"
done <"$scratch/commands"

# The installed executable: version and schema, a demo workspace, its dossiers, in both
# languages (the translations are found where they are installed).
version=$(run --version)
echo "$version"
echo "$version" | grep -q "^guichet [0-9]" || fail "guichet --version: $version"
echo "$version" | grep -q "schéma [0-9]" || fail "no schema version in: $version"
run --lang en --version | grep -q "schema [0-9]" || fail "no English version text"
run demo --output "$work/demo.guichet" --dossiers 12
dossiers=$(run dossiers demo.guichet --format csv | tail -n +2 | wc -l)
[ "$dossiers" -eq 12 ] || fail "guichet dossiers listed $dossiers dossiers, not 12"
run --lang en dossiers missing.guichet 2>&1 | grep -q "does not exist" || fail "no English"

# The file type: a renamed workspace is still recognised, by its magic.
update-mime-database "$share/mime" >/dev/null 2>&1
cp "$work/demo.guichet" "$work/renamed"
type=$(XDG_DATA_DIRS="$share" XDG_DATA_HOME="$scratch/nothing" \
    gio info -a standard::content-type "$work/renamed" | sed -n 's/.*content-type: //p')
[ "$type" = application/x-guichet-workspace ] || fail "renamed workspace seen as $type"
type=$(XDG_DATA_DIRS="$share" XDG_DATA_HOME="$scratch/nothing" \
    gio info -a standard::content-type "$work/demo.guichet" | sed -n 's/.*content-type: //p')
[ "$type" = application/x-guichet-workspace ] || fail "workspace seen as $type"

# The window, opened on the renamed workspace; nothing written but in the home folder.
run renamed --screenshot "$scratch/window.png"
[ -s "$scratch/window.png" ] || fail "no window"
extra=$(find "$work" -newer "$work/renamed" ! -name 'renamed*' ! -path "$work")
[ -z "$extra" ] || fail "written beside the workspace: $extra"
echo "package test done in $(($(date +%s) - started)) s"
