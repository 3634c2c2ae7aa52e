"""Structured records from council minutes: decisions with votes, positions, open items.

German, rule-based: each agenda item of a document is split into sentence units, and each
extractor reads them in order. Every record carries the verbatim quote and offsets it came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models import Chunk, Document, Records
from assistant.vocab import DecisionOutcome, DocumentKind
from ingest.extract.common import item_contexts
from ingest.extract.consultation_steps import step_decisions, steps_taken
from ingest.extract.decisions import extract_decisions
from ingest.extract.offices import resolve_offices
from ingest.extract.open_items import extract_open_items
from ingest.extract.positions import extract_positions
from ingest.extract.referrals import DEFERRED
from ingest.extract.resolution_lists import listed_decisions
from ingest.extract.result_tables import table_decisions, with_tables
from ingest.extract.speech_reading import is_speaker

NOT_MINUTES = frozenset(
    {DocumentKind.PROPOSAL, DocumentKind.MOTION, DocumentKind.CONCEPT, DocumentKind.INQUIRY}
)
"""Kinds whose resolutions are proposed, not taken: they yield no records, unless the page states the
decision taken (:data:`TAKEN_STATUS`, or a consultation step with its status)."""
TAKEN_STATUS = re.compile(
    r"^[ \t]*Beschluss(?:art)?[ \t]*:[ \t]*(?:ungeändert |geändert |einstimmig |mehrheitlich )?"
    r"(?:beschlossen|angenommen|abgelehnt|vertagt|zurückgestellt|zurückgezogen|zur Kenntnis genommen|verwiesen)\b",
    re.MULTILINE,
)
"""A portal's status line of a decision taken ("Beschluss: ungeändert beschlossen"): a motion or proposal
page that carries it is the page of a session's agenda item, and is read like an excerpt of minutes."""


_NOT_ADOPTED = frozenset({DecisionOutcome.REJECTED.value, DecisionOutcome.WITHDRAWN.value})


def extract_records(document: Document, chunks: Sequence[Chunk] = ()) -> Records:
    """Decisions, positions and open items of every agenda item of ``document``."""
    records = Records()
    if document.meta.kind in NOT_MINUTES and not (TAKEN_STATUS.search(document.text) or steps_taken(document.text)):
        return records
    for ctx in item_contexts(document):
        decisions = with_tables(with_tables(extract_decisions(ctx), table_decisions(ctx)), listed_decisions(ctx))
        decisions = with_tables(decisions, step_decisions(ctx))
        records.decisions.extend(decisions)
        records.positions.extend(
            p
            for p in extract_positions(ctx)
            # the administration named inside a resolution text is its content, not a speaker
            if not (
                p.person == "Verwaltung"
                and any(
                    d.char_start <= p.char_start < d.char_end or _flat(p.quote) in d.text for d in decisions
                )
            )
        )
        failed = [d for d in decisions if d.outcome in _NOT_ADOPTED]
        adopted = tuple(d.text for d in decisions if d.outcome not in _NOT_ADOPTED and d.text)
        spans = tuple((d.char_start, d.char_end) for d in decisions if d.outcome not in _NOT_ADOPTED and d.text)
        records.open_items.extend(
            o
            for o in extract_open_items(ctx, adopted, spans)
            # a task in the text of a motion that failed or was withdrawn is nobody's task
            if not (
                any(d.char_start <= o.char_start < d.char_end for d in failed)
                and not is_speaker(o.quote)
                and not DEFERRED.search(o.quote)
            )
        )
    records.positions = resolve_offices(records.positions, document.meta.municipality)
    if chunks:
        records = _with_chunk_ids(records, chunks)
    return records


def _flat(text: str) -> str:
    return " ".join(text.split())


def _with_chunk_ids(records: Records, chunks: Sequence[Chunk]) -> Records:
    from dataclasses import replace

    def chunk_of(start: int) -> str:
        return next((c.chunk_id for c in chunks if c.char_start <= start < c.char_end), "")

    return Records(
        decisions=[replace(r, chunk_id=chunk_of(r.char_start)) for r in records.decisions],
        positions=[replace(r, chunk_id=chunk_of(r.char_start)) for r in records.positions],
        open_items=[replace(r, chunk_id=chunk_of(r.char_start)) for r in records.open_items],
    )


__all__ = ["Records", "extract_records"]
