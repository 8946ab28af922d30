#!/usr/bin/env bash
# The whole test suite: unit, property, contract and end-to-end tests (the latter start the real binaries on
# 127.0.0.1), then the contract fuzzed by schemathesis against a real server (scripts/contract-test.sh; set
# SKIP_CONTRACT=1 to leave it out, e.g. when running a filtered subset), then a short fault soak (SOAK_SECONDS=0
# leaves it out). PROPERTY_SCHEDULES sets how many random sync schedules the property tests run: 10,000 here (CI runs
# this script), 1,000 in a plain `swift test`.
set -euo pipefail
export PROPERTY_SCHEDULES="${PROPERTY_SCHEDULES:-10000}"
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --build-tests
swift test --skip-build --parallel "$@"
[ -n "${SKIP_CONTRACT:-}" ] || ./scripts/contract-test.sh
# The short fault soak: random kill -9 of clients and the server while replicas of every office sync.
[ "${SOAK_SECONDS:-90}" = "0" ] || ./scripts/soak.sh --seconds "${SOAK_SECONDS:-90}"
