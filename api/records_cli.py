"""``ratsinfo decisions``, ``ratsinfo positions``, ``ratsinfo open-items`` (registered in ``api/cli.py``).

Like the rest of the CLI they read the store directly and show non-public records too.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from api.cli_common import StoreOption, console, open_assistant
from assistant.models import RecordBase, RecordFilters

JsonOption = Annotated[bool, typer.Option("--json", help="Print the records as JSON.")]


def _print_json(records: list[RecordBase]) -> None:
    console.print_json(
        json.dumps({"results": [asdict(r) for r in records]}, ensure_ascii=False, default=list)
    )


def _where(r: RecordBase) -> str:
    return " · ".join(p for p in (r.body, r.date, r.agenda_item) if p)


def decisions_command(
    q: Annotated[str, typer.Option("--q", "-q", help="Words in the resolution text or topic.")] = "",
    body: str = "",
    municipality: str = "",
    date_from: str = "",
    date_to: str = "",
    outcome: str = "",
    as_json: JsonOption = False,
    store: StoreOption = None,
) -> None:
    """Decisions with outcome and vote counts."""
    filters = RecordFilters(
        q=q, body=body, municipality=municipality, date_from=date_from, date_to=date_to, outcome=outcome
    )
    found = open_assistant(store).decisions(filters, include_private=True)
    if as_json:
        _print_json(list(found))
        return
    table = Table("where", "outcome", "ja/nein/enth.", "einstimmig", "text")
    for d in found:
        counts = "/".join("–" if c is None else str(c) for c in (d.yes, d.no, d.abstain))
        unanimous = "–" if d.unanimous is None else ("ja" if d.unanimous else "nein")
        table.add_row(_where(d), d.outcome, counts, unanimous, " ".join(d.text.split())[:120])
    console.print(table)


def positions_command(
    person: Annotated[str, typer.Option("--person", "-p", help="Name or part of it.")] = "",
    q: Annotated[str, typer.Option("--q", "-q")] = "",
    body: str = "",
    as_json: JsonOption = False,
    store: StoreOption = None,
) -> None:
    """Who argued what (one person's positions oldest first with --person)."""
    assistant = open_assistant(store)
    found = (
        assistant.person_positions(person, include_private=True)
        if person and not (q or body)
        else assistant.positions(RecordFilters(person=person, q=q, body=body), include_private=True)
    )
    if as_json:
        _print_json(list(found))
        return
    table = Table("where", "person", "faction", "stance", "object")
    for p in found:
        table.add_row(_where(p), p.person, p.faction, p.stance, p.object[:100])
    console.print(table)


def open_items_command(
    status: Annotated[str, typer.Option(help="open or settled")] = "",
    owner: str = "",
    body: str = "",
    as_json: JsonOption = False,
    store: StoreOption = None,
) -> None:
    """Tasks and follow-ups, with the later document that settled them."""
    filters = RecordFilters(status=status, owner=owner, body=body)
    found = open_assistant(store).open_items(filters, include_private=True)
    if as_json:
        _print_json(list(found))
        return
    table = Table("where", "owner", "due", "status", "task", "settled by")
    for o in found:
        settled = "" if not o.settled_by else f"{o.settled_by['doc_id']} {o.settled_by['agenda_item']}"
        table.add_row(_where(o), o.owner, o.due, o.status, o.task[:100], settled)
    console.print(table)


__all__ = ["decisions_command", "open_items_command", "positions_command"]
