#!/usr/bin/env bash
# Installs the system packages gmail-mcp builds against: libcurl's headers (through pkg-config).
# Idempotent: does nothing when they are already there.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcurl; then
    exit 0
fi

packages=(libcurl4-openssl-dev pkg-config)
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: libcurl development files are missing; install them with your package manager" \
        "(Debian/Ubuntu: ${packages[*]}; macOS: brew install curl pkg-config)" >&2
    exit 1
fi
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        run_as_root=(sudo)
    else
        echo "install-deps: need root to run: apt-get install -y ${packages[*]}" >&2
        exit 1
    fi
fi
echo "install-deps: installing ${packages[*]}" >&2
"${run_as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
