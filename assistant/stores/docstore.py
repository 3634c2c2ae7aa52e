"""Full document texts and the chunk table in SQLite, next to the vector store.

Chroma holds vectors for similarity search; this database holds what a citation
needs to be shown in context (the whole text, pages, non-public spans) and the
chunk texts the lexical index is built from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

from assistant.models import Audience, Chunk, Document, DocumentMeta, Rights, Section, audience_of
from assistant.stores.cache import StoreVersion
from assistant.stores.database import Database


class DocumentStore:
    """SQLite database of documents and chunks. Thread-safe for the API's worker threads."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def version(self) -> StoreVersion:
        """Changes whenever documents change, through this handle or another process (cache key)."""
        return self._db.version

    def content_hash(self, doc_id: str) -> str | None:
        rows = self._db.rows("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,))
        return str(rows[0][0]) if rows else None

    def save(self, document: Document, chunks: Sequence[Chunk]) -> None:
        """Insert or replace a document and its chunks in one transaction."""
        with self._db.transaction() as conn:
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
        with self._db.transaction() as conn:
            cursor = conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            return cursor.rowcount > 0

    def get(self, doc_id: str) -> Document | None:
        rows = self._db.rows(
            "SELECT meta, text, content_hash, page_starts, private_spans, sections FROM documents "
            "WHERE doc_id = ?",
            (doc_id,),
        )
        if not rows:
            return None
        row = rows[0]
        return Document(
            meta=DocumentMeta(**json.loads(row[0])),
            text=row[1],
            content_hash=row[2],
            page_starts=json.loads(row[3]),
            private_spans=[(int(s), int(e)) for s, e in json.loads(row[4])],
            sections=[Section(**s) for s in json.loads(row[5])],
        )

    def text_between(self, doc_id: str, start: int, end: int) -> str | None:
        """``text[start:end]`` of a stored document (None when there is none), without loading the whole text."""
        rows = self._db.rows("SELECT substr(text, ?, ?) FROM documents WHERE doc_id = ?", (start + 1, end - start, doc_id))
        return str(rows[0][0]) if rows else None

    def list_meta(self, include_private: Rights) -> list[tuple[DocumentMeta, int]]:
        """(metadata, chunk count) of every document the caller may see, sorted by date then id.

        Without rights, non-public documents are left out and only public chunks are counted: a
        count says how much non-public text a document holds."""
        audience = audience_of(include_private)
        if audience.everything:
            sql = "SELECT meta, chunk_count FROM documents"
        elif audience.public_only:
            sql = (
                "SELECT d.meta, (SELECT count(*) FROM chunks c WHERE c.doc_id = d.doc_id AND c.public = 1) "
                "FROM documents d WHERE d.public = 1"
            )
        else:
            return self._scoped_meta(audience)
        rows = self._db.rows(sql)
        result = [(DocumentMeta(**json.loads(meta)), int(count)) for meta, count in rows]
        result.sort(key=lambda item: (item[0].date, item[0].doc_id))
        return result

    def _scoped_meta(self, audience: Audience) -> list[tuple[DocumentMeta, int]]:
        """Every document of the caller's municipalities with all its chunks, and the public
        documents of the others with their public chunks."""
        rows = self._db.rows(
            "SELECT d.meta, d.public, d.chunk_count, "
            "(SELECT count(*) FROM chunks c WHERE c.doc_id = d.doc_id AND c.public = 1) FROM documents d"
        )
        result: list[tuple[DocumentMeta, int]] = []
        for raw, public, total, public_count in rows:
            meta = DocumentMeta(**json.loads(raw))
            if meta.municipality in audience.municipalities:
                result.append((meta, int(total)))
            elif public:
                result.append((meta, int(public_count)))
        result.sort(key=lambda item: (item[0].date, item[0].doc_id))
        return result

    def all_chunks(self) -> list[Chunk]:
        rows = self._db.rows(
            "SELECT chunk_id, doc_id, text, char_start, char_end, agenda_item, page, public FROM chunks "
            "ORDER BY doc_id, seq"
        )
        return [Chunk(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]

    def chunk_ids(self, doc_id: str) -> set[str]:
        rows = self._db.rows("SELECT chunk_id FROM chunks WHERE doc_id = ?", (doc_id,))
        return {r[0] for r in rows}

    def counts(self, include_private: Rights = True) -> tuple[int, int]:
        """Documents and chunks; without rights only the public ones."""
        audience = audience_of(include_private)
        if audience.scoped:
            visible = self._scoped_meta(audience)
            return len(visible), sum(count for _, count in visible)
        everything = audience.everything
        public = "" if everything else " WHERE public = 1"
        docs = self._db.rows(f"SELECT count(*) FROM documents{public}")[0][0]
        chunks = self._db.rows(
            "SELECT count(*) FROM chunks"
            + ("" if everything else " WHERE public = 1 AND doc_id IN (SELECT doc_id FROM documents WHERE public = 1)")
        )[0][0]
        return int(docs), int(chunks)

    def stored_chunks(self, doc_id: str) -> list[Chunk]:
        """Chunk ids and spans (no texts) of a stored document, in order."""
        rows = self._db.rows(
            "SELECT chunk_id, char_start, char_end FROM chunks WHERE doc_id = ? ORDER BY seq", (doc_id,)
        )
        return [Chunk(chunk_id=r[0], doc_id=doc_id, text="", char_start=r[1], char_end=r[2]) for r in rows]
