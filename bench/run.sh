#!/usr/bin/env bash
# Builds the server and the benchmark in release mode and runs the sync benchmark over loopback.
# Not part of CI (a release build takes about 10 minutes on 2 cores). Extra arguments go to the benchmark
# (e.g. --counties 3 for a quick run).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh >&2
swift build -c release --product tributary-server >&2
swift build -c release --product tributary-bench >&2
exec "$(swift build -c release --show-bin-path)/tributary-bench" "$@"
