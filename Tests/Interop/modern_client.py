#!/usr/bin/env python3
"""Protocol-era interop check for gmail-mcp, through the official MCP Python SDK 2.x client.

The 2.x SDK's high-level `mcp.Client` connects in one of two ways (its `mode=` argument):

- `auto`, the default: it probes `server/discover` and, when the answer is a valid
  DiscoverResult naming a version it speaks, talks the stateless 2026-07-28 revision with no
  `initialize` (every request carries the `_meta` envelope); anything else makes it fall back,
  silently, to the `initialize` handshake. This script therefore checks where it landed;
- `legacy`: the `initialize` handshake, as a 1.x client does (2025-11-25).

In either mode it lists the tools, reads three messages, reads the first of them by id, and
makes a call with a bad argument, which must come back as a tool error (docs/protocol.md,
"Versions and methods"; docs/tools.md). Every message the client writes is recorded, so the
era is checked on the wire too, not only in the SDK's session state.

Over either transport of the SDK: `stdio` (the SDK spawns the server), or `http`, the SDK's
Streamable HTTP client: this script spawns `PATH/TO/gmail-mcp ARG... --http` with `PORT=0`,
reads the URL from its `gmail-mcp: listening on http://...` stderr line, connects there, and at
the end sends SIGTERM and checks the exit status is 0 (docs/protocol.md, "Transport: Streamable
HTTP"). Over HTTP every response's headers are seen through an httpx2 event hook on the client
given to the SDK, and none may carry `Mcp-Session-Id` (the server has no sessions).

Usage:
    modern_client.py auto|legacy stdio|http PATH/TO/gmail-mcp [ARG...]
    e.g.  modern_client.py auto http .build/debug/gmail-mcp sandbox

The server must serve the seeded sandbox mailbox (`gmail-mcp sandbox`). Needs Python 3.11 and
exactly `mcp==2.3.0`. The server's stderr is passed through to this script's stderr. Prints
one line per check, then `N passed, M failed`; exits 1 on any failure.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import threading
import traceback
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any

import anyio
import httpx2
import mcp_types
from mcp_types.methods import validate_server_result
from mcp import Client, StdioServerParameters
from mcp.client.session import ClientSession
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp.shared.message import SessionMessage

from checks import Checks, guarded, short

MODERN = "2026-07-28"
HANDSHAKE = "2025-11-25"
VERSION_KEY = "io.modelcontextprotocol/protocolVersion"
CAPABILITIES_KEY = "io.modelcontextprotocol/clientCapabilities"
CALL_TIMEOUT_SECONDS = 60.0
TOOL_COUNT = 8
FIRST_TOOL = "gmail_fetch_mails"
LISTENING = re.compile(r"gmail-mcp: listening on (http://\S+/mcp)")
LISTEN_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 15.0
EXPECTED_TOOLS = {"gmail_fetch_mails", "gmail_get_message_by_id", "gmail_send", "gmail_refresh_token"}


def dumped(model: Any) -> Any:
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)


# MARK: a wire tap


def dump(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, SessionMessage):
        return None  # a transport exception, which the session reports itself
    return item.message.model_dump(by_alias=True, mode="json", exclude_unset=True)


class RecordingStream:
    """A transport stream passed through, so its owner can record what crosses it; closing and
    the context manager go to the stream inside."""

    def __init__(self, inner: Any, log: list[dict[str, Any]]) -> None:
        self.inner = inner
        self.log = log

    def record(self, item: Any) -> None:
        if (message := dump(item)) is not None:
            self.log.append(message)

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def __aenter__(self) -> RecordingStream:
        await self.inner.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> bool | None:
        return await self.inner.__aexit__(exc_type, exc_val, exc_tb)


class RecordingWriteStream(RecordingStream):
    """The transport's write stream, recording every JSON-RPC message the client sends."""

    async def send(self, item: SessionMessage, /) -> None:
        self.record(item)
        await self.inner.send(item)


class RecordingReadStream(RecordingStream):
    """The transport's read stream, recording every JSON-RPC message the server sends, as sent
    (the SDK's parsed models fill in defaults for what is missing)."""

    async def receive(self) -> Any:
        item = await self.inner.receive()
        self.record(item)
        return item

    def __aiter__(self) -> RecordingReadStream:
        return self

    async def __anext__(self) -> Any:
        try:
            return await self.receive()
        except (anyio.EndOfStream, anyio.ClosedResourceError):
            raise StopAsyncIteration from None


