#!/usr/bin/env bash
# The whole test suite: unit, property, contract and end-to-end tests (the latter start the real binaries on
# 127.0.0.1), then the contract fuzzed by schemathesis against a real server (scripts/contract-test.sh; set
# SKIP_CONTRACT=1 to leave it out, e.g. when running a filtered subset).
# PROPERTY_SCHEDULES sets how many random sync schedules the property tests run (default 1000).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --build-tests
swift test --skip-build --parallel "$@"
[ -n "${SKIP_CONTRACT:-}" ] || ./scripts/contract-test.sh
