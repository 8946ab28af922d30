#!/usr/bin/env bash
# Builds the server and the benchmark in release mode and runs the sync benchmark over loopback: the county round on
# the SQLite server, then the same round on two servers sharing one PostgreSQL database.
# Not part of CI (a release build takes about 10 minutes on 2 cores). Extra arguments go to the benchmark
# (e.g. --counties 3 for a quick run, --json for one JSON object).
#
# PostgreSQL: TRIBUTARY_BENCH_DATABASE_URL=postgres://USER@HOST:PORT/DB names a server to use (the bench creates a
# database of its own on it and drops it afterwards); without it a throwaway cluster is started with
# scripts/postgres.sh in a mktemp folder and stopped on exit. --no-postgres (or BENCH_POSTGRES=0) skips the
# PostgreSQL round.
set -euo pipefail
cd "$(dirname "$0")/.."

postgres=1
arguments=()
for argument in "$@"; do
    if [ "$argument" = "--no-postgres" ]; then postgres=0; else arguments+=("$argument"); fi
done
skip_reason=""
if [ "$postgres" = 0 ]; then
    skip_reason="--no-postgres was given"
elif [ "${BENCH_POSTGRES:-1}" = 0 ]; then
    skip_reason="BENCH_POSTGRES=0"
fi

./scripts/install-deps.sh >&2
# --static-swift-stdlib: the binaries carry the Swift runtime and Foundation instead of loading them, as a release
# of the client should (loading and relocating the shared Swift libraries was about 5 ms of every command:
# `tributary --version` 12 → 7 ms on the build machine). Every product is built with the same flags, so that the
# three builds share one build folder's work.
release=(-c release --static-swift-stdlib)
swift build "${release[@]}" --product tributary-server >&2
swift build "${release[@]}" --product tributary >&2
swift build "${release[@]}" --product tributary-bench >&2
bench="$(swift build "${release[@]}" --show-bin-path)/tributary-bench"

pgdir=""
cleanup() {
    if [ -n "$pgdir" ]; then
        bash scripts/postgres.sh stop "$pgdir" >&2 || true
        rm -rf "$pgdir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

url=""
if [ -n "$skip_reason" ]; then
    echo "bench: PostgreSQL round skipped ($skip_reason)" >&2
elif [ -n "${TRIBUTARY_BENCH_DATABASE_URL:-}" ]; then
    url="$TRIBUTARY_BENCH_DATABASE_URL"
    echo "bench: PostgreSQL round on the server in TRIBUTARY_BENCH_DATABASE_URL" >&2
else
    # A short folder under /tmp: the cluster's unix socket path must fit, and as root the cluster's own user must get in.
    pgdir="$(mktemp -d /tmp/bench-pg.XXXXXX)"
    if bash scripts/postgres.sh start "$pgdir" >/dev/null; then
        url="$(cat "$pgdir/url")"
    else
        echo "bench: PostgreSQL round skipped (scripts/postgres.sh could not start a cluster; see above)" >&2
    fi
fi

if [ -n "$url" ]; then
    "$bench" --postgres "$url" ${arguments[@]+"${arguments[@]}"}
else
    "$bench" ${arguments[@]+"${arguments[@]}"}
fi
