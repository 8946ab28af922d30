#!/usr/bin/env bash
# The Python tools the contract test needs, pinned, in a virtual environment of the project's own (.build/venv:
# git-ignored, beside the Swift build, removed with it). Fast and quiet when the pinned version is already there.
# schemathesis fuzzes the server against its OpenAPI document (scripts/contract-test.sh); bump the pin on purpose,
# not by drift, since a new version brings new checks.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMATHESIS_VERSION=4.32.0
VENV=.build/venv
# The interpreter: the newest Python 3.12 or later that is there (on PATH or under pyenv), else python3. Why: CPython
# 3.11.7 (pyenv's default on the build machines) raises "SystemError: AST constructor recursion depth mismatch" when
# hypothesis parses a source file to describe a filter lambda while it runs with a raised recursion limit; schemathesis's
# coverage phase reaches that on GET /v1/bootstrap's query and aborts the run. Python 3.12.1 runs the same seed clean.
pick_python() {
    local candidate
    for candidate in python3.13 python3.12 "$HOME"/.pyenv/versions/3.13*/bin/python3 "$HOME"/.pyenv/versions/3.12*/bin/python3; do
        if "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
            echo "$candidate"
            return
        fi
    done
    echo python3
}
PYTHON="$(pick_python)"
WANT="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo none)"
HAVE="$("$VENV/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo none)"
if [ -x "$VENV/bin/st" ] && [ "$HAVE" = "$WANT" ] \
    && [ "$("$VENV/bin/st" --version 2>/dev/null)" = "st, version $SCHEMATHESIS_VERSION" ]; then
    exit 0
fi
if [ "$PYTHON" = python3 ] && { ! command -v python3 >/dev/null || ! python3 -c 'import venv, ensurepip' 2>/dev/null; }; then
    # Debian splits venv (with its pip) out of python3; a minimal image may lack python3 itself.
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 python3-venv >/dev/null
fi
echo "installing schemathesis $SCHEMATHESIS_VERSION into $VENV (with $PYTHON)" >&2
mkdir -p .build
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
