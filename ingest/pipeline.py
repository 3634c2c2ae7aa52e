"""discover → read → structure → chunk → embed → store, with a per-file report.

A file that cannot be read becomes a line in the report and the rest goes on. Each
document is committed on its own: vectors first, then the document row that marks it
done, so an interrupted run leaves nothing half-visible and the next run repairs it.
Chunk ids come from content, so unchanged documents cost no embedding at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.errors import IngestError, RatsinfoError
from assistant.knowledge import KnowledgeBase
from assistant.models import Chunk, Document, Records
from ingest.documents import build_document, embedding_text, make_chunks, pipeline_key
from ingest.extract import extract_records
from ingest.extract.fingerprint import EXTRACTOR_VERSION
from ingest.readers import SUPPORTED_SUFFIXES, read_file

log = logging.getLogger(__name__)

EMBED_GROUP = 256
"""Pending chunks collected from several documents before one embedding call."""

SKIPPED_NAMES = {"readme.md", "readme.txt", "license", "license.txt"}


@dataclass
class IngestReport:
    """What an ingest run did, per document and in total."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(file, reason) for every file that could not be ingested."""
    chunks_embedded: int = 0
    chunks_removed: int = 0
    chunks_total: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def documents(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.unchanged)


@dataclass
class _Pending:
    document: Document
    chunks: list[Chunk]
    new: list[Chunk]
    stored: set[str]
    """Ids of the vectors stored for the document before this run."""
    existed: bool


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest under ``paths`` (sorted), and paths that do not exist."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and p.name.lower() not in SKIPPED_NAMES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            missing.append((str(path), "no such file or directory"))
    return files, missing


class Ingestor:
    """Runs the pipeline against one knowledge base."""

    def __init__(self, kb: KnowledgeBase, progress: bool = False) -> None:
        self.kb = kb
        self.progress = progress
        self.report = IngestReport()
        self._pending: list[_Pending] = []
        self._seen: dict[str, Path] = {}
        self._key = pipeline_key(kb.settings, kb.embedder.name)

    def run(self, paths: Sequence[Path]) -> IngestReport:
        files, missing = discover(paths)
        self.report.failures.extend(missing)
        with self.kb.writing():
            for path in files:
                try:
                    self._prepare(path)
                except (IngestError, OSError, UnicodeError, ValueError) as exc:
                    self.report.failures.append((str(path), str(exc) or type(exc).__name__))
                    log.warning("skipped file", extra={"path": str(path), "reason": str(exc)})
                if sum(len(p.new) for p in self._pending) >= EMBED_GROUP:
                    self._flush()
            self._flush()
            self.kb.records.link_settlements()
        return self.report

    def _prepare(self, path: Path) -> None:
        read = read_file(path)
        document = build_document(path, read, self._key)
        if document.doc_id in self._seen:
            raise IngestError(
                f"{path}: document id {document.doc_id!r} is already used by {self._seen[document.doc_id]}"
            )
        self._seen[document.doc_id] = path
        stored_ids = self.kb.stored_vector_ids(document.doc_id)
        previous_hash = self.kb.documents.content_hash(document.doc_id)
        if self.kb.is_unchanged(document, stored_ids):
            self.report.unchanged.append(document.doc_id)
            if self.kb.records.version_of(document.doc_id) != EXTRACTOR_VERSION:  # the rules changed
                records = extract_records(document, self.kb.documents.stored_chunks(document.doc_id))
                self.kb.put_records(document.doc_id, records, EXTRACTOR_VERSION)
            self.report.chunks_total += len(stored_ids)
            return
        chunks = make_chunks(document, self.kb.embedder, self.kb.settings)
        if not chunks:
            raise IngestError(f"{path}: no text to index after reading")
        self._pending.append(
            _Pending(
                document=document,
                chunks=chunks,
                new=[c for c in chunks if c.chunk_id not in stored_ids],
                stored=stored_ids,
                existed=previous_hash is not None,
            )
        )

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        texts = [embedding_text(c, p.document.meta) for p in pending for c in p.new]
        try:
            vectors = self._embed(texts)
        except RatsinfoError as exc:
            for p in pending:
                self.report.failures.append((p.document.meta.source, f"embedding failed: {exc}"))
            return
        offset = 0
        for p in pending:
            batch = vectors[offset : offset + len(p.new)]
            offset += len(p.new)
            records = extract_records(p.document, p.chunks)
            self.kb.put(p.document, p.chunks, p.new, batch, records, EXTRACTOR_VERSION, p.stored)
            (self.report.replaced if p.existed else self.report.added).append(p.document.doc_id)
            self.report.chunks_embedded += len(p.new)
            self.report.chunks_removed += len(p.stored - {c.chunk_id for c in p.chunks})
            self.report.chunks_total += len(p.chunks)

    def _embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        if not self.progress:
            return self.kb.embedder.embed_passages(texts)
        from rich.progress import Progress

        parts: list[np.ndarray] = []
        step = max(self.kb.settings.embed_batch_size, 1)
        with Progress(transient=True) as bar:
            task = bar.add_task("embedding", total=len(texts))
            for i in range(0, len(texts), step):
                parts.append(self.kb.embedder.embed_passages(texts[i : i + step]))
                bar.advance(task, len(parts[-1]))
        return np.vstack(parts)


def ingest_paths(kb: KnowledgeBase, paths: Sequence[Path], progress: bool = False) -> IngestReport:
    """Ingest files and folders into ``kb``; see :class:`IngestReport`."""
    return Ingestor(kb, progress).run(paths)


def remove_document(kb: KnowledgeBase, doc_id: str) -> bool:
    """Delete a document, its chunks and its vectors. False when it was not stored."""
    with kb.writing():
        return kb.remove(doc_id)


RecordExtractor = Callable[[Document, Sequence[Chunk]], Records]


def ingest_document(
    kb: KnowledgeBase, document: Document, records: RecordExtractor = extract_records
) -> tuple[str, int]:
    """Store one in-memory document (built by the caller); ``("added" | "replaced" | "unchanged", embedded)``.

    The same write order as :class:`Ingestor`: vectors, then the document row that marks it done,
    then its records. ``records`` lets a source add what it knows beyond the text (e.g. OParl's
    Vorlage numbers). Settlements are not re-linked here; call ``kb.records.link_settlements()``
    once after a batch.
    """
    stored_ids = kb.stored_vector_ids(document.doc_id)
    previous_hash = kb.documents.content_hash(document.doc_id)
    if kb.is_unchanged(document, stored_ids):
        if kb.records.version_of(document.doc_id) != EXTRACTOR_VERSION:  # the rules changed
            found = records(document, kb.documents.stored_chunks(document.doc_id))
            kb.put_records(document.doc_id, found, EXTRACTOR_VERSION)
        return "unchanged", 0
    chunks = make_chunks(document, kb.embedder, kb.settings)
    if not chunks:
        raise IngestError(f"{document.meta.source}: no text to index")
    new = [c for c in chunks if c.chunk_id not in stored_ids]
    vectors = kb.embedder.embed_passages([embedding_text(c, document.meta) for c in new]) if new else None
    found = records(document, chunks)
    kb.put(document, chunks, new, np.zeros((0, 0)) if vectors is None else vectors, found, EXTRACTOR_VERSION, stored_ids)
    return ("replaced" if previous_hash is not None else "added"), len(new)
