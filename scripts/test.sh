#!/usr/bin/env bash
# The whole test suite: unit, property, contract and end-to-end tests (the latter start the real binaries on
# 127.0.0.1), then the contract fuzzed by schemathesis against a real server (scripts/contract-test.sh; set
# SKIP_CONTRACT=1 to leave it out, e.g. when running a filtered subset), then a short fault soak (SOAK_SECONDS=0
# leaves it out). PROPERTY_SCHEDULES sets how many random sync schedules the property tests run: 10,000 here (CI runs
# this script), 1,000 in a plain `swift test`.
#
# PostgreSQL (issue 12): before `swift test` this starts a throwaway cluster (scripts/postgres.sh: loopback, a free
# port, an unprivileged user) in a temporary folder, exports its URL as TRIBUTARY_TEST_DATABASE_URL for the store
# contract suite and the multi-server tests, and stops and removes it on exit, failures included. Where it cannot
# start, the PostgreSQL tests are skipped and the run says so and why, at the start and again at the end; with
# TRIBUTARY_REQUIRE_POSTGRES=1 (.ci/run sets it; also when $CI is set) that is a failure instead, and the tests
# themselves fail rather than skip. SKIP_POSTGRES=1 leaves PostgreSQL out (not allowed in CI); a
# TRIBUTARY_TEST_DATABASE_URL already set is used as it is (a cluster of your own where the user may CREATE DATABASE).
# KEEP_POSTGRES=1 keeps the stopped cluster's folder (its log) after the run.
set -euo pipefail
export PROPERTY_SCHEDULES="${PROPERTY_SCHEDULES:-10000}"
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --build-tests

enabled() { case "${1:-}" in "" | 0 | false | no) return 1 ;; *) return 0 ;; esac; }
if enabled "${TRIBUTARY_REQUIRE_POSTGRES:-}" || enabled "${CI:-}"; then export TRIBUTARY_REQUIRE_POSTGRES=1; fi
PG_DIR=""
PG_NOTE=""
finish() {
    if [ -n "$PG_DIR" ]; then
        ./scripts/postgres.sh stop "$PG_DIR" >/dev/null 2>&1 || echo "test.sh: could not stop PostgreSQL in $PG_DIR" >&2
        if enabled "${KEEP_POSTGRES:-}"; then echo "test.sh: kept $PG_DIR" >&2; else rm -rf "$PG_DIR"; fi
    fi
    [ -z "$PG_NOTE" ] || echo "test.sh: $PG_NOTE" >&2
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
skip_postgres() { # REASON
    if [ "${TRIBUTARY_REQUIRE_POSTGRES:-}" = 1 ]; then
        echo "test.sh: PostgreSQL is required here (TRIBUTARY_REQUIRE_POSTGRES=1, as in CI), but $1" >&2
        exit 1
    fi
    unset TRIBUTARY_TEST_DATABASE_URL
    PG_NOTE="the PostgreSQL tests (store contract on PostgreSQL, several servers on one database) were SKIPPED: $1"
    echo "test.sh: $PG_NOTE" >&2
}
if [ -n "${TRIBUTARY_TEST_DATABASE_URL:-}" ]; then
    echo "test.sh: PostgreSQL tests run against TRIBUTARY_TEST_DATABASE_URL from the environment" >&2
elif enabled "${SKIP_POSTGRES:-}"; then
    skip_postgres "SKIP_POSTGRES=$SKIP_POSTGRES is set"
else
    PG_DIR="$(mktemp -d /tmp/tributary-pg.XXXXXX)"
    chmod 755 "$PG_DIR"
    if url="$(./scripts/postgres.sh start "$PG_DIR" 2> "$PG_DIR/start.log")"; then
        rm -f "$PG_DIR/start.log"
        export TRIBUTARY_TEST_DATABASE_URL="$url"
        echo "test.sh: PostgreSQL tests run against $url (a throwaway cluster in $PG_DIR)" >&2
    else
        started="$(cat "$PG_DIR/start.log")"
        rm -f "$PG_DIR/start.log"
        echo "$started" >&2
        skip_postgres "scripts/postgres.sh could not start a cluster: $(echo "$started" | tail -n 1 | sed 's/^postgres.sh: //; s/ (log: [^)]*)$//') (its output is above)"
    fi
fi

swift test --skip-build --parallel "$@"
[ -n "${SKIP_CONTRACT:-}" ] || ./scripts/contract-test.sh
# The short fault soak: random kill -9 of clients and the server while replicas of every office sync.
[ "${SOAK_SECONDS:-90}" = "0" ] || ./scripts/soak.sh --seconds "${SOAK_SECONDS:-90}"
