#!/usr/bin/env bash
# System packages the build and the tests need (Debian 12). Idempotent; quiet when everything is present.
# vim is the terminal editor the editor test drives through tmux. chromium, fonts-noto-cjk and poppler-utils (pdfinfo) are for the report's browser test: it renders the exported
# HTML headless, prints it to A4 PDF and checks the layout, with Chinese glyphs. sqlite3 (the shell) lets tests damage or
# mark a file the way a disk or a newer version would. postgresql (initdb, pg_ctl, psql) is for the PostgreSQL store's
# tests: scripts/test.sh starts a throwaway cluster with scripts/postgres.sh.
set -euo pipefail
needed=(libsqlite3-dev sqlite3 zlib1g-dev tmux vim chromium fonts-noto-cjk poppler-utils postgresql)
missing=()
for package in "${needed[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}" >&2
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "swift is not on PATH (expected the Swift 6 toolchain at /opt/swift)" >&2; exit 1; }
