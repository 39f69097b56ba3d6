#!/bin/bash
# Runs a command in a private D-Bus session with a fresh, unlocked GNOME Keyring (the Secret Service that
# QtKeychain uses on Linux) and a fresh HOME, so keychain tests use a real keyring and never the user's.
# A test binary cannot start D-Bus for itself: the bus address must be in its environment from the start.
#   with-keyring.sh COMMAND [ARGS...]
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stamp-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime"
# No X display: D-Bus must not autolaunch a bus of its own behind the private one.
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export STAMP_TEST_KEYRING=available
# Unique per run, so that finding it on disk cannot be a coincidence.
export STAMP_TEST_SECRET="Stamp-test-secret-$$-${RANDOM}"

dbus-run-session -- bash -c '
    printf %s somepass | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$XDG_RUNTIME_DIR/keyring.log" 2>&1 &
    daemon=$!
    ready=0
    for _ in $(seq 1 100); do  # bounded: about 10 s
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
               org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
               | grep -q "boolean true"; then
            ready=1
            break
        fi
        sleep 0.1
    done
    if [ "$ready" != 1 ]; then
        echo "with-keyring.sh: gnome-keyring-daemon did not come up:" >&2
        cat "$XDG_RUNTIME_DIR/keyring.log" >&2
        kill "$daemon" 2>/dev/null
        exit 1
    fi
    rc=0
    "$@" || rc=$?
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    exit "$rc"
' with-keyring "$@"