class Wire:
    """What went each way, in order."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.received: list[dict[str, Any]] = []

    def answer_to(self, method: str) -> dict[str, Any] | None:
        """The response the server sent to the first request of `method`, or None."""
        ids = [m["id"] for m in self.sent if m.get("method") == method and "id" in m]
        if not ids:
            return None
        return next((m for m in self.received if m.get("id") == ids[0] and "method" not in m), None)


@asynccontextmanager
async def recorded_stdio(server: StdioServerParameters, wire: Wire) -> AsyncIterator[Any]:
    """The SDK's own stdio transport (server stderr to ours), both ways recorded."""
    async with stdio_client(server, errlog=sys.stderr) as (read, write):
        yield RecordingReadStream(read, wire.received), RecordingWriteStream(write, wire.sent)


@asynccontextmanager
async def recorded_http(url: str, wire: Wire, responses: list[httpx2.Response]) -> AsyncIterator[Any]:
    """The SDK's own Streamable HTTP transport, both ways recorded, on an httpx2 client of ours
    (the SDK's default timeouts) whose response hook keeps every HTTP response it gets."""

    async def seen(response: httpx2.Response) -> None:
        responses.append(response)

    timeout = httpx2.Timeout(30.0, read=300.0)
    async with (
        httpx2.AsyncClient(timeout=timeout, event_hooks={"response": [seen]}) as http_client,
        streamable_http_client(url, http_client=http_client) as (read, write),
    ):
        yield RecordingReadStream(read, wire.received), RecordingWriteStream(write, wire.sent)


class HTTPServer:
    """`gmail-mcp ARG... --http` on a free port; its stderr passed through to ours, watched for
    the URL it listens on."""

    def __init__(self, command: str, args: list[str]) -> None:
        self.process = subprocess.Popen(
            [command, *args, "--http"],
            env={**os.environ, "PORT": "0"},
            stdin=subprocess.DEVNULL,
            stdout=sys.stderr,
            stderr=subprocess.PIPE,
        )
        self.url: str | None = None
        self.ready = threading.Event()
        threading.Thread(target=self.pass_stderr, daemon=True).start()

    def pass_stderr(self) -> None:
        assert self.process.stderr is not None
        for raw in self.process.stderr:
            line = raw.decode("utf-8", "replace")
            sys.stderr.write(line)
            sys.stderr.flush()
            if self.url is None and (found := LISTENING.search(line)):
                self.url = found.group(1)
                self.ready.set()
        self.ready.set()  # it ended: stop waiting

    def wait_listening(self) -> str | None:
        self.ready.wait(LISTEN_TIMEOUT_SECONDS)
        return self.url

    def stop(self) -> int | None:
        """SIGTERM, then its exit status (None when it had to be killed)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None


def check_http_headers(checks: Checks, mode: str, responses: list[httpx2.Response]) -> None:
    """The server has no sessions: no answer may hand out an Mcp-Session-Id."""
    statuses = [
        f"{r.request.method} {r.status_code} {r.headers.get('content-type')} "
        f"(version {r.request.headers.get('mcp-protocol-version')}, method {r.request.headers.get('mcp-method')})"
        for r in responses
    ]
    print(f"# mode={mode} over http: responses {statuses}", flush=True)
    checks.check(f"{mode}: http responses were observed", bool(responses))
    with_session = [
        f"{r.request.method} {r.status_code}: {r.headers['mcp-session-id']}"
        for r in responses
        if "mcp-session-id" in r.headers
    ]
    checks.check(f"{mode}: no response carries Mcp-Session-Id", not with_session, f"{with_session}")
    others = [r.request.method for r in responses if r.request.method != "POST"]
    checks.check(f"{mode}: the client sent only POSTs", not others, f"also {others}")
    # After the first exchange, the era's version rides the MCP-Protocol-Version header too.
    version = MODERN if mode == "auto" else HANDSHAKE
    off = [
        statuses[i] for i, r in enumerate(responses[1:], 1) if r.request.headers.get("mcp-protocol-version") != version
    ]
    checks.check(f"{mode}: later POSTs carry MCP-Protocol-Version {version}", not off, f"not: {off}")


def requests_of(sent: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in sent if "method" in m and "id" in m]


def meta_version(message: dict[str, Any]) -> Any:
    return ((message.get("params") or {}).get("_meta") or {}).get(VERSION_KEY)


# MARK: checks


def check_era(checks: Checks, mode: str, client: Client, wire: Wire) -> None:
    """Where the connect landed, from the session's state and from what went on the wire."""
    session = client.session
    methods = [m.get("method") for m in wire.sent if "method" in m]
    info = session.server_info
    print(
        f"# mode={mode}: protocol {session.protocol_version}, server {info.name if info else None}, "
        f"sent {methods}",
        flush=True,
    )
    checks.check(
        f"{mode}: server identifies itself as gmail-mcp",
        info is not None and info.name == "gmail-mcp",
        f"server_info {info!r}",
    )
    if mode == "auto":
        checks.check(
            f"{mode}: session adopted a DiscoverResult (discover_result set)",
            session.discover_result is not None,
            "discover_result is None: the probe's answer was refused and the client fell back",
        )
        initialized = session.initialize_result
        checks.check(
            f"{mode}: no initialize result",
            initialized is None,
            "" if initialized is None else f"initialize_result {short(dumped(initialized))}",
        )
        checks.check(
            f"{mode}: protocol version is {MODERN}", session.protocol_version == MODERN, f"{session.protocol_version}"
        )
        if session.discover_result is not None:
            checks.check(
                f"{mode}: discover lists {MODERN}",
                MODERN in session.discover_result.supported_versions,
                f"supportedVersions {session.discover_result.supported_versions}",
            )
        checks.check(f"{mode}: first message on the wire is server/discover", methods[:1] == ["server/discover"])
        checks.check(f"{mode}: initialize never sent", "initialize" not in methods, f"sent {methods}")
        check_discover_schema(checks, mode, wire.answer_to("server/discover"))
    else:
        checks.check(
            f"{mode}: session went through initialize (initialize_result set)",
            session.initialize_result is not None,
        )
        checks.check(f"{mode}: no discover result", session.discover_result is None)
        checks.check(
            f"{mode}: protocol version is {HANDSHAKE}",
            session.protocol_version == HANDSHAKE,
            f"{session.protocol_version}",
        )
        checks.check(f"{mode}: first message on the wire is initialize", methods[:1] == ["initialize"])
        checks.check(f"{mode}: server/discover never sent", "server/discover" not in methods, f"sent {methods}")


