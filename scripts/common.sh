# Shared by scripts/run and scripts/test: install what is missing from Debian's archive, then build.
# Safe to run again: it installs nothing that is already there and reuses the build folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
                qt6-networkauth-dev qtkeychain-qt6-dev libgl-dev qt6-qpa-plugins libqt6svg6 ca-certificates openssl
                libidn-dev libssl-dev dpkg-dev)
TEST_PACKAGES=(python3 python3-aiosmtpd postfix dovecot-core xvfb xauth dbus dbus-bin gnome-keyring
               libsecret-tools clang libclang-rt-14-dev dnsmasq-base iproute2 util-linux
               lintian appstream desktop-file-utils xdotool file man-db qt6-translations-l10n)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The domain check's DNS world (tests/integration/domain): dnsmasq, ip, unshare.
TEST_PACKAGES+=(dnsmasq-base iproute2 util-linux)
# "Copy as swaks command" is tested by running swaks (issue 12).
TEST_PACKAGES+=(swaks)
# tst_format: every C++ file as the root .clang-format writes it (scripts/format).
TEST_PACKAGES+=(clang-format)
# Spelling (ui/spellchecker.cpp): Hunspell to build with, and the dictionaries the widget tests check with.
BUILD_PACKAGES+=(libhunspell-dev)
TEST_PACKAGES+=(hunspell-en-us hunspell-de-de hunspell-fr hunspell-es)

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    # Postfix asks how to configure itself; Stamp's tests run private instances, so: no configuration.
    echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    # The packages may start system-wide services; the tests only ever use private instances.
    for s in postfix dovecot; do
        as_root service "$s" stop >/dev/null 2>&1 || true
    done
}

# build DIR [cmake options...]
build() {
    local dir="$1"; shift
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j2
}

# debian_flags: the CMake options of a Debian package build (dpkg-buildflags with hardening on, build type
# None as debhelper's cmake build uses), one per line. scripts/test builds build-test with them, so the tests run
# on the very binaries packaging/build-deb then packs; the prefix map is taken from the source tree, so every
# caller gets the same flags (and ccache the same hits).
debian_flags() {
    (cd "$ROOT" && export DEB_BUILD_MAINT_OPTIONS=hardening=+all &&
     printf '%s\n' -DCMAKE_BUILD_TYPE=None \
         "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
         "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)")
}

# build_debian DIR [cmake options...]: build, with Debian's flags (see debian_flags)
build_debian() {
    local dir="$1"; shift
    local flags
    mapfile -t flags < <(debian_flags)
    cmake -S "$ROOT" -B "$dir" -G Ninja "${flags[@]}" "$@" >/dev/null
    cmake --build "$dir" -j2
}

# sanitizer_env COMMAND...: runs COMMAND with the options the sanitizer build (-DSTAMP_SANITIZE=ON) needs: any
# finding fails the test, leaks included (Qt Core and Network leave no leak reports here, so no suppressions).
sanitizer_env() {
    ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
        "$@"
}
