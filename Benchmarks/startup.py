#!/usr/bin/env python3
"""Cold start and idle memory of the gmail-mcp binary.

    python3 Benchmarks/startup.py [--runs 20] [--binary .build/release/gmail-mcp]

For each run: spawn the binary (stdio mode, no credentials, so nothing touches the network),
send `initialize`, and time from spawn to the answer's arrival. Then, in one more process, wait
one second after the handshake and read VmRSS from /proc. Prints the figures; asserts nothing.
"""
import argparse
import json
import statistics
import subprocess
import time

INITIALIZE = json.dumps({
    "jsonrpc": "2.0", "id": 1, "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {},
               "clientInfo": {"name": "bench", "version": "1"}},
}) + "\n"


def spawn(binary):
    return subprocess.Popen([binary], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env={"GMAIL_MCP_LOG_LEVEL": "error"})


def cold_start(binary):
    started = time.perf_counter()
    process = spawn(binary)
    process.stdin.write(INITIALIZE.encode())
    process.stdin.flush()
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    assert json.loads(line)["id"] == 1, line
    process.stdin.close()
    process.wait(timeout=10)
    return elapsed


def idle_rss_kib(binary):
    process = spawn(binary)
    process.stdin.write(INITIALIZE.encode())
    process.stdin.flush()
    process.stdout.readline()
    time.sleep(1.0)
    with open("/proc/%d/status" % process.pid) as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    process.stdin.close()
    process.wait(timeout=10)
    return rss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--binary", default=".build/release/gmail-mcp")
    options = parser.parse_args()

    cold_start(options.binary)  # warm the page cache once; the figures are for a cached binary
    times = sorted(cold_start(options.binary) * 1000 for _ in range(options.runs))
    print("binary: %s" % options.binary)
    print("cold start to initialize answer over %d runs: median %.1f ms, min %.1f ms, max %.1f ms"
          % (options.runs, statistics.median(times), times[0], times[-1]))
    print("idle RSS one second after initialize: %.1f MiB" % (idle_rss_kib(options.binary) / 1024))


if __name__ == "__main__":
    main()