def check_discover_schema(checks: Checks, mode: str, answer: dict[str, Any] | None) -> None:
    """The SDK's probe parses the answer with its version-free DiscoverResult, which defaults
    `ttlMs` and `cacheScope`; the 2026-07-28 schema requires them. So the answer as sent is
    checked against that revision's own result schema too (what the SDK applies to every
    other result of a 2026-07-28 session)."""
    name = f"{mode}: server/discover result as sent matches the {MODERN} schema"
    raw = (answer or {}).get("result")
    if not isinstance(raw, dict):
        checks.check(name, False, f"no result; the answer was {short(answer)}")
        return
    try:
        validate_server_result("server/discover", MODERN, raw)
    except Exception as error:  # noqa: BLE001 - the validation error is the finding
        checks.check(name, False, f"{error}; result {short(raw)}")
        return
    checks.check(name, True)


def check_envelopes(checks: Checks, mode: str, sent: list[dict[str, Any]]) -> None:
    """After connecting: modern requests carry the envelope, handshake-era ones do not."""
    requests = requests_of(sent)
    if mode == "auto":
        bare = [
            r["method"]
            for r in requests
            if meta_version(r) != MODERN or not isinstance(r["params"]["_meta"].get(CAPABILITIES_KEY), dict)
        ]
        checks.check(f"{mode}: every request carries the {MODERN} _meta envelope", not bare, f"without it: {bare}")
    else:
        enveloped = [r["method"] for r in requests if meta_version(r) is not None]
        checks.check(f"{mode}: no request carries a modern _meta version", not enveloped, f"with it: {enveloped}")


def text_of(result: Any) -> str:
    return " ".join(getattr(item, "text", "") for item in result.content)


async def call(checks: Checks, label: str, client: Client, name: str, arguments: dict[str, Any]) -> Any | None:
    """A tools/call that must answer with a result (a tool error is still a result)."""
    try:
        return await client.call_tool(name, arguments, read_timeout_seconds=CALL_TIMEOUT_SECONDS)
    except MCPError as error:
        checks.check(f"{label}: answered with a result", False, f"JSON-RPC error {error.code}: {error.error.message}")
    except Exception as error:  # noqa: BLE001 - the SDK's refusal (output schema, validation) is the finding
        checks.check(f"{label}: answered with a result", False, f"{type(error).__name__}: {error}")
    return None


