"""Gold records of structured extraction, as the scorer reads them (``records_eval``).

Two formats are read: the guide's (``evidence``, ``evidence_alt``, ``alt``, ``optional``,
``annotated_doc``; ``shared/corpus-records/RECORDS-GUIDE.md``) and the project's older one
(``quote``). Every gold set is split by document into a tune and a test half by a hash of the doc
id (:func:`split_of`), so the split never depends on what the documents contain.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TYPES = ("decision", "position", "open_item")
SPLITS = ("tune", "test")


def split_of(doc_id: str) -> str:
    """``tune`` or ``test``: the parity of the doc id's SHA-1 (fixed, content-blind)."""
    return "tune" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


@dataclass(frozen=True)
class GoldRecord:
    """One gold record in either format, reduced to what scoring needs."""

    doc_id: str
    kind: str
    evidence: tuple[str, ...]
    values: dict[str, Any]
    alt: dict[str, list[Any]]
    optional: bool

    def accepts(self, name: str, predicted: Any, same: Callable[[Any, Any], bool]) -> bool:
        """True when ``predicted`` is the gold value of ``name`` or one of its alternatives."""
        return any(same(value, predicted) for value in [self.values.get(name), *self.alt.get(name, [])])


@dataclass
class Gold:
    records: list[GoldRecord]
    exhaustive: set[str]
    """Documents annotated exhaustively: precision counts only their predictions."""

    def only(self, docs: set[str]) -> Gold:
        return Gold([r for r in self.records if r.doc_id in docs], self.exhaustive & docs)

    @property
    def doc_ids(self) -> set[str]:
        return {r.doc_id for r in self.records} | self.exhaustive


def _rows(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a gold file; a line that is no JSON object (a file still being written
    ends mid-line) is left out with a warning."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            row = None
        if isinstance(row, dict) and isinstance(row.get("type"), str) and isinstance(row.get("doc_id"), str):
            rows.append(row)
        else:
            print(f"warning: {path.name}:{number} is no gold record, left out", file=sys.stderr)
    return rows


def gold_of(rows: list[dict[str, Any]]) -> Gold:
    """Gold records of parsed rows; the documents with an ``annotated_doc`` line (else all) are exhaustive."""
    records = [
        GoldRecord(
            doc_id=row["doc_id"],
            kind=row["type"],
            evidence=(row.get("evidence") or row["quote"], *row.get("evidence_alt", ())),
            values=row,
            alt=row.get("alt", {}),
            optional=bool(row.get("optional")),
        )
        for row in rows
        if row["type"] in TYPES and (row.get("evidence") or row.get("quote"))
    ]
    annotated = {row["doc_id"] for row in rows if row["type"] == "annotated_doc"}
    return Gold(records, annotated or {r.doc_id for r in records})


def load_gold(path: Path) -> Gold:
    return gold_of(_rows(path))


def load_gold_files(paths: Iterable[Path]) -> Gold:
    """The gold of several files as one; a document annotated in more than one file keeps the
    annotation of the first file (in the order given) that has it."""
    merged = Gold([], set())
    for path in paths:
        gold = load_gold(path)
        new = gold.doc_ids - merged.doc_ids
        merged = Gold(merged.records + gold.only(new).records, merged.exhaustive | gold.only(new).exhaustive)
    return merged
