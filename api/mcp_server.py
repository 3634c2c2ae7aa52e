"""The assistant as Model Context Protocol tools, for AI assistants (official ``mcp`` SDK).

Tools: ``ask`` (an answer with verbatim citations, follow-ups included), ``search`` (ranked
passages), ``decisions``, ``person_positions`` and ``open_items``. Two transports:

* streamable HTTP at ``/mcp`` on the API server: the caller's rights come from the request's
  ``Authorization: Bearer TOKEN`` exactly as on ``/v1`` (no token: public content only; an
  unknown token: 401 before any tool runs);
* stdio (``ratsinfo mcp``): one process per client; its rights come from ``--token`` or
  ``RATSINFO_MCP_TOKEN``, checked against ``RATSINFO_API_KEYS`` the same way.

Every tool returns the same shapes as the HTTP API (citations and records with ``doc_id``,
offsets and the verbatim ``quote``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

import typer
from fastapi import HTTPException
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

from api.cli_common import StoreOption, errors, load_settings, open_assistant
from api.deps import Caller, caller_for
from api.records_schemas import DecisionOut, OpenItemOut, PositionOut, record_out
from api.schemas import CitationOut
from assistant.conversation import PriorCitation, Turn
from assistant.models import Audience, RecordFilters, SearchFilters
from assistant.service import Assistant
from assistant.settings import Settings

MAX_K = 50
INSTRUCTIONS = (
    "Fragen zu Sitzungsunterlagen deutscher Kommunalgremien (Niederschriften, Vorlagen, Beschlüsse). "
    "Jede Antwort zitiert wörtlich aus den Dokumenten; gib die Zitate mit Gremium, Datum und TOP weiter. "
    "Für Nachfragen übergib die bisherigen Fragen und die doc_ids ihrer Zitate als history."
)

CallerOf = Callable[[Context], Caller]


def _k(value: int) -> int:
    return max(1, min(MAX_K, value))


def _filters(municipality: str, body: str, date_from: str = "", date_to: str = "") -> SearchFilters:
    return SearchFilters(municipality=municipality.strip(), body=body.strip(), date_from=date_from, date_to=date_to)


def build_mcp(get_assistant: Callable[[], Assistant], caller_of: CallerOf) -> MCPServer:
    """The MCP server; ``caller_of`` tells each tool call's rights."""
    server = MCPServer(name="ratsinfo", title="Ratsinfo-Assistent", instructions=INSTRUCTIONS, version="0.1.0")

    @server.tool(description="Beantwortet eine Frage zu Ratsdokumenten mit wörtlichen Zitaten (citations) und, "
                 "bei Beschluss-, Positions- und Auftragsfragen, den passenden Einträgen (records). history: frühere "
                 "Fragen dieses Gesprächs, je {question, doc_ids}, für Nachfragen wie „Und wer war dagegen?“.")
    def ask(
        question: str,
        ctx: Context,
        top_k: int = 5,
        municipality: str = "",
        body: str = "",
        history: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        caller = caller_of(ctx)
        turns = [
            Turn(str(t.get("question", "")), tuple(PriorCitation(str(d)) for d in t.get("doc_ids", [])[:10]))
            for t in (history or [])[-10:]
        ]
        assistant = get_assistant()
        turns = _located(assistant, turns, caller.audience)
        answer = assistant.ask_followup(
            question, turns, _k(top_k), _filters(municipality, body), include_private=caller.audience
        )
        return {
            "answer": answer.answer,
            "abstained": answer.abstained,
            "citations": [CitationOut.from_domain(c).model_dump() for c in answer.citations],
            "records": [record_out(r) for r in answer.records],
        }

    @server.tool(description="Sucht Textstellen in Ratsdokumenten (wörtliche Zitate, beste zuerst).")
    def search(query: str, ctx: Context, k: int = 10, municipality: str = "", body: str = "") -> dict[str, Any]:
        caller = caller_of(ctx)
        found = get_assistant().search(query, _k(k), _filters(municipality, body), include_private=caller.audience)
        return {"results": [CitationOut.from_domain(c).model_dump() for c in found]}

    @server.tool(description="Beschlüsse mit Ergebnis und Stimmen; q: Wörter im Beschluss, outcome z. B. abgelehnt.")
    def decisions(
        ctx: Context,
        q: str = "",
        body: str = "",
        municipality: str = "",
        date_from: str = "",
        date_to: str = "",
        outcome: str = "",
    ) -> dict[str, Any]:
        caller = caller_of(ctx)
        filters = RecordFilters(
            q=q, body=body, municipality=municipality, date_from=date_from, date_to=date_to, outcome=outcome
        )
        found = get_assistant().decisions(filters, include_private=caller.audience)
        return {"results": [DecisionOut.from_domain(d).model_dump() for d in found]}

    @server.tool(description="Positionen einer Person über die Zeit (älteste zuerst), mit Zitat und Fundstelle.")
    def person_positions(name: str, ctx: Context) -> dict[str, Any]:
        caller = caller_of(ctx)
        found = get_assistant().person_positions(name.strip(), include_private=caller.audience)
        return {"results": [PositionOut.from_domain(p).model_dump() for p in found]}

    @server.tool(description="Aufträge und offene Punkte; status open oder settled (mit dem späteren Eintrag, "
                 "der sie erledigt hat).")
    def open_items(ctx: Context, status: str = "", owner: str = "", body: str = "") -> dict[str, Any]:
        caller = caller_of(ctx)
        filters = RecordFilters(status=status if status in ("open", "settled") else "", owner=owner, body=body)
        found = get_assistant().open_items(filters, include_private=caller.audience)
        return {"results": [OpenItemOut.from_domain(o).model_dump() for o in found]}

    return server


def _located(assistant: Assistant, turns: list[Turn], include_private: Audience) -> list[Turn]:
    """Turns whose cited documents carry their place and body, looked up with the caller's rights
    (an id the caller may not see is dropped)."""
    visible = {m.doc_id: m for m, _ in assistant.kb.documents.list_meta(include_private)}
    located: list[Turn] = []
    for turn in turns:
        metas = [visible[c.doc_id] for c in turn.citations if c.doc_id in visible]
        located.append(
            Turn(turn.question, tuple(PriorCitation(m.doc_id, m.municipality, m.body, m.date) for m in metas))
        )
    return located


def http_caller(settings: Settings) -> CallerOf:
    """Rights from the HTTP request behind a tool call (checked already by :class:`RequireValidToken`)."""

    def caller_of(ctx: Context) -> Caller:
        headers = ctx.headers or {}
        value = headers.get("authorization")
        return caller_for([value] if value else [], settings)

    return caller_of


class RequireValidToken:
    """ASGI guard before the MCP endpoint: a malformed or unknown token gets 401 as on ``/v1``."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            values = [v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"authorization"]
            try:
                caller_for(values, self.settings)
            except HTTPException as exc:
                body = json.dumps({"detail": exc.detail}).encode()
                headers = [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]
                await send({"type": "http.response.start", "status": exc.status_code, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def http_app(server: MCPServer, settings: Settings) -> Starlette:
    """The streamable HTTP app of ``server`` (its route is ``/mcp``; stateless, JSON responses).
    DNS-rebinding checks are off: rights come from bearer tokens, never from cookies, and browsers
    reach it only as CORS allows."""
    return server.streamable_http_app(
        streamable_http_path="/mcp",
        stateless_http=True,
        json_response=True,
        max_request_body_size=settings.max_request_bytes,
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
    )


def mcp_command(
    store: StoreOption = None,
    token: Annotated[
        str,
        typer.Option(envvar="RATSINFO_MCP_TOKEN", help="API token (RATSINFO_API_KEYS) for non-public content."),
    ] = "",
) -> None:
    """Serve the MCP tools over stdio (for an AI assistant that starts this command). Without a
    token only public content is visible, as on the HTTP API."""
    settings = load_settings(store)
    try:
        caller = caller_for([f"Bearer {token.strip()}"] if token.strip() else [], settings)
    except HTTPException as exc:
        errors.print(f"[red]error:[/red] {exc.detail}")
        raise typer.Exit(2) from exc
    assistant = open_assistant(store, settings)
    try:
        build_mcp(lambda: assistant, lambda ctx: caller).run("stdio")
    finally:
        assistant.kb.close()
