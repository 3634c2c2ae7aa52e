"""Parsed OParl objects → stored documents, counted in the report (main thread only).

A Meeting yields its agenda document and one document per protocol File, a Paper its
``mainFile``. A file that cannot be read is a failure; its last good version stays stored.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.errors import IngestError
from assistant.knowledge import KnowledgeBase
from assistant.models import Document
from ingest.oparl import kb_writer, mapping
from ingest.oparl.objects import OFile, OMeeting, OPaper
from ingest.oparl.report import SyncReport
from ingest.oparl.state import SyncState
from ingest.readers import ReadResult

Contents = dict[str, ReadResult | Exception]
"""File id → its text, or why it could not be had."""


class DocumentWriter:
    def __init__(self, kb: KnowledgeBase, state: SyncState, source: str, report: SyncReport) -> None:
        self.kb = kb
        self.state = state
        self.source = source
        self.report = report
        self.affected: set[str] = set()
        """Meetings whose Vorlage links changed (re-mapped at the end of the body)."""

    def meeting(self, meeting: OMeeting, ctx: mapping.Context, contents: Contents) -> tuple[list[str], bool]:
        """Store a meeting's documents: their ids, and whether all of them could be stored."""
        refs = self.state.references(self.source, [item.id for item in meeting.agenda])
        labels = mapping.labels_to_references(meeting, refs)
        extractor = mapping.records_with_vorlage(labels)
        docs: list[str] = []
        complete = True
        try:
            if (document := mapping.meeting_document(meeting, ctx, refs)) is not None:
                self._put(document, extractor, docs)
        except IngestError as exc:
            self._fail(meeting.id, str(exc))
            complete = False
        for role, file in meeting.protocols:

            def build(read: ReadResult, role: str = role, file: OFile = file) -> Document:
                return mapping.protocol_document(meeting, role, file, read, ctx, labels)

            complete &= self._file(file, contents, build, extractor, docs)
        return docs, complete

    def paper(self, paper: OPaper, ctx: mapping.Context, contents: Contents) -> tuple[list[str], bool]:
        """Record the paper's consultations (Vorlage links) and store its main file."""
        links = [(c.agenda_item, c.meeting, paper.reference) for c in paper.consultations if paper.reference]
        self.affected |= self.state.set_paper_refs(self.source, paper.id, links)
        docs: list[str] = []
        if paper.main_file is None:
            return docs, True
        file = paper.main_file

        def build(read: ReadResult) -> Document:
            return mapping.paper_document(paper, file, read, ctx)

        return docs, self._file(file, contents, build, mapping.records_with_vorlage({}), docs)

    def remove(self, owner: str, doc_ids: set[str]) -> None:
        """Remove documents ``owner`` no longer makes, unless another object makes them too."""
        for doc_id in sorted(doc_ids):
            if self.state.claimed(self.source, doc_id, owner):
                continue
            if kb_writer.remove(self.kb, doc_id):
                self.report.documents_removed.append(doc_id)

    def _file(
        self,
        file: OFile,
        contents: Contents,
        build: Callable[[ReadResult], Document],
        extractor: mapping.RecordExtractor,
        docs: list[str],
    ) -> bool:
        result = contents.get(file.id, IngestError("not fetched"))
        try:
            if isinstance(result, Exception):
                raise result
            self._put(build(result), extractor, docs)
            return True
        except IngestError as exc:
            self._fail(file.access_url or file.id, str(exc))
            kept = mapping.doc_id("file", file.id)
            if self.kb.documents.content_hash(kept) is not None:
                docs.append(kept)  # the last good version stays until a new one can be read
            return False

    def _put(self, document: Document, extractor: mapping.RecordExtractor, docs: list[str]) -> None:
        outcome, embedded = kb_writer.put(self.kb, document, extractor)
        self.report.chunks_embedded += embedded
        if outcome == "added":
            self.report.documents_added.append(document.doc_id)
        elif outcome == "replaced":
            self.report.documents_replaced.append(document.doc_id)
        else:
            self.report.documents_unchanged += 1
        docs.append(document.doc_id)

    def _fail(self, url: str, reason: str) -> None:
        self.report.failures.append((url, reason))
