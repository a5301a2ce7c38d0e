#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 supports 3.8-3.10 only).
# Order: $PYTHON, python3.10 on PATH, pyenv's 3.10.x. Exits 1 with advice if none.
set -u

is_310() {
    # Run it: a pyenv shim can be on PATH and still fail for the active version.
    "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1
}

candidates=()
if [ -n "${PYTHON:-}" ]; then
    candidates+=("$PYTHON")
else
    if command -v python3.10 >/dev/null 2>&1; then
        candidates+=("$(command -v python3.10)")
    fi
    if command -v pyenv >/dev/null 2>&1; then
        for p in "$(pyenv root)"/versions/3.10.*/bin/python3; do
            [ -x "$p" ] && candidates+=("$p")
        done
    fi
fi

for p in "${candidates[@]+"${candidates[@]}"}"; do
    if is_310 "$p"; then
        echo "$p"
        exit 0
    fi
done

if [ -n "${PYTHON:-}" ]; then
    echo "error: PYTHON=$PYTHON is not a working Python 3.10." >&2
fi
echo "error: Python 3.10 is required (Rasa 3.6 does not run on 3.11+)." >&2
echo "  Install Python 3.10 (e.g. 'apt-get install python3.10 python3.10-venv'," >&2
echo "  'pyenv install 3.10', or python.org), or set PYTHON=/path/to/python3.10." >&2
exit 1
