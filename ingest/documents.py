"""From a reader's result to a :class:`Document`: metadata normalised, structure found, chunks cut."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, replace
from pathlib import Path

from assistant.embedding import Embedder
from assistant.models import Chunk, Document, DocumentMeta, Section
from assistant.settings import Settings
from assistant.vocab import normalise_kind
from ingest.chunking import chunk_sections
from ingest.minutes import private_spans, split_sections
from ingest.readers import ReadResult

PIPELINE_VERSION = "2"
"""Bump when structure or chunking changes, so unchanged files are re-chunked on the next ingest."""

HEADER_TOKEN_MARGIN = 48
"""Model tokens kept free in each chunk for the metadata header line embedded with it."""

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_FALSE = {"false", "no", "nein", "0", "nichtöffentlich", "nicht öffentlich", "nichtoeffentlich"}


def iso_date(value: str) -> str:
    """``2017-02-01`` or ``01.02.2017`` → ``2017-02-01``; anything else → empty."""
    value = value.strip()
    if match := _ISO_DATE.match(value):
        return match.group(0)
    if match := _GERMAN_DATE.match(value):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return ""


def document_meta(path: Path, read: ReadResult) -> DocumentMeta:
    meta = read.meta
    title = meta.get("title", "").strip() or _first_line(read.text) or path.stem
    return DocumentMeta(
        doc_id=meta.get("id", "").strip() or path.stem,
        title=title[:300],
        source=meta.get("source", "").strip() or str(path),
        municipality=meta.get("municipality", "").strip(),
        body=meta.get("body", "").strip(),
        date=iso_date(meta.get("date", "")),
        kind=normalise_kind(meta.get("kind", "")),
        public=meta.get("public", "true").strip().lower() not in _FALSE,
        agenda_item=meta.get("agenda_item", "").strip(),
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def pipeline_key(settings: Settings, model_name: str) -> str:
    """Everything besides the file that decides the chunks: a change re-chunks unchanged files."""
    return f"{PIPELINE_VERSION}|{model_name}|{settings.chunk_target_chars}|{settings.chunk_max_tokens}"


def content_hash(meta: DocumentMeta, text: str, key: str = PIPELINE_VERSION) -> str:
    payload = json.dumps(asdict(meta), sort_keys=True, ensure_ascii=False) + key + text
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def build_document(path: Path, read: ReadResult, key: str = PIPELINE_VERSION) -> Document:
    """The document with its structure; ``key`` (see :func:`pipeline_key`) enters its content hash."""
    meta = document_meta(path, read)
    sections = split_sections(read.text)
    if meta.agenda_item:
        sections = [replace(s, agenda_item=s.agenda_item or meta.agenda_item) for s in sections]
    if not meta.public:
        sections = [replace(s, public=False) for s in sections]
    spans = [(0, len(read.text))] if not meta.public else private_spans(sections)
    return Document(
        meta=meta,
        text=read.text,
        content_hash=content_hash(meta, read.text, key),
        page_starts=list(read.page_starts),
        private_spans=spans,
        sections=sections,
    )


def embedding_header(meta: DocumentMeta, agenda_item: str) -> str:
    """A line of metadata embedded with each chunk, so a question naming the body or place matches."""
    parts = [meta.municipality, meta.body, meta.date, agenda_item, meta.title]
    return " | ".join(p for p in parts if p)


def make_chunks(document: Document, embedder: Embedder, settings: Settings) -> list[Chunk]:
    limit = settings.chunk_max_tokens or embedder.max_tokens
    max_tokens = max(32, limit - HEADER_TOKEN_MARGIN)
    sections = document.sections or [Section(0, len(document.text))]
    spans = chunk_sections(
        document.text, sections, embedder.count_tokens, max_tokens, settings.chunk_target_chars
    )
    chunks = []
    for span in spans:
        text = document.text[span.char_start : span.char_end]
        public = span.public and document.is_public_at(span.char_start, span.char_end)
        key = f"{document.doc_id}\x00{span.char_start}\x00{span.char_end}\x00{span.agenda_item}\x00{public}"
        digest = hashlib.sha1(
            (key + "\x00" + embedding_header(document.meta, span.agenda_item) + text).encode()
        )
        chunks.append(
            Chunk(
                chunk_id=f"{document.doc_id[:60]}-{digest.hexdigest()[:16]}",
                doc_id=document.doc_id,
                text=text,
                char_start=span.char_start,
                char_end=span.char_end,
                agenda_item=span.agenda_item,
                page=document.page_at(span.char_start),
                public=public,
            )
        )
    return chunks


def embedding_text(chunk: Chunk, meta: DocumentMeta) -> str:
    return embedding_header(meta, chunk.agenda_item) + "\n" + chunk.text
