"""Structured records extracted from minutes (decisions, positions, open items) and their SQLite store.

Every record is citable like a chunk: ``quote == document.text[char_start:char_end]``. Records
live in their own tables of the document database, keyed by ``doc_id`` (and the id of the chunk
holding the quote), and are replaced per document in one transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from assistant.language.persons import person_key, same_person, surname
from assistant.stores.database import Database
from assistant.vocab import ItemStatus


@dataclass(frozen=True)
class RecordBase:
    """Where a record comes from: document, metadata, agenda item and the verbatim quote."""

    record_id: str
    doc_id: str
    municipality: str
    body: str
    date: str
    agenda_item: str
    topic: str
    """Title of the agenda item (used to find later documents that take the matter up)."""
    quote: str
    char_start: int
    char_end: int
    source: str
    public: bool = True
    chunk_id: str = ""
    vorlage: str = ""
    """Vorlage/Drucksache number of the agenda item, when present."""
    refs: tuple[str, ...] = ()
    """Vorlage numbers and dates the agenda item mentions (for settlement links)."""
    derived: tuple[str, ...] = ()
    """Fields the text does not state but the extractor inferred (e.g. ``outcome`` from "mehrheitlich
    zugestimmt", ``owner`` defaulted to the administration, ``person`` from a pronoun); every other
    field is stated in the quote."""

    def citation(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "municipality": self.municipality,
            "body": self.body,
            "date": self.date,
            "agenda_item": self.agenda_item,
            "quote": self.quote,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "source": self.source,
        }


@dataclass(frozen=True)
class Decision(RecordBase):
    outcome: str = ""
    """One of :class:`assistant.vocab.DecisionOutcome`."""
    unanimous: bool | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    by_faction: dict[str, dict[str, int | None]] = field(default_factory=dict)
    """Per vote category ("yes"/"no"/"abstain"): faction → count (None when only named)."""
    text: str = ""
    """The resolution text as adopted (or put to the vote)."""


@dataclass(frozen=True)
class Position(RecordBase):
    person: str = ""
    """Speaker as written, e.g. "Herr Becker"; an institution ("Verwaltung") when it speaks."""
    person_key: str = ""
    """``surname|municipality`` (see :func:`assistant.language.persons.person_key`): one key per person."""
    role: str = ""
    faction: str = ""
    stance: str = ""
    """One of :class:`assistant.vocab.Stance`."""
    object: str = ""


@dataclass(frozen=True)
class OpenItem(RecordBase):
    owner: str = ""
    task: str = ""
    due: str = ""
    """ISO date, "nächste Sitzung" or empty."""
    status: str = ItemStatus.OPEN.value
    settled_by: dict[str, Any] | None = None
    """Citation of the later record that took the item up."""
    public_settled_by: dict[str, Any] | None = None
    """The same, found among public records only: what a caller without rights may see."""

    def seen_by(self, include_private: bool) -> OpenItem:
        """The item as a caller sees it: without rights, a settlement by a non-public record does
        not exist (the item stays open), so no non-public quote, date or agenda item leaks."""
        if include_private or self.settled_by == self.public_settled_by:
            return self
        settled = self.public_settled_by is not None
        return replace(
            self,
            status=ItemStatus.SETTLED.value if settled else ItemStatus.OPEN.value,
            settled_by=self.public_settled_by,
        )


@dataclass
class Records:
    decisions: list[Decision] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    open_items: list[OpenItem] = field(default_factory=list)

    def all(self) -> list[RecordBase]:
        return [*self.decisions, *self.positions, *self.open_items]


_KINDS: dict[str, type[RecordBase]] = {"decision": Decision, "position": Position, "open_item": OpenItem}
_STOP = frozenset(
    "antrag anfrage beschluss vorlage sitzung verwaltung fraktion stadtrat bauausschuss gemeinderat "
    "ausschuss tagesordnung ergebnis sachstand mitteilungen anfragen nummer änderung".split()
)


def _kind(record: RecordBase) -> str:
    return next(k for k, cls in _KINDS.items() if type(record) is cls)


def _load(kind: str, data: str) -> RecordBase:
    values = json.loads(data)
    values["refs"] = tuple(values.get("refs", ()))
    return _KINDS[kind](**values)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zäöüß0-9][a-zäöüß0-9-]{4,}", text.lower()) if w not in _STOP}


def _like_literal(text: str) -> str:
    """``text`` for a SQL ``LIKE … ESCAPE '\\'`` pattern: ``%`` and ``_`` match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _matches(query: str, text: str) -> bool:
    haystack = text.casefold()
    return all(term in haystack for term in query.casefold().split())


class RecordStore:
    """Records in SQLite (the document database file, own tables). Thread-safe."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _write(self, statements: Sequence[tuple[str, Sequence[Any] | Sequence[Sequence[Any]], bool]]) -> None:
        with self._db.transaction() as conn:
            for sql, params, many in statements:
                if many:
                    conn.executemany(sql, params)  # type: ignore[arg-type]
                else:
                    conn.execute(sql, params)

    def version_of(self, doc_id: str) -> str | None:
        """The extractor version that wrote ``doc_id``'s records (None: never extracted)."""
        rows = self._db.rows("SELECT version FROM record_versions WHERE doc_id = ?", (doc_id,))
        return str(rows[0][0]) if rows else None

    def save(self, doc_id: str, records: Records, version: str = "") -> None:
        """Replace all records of ``doc_id`` in one transaction (idempotent); ``version`` names the
        extractor that found them."""
        rows = [
            (
                r.record_id,
                _kind(r),
                doc_id,
                seq,
                r.municipality,
                r.body,
                r.date,
                int(r.public),
                getattr(r, "person", "").casefold(),
                json.dumps(asdict(r), ensure_ascii=False),
            )
            for seq, r in enumerate(records.all())
        ]
        self._write(
            [
                ("DELETE FROM records WHERE doc_id = ?", (doc_id,), False),
                ("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, True),
                ("INSERT OR REPLACE INTO record_versions VALUES (?, ?)", (doc_id, version), False),
            ]
        )

    def delete(self, doc_id: str) -> None:
        self._write(
            [
                ("DELETE FROM records WHERE doc_id = ?", (doc_id,), False),
                ("DELETE FROM record_versions WHERE doc_id = ?", (doc_id,), False),
            ]
        )

    def _select(self, kind: str, include_private: bool, **where: str) -> list[RecordBase]:
        sql = "SELECT kind, data FROM records WHERE kind = ?"
        params: list[Any] = [kind]
        if not include_private:
            sql += " AND public = 1"
        for column, value in where.items():
            if not value:
                continue
            if column == "date_from":
                sql += " AND date != '' AND date >= ?"
            elif column == "date_to":
                sql += " AND date != '' AND date <= ?"
            elif column == "person":
                sql += " AND person LIKE ? ESCAPE '\\'"
                value = f"%{_like_literal(value.casefold())}%"
            else:
                sql += f" AND lower({column}) = lower(?)"
            params.append(value)
        rows = self._db.rows(sql + " ORDER BY date, doc_id, seq", params)
        records = [_load(k, d) for k, d in rows]
        return [r.seen_by(include_private) if isinstance(r, OpenItem) else r for r in records]

    def near(self, kind: str, doc_id: str, agenda_item: str, include_private: bool) -> list[RecordBase]:
        """Records of one kind from one agenda item of one document."""
        return [r for r in self._select(kind, include_private, doc_id=doc_id) if r.agenda_item == agenda_item]

    def decisions(
        self,
        q: str = "",
        body: str = "",
        municipality: str = "",
        date_from: str = "",
        date_to: str = "",
        outcome: str = "",
        include_private: bool = False,
    ) -> list[Decision]:
        found = self._select(
            "decision",
            include_private,
            body=body,
            municipality=municipality,
            date_from=date_from,
            date_to=date_to,
        )
        return [
            d
            for d in found
            if isinstance(d, Decision)
            and (not outcome or d.outcome.casefold() == outcome.casefold())
            and (not q or _matches(q, f"{d.topic} {d.text} {d.quote} {d.vorlage}"))
        ]

    def positions(
        self,
        person: str = "",
        q: str = "",
        body: str = "",
        include_private: bool = False,
        municipality: str = "",
    ) -> list[Position]:
        """Positions, of one person when ``person`` is given: "Herr Becker", "Stadtrat Becker" and
        "Dr. Becker" ask for the same person (by :func:`assistant.language.persons.person_key`);
        ``municipality`` keeps the Beckers of different councils apart."""
        name = surname(person)
        found = self._select("position", include_private, body=body, person=name, municipality=municipality)
        return [
            p
            for p in found
            if isinstance(p, Position)
            and (not person or same_person(person, p.person_key or person_key(p.person, p.municipality)))
            and (not q or _matches(q, f"{p.topic} {p.object} {p.quote} {p.stance}"))
        ]

    def open_items(
        self, status: str = "", owner: str = "", body: str = "", include_private: bool = False
    ) -> list[OpenItem]:
        found = self._select("open_item", include_private, body=body)
        return [
            o
            for o in found
            if isinstance(o, OpenItem)
            and (not status or o.status == status)
            and (not owner or owner.casefold() in o.owner.casefold())
        ]

    def link_settlements(self) -> int:
        """Mark open items settled when a later record takes them up; returns how many are settled.

        A later record (another document, later date) takes an item up when it belongs to the same
        Vorlage number, or when its agenda item shares at least two distinctive topic words with
        the item and it is of the same body, of the body the item was referred to, or mentions
        the item's session date.
        """
        items = [r for r in self._select("open_item", True) if isinstance(r, OpenItem)]
        later = [r for kind in ("decision", "open_item", "position") for r in self._select(kind, True)]
        public_later = [r for r in later if r.public]
        updates: list[tuple[str, str]] = []
        settled = 0
        for item in items:
            match = _settling_record(item, later)
            public_match = match if match is None or match.public else _settling_record(item, public_later)
            new = replace(
                item,
                status=ItemStatus.SETTLED.value if match else ItemStatus.OPEN.value,
                settled_by=match.citation() if match else None,
                public_settled_by=public_match.citation() if public_match else None,
            )
            settled += match is not None
            if new != item:
                updates.append((json.dumps(asdict(new), ensure_ascii=False), new.record_id))
        if updates:
            self._write([("UPDATE records SET data = ? WHERE record_id = ?", updates, True)])
        return settled


def _german_date(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}" if len(iso) == 10 else "\x00"


def _settling_record(item: OpenItem, candidates: list[RecordBase]) -> RecordBase | None:
    if not item.date:
        return None
    topic = _words(f"{item.topic} {item.task}")
    best: tuple[int, str, int, RecordBase] | None = None
    for record in candidates:
        if record.doc_id == item.doc_id or not record.date or record.date <= item.date:
            continue
        same_vorlage = bool(item.vorlage) and (item.vorlage == record.vorlage or item.vorlage in record.refs)
        overlap = len(topic & _words(f"{record.topic} {record.quote}"))
        related = (
            record.body.casefold() == item.body.casefold()
            or (item.owner and record.body.casefold() in item.owner.casefold())
            or _german_date(item.date) in record.refs
        )
        if same_vorlage or (overlap >= 2 and related):
            kind_rank = 0 if isinstance(record, Decision) else 1
            key = (0 if same_vorlage else 1, record.date, kind_rank * 1000 - overlap, record)
            if best is None or key[:3] < best[:3]:
                best = key
    return best[3] if best else None
