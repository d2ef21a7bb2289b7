#!/usr/bin/env python3
"""Strict-mode client interop check for gmail-mcp, through the official MCP Python SDK.

Strict-mode clients (OpenAI strict JSON schemas, Pydantic AI strict=True) send every
property a tool's inputSchema declares, filling the ones they do not want with "" (strings),
[] (arrays) or null (anything else). docs/tools.md, "Empty means absent": such an
optional argument is treated exactly as if it were left out. This script proves it against the
real binary: for each tool it makes a minimal call and the same call in strict form (and, to
name the culprit when they differ, the minimal call plus one empty property at a time) and
compares what comes back.

Usage:
    strict_client.py PATH/TO/gmail-mcp [ARG...]      e.g.  strict_client.py .build/debug/gmail-mcp sandbox

The server must serve a seeded mailbox (`gmail-mcp sandbox`): the script sends mail into it
and reads it back. Needs Python 3.11 and exactly `mcp==1.30.0`, the SDK of the
`initialize` handshake era (modern_client.py drives the 2.x SDK). Prints one line per check,
then `N passed, N failed`; exits 1 on any failure.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys
import traceback
from datetime import timedelta
from email import message_from_bytes, policy
from typing import Any

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import McpError

from checks import Checks, guarded, short

CALL_TIMEOUT = timedelta(seconds=60)
# Headers that legitimately differ between two messages sent with the same arguments.
PER_MESSAGE_HEADERS = {"date", "message-id"}
RECIPIENT = "ann@example.com"
# The tools the brief's cases need; each must be served.
REQUIRED_TOOLS = {
    "gmail_send",
    "gmail_fetch_mails",
    "gmail_get_message_by_id",
    "gmail_get_attachment_by_id",
    "gmail_list_drafts",
    "gmail_search_people",
    "gmail_list_contacts",
    "gmail_refresh_token",
}


class StrictChecks(Checks):
    def equal(self, name: str, strict: Any, minimal: Any) -> bool:
        if strict == minimal:
            return self.check(name, True)
        return self.check(name, False, f"strict {short(strict)} != minimal {short(minimal)}")


class CallFailed(Exception):
    """A call that did not succeed: a tool error, a JSON-RPC error, or the SDK's own refusal."""


# MARK: strict arguments


def empty_value(schema: dict[str, Any]) -> Any:
    """What a strict client sends for a property it does not want."""
    declared = schema.get("type")
    types = declared if isinstance(declared, list) else [declared]
    types = [t for t in types if t != "null"]
    if types[:1] == ["string"]:
        return ""
    if types[:1] == ["array"]:
        return []
    return None  # booleans, integers, objects: strict clients make these nullable


def properties(tool: Any) -> dict[str, Any]:
    return (tool.inputSchema or {}).get("properties", {})


