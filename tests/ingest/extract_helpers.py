"""Helpers of the record-extraction tests: real tune-half documents, and small minutes made up of one
construction."""

from __future__ import annotations

from pathlib import Path

from assistant.evaluation.records_eval import split_of
from assistant.models import Document, DocumentMeta, Position, RecordBase, Records
from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file


def records(shared_dir: Path, doc_id: str) -> tuple[Document, Records]:
    assert split_of(doc_id) == "tune", "tests use the tune half only"
    path = shared_dir / "corpus-records" / "docs" / f"{doc_id}.txt"
    document = build_document(path, read_file(path))
    return document, extract_records(document)


def having(found: list[RecordBase], words: str) -> list[RecordBase]:
    return [r for r in found if words in " ".join(r.quote.split())]


def one(found: list[RecordBase], words: str) -> RecordBase:
    matches = having(found, words)
    assert len(matches) == 1, (words, [r.quote[:60] for r in found])
    return matches[0]


def said(text: str) -> list[Position]:
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Musterstadt", body="Rat")
    return extract_records(Document(meta=meta, text=text)).positions


def minutes(text: str) -> Records:
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Musterstadt", body="Ausschuss")
    return extract_records(Document(meta=meta, text=text))
