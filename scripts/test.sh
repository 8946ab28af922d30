#!/usr/bin/env bash
# The whole test suite: unit, property, contract and end-to-end tests (the latter start the real binaries on
# 127.0.0.1). PROPERTY_SCHEDULES sets how many random sync schedules the property tests run: 10,000 here (CI runs this
# script), 1,000 in a plain `swift test`.
set -euo pipefail
export PROPERTY_SCHEDULES="${PROPERTY_SCHEDULES:-10000}"
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --build-tests
swift test --skip-build --parallel "$@"
# The short fault soak: random kill -9 of clients and the server while replicas of every office sync (≈ 2 minutes).
./scripts/soak.sh --seconds "${SOAK_SECONDS:-90}"