def strict_arguments(tool: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Every declared property: `values` where given, an empty value otherwise."""
    props = properties(tool)
    unknown = set(values) - set(props)
    if unknown:
        raise ValueError(f"{tool.name} declares no {sorted(unknown)}")
    return {name: values[name] if name in values else empty_value(schema) for name, schema in props.items()}


def one_empty_variants(tool: Any, values: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The minimal call plus one empty property, for each property the call leaves out."""
    variants = []
    for name, schema in properties(tool).items():
        if name not in values:
            arguments = dict(values)
            arguments[name] = empty_value(schema)
            variants.append((f"{name}={json.dumps(arguments[name])}", arguments))
    return variants


# MARK: calling


class Client:
    def __init__(self, session: ClientSession, checks: Checks) -> None:
        self.session = session
        self.checks = checks
        self.tools: dict[str, Any] = {}

    async def raw_call(self, name: str, arguments: dict[str, Any]) -> Any:
        """The CallToolResult; raises CallFailed. The SDK validates structuredContent against the
        tool's outputSchema inside call_tool and raises RuntimeError when it does not match."""
        try:
            result = await self.session.call_tool(name, arguments, read_timeout_seconds=CALL_TIMEOUT)
        except McpError as error:
            raise CallFailed(f"JSON-RPC error {error.error.code}: {error.error.message}") from error
        except RuntimeError as error:
            raise CallFailed(f"SDK refused the result: {error}") from error
        if result.isError:
            text = " ".join(getattr(item, "text", "") for item in result.content)
            raise CallFailed(f"tool error: {text}")
        if result.structuredContent is None:
            raise CallFailed("no structuredContent")
        return result

    async def call(self, label: str, name: str, arguments: dict[str, Any]) -> Any | None:
        """One check: the call succeeded and passed the SDK's outputSchema validation."""
        try:
            result = await self.raw_call(name, arguments)
        except CallFailed as error:
            self.checks.check(f"{label}: call succeeds, SDK validates output", False, str(error))
            return None
        self.checks.check(f"{label}: call succeeds, SDK validates output", True)
        return result


def without_varying(value: Any) -> Any:
    """Drops what legitimately differs between two fetches of the same data: attachment ids."""
    if isinstance(value, dict):
        return {k: without_varying(v) for k, v in value.items() if k != "attachment_id"}
    if isinstance(value, list):
        return [without_varying(v) for v in value]
    return value


def content_items(result: Any) -> list[dict[str, Any]]:
    """The content items after the first (the text twin of structuredContent)."""
    return [item.model_dump(mode="json", exclude_none=True) for item in result.content[1:]]


# MARK: reading tools


async def compare_reading_tool(
    client: Client,
    name: str,
    values: dict[str, Any],
    compare_content: bool = False,
    strict_values: dict[str, Any] | None = None,
) -> None:
    """Minimal vs strict vs minimal-plus-one-empty: structuredContent must be the same.
    `strict_values` adds a strict call with these values set too (values, not emptiness)."""
    checks = client.checks
    tool = client.tools[name]
    minimal = await client.call(f"{name} minimal", name, values)
    calls = [("strict", strict_arguments(tool, values))] + one_empty_variants(tool, values)
    if strict_values:
        label = "strict with " + ", ".join(f"{k}={json.dumps(v)}" for k, v in strict_values.items())
        calls.append((label, strict_arguments(tool, {**values, **strict_values})))
    for label, arguments in calls:
        result = await client.call(f"{name} {label}", name, arguments)
        if result is None or minimal is None:
            continue  # already counted as a failed call
        checks.equal(
            f"{name} {label}: same structuredContent as minimal",
            without_varying(result.structuredContent),
            without_varying(minimal.structuredContent),
        )
        if compare_content:
            checks.equal(
                f"{name} {label}: same content items as minimal",
                content_items(result),
                content_items(minimal),
            )


async def find_seeded_messages(client: Client) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """A seeded message with an attachment, and one fit to reply to (a subject without Re:)."""
    try:
        listed = await client.raw_call("gmail_fetch_mails", {"max_results": 200, "format": "metadata"})
    except CallFailed as error:
        client.checks.check("find seeded messages", False, str(error))
        return None, None
    messages = listed.structuredContent.get("messages", [])
    with_attachment = None
    for summary in messages:
        if not summary.get("has_attachments"):
            continue
        full = await client.raw_call("gmail_get_message_by_id", {"message_id": summary["id"]})
        if full.structuredContent.get("attachments"):
            with_attachment = full.structuredContent
            break

    def fit_to_answer(summary: dict[str, Any]) -> bool:
        subject = summary.get("subject", "")
        return bool(subject) and not subject.lower().startswith("re:") and "INBOX" in summary["label_ids"]

    parent = next((m for m in messages if fit_to_answer(m)), None)
    client.checks.check("find a seeded message with an attachment", with_attachment is not None)
    client.checks.check("find a seeded message to reply to", parent is not None)
    return with_attachment, parent


async def reading_tools(client: Client, with_attachment: dict[str, Any] | None) -> None:
    """Each reading tool served, minimal vs strict, one guarded step per tool."""
    cases: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    if with_attachment is not None:
        message_id = with_attachment["id"]
        attachment_id = with_attachment["attachments"][0]["attachment_id"]
        cases.append(("gmail_get_message_by_id", {"message_id": message_id}, {}))
        cases.append(("gmail_get_thread", {"thread_id": with_attachment["thread_id"]}, {}))
        # `save` is a boolean: a strict client sends null for it. false is a value, and is
        # accepted without GMAIL_MCP_DOWNLOAD_DIR. The content items carry the bytes.
        cases.append(
            (
                "gmail_get_attachment_by_id",
                {"message_id": message_id, "attachment_id": attachment_id},
                {"compare_content": True, "strict_values": {"save": False}},
            )
        )
    cases += [
        ("gmail_fetch_mails", {}, {}),
        ("gmail_list_drafts", {}, {}),
        ("gmail_list_labels", {}, {}),
        ("gmail_list_contacts", {}, {}),
        ("gmail_search_people", {"query": "ann"}, {}),
    ]
    for name, values, options in cases:
        if name in client.tools:
            await guarded(client.checks, name, compare_reading_tool(client, name, values, **options))


async def refresh_token(client: Client) -> None:
    """All four credential arguments "" must mean environment mode: no access_token."""
    name = "gmail_refresh_token"
    if name not in client.tools:
        return
    tool = client.tools[name]
    checks = client.checks
    minimal = await client.call(f"{name} minimal", name, {})
    if minimal is not None:
        headless = "access_token" in minimal.structuredContent
        checks.check(f"{name} minimal: environment mode (no access_token)", not headless)
    for label, arguments in [("strict", strict_arguments(tool, {}))] + one_empty_variants(tool, {}):
        result = await client.call(f"{name} {label}", name, arguments)
        if result is None:
            continue  # already counted as a failed call
        content = result.structuredContent
        checks.check(
            f"{name} {label}: environment mode (no access_token)",
            "access_token" not in content,
            f"got headless-mode keys {sorted(content)}",
        )
        if minimal is not None:
            checks.equal(
                f"{name} {label}: same result as minimal (but the clock)",
                without_clock(content),
                without_clock(minimal.structuredContent),
            )


def without_clock(token_result: dict[str, Any]) -> dict[str, Any]:
    """expires_at and expires_in follow the clock; the rest of two grants must agree."""
    return {k: v for k, v in token_result.items() if k not in ("expires_at", "expires_in")}


# MARK: sending


async def send_and_read(client: Client, label: str, arguments: dict[str, Any]) -> dict[str, Any] | None:
    """Sends, then reads the message back in formats full and raw."""
    sent = await client.call(f"gmail_send {label}", "gmail_send", arguments)
    if sent is None:
        return None
    message_id = sent.structuredContent["id"]
    try:
        full = await client.raw_call("gmail_get_message_by_id", {"message_id": message_id, "format": "full"})
        raw = await client.raw_call("gmail_get_message_by_id", {"message_id": message_id, "format": "raw"})
    except CallFailed as error:
        client.checks.check(f"gmail_send {label}: read back", False, str(error))
        return None
    source = base64.b64decode(raw.structuredContent["raw_base64"])
    return {
        "sent": sent.structuredContent,
        "full": full.structuredContent,
        "mime": message_from_bytes(source, policy=policy.default),
    }


def mime_shape(message: Any) -> dict[str, Any]:
    """What must agree between two sends with the same arguments, per-message headers aside."""
    parts = [
        {
            "type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding"),
            "disposition": part.get_content_disposition(),
        }
        for part in message.walk()
    ]
    headers = sorted(name.lower() for name in message.keys() if name.lower() not in PER_MESSAGE_HEADERS)
    plain = message.get_body(preferencelist=("plain",))
    return {
        "content_type": message.get_content_type(),
        "header_names": headers,
        "parts": parts,
        "from": str(message.get("From")),
        "to": str(message.get("To")),
        "subject": str(message.get("Subject")),
        "plain_body": plain.get_content() if plain is not None else None,
    }


