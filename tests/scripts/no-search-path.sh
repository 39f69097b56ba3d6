#!/bin/sh
# Each program given must carry no RPATH or RUNPATH: Stamp links only system libraries, and an empty entry
# in a search path makes the loader look in the current directory first.
status=0
for program in "$@"; do
    paths=$(readelf -d "$program" | grep -E '\((RPATH|RUNPATH)\)')
    if [ -n "$paths" ]; then
        echo "FAIL: $program has a library search path: $paths"
        status=1
    else
        echo "PASS: $program has no library search path"
    fi
done
exit $status
