"""The knowledge base: the vector store, the document store and the record store, kept consistent.

Every write goes through here, in the one order that keeps the three consistent when a run is
interrupted: vectors first, then the document row that marks the document done, then its records.
A document row therefore never points to missing vectors, and the next run repairs what an
interrupted one left (vectors without a row are replaced or removed).
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TextIO

import numpy as np

from assistant.embedding import Embedder, build_embedder
from assistant.errors import StoreError
from assistant.models import Chunk, Document, Records
from assistant.settings import Settings
from assistant.stores.database import Database
from assistant.stores.docstore import DocumentStore
from assistant.stores.records import RecordStore
from assistant.stores.vectors import VectorStore, build_vector_store

WRITER_LOCK = "ingest.lock"


_held: dict[Path, tuple[TextIO, int]] = {}
"""Writer locks this process holds: the open lock file and how many holders share it."""
_held_lock = threading.Lock()


@contextmanager
def writer_lock(data_dir: Path) -> Iterator[None]:
    """Hold a store's writer lock, across processes: a second ingest into the same store waits for
    the first instead of failing halfway with "database is locked". Take it before opening the
    store (creating a fresh store writes too). Shared within a process (its writes are serialised
    by the database handle)."""
    path = data_dir.resolve() / WRITER_LOCK
    with _held_lock:
        if path in _held:
            handle, count = _held[path]
            _held[path] = (handle, count + 1)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handle = path.open("a")
            except OSError as exc:
                raise StoreError(f"cannot write to the store {data_dir}: {exc}") from exc
            fcntl.flock(handle, fcntl.LOCK_EX)  # waits for another process's ingest
            _held[path] = (handle, 1)
    try:
        yield
    finally:
        with _held_lock:
            handle, count = _held.pop(path)
            if count > 1:
                _held[path] = (handle, count - 1)
            else:
                fcntl.flock(handle, fcntl.LOCK_UN)
                handle.close()


class KnowledgeBase:
    """The stores and the embedder, opened once per process and shared by ingest and queries."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder: Embedder = embedder or build_embedder(settings)
        self.db = Database(settings.database_path)
        self.documents = DocumentStore(self.db)
        self.records = RecordStore(self.db)
        self.vectors: VectorStore = build_vector_store(settings, self.embedder.name)

    def writing(self) -> AbstractContextManager[None]:
        """Hold the store's writer lock (see :func:`writer_lock`)."""
        return writer_lock(self.settings.data_dir)

    def stored_vector_ids(self, doc_id: str) -> set[str]:
        return self.vectors.ids_for_document(doc_id)

    def is_unchanged(self, document: Document, stored_ids: set[str] | None = None) -> bool:
        """Whether ``document`` is stored as it is, with all its vectors (nothing to embed)."""
        if self.documents.content_hash(document.doc_id) != document.content_hash:
            return False
        stored = self.stored_vector_ids(document.doc_id) if stored_ids is None else stored_ids
        return stored == self.documents.chunk_ids(document.doc_id)

    def put(
        self,
        document: Document,
        chunks: Sequence[Chunk],
        new: Sequence[Chunk],
        vectors: np.ndarray,
        records: Records,
        records_version: str = "",
        stored_ids: set[str] | None = None,
    ) -> None:
        """Store a document: the vectors of its ``new`` chunks, its row and chunks, its records.
        Vectors of chunks it no longer has are removed."""
        stored = self.stored_vector_ids(document.doc_id) if stored_ids is None else stored_ids
        if new:
            self.vectors.upsert(new, [document.meta] * len(new), vectors)
        self.vectors.delete(sorted(stored - {c.chunk_id for c in chunks}))
        self.documents.save(document, chunks)
        self.records.save(document.doc_id, records, records_version)

    def put_records(self, doc_id: str, records: Records, records_version: str) -> None:
        """Replace a stored document's records (its text is unchanged, its extractor is not)."""
        self.records.save(doc_id, records, records_version)

    def remove(self, doc_id: str) -> bool:
        """Delete a document, its chunks, vectors and records. False when it was not stored."""
        self.vectors.delete(sorted(self.stored_vector_ids(doc_id)))
        self.records.delete(doc_id)
        removed = self.documents.delete(doc_id)
        self.records.link_settlements()
        return removed

    def close(self) -> None:
        self.vectors.close()
        self.db.close()
