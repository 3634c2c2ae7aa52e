"""Readers' feedback on answers, kept in the store's database (table ``feedback``, migration 3).

Each entry keeps what the reader saw: the question, the answer text and its citations (document,
agenda item, offsets and quote), with a rating and an optional comment. Writing feedback does not
change the store's version, so no search index is rebuilt for it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

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
                "INSERT INTO feedback (created, rating, comment, question, answer, citations, role) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    created,
                    feedback.rating.value,
                    feedback.comment,
                    feedback.question,
                    feedback.answer,
                    json.dumps(feedback.citations, ensure_ascii=False),
                    feedback.role,
                ),
            )
            new_id = int(cursor.lastrowid or 0)
        return Feedback(**{**feedback.__dict__, "feedback_id": new_id, "created": created})

    def list(self, rating: FeedbackRating | None = None, limit: int = MAX_LISTED) -> list[Feedback]:
        """Newest first, optionally of one rating."""
        where, params = ("WHERE rating = ?", [rating.value]) if rating else ("", [])
        rows = self.db.rows(
            "SELECT feedback_id, created, rating, comment, question, answer, citations, role FROM feedback "
            f"{where} ORDER BY feedback_id DESC LIMIT ?",
            [*params, limit],
        )
        return [
            Feedback(
                rating=FeedbackRating(row[2]),
                question=row[4],
                answer=row[5],
                citations=json.loads(row[6]),
                comment=row[3],
                role=row[7],
                feedback_id=int(row[0]),
                created=row[1],
            )
            for row in rows
        ]
