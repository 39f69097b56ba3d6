#!/bin/bash
# Runs a command with a fresh HOME and no D-Bus session at all, so no keychain service can be reached.
# With --check-secret, afterwards searches every file under that HOME (settings included) for the test
# secret, as it is and in base64, and fails if it is found anywhere.
#   without-keyring.sh [--check-secret] COMMAND [ARGS...]
set -eu
check=0
if [ "${1:-}" = --check-secret ]; then
    check=1
    shift
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stamp-nokeyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME DISPLAY WAYLAND_DISPLAY
export STAMP_TEST_KEYRING=none
export STAMP_TEST_SECRET="Stamp-test-secret-$$-${RANDOM}"

rc=0
env -u DBUS_SESSION_BUS_ADDRESS -u DBUS_SYSTEM_BUS_ADDRESS "$@" || rc=$?

if [ "$check" = 1 ]; then
    if [ -z "$(find "$HOME" -type f -print -quit)" ]; then
        echo "without-keyring.sh: the test left no file to search (expected at least the settings file)" >&2
        rc=1
    fi
    b64=$(printf %s "$STAMP_TEST_SECRET" | base64 -w0)
    b64core=${b64%%=*}
    for needle in "$STAMP_TEST_SECRET" "$b64core"; do
        if grep -r -a -l -F -- "$needle" "$HOME"; then
            echo "without-keyring.sh: the secret ($needle) was found on disk in the files above" >&2
            rc=1
        fi
    done
fi
exit "$rc"
