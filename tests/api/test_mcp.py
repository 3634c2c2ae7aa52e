"""The MCP tools through the SDK's own client, against real processes: ``ratsinfo serve`` (streamable
HTTP at /mcp) and ``ratsinfo mcp`` (stdio). Rights as on the HTTP API: anonymous callers see no
non-public text, a member token sees it, an unknown token is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from tests.api.test_leaks import FIRST, LATER, SECRET
from tests.conftest import API_KEYS, free_port

pytestmark = pytest.mark.slow

RATSINFO = str(Path(sys.executable).parent / "ratsinfo")
TOOLS = {"ask", "search", "decisions", "person_positions", "open_items"}
OTHER_COUNCIL = "member-of-anderswo-77"
"""A member token scoped to another council: it sees what anonymous callers see."""
MARKERS = ("Zwetschgenbau", "Quarzfeld", "Holunderhof", "Schlehdorn")


@pytest.fixture(scope="module")
def store_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("mcp-docs")
    for name, text in (("first.txt", FIRST), ("later.txt", LATER), ("secret.txt", SECRET)):
        (folder / name).write_text(text, encoding="utf-8")
    env = {
        **os.environ,
        "RATSINFO_DATA_DIR": str(tmp_path_factory.mktemp("mcp-store")),
        "RATSINFO_CHROMA_URL": "",
        "RATSINFO_API_KEYS": ",".join(f"{role}:{token}" for role, token in API_KEYS.items())
        + f",member@Stadt Anderswo:{OTHER_COUNCIL}",
        "RATSINFO_WORKERS": "1",
    }
    done = subprocess.run([RATSINFO, "ingest", str(folder)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return env


@pytest.fixture(scope="module")
def server_url(store_env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [RATSINFO, "serve", "--port", str(port)], env=store_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, "ratsinfo serve exited early"
            time.sleep(0.5)
        else:
            pytest.fail("ratsinfo serve did not come up")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _payload(result: Any) -> dict[str, Any]:
    assert not result.is_error, result
    if result.structured_content is not None:
        return dict(result.structured_content)
    return dict(json.loads(result.content[0].text))


async def _calls(client: Client) -> dict[str, dict[str, Any]]:
    tools = {tool.name for tool in (await client.list_tools()).tools}
    assert tools >= TOOLS
    return {
        "ask": _payload(await client.call_tool("ask", {"question": "Welche Firma saniert die Sporthalle Birkenweg?"})),
        "ask_secret": _payload(await client.call_tool("ask", {"question": "Was wurde zum Holunderhof beschlossen?"})),
        "search": _payload(await client.call_tool("search", {"query": "Zwetschgenbau Vergabe Sporthalle"})),
        "decisions": _payload(await client.call_tool("decisions", {})),
        "positions": _payload(await client.call_tool("person_positions", {"name": "Schlehdorn"})),
        "open_items": _payload(await client.call_tool("open_items", {})),
        "follow_up": _payload(
            await client.call_tool(
                "ask",
                {
                    "question": "Und wie wurde abgestimmt?",
                    "history": [
                        {"question": "Was wurde zur Sporthalle Birkenweg beschlossen?", "doc_ids": ["leak-2025-01-14-stadtrat"]}
                    ],
                },
            )
        ),
    }


def _leaks(payload: Any) -> list[str]:
    """Marker words in the tools' results; an abstention's answer text only echoes the question."""
    if isinstance(payload, dict):
        payload = {
            name: {k: v for k, v in result.items() if not (k == "answer" and result.get("abstained") is True)}
            for name, result in payload.items()
        }
    text = json.dumps(payload, ensure_ascii=False)
    return [m for m in MARKERS if m in text]


def _http(url: str, token: str = "") -> Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return Client(streamable_http_client(url + "/mcp", http_client=httpx2.AsyncClient(headers=headers, timeout=120)))


def _check_rights(anonymous: dict[str, dict[str, Any]], member: dict[str, dict[str, Any]]) -> None:
    assert _leaks(anonymous) == []
    assert anonymous["open_items"]["results"] and anonymous["open_items"]["results"][0]["status"] == "open"
    assert "Zwetschgenbau" in json.dumps(member["search"], ensure_ascii=False)
    assert member["open_items"]["results"][0]["status"] == "settled"
    assert member["positions"]["results"] and not anonymous["positions"]["results"]
    cited = anonymous["ask"]["citations"]
    assert all(c["quote"] and c["char_end"] > c["char_start"] for c in cited)
    follow = anonymous["follow_up"]
    assert not follow["abstained"] and follow["citations"][0]["doc_id"] == "leak-2025-01-14-stadtrat"


def test_streamable_http_with_the_api_rights(server_url: str) -> None:
    async def both() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        async with _http(server_url) as anonymous_client:
            anonymous = await _calls(anonymous_client)
        async with _http(server_url, API_KEYS["member"]) as member_client:
            member = await _calls(member_client)
        async with _http(server_url, OTHER_COUNCIL) as other_client:
            assert _leaks(await _calls(other_client)) == []
        return anonymous, member

    anonymous, member = anyio.run(both)
    _check_rights(anonymous, member)
    refused = httpx.post(
        server_url + "/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        headers={"Authorization": "Bearer not-a-known-token"},
    )
    assert refused.status_code == 401


def test_stdio_with_a_token_from_the_environment(store_env: dict[str, str]) -> None:
    def stdio(token: str) -> Client:
        env = {k: v for k, v in store_env.items() if k != "RATSINFO_MCP_TOKEN"}
        if token:
            env["RATSINFO_MCP_TOKEN"] = token
        return Client(StdioServerParameters(command=RATSINFO, args=["mcp"], env=env))

    async def both() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        async with stdio("") as anonymous_client:
            anonymous = await _calls(anonymous_client)
        async with stdio(API_KEYS["member"]) as member_client:
            member = await _calls(member_client)
        return anonymous, member

    anonymous, member = anyio.run(both)
    _check_rights(anonymous, member)
    bad = subprocess.run(
        [RATSINFO, "mcp"], env={**store_env, "RATSINFO_MCP_TOKEN": "wrong-token-123"},
        capture_output=True, text=True, timeout=120, input="",
    )
    assert bad.returncode == 2 and "invalid API token" in bad.stderr
