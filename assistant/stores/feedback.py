"""Readers' feedback on answers, kept in the store's database (table ``feedback``, migration 3).

Each entry keeps what the reader saw: the question, the answer text and its citations (document,
agenda item, offsets and quote), with a rating and an optional comment. Writing feedback does not
change the store's version, so no search index is rebuilt for it.

An entry may quote non-public text its giver was allowed to see, so it remembers the giver's
audience (migration 4): an admin scoped to some councils lists only the entries of givers who saw
no more than they may (anonymous readers, members of the same councils); entries of unscoped
members and admins, and those stored before migration 4, only an unscoped admin lists.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from assistant.models import EVERYTHING, Audience
from assistant.stores.database import Database
from assistant.vocab import FeedbackRating

MAX_LISTED = 1000
"""Entries returned by one listing, newest first."""


@dataclass(frozen=True)
class Feedback:
    """One reader's verdict on one answer."""

    rating: FeedbackRating
    question: str
    answer: str
    citations: list[dict[str, Any]] = field(default_factory=list)
    comment: str = ""
    role: str = "anonymous"
    """Who gave it: anonymous, member or admin."""
    audience: Audience = EVERYTHING
    """Whose non-public content the giver could see, hence what the entry may quote."""
    feedback_id: int = 0
    created: str = ""
    """UTC time as ISO 8601, set when stored."""


class FeedbackStore:
    """Appends and lists feedback on the shared database handle."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, feedback: Feedback) -> Feedback:
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.db.transaction(content=False) as conn:
            cursor = conn.execute(
                "INSERT INTO feedback (created, rating, comment, question, answer, citations, role, audience) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    created,
                    feedback.rating.value,
                    feedback.comment,
                    feedback.question,
                    feedback.answer,
                    json.dumps(feedback.citations, ensure_ascii=False),
                    feedback.role,
                    _dump_audience(feedback.audience),
                ),
            )
            new_id = int(cursor.lastrowid or 0)
        return Feedback(**{**feedback.__dict__, "feedback_id": new_id, "created": created})

    def list(
        self, rating: FeedbackRating | None = None, limit: int = MAX_LISTED, reader: Audience = EVERYTHING
    ) -> list[Feedback]:
        """Newest first, optionally of one rating; only entries ``reader`` may read (see module)."""
        where, params = ("WHERE rating = ?", [rating.value]) if rating else ("", [])
        cap = " LIMIT ?" if reader.everything else ""  # a scoped reader's entries are found by reading on
        rows = self.db.rows(
            "SELECT feedback_id, created, rating, comment, question, answer, citations, role, audience "
            f"FROM feedback {where} ORDER BY feedback_id DESC{cap}",
            [*params, limit] if cap else params,
        )
        listed: list[Feedback] = []
        for row in rows:
            giver = _load_audience(row[8])
            if not readable(giver, reader):
                continue
            listed.append(
                Feedback(
                    rating=FeedbackRating(row[2]),
                    question=row[4],
                    answer=row[5],
                    citations=json.loads(row[6]),
                    comment=row[3],
                    role=row[7],
                    audience=giver,
                    feedback_id=int(row[0]),
                    created=row[1],
                )
            )
            if len(listed) == limit:
                break
        return listed


def readable(giver: Audience, reader: Audience) -> bool:
    """Whether everything the giver could see, ``reader`` may see too."""
    if reader.everything:
        return True
    return not giver.everything and giver.municipalities <= reader.municipalities


def _dump_audience(audience: Audience) -> str | None:
    return None if audience.everything else json.dumps(sorted(audience.municipalities), ensure_ascii=False)


def _load_audience(stored: str | None) -> Audience:
    return EVERYTHING if stored is None else Audience(municipalities=frozenset(json.loads(stored)))