def compare_sent(
    checks: Checks, label: str, strict: dict[str, Any] | None, minimal: dict[str, Any] | None
) -> None:
    prefix = f"gmail_send {label}"
    if strict is None or minimal is None:
        return  # already counted as a failed call
    s, m = strict["full"], minimal["full"]
    for field in ("subject", "from", "to", "cc", "body_text", "body_html", "has_attachments"):
        checks.equal(f"{prefix}: same {field}", s.get(field), m.get(field))
    types = [part.get_content_type() for part in strict["mime"].walk()]
    checks.check(f"{prefix}: no HTML part (raw)", "text/html" not in types, f"parts {types}")
    checks.check(f"{prefix}: no attachments", s.get("attachments") == [], short(s.get("attachments")))
    checks.equal(
        f"{prefix}: same MIME structure (raw, email.policy.default)",
        mime_shape(strict["mime"]),
        mime_shape(minimal["mime"]),
    )


async def sending(client: Client) -> None:
    if "gmail_send" not in client.tools:
        return
    tool = client.tools["gmail_send"]
    checks = client.checks
    values = {"to": [RECIPIENT], "subject": "Strict interop", "body": "Hello from a strict client.\n"}
    minimal = await send_and_read(client, "minimal", values)
    if minimal is not None:
        # docs/tools.md, Message results: body_text and body_html are always present, "" without such a part.
        html = minimal["full"].get("body_html", "<absent>")
        checks.check('gmail_send minimal: read back, body_html is ""', html == "", f"body_html {short(html)}")
    strict = await send_and_read(client, "strict", strict_arguments(tool, values))
    compare_sent(checks, "strict", strict, minimal)
    for label, arguments in one_empty_variants(tool, values):
        compare_sent(checks, label, await send_and_read(client, label, arguments), minimal)


