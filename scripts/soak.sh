#!/usr/bin/env bash
# The fault soak (issue 15): the real server and clients on 127.0.0.1, replicas of every office editing and syncing
# concurrently while clients and the server are killed with kill -9 at random; then every replica syncs until quiet
# and the checks run (nothing lost, nothing doubled, every outbox empty, replicas of an office identical).
# Bounded: --seconds (default 120) and --iterations. CI runs a short one from scripts/test.sh; the long one is
#   ./scripts/soak.sh --seconds 1800
# Prints one "SOAK RESULT …" line with the figures; exits 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --product tributary >/dev/null
swift build --product tributary-server >/dev/null
swift build --product tributary-soak >/dev/null
bin="$(swift build --show-bin-path)"
exec "$bin/tributary-soak" --bin "$bin" "$@"
