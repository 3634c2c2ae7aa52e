"""Question/answer sets: one JSON object per line (``qa.jsonl``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import RatsinfoError

QUESTION_TYPES = ("decision", "position", "open_item", "fact", "unanswerable")
"""The question types a qa.jsonl line may carry; ``unanswerable`` questions have no gold document."""


class QAFormatError(RatsinfoError):
    """A qa.jsonl line is not a valid question record (the message names file and line)."""


@dataclass(frozen=True)
class QAItem:
    """One evaluation question."""

    id: str
    question: str
    type: str
    """One of :data:`QUESTION_TYPES`."""
    answer: str
    """Reference answer in prose (not used for scoring)."""
    doc_id: str | None
    """Document holding the answer; None for ``unanswerable`` questions."""
    evidence: str
    """Verbatim passage of ``doc_id`` (after whitespace collapsing) that answers the question."""
    origin: str = ""
    """Name of the folder the qa file lies in (``corpus-dev``, ``corpus-bulk`` ...), for breakdowns;
    a file whose questions carry a ``style`` is named by its stem (``user_questions``)."""
    style: str = ""
    """How the question is worded (user-style sets): keyword, two_part, formal, paraphrase, colloquial."""
    kind: str = ""
    """Why an unanswerable question has no answer (user-style sets): value_not_given, false_premise,
    other_place, uncovered_topic, later_event."""
    part: str = ""
    """``tune`` or ``test`` for user-style sets (see :func:`split_part`), else empty."""

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"


def split_part(key: str) -> str:
    """The fixed half a user-style question belongs to: ``tune`` or ``test`` by the parity of the
    SHA-1 of ``key`` (its document id, or its own id when it has none). Splitting by document keeps
    every question about one document on the same side."""
    return "test" if hashlib.sha1(key.encode("utf-8")).digest()[-1] % 2 else "tune"


def _item(raw: object, origin: str, where: str) -> QAItem:
    if not isinstance(raw, dict):
        raise QAFormatError(f"{where}: expected a JSON object")
    missing = [key for key in ("id", "question", "type") if not raw.get(key)]
    if missing:
        raise QAFormatError(f"{where}: missing {', '.join(missing)}")
    kind = str(raw["type"])
    if kind not in QUESTION_TYPES:
        raise QAFormatError(f"{where}: unknown type {kind!r} (expected one of {', '.join(QUESTION_TYPES)})")
    doc_id = raw.get("doc_id") or None
    evidence = str(raw.get("evidence") or "")
    if kind != "unanswerable" and (doc_id is None or not evidence.strip()):
        raise QAFormatError(f"{where}: an answerable question needs doc_id and evidence")
    style = str(raw.get("style") or "")
    return QAItem(
        id=str(raw["id"]),
        question=str(raw["question"]),
        type=kind,
        answer=str(raw.get("answer") or ""),
        doc_id=str(doc_id) if doc_id is not None and kind != "unanswerable" else None,
        evidence=evidence if kind != "unanswerable" else "",
        origin=origin,
        style=style,
        kind=str(raw.get("unanswerable_kind") or ""),
        part=split_part(str(doc_id or raw["id"])) if style else "",
    )


def load_qa(path: Path) -> list[QAItem]:
    """The questions of one qa.jsonl file (blank lines skipped); raises :class:`QAFormatError`."""
    folder = path.resolve().parent.name
    items: list[QAItem] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise QAFormatError(f"{where}: invalid JSON ({exc.msg})") from exc
            styled = isinstance(raw, dict) and bool(raw.get("style"))
            items.append(_item(raw, path.stem if styled else folder, where))
    return items


def load_qa_files(paths: Iterable[Path]) -> list[QAItem]:
    """Questions of several files in order; a question id used twice is an error."""
    items: list[QAItem] = []
    seen: set[str] = set()
    for path in paths:
        for item in load_qa(path):
            if item.id in seen:
                raise QAFormatError(f"{path}: question id {item.id!r} is used twice")
            seen.add(item.id)
            items.append(item)
    return items