async def replying(client: Client, parent: dict[str, Any] | None) -> None:
    """subject "" on a reply must derive `Re: <parent subject>` as a reply without subject does."""
    if "gmail_send" not in client.tools or parent is None:
        return
    tool = client.tools["gmail_send"]
    checks = client.checks
    expected = f"Re: {parent['subject']}"
    reply_values = {"to": [RECIPIENT], "reply_to_message_id": parent["id"], "body": "A strict reply.\n"}
    replies = [("reply minimal", reply_values)]
    replies.append(("reply strict (subject \"\")", strict_arguments(tool, {**reply_values, "subject": ""})))
    replies.append(("reply minimal+subject=\"\"", {**reply_values, "subject": ""}))
    for label, arguments in replies:
        read = await send_and_read(client, label, arguments)
        if read is None:
            continue  # already counted as a failed call
        subject = read["full"].get("subject")
        name = f"gmail_send {label}: subject is {expected!r}"
        checks.check(name, subject == expected, f"got {short(subject)}")
        thread = read["sent"].get("thread_id")
        checks.check(
            f"gmail_send {label}: joins the parent's thread",
            thread == parent["thread_id"],
            f"filed into {thread}, parent's is {parent['thread_id']}",
        )


# MARK: main


async def run(command: str, args: list[str], checks: Checks) -> None:
    server = StdioServerParameters(command=command, args=args)
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            info = init.serverInfo
            print(f"# connected to {info.name} {info.version}, protocol {init.protocolVersion}", flush=True)
            client = Client(session, checks)
            listed = await session.list_tools()
            client.tools = {tool.name: tool for tool in listed.tools}
            untitled = [tool.name for tool in listed.tools if not (tool.outputSchema or {}).get("title")]
            checks.check("tools/list: every outputSchema has a title", not untitled, f"none in {untitled}")
            covered = REQUIRED_TOOLS | {"gmail_get_thread", "gmail_list_labels"}
            for name in sorted(set(client.tools) - covered):
                print(f"# note: no strict case for {name}")
            for required in sorted(REQUIRED_TOOLS):
                checks.check(f"tools/list lists {required}", required in client.tools)

            # Reading first: sending changes the mailbox, and each reading comparison needs
            # the same mailbox for its minimal and its strict call.
            found = await guarded(checks, "find seeded messages", find_seeded_messages(client))
            with_attachment, parent = found or (None, None)
            await reading_tools(client, with_attachment)
            await guarded(checks, "gmail_refresh_token", refresh_token(client))
            await guarded(checks, "gmail_send", sending(client))
            await guarded(checks, "gmail_send reply", replying(client, parent))


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    checks = StrictChecks()
    try:
        asyncio.run(run(sys.argv[1], sys.argv[2:], checks))
    except BaseException as error:  # noqa: BLE001 - the session itself broke
        traceback.print_exc()
        checks.check("session runs to the end", False, f"{type(error).__name__}: {error}")
    return checks.verdict()


if __name__ == "__main__":
    sys.exit(main())
