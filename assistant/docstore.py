"""Full document texts and the chunk table in SQLite, next to the vector store.

Chroma holds vectors for similarity search; this database holds what a citation
needs to be shown in context (the whole text, pages, non-public spans) and the
chunk texts the lexical index is built from.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from assistant.cache import StoreVersion
from assistant.errors import StoreError
from assistant.models import Chunk, Document, DocumentMeta, Section

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    meta TEXT NOT NULL,
    text TEXT NOT NULL,
    page_starts TEXT NOT NULL,
    private_spans TEXT NOT NULL,
    sections TEXT NOT NULL,
    public INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    agenda_item TEXT NOT NULL,
    page INTEGER,
    public INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
"""


class DocumentStore:
    """SQLite database of documents and chunks. Thread-safe for the API's worker threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open document database {path}: {exc}") from exc
        self._lock = threading.RLock()
        self._version = 0

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            self._version += 1

    @property
    def version(self) -> StoreVersion:
        """Changes whenever documents change, through this handle or another process (cache key)."""
        with self._lock:
            external = self._conn.execute("PRAGMA data_version").fetchone()[0]
        return StoreVersion(self._version, int(external))

    def content_hash(self, doc_id: str) -> str | None:
        row = self._conn.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def save(self, document: Document, chunks: Sequence[Chunk]) -> None:
        """Insert or replace a document and its chunks in one transaction."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (document.doc_id,))
            conn.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.doc_id,
                    document.content_hash,
                    json.dumps(asdict(document.meta), ensure_ascii=False),
                    document.text,
                    json.dumps(document.page_starts),
                    json.dumps(document.private_spans),
                    json.dumps([asdict(s) for s in document.sections], ensure_ascii=False),
                    int(document.meta.public),
                    len(chunks),
                ),
            )
            conn.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.chunk_id,
                        c.doc_id,
                        i,
                        c.text,
                        c.char_start,
                        c.char_end,
                        c.agenda_item,
                        c.page,
                        int(c.public),
                    )
                    for i, c in enumerate(chunks)
                ],
            )

    def delete(self, doc_id: str) -> bool:
        with self._transaction() as conn:
            cursor = conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            return cursor.rowcount > 0

    def get(self, doc_id: str) -> Document | None:
        row = self._conn.execute(
            "SELECT meta, text, content_hash, page_starts, private_spans, sections FROM documents "
            "WHERE doc_id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        return Document(
            meta=DocumentMeta(**json.loads(row[0])),
            text=row[1],
            content_hash=row[2],
            page_starts=json.loads(row[3]),
            private_spans=[(int(s), int(e)) for s, e in json.loads(row[4])],
            sections=[Section(**s) for s in json.loads(row[5])],
        )

    def list_meta(self, include_private: bool) -> list[tuple[DocumentMeta, int]]:
        """(metadata, chunk count) of every document the caller may see, sorted by date then id.

        Without rights, non-public documents are left out and only public chunks are counted: a
        count says how much non-public text a document holds."""
        if include_private:
            sql = "SELECT meta, chunk_count FROM documents"
        else:
            sql = (
                "SELECT d.meta, (SELECT count(*) FROM chunks c WHERE c.doc_id = d.doc_id AND c.public = 1) "
                "FROM documents d WHERE d.public = 1"
            )
        rows = self._conn.execute(sql).fetchall()
        result = [(DocumentMeta(**json.loads(meta)), int(count)) for meta, count in rows]
        result.sort(key=lambda item: (item[0].date, item[0].doc_id))
        return result

    def all_chunks(self) -> list[Chunk]:
        rows = self._conn.execute(
            "SELECT chunk_id, doc_id, text, char_start, char_end, agenda_item, page, public FROM chunks "
            "ORDER BY doc_id, seq"
        ).fetchall()
        return [Chunk(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]

    def chunk_ids(self, doc_id: str) -> set[str]:
        rows = self._conn.execute("SELECT chunk_id FROM chunks WHERE doc_id = ?", (doc_id,)).fetchall()
        return {r[0] for r in rows}

    def counts(self, include_private: bool = True) -> tuple[int, int]:
        """Documents and chunks; without rights only the public ones."""
        public = "" if include_private else " WHERE public = 1"
        docs = self._conn.execute(f"SELECT count(*) FROM documents{public}").fetchone()[0]
        chunks = self._conn.execute(
            "SELECT count(*) FROM chunks"
            + ("" if include_private else " WHERE public = 1 AND doc_id IN (SELECT doc_id FROM documents WHERE public = 1)")
        ).fetchone()[0]
        return int(docs), int(chunks)

    def close(self) -> None:
        self._conn.close()