async def exercise_tools(checks: Checks, mode: str, client: Client) -> None:
    listed = await client.list_tools()
    names = [tool.name for tool in listed.tools]
    checks.check(f"{mode}: tools/list lists {TOOL_COUNT} tools", len(names) == TOOL_COUNT, f"got {names}")
    checks.check(f"{mode}: the first tool is {FIRST_TOOL}", names[:1] == [FIRST_TOOL], f"got {names[:1]}")
    missing = sorted(EXPECTED_TOOLS - set(names))
    checks.check(f"{mode}: tools/list includes {sorted(EXPECTED_TOOLS)}", not missing, f"missing {missing}")

    label = f"{mode}: gmail_fetch_mails max_results=3"
    fetched = await call(checks, label, client, "gmail_fetch_mails", {"max_results": 3})
    first_id = None
    if fetched is not None:
        checks.check(f"{label}: isError false", fetched.is_error is False, text_of(fetched))
        messages = (fetched.structured_content or {}).get("messages")
        count = len(messages) if isinstance(messages, list) else None
        checks.check(f"{label}: 3 messages in structuredContent", count == 3, f"messages {short(messages)}")
        if count:
            first_id = messages[0].get("id")

    if first_id is not None:
        label = f"{mode}: gmail_get_message_by_id first id"
        got = await call(checks, label, client, "gmail_get_message_by_id", {"message_id": first_id})
        if got is not None:
            checks.check(f"{label}: isError false", got.is_error is False, text_of(got))
            same = (got.structured_content or {}).get("id")
            checks.check(f"{label}: same id", same == first_id, f"asked {first_id}, got {same}")
    else:
        checks.check(f"{mode}: gmail_get_message_by_id first id", False, "no id to ask for")

    label = f"{mode}: gmail_fetch_mails max_results=0"
    bad = await call(checks, label, client, "gmail_fetch_mails", {"max_results": 0})
    if bad is not None:
        text = text_of(bad)
        checks.check(f"{label}: a tool error (isError true)", bad.is_error is True, f"isError {bad.is_error}")
        checks.check(f"{label}: text starts with invalid_argument", text.startswith("invalid_argument"), short(text))


async def diagnose_probe(connect: Any) -> None:
    """Why `auto` fell back: one raw server/discover in a fresh process, its answer checked the
    way the SDK checks it, with the SDK's verdict printed rather than swallowed."""
    async with connect() as (read, write):
        async with ClientSession(read, write) as session:
            try:
                raw = await session.send_discover(MODERN)
            except MCPError as error:
                print(f"# diagnosis: server/discover answered JSON-RPC error {error.code}: {error.error.message}")
                return
            print(f"# diagnosis: server/discover answered {short(raw, 2000)}")
            try:
                mcp_types.DiscoverResult.model_validate(raw)
            except Exception as error:  # noqa: BLE001 - the verdict is the diagnosis
                print(f"# diagnosis: the SDK refuses it as a DiscoverResult: {error}")
                return
            print("# diagnosis: the SDK accepts it as a DiscoverResult")


async def run(mode: str, transport: str, command: str, args: list[str], checks: Checks) -> None:
    if transport == "stdio":
        server = StdioServerParameters(command=command, args=args)
        await run_checks(
            checks, mode, lambda wire: recorded_stdio(server, wire), lambda: stdio_client(server, errlog=sys.stderr)
        )
        return
    http = HTTPServer(command, args)
    try:
        url = await anyio.to_thread.run_sync(http.wait_listening)
        if not checks.check(f"{mode}: server listening over http", url is not None, "no 'listening on' line on stderr"):
            return
        print(f"# {url}", flush=True)
        responses: list[httpx2.Response] = []
        await run_checks(
            checks, mode, lambda wire: recorded_http(url, wire, responses), lambda: streamable_http_client(url)
        )
        check_http_headers(checks, mode, responses)
    finally:
        status = await anyio.to_thread.run_sync(http.stop)
        checks.check(f"{mode}: server exits 0 on SIGTERM", status == 0, f"exit status {status}")


async def run_checks(checks: Checks, mode: str, transport: Any, connect: Any) -> None:
    wire = Wire()
    async with Client(transport(wire), mode=mode, read_timeout_seconds=CALL_TIMEOUT_SECONDS) as client:
        check_era(checks, mode, client, wire)
        await guarded(checks, f"{mode}: tools", exercise_tools(checks, mode, client))
        check_envelopes(checks, mode, wire.sent)
        fell_back = mode == "auto" and client.session.discover_result is None
    if fell_back:
        await guarded(checks, f"{mode}: diagnosis", diagnose_probe(connect))


def main() -> int:
    if len(sys.argv) < 4 or sys.argv[1] not in ("auto", "legacy") or sys.argv[2] not in ("stdio", "http"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, transport = sys.argv[1], sys.argv[2]
    checks = Checks()
    try:
        asyncio.run(run(mode, transport, sys.argv[3], sys.argv[4:], checks))
    except BaseException as error:  # noqa: BLE001 - the session itself broke
        traceback.print_exc()
        checks.check(f"{mode}: session runs to the end", False, f"{type(error).__name__}: {error}")
    return checks.verdict()


if __name__ == "__main__":
    sys.exit(main())
