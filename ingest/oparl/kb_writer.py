"""The one place the OParl source writes into the knowledge base (an adapter over ingest.pipeline).

When the knowledge base gets its own ``put/remove/is_unchanged`` API, only this module changes.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from assistant.knowledge import KnowledgeBase
from assistant.models import Document
from ingest.oparl.mapping import RecordExtractor
from ingest.pipeline import ingest_document, remove_document


def writing(kb: KnowledgeBase) -> AbstractContextManager[None]:
    """The store's writer lock for a whole sync: another ingest or sync into the same store waits."""
    return kb.writing()


def put(kb: KnowledgeBase, document: Document, records: RecordExtractor) -> tuple[str, int]:
    """Store or replace ``document``: ``("added" | "replaced" | "unchanged", chunks embedded)``."""
    return ingest_document(kb, document, records)


def remove(kb: KnowledgeBase, doc_id: str) -> bool:
    """Delete a document with its chunks, vectors and records; False when it was not stored."""
    return remove_document(kb, doc_id)


def link_settlements(kb: KnowledgeBase) -> None:
    kb.records.link_settlements()
