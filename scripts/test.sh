#!/usr/bin/env bash
# The whole test suite: unit, property, contract and end-to-end tests (the latter start the real binaries on
# 127.0.0.1). PROPERTY_SCHEDULES sets how many random sync schedules the property tests run (default 1000).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --build-tests
swift test --skip-build --parallel "$@"
