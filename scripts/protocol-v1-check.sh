#!/usr/bin/env bash
# The protocol-1 golden files (Tests/Fixtures/protocol/v1) read by the release that spoke protocol 1: the shared types
# of commit 2d4dce6 (the last wire format before the trust issue), built in a scratch package from git history, decode
# every file and write it back byte for byte. A check of the goldens themselves, run by hand when they are recorded;
# it needs the full history (CI's shallow clone lacks that commit), so scripts/test.sh does not run it.
set -euo pipefail
cd "$(dirname "$0")/.."
COMMIT=2d4dce6
WORK="$(mktemp -d /tmp/tributary-protocol-v1.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/Sources/OldShared" "$WORK/Sources/check"
git archive "$COMMIT" Sources/Shared/Core | tar -x -C "$WORK"
mv "$WORK"/Sources/Shared/Core/*.swift "$WORK/Sources/OldShared/"
cp scripts/protocol-v1/main.swift "$WORK/Sources/check/main.swift"
cat > "$WORK/Package.swift" <<'SWIFT'
// swift-tools-version:5.9
import PackageDescription
let package = Package(name: "protocol-v1-check", targets: [
    .target(name: "OldShared"),
    .executableTarget(name: "check", dependencies: ["OldShared"]),
])
SWIFT
(cd "$WORK" && swift build -q)
"$WORK/.build/debug/check" "$PWD/Tests/Fixtures/protocol/v1" | tee "$WORK/out.txt"
! grep -qv "same bytes" "$WORK/out.txt"
