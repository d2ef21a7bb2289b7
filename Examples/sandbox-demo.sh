#!/usr/bin/env bash
# The quick start's first command: builds gmail-mcp, starts it against the built-in sandbox
# (a fake Google on loopback with a seeded account) and drives it with the example client, so
# you see real tool calls without a Google account.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-deps.sh
swift build -c release --product gmail-mcp
python3 Examples/mcp_client.py "$@" -- .build/release/gmail-mcp sandbox
