#!/usr/bin/env bash
# The Python tools the contract test needs, pinned, in a virtual environment of the project's own (.build/venv:
# git-ignored, beside the Swift build, removed with it). Fast and quiet when the pinned version is already there.
# schemathesis fuzzes the server against its OpenAPI document (scripts/contract-test.sh); bump the pin on purpose,
# not by drift, since a new version brings new checks.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMATHESIS_VERSION=4.32.0
VENV=.build/venv
if [ -x "$VENV/bin/st" ] && [ "$("$VENV/bin/st" --version 2>/dev/null)" = "st, version $SCHEMATHESIS_VERSION" ]; then
    exit 0
fi
if ! command -v python3 >/dev/null || ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    # Debian splits venv (with its pip) out of python3; a minimal image may lack python3 itself.
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 python3-venv >/dev/null
fi
echo "installing schemathesis $SCHEMATHESIS_VERSION into $VENV" >&2
mkdir -p .build
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
