#!/usr/bin/env python3
"""A minimal MCP client over stdio, with no dependencies: it starts a server command, performs
the initialize handshake, lists the tools and calls the ones you name, printing every exchange.

    python3 Examples/mcp_client.py -- .build/release/gmail-mcp sandbox
    python3 Examples/mcp_client.py --call gmail_refresh_token '{}' -- gmail-mcp

It speaks newline-delimited JSON-RPC 2.0 as the MCP stdio transport defines it; stderr of the
server passes through to yours, so its logs stay visible and never mix with the protocol.
"""
import argparse
import itertools
import json
import subprocess
import sys

PROTOCOL_VERSION = "2025-06-18"


class StdioClient:
    def __init__(self, command):
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1
        )
        self.ids = itertools.count(1)

    def request(self, method, params=None):
        message = {"jsonrpc": "2.0", "id": next(self.ids), "method": method}
        if params is not None:
            message["params"] = params
        self._send(message)
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the server closed stdout before answering %s" % method)
            answer = json.loads(line)
            if answer.get("id") == message["id"]:
                return answer

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self._send(message)

    def close(self):
        self.process.stdin.close()
        return self.process.wait(timeout=30)

    def _send(self, message):
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()


# What the sandbox demo shows when no --call is given: one call of each kind.
DEFAULT_CALLS = [
    ["gmail_refresh_token", "{}"],
    ["gmail_fetch_mails", json.dumps({"query": "is:unread", "max_results": 3})],
    ["gmail_search_people", json.dumps({"query": "ann"})],
    ["gmail_send", json.dumps({
        "to": ["Ann Smith <ann@example.com>"], "subject": "Grüße from the sandbox ☕",
        "body": "Sent by the example client; it never leaves this machine.",
        "attachments": [{"filename": "hello.txt", "content_base64": "aGVsbG8K"}],
    }, ensure_ascii=False)],
    ["gmail_fetch_mails", json.dumps({"query": "in:sent", "max_results": 1})],
    ["gmail_list_drafts", json.dumps({"max_results": 2})],
]


def show(title, payload):
    print("\n== %s" % title)
    print(json.dumps(payload, indent=2, ensure_ascii=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--call", nargs=2, action="append", metavar=("TOOL", "JSON_ARGUMENTS"), default=[],
                        help="call TOOL with these arguments (repeatable)")
    parser.add_argument("command", nargs="+", help="the server command, after --")
    options = parser.parse_args()

    client = StdioClient(options.command)
    init = client.request("initialize", {
        "protocolVersion": PROTOCOL_VERSION,
        "capabilities": {},
        "clientInfo": {"name": "gmail-mcp-example-client", "version": "1.0"},
    })
    show("initialize", init.get("result", init))
    client.notify("notifications/initialized")

    tools = client.request("tools/list")
    names = [tool["name"] for tool in tools.get("result", {}).get("tools", [])]
    show("tools/list (names)", names)

    calls = options.call or DEFAULT_CALLS
    failed = False
    for name, arguments in calls:
        answer = client.request("tools/call", {"name": name, "arguments": json.loads(arguments)})
        result = answer.get("result", {})
        failed |= "error" in answer or result.get("isError", False)
        show("tools/call %s" % name, result.get("structuredContent") or result or answer)

    status = client.close()
    print("\nserver exited with status %d" % status)
    return 1 if failed or status != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
