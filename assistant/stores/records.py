"""The store of structured records (decisions, positions, open items; types in :mod:`assistant.models`).

Every record is citable like a chunk: ``quote == document.text[char_start:char_end]``. Records
live in their own tables of the document database, keyed by ``doc_id`` (and the id of the chunk
holding the quote), and are replaced per document in one transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from assistant.language.persons import person_key, same_person, surname
from assistant.models import (
    Decision,
    OpenItem,
    Position,
    RecordBase,
    RecordFilters,
    Records,
    Rights,
    audience_of,
)
from assistant.stores.database import Database
from assistant.vocab import ItemStatus

NO_FILTERS = RecordFilters()
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

    def _select(self, kind: str, include_private: Rights, **where: str) -> list[RecordBase]:
        sql = "SELECT kind, data FROM records WHERE kind = ?"
        params: list[Any] = [kind]
        audience = audience_of(include_private)
        if audience.public_only:
            sql += " AND public = 1"
        elif audience.scoped:  # public, or from one of the caller's municipalities
            tenants = sorted(audience.municipalities)
            sql += f" AND (public = 1 OR municipality IN ({', '.join('?' * len(tenants))}))"
            params.extend(tenants)
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

    def near(self, kind: str, doc_id: str, agenda_item: str, include_private: Rights) -> list[RecordBase]:
        """Records of one kind from one agenda item of one document."""
        return [r for r in self._select(kind, include_private, doc_id=doc_id) if r.agenda_item == agenda_item]

    def decisions(self, filters: RecordFilters = NO_FILTERS, include_private: Rights = False) -> list[Decision]:
        f = filters
        found = self._select(
            "decision",
            include_private,
            body=f.body,
            municipality=f.municipality,
            date_from=f.date_from,
            date_to=f.date_to,
        )
        return [
            d
            for d in found
            if isinstance(d, Decision)
            and (not f.outcome or d.outcome.casefold() == f.outcome.casefold())
            and (not f.q or _matches(f.q, f"{d.topic} {d.text} {d.quote} {d.vorlage}"))
        ]

    def positions(self, filters: RecordFilters = NO_FILTERS, include_private: Rights = False) -> list[Position]:
        """Positions, of one person when ``filters.person`` is given: "Herr Becker", "Stadtrat Becker"
        and "Dr. Becker" ask for the same person (by :func:`assistant.language.persons.person_key`);
        ``filters.municipality`` keeps the Beckers of different councils apart."""
        f = filters
        found = self._select(
            "position", include_private, body=f.body, person=surname(f.person), municipality=f.municipality
        )
        return [
            p
            for p in found
            if isinstance(p, Position)
            and (not f.person or same_person(f.person, p.person_key or person_key(p.person, p.municipality)))
            and (not f.q or _matches(f.q, f"{p.topic} {p.object} {p.quote} {p.stance}"))
        ]

    def open_items(self, filters: RecordFilters = NO_FILTERS, include_private: Rights = False) -> list[OpenItem]:
        f = filters
        found = self._select("open_item", include_private, body=f.body, municipality=f.municipality)
        return [
            o
            for o in found
            if isinstance(o, OpenItem)
            and (not f.status or o.status == f.status)
            and (not f.owner or f.owner.casefold() in o.owner.casefold())
        ]

    def link_settlements(self) -> int:
        """Mark open items settled when a later record takes them up; returns how many are settled.

        A later record (another document of the same municipality, later date) takes an item up
        when it belongs to the same Vorlage number, or when its agenda item shares at least two distinctive topic words with
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
        if item.municipality and record.municipality and record.municipality != item.municipality:
            continue  # another council's record never settles this one's task
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
