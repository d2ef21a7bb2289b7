#!/usr/bin/env bash
# Installs the system packages gmail-mcp needs: libcurl's headers (found through pkg-config) to
# build; nghttpd plus openssl, which the HTTPS/HTTP2 tests run; python3 with venv (ensurepip),
# in which the Python SDK interop test installs the MCP SDK; nginx, which the scale-out test runs
# (on loopback, with its own configuration). Idempotent: installs only what is missing.
set -euo pipefail

packages=()
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcurl; then
    packages+=(libcurl4-openssl-dev pkg-config)
fi
command -v nghttpd >/dev/null 2>&1 || packages+=(nghttp2-server)
command -v openssl >/dev/null 2>&1 || packages+=(openssl)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx)
if ! command -v python3 >/dev/null 2>&1; then
    packages+=(python3 python3-venv)
elif ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    packages+=(python3-venv)
fi
[ ${#packages[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: missing ${packages[*]}; install them with your package manager" \
        "(macOS: brew install curl pkg-config nghttp2 openssl python nginx)" >&2
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
