"""What each OParl source has seen: its sync times, every object's version and the documents it made.

One SQLite file (``<data_dir>/oparl/state.sqlite3``) next to the knowledge base. An object's
row is written only after its documents are stored, so a sync that is killed mid-way resumes
with the objects it had not finished; ``last_sync`` moves only when a run listed everything.
Organizations and Persons are kept whole (raw JSON) for body and speaker names.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import StoreError
from ingest.oparl.objects import display_name

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    url TEXT PRIMARY KEY,
    body_filter TEXT NOT NULL DEFAULT '',
    last_sync TEXT NOT NULL DEFAULT '',
    last_run TEXT NOT NULL DEFAULT '',
    last_report TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS objects (
    source TEXT NOT NULL,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    modified TEXT NOT NULL,
    raw TEXT NOT NULL,
    docs TEXT NOT NULL,
    complete INTEGER NOT NULL,
    PRIMARY KEY (source, id)
);
CREATE TABLE IF NOT EXISTS paper_refs (
    source TEXT NOT NULL,
    agenda_item TEXT NOT NULL,
    meeting TEXT NOT NULL,
    paper TEXT NOT NULL,
    reference TEXT NOT NULL,
    PRIMARY KEY (source, agenda_item)
);
"""


@dataclass(frozen=True)
class Seen:
    id: str
    kind: str
    modified: str
    raw: dict[str, Any]
    docs: tuple[str, ...]
    complete: bool


@dataclass(frozen=True)
class Source:
    url: str
    body_filter: str
    last_sync: str
    last_run: str


class SyncState:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(str(path), isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open OParl state {path}: {exc}") from exc

    def close(self) -> None:
        self._conn.close()

    def sources(self) -> list[Source]:
        rows = self._conn.execute("SELECT url, body_filter, last_sync, last_run FROM sources ORDER BY url")
        return [Source(*row) for row in rows]

    def source(self, url: str) -> Source | None:
        row = self._conn.execute(
            "SELECT url, body_filter, last_sync, last_run FROM sources WHERE url = ?", (url,)
        ).fetchone()
        return Source(*row) if row else None

    def register(self, url: str, body_filter: str) -> None:
        self._conn.execute(
            "INSERT INTO sources (url, body_filter) VALUES (?, ?) "
            "ON CONFLICT(url) DO UPDATE SET body_filter = excluded.body_filter",
            (url, body_filter),
        )

    def finish_run(self, url: str, started: str, report: str, listed_all: bool) -> None:
        """Record a run; ``last_sync`` becomes ``started`` only when every list was read to its end."""
        self._conn.execute(
            "UPDATE sources SET last_run = ?, last_report = ? WHERE url = ?", (started, report, url)
        )
        if listed_all:
            self._conn.execute("UPDATE sources SET last_sync = ? WHERE url = ?", (started, url))

    def mapping(self, url: str) -> str:
        """The mapping key (pipeline, extractor and mapping versions) the source's documents were made with."""
        row = self._conn.execute("SELECT mapping FROM sources WHERE url = ?", (url,)).fetchone()
        return str(row[0]) if row else ""

    def set_mapping(self, url: str, key: str) -> None:
        self._conn.execute("UPDATE sources SET mapping = ? WHERE url = ?", (key, url))

    def seen(self, source: str, oid: str) -> Seen | None:
        row = self._conn.execute(
            "SELECT id, kind, modified, raw, docs, complete FROM objects WHERE source = ? AND id = ?",
            (source, oid),
        ).fetchone()
        return _seen(row) if row else None

    def all_seen(self, source: str, body: str, kinds: tuple[str, ...]) -> list[Seen]:
        marks = ",".join("?" * len(kinds))
        rows = self._conn.execute(
            f"SELECT id, kind, modified, raw, docs, complete FROM objects "
            f"WHERE source = ? AND body = ? AND kind IN ({marks}) ORDER BY id",
            (source, body, *kinds),
        )
        return [_seen(row) for row in rows]

    def save(self, source: str, body: str, seen: Seen) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO objects VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source,
                seen.id,
                seen.kind,
                body,
                seen.modified,
                json.dumps(seen.raw, ensure_ascii=False),
                json.dumps(list(seen.docs)),
                int(seen.complete),
            ),
        )

    def claimed(self, source: str, doc_id: str, besides: str) -> bool:
        """True when an object other than ``besides`` made the document ``doc_id`` too."""
        row = self._conn.execute(
            "SELECT 1 FROM objects WHERE source = ? AND id != ? AND instr(docs, ?) > 0 LIMIT 1",
            (source, besides, json.dumps(doc_id)),
        ).fetchone()
        return row is not None

    def forget(self, source: str, oid: str) -> None:
        self._conn.execute("DELETE FROM objects WHERE source = ? AND id = ?", (source, oid))
        self._conn.execute("DELETE FROM paper_refs WHERE source = ? AND paper = ?", (source, oid))

    def set_paper_refs(self, source: str, paper: str, links: list[tuple[str, str, str]]) -> set[str]:
        """Replace a paper's ``(agenda item, meeting, reference)`` links; the meetings whose links changed."""
        before = set(
            self._conn.execute(
                "SELECT agenda_item, meeting, reference FROM paper_refs WHERE source = ? AND paper = ?",
                (source, paper),
            ).fetchall()
        )
        after = {link for link in links if link[0]}
        self._conn.execute("BEGIN")
        self._conn.execute("DELETE FROM paper_refs WHERE source = ? AND paper = ?", (source, paper))
        self._conn.executemany(
            "INSERT OR REPLACE INTO paper_refs VALUES (?, ?, ?, ?, ?)",
            [(source, item, meeting, paper, ref) for item, meeting, ref in after],
        )
        self._conn.execute("COMMIT")
        return {meeting for _, meeting, _ in before ^ after if meeting}

    def references(self, source: str, agenda_items: list[str]) -> dict[str, str]:
        """Agenda item id → Paper reference (Drucksache number)."""
        if not agenda_items:
            return {}
        marks = ",".join("?" * len(agenda_items))
        rows = self._conn.execute(
            f"SELECT agenda_item, reference FROM paper_refs WHERE source = ? AND agenda_item IN ({marks})",
            (source, *agenda_items),
        )
        return dict(rows.fetchall())

    def names(self, source: str, kind: str) -> dict[str, str]:
        """Organization or Person id → name, for body and speaker names."""
        rows = self._conn.execute("SELECT id, raw FROM objects WHERE source = ? AND kind = ?", (source, kind))
        return {oid: display_name(json.loads(raw)) for oid, raw in rows}


def _seen(row: tuple[Any, ...]) -> Seen:
    oid, kind, modified, raw, docs, complete = row
    return Seen(oid, kind, modified, json.loads(raw), tuple(json.loads(docs)), bool(complete))
