"""OParl objects → documents with the metadata citations need.

A Meeting becomes one document whose sections are its agenda items (number, name, Vorlage
number, result, resolution text; non-public items are non-public spans), and each of its
protocol Files (``resultsProtocol``, ``verbatimProtocol``) a document of its own. A Paper's
``mainFile`` becomes a proposal document. Body (Organization name), date (Meeting start),
municipality (Body name), source (the ``web`` URL, else the OParl URL) are set on all of them.
Document ids are derived from OParl ids, so a re-sync replaces instead of duplicating.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from assistant.models import Chunk, Document, DocumentMeta, RecordBase, Records, Section
from assistant.vocab import DocumentKind
from ingest.documents import build_document, content_hash, iso_date
from ingest.extract import extract_records
from ingest.minutes import normalise_label
from ingest.oparl.objects import OAgendaItem, OFile, OMeeting, OPaper
from ingest.readers import ReadResult

MAPPING_VERSION = "1"
"""Bump when objects map to other documents: the next sync re-maps every object from the state."""
_LABEL_PREFIX = re.compile(r"^(?:NÖ|Ö|N)\s*\d")
R = TypeVar("R", bound=RecordBase)
RecordExtractor = Callable[[Document, Sequence[Chunk]], Records]


@dataclass(frozen=True)
class Context:
    """What mapping needs beyond the object itself."""

    municipality: str
    organizations: Mapping[str, str]
    """Organization id → name."""
    key: str
    """The pipeline key (see :func:`ingest.documents.pipeline_key`)."""


def doc_id(kind: str, oparl_id: str) -> str:
    """``oparl-meeting-281-1a2b3c4d5e``: readable and unique per OParl id."""
    tail = re.sub(r"[^A-Za-z0-9]+", "-", oparl_id.rstrip("/").rsplit("/", 1)[-1]).strip("-")[:24]
    digest = hashlib.sha1(oparl_id.encode("utf-8")).hexdigest()[:10]
    return f"oparl-{kind}-{tail}-{digest}" if tail else f"oparl-{kind}-{digest}"


def agenda_label(item: OAgendaItem, position: int) -> str:
    number = item.number or str(position)
    if _LABEL_PREFIX.match(number):
        return normalise_label(number)
    return normalise_label(f"{'Ö' if item.public else 'N'} {number}")


def _german(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}" if len(iso) == 10 else ""


def body_names(meeting: OMeeting, ctx: Context) -> str:
    return ", ".join(n for n in (ctx.organizations.get(o, "") for o in meeting.organizations) if n)


def meeting_meta(meeting: OMeeting, ctx: Context, kind: str, oparl_id: str, title: str) -> DocumentMeta:
    return DocumentMeta(
        doc_id=doc_id(kind, oparl_id),
        title=title[:300],
        source=meeting.web or meeting.id,
        municipality=ctx.municipality,
        body=body_names(meeting, ctx),
        date=iso_date(meeting.start),
        kind=DocumentKind.MINUTES.value,
    )


def meeting_document(meeting: OMeeting, ctx: Context, references: Mapping[str, str]) -> Document | None:
    """The agenda as a document: one section per agenda item. None without agenda items."""
    if not meeting.agenda:
        return None
    meta = meeting_meta(meeting, ctx, "meeting", meeting.id, meeting.name or "Sitzung")
    head = " ".join(p for p in (meta.body, _german(meta.date)) if p)
    text = f"{meeting.name or 'Sitzung'}\n{head}\n".lstrip("\n")
    sections: list[Section] = []
    for position, item in enumerate(meeting.agenda, start=1):
        label = agenda_label(item, position)
        lines = [f"TOP {label}: {item.name}".rstrip(": ")]
        if ref := references.get(item.id):
            lines.append(f"Vorlage: {ref}")
        if item.result:
            lines.append(f"Ergebnis: {item.result}")
        if item.resolution_text:
            lines.append(item.resolution_text)
        block = "\n\n".join(lines)
        start = len(text) + 1
        text += "\n" + block + "\n"
        sections.append(Section(start, start + len(block), label, item.name, item.public))
    private = [(s.char_start, s.char_end) for s in sections if not s.public]
    return Document(
        meta=meta,
        text=text,
        content_hash=content_hash(meta, text, ctx.key),
        private_spans=private,
        sections=sections,
    )


def labels_to_references(meeting: OMeeting, references: Mapping[str, str]) -> dict[str, str]:
    """Agenda item label (as documents write it: ``Ö 3``, ``TOP 3``) → Paper reference."""
    result: dict[str, str] = {}
    for position, item in enumerate(meeting.agenda, start=1):
        if ref := references.get(item.id):
            label = agenda_label(item, position)
            result[label] = ref
            result.setdefault("TOP " + label.split(" ", 1)[-1], ref)
    return result


def protocol_document(
    meeting: OMeeting, role: str, file: OFile, read: ReadResult, ctx: Context, labels: Mapping[str, str]
) -> Document:
    """A protocol File of a meeting; ``labels`` (agenda label → Vorlage) enter its content hash."""
    name = file.name or ("Wortprotokoll" if role == "verbatimProtocol" else "Protokoll")
    meta = meeting_meta(meeting, ctx, "file", file.id, f"{name} – {meeting.name}" if meeting.name else name)
    key = ctx.key + "|" + ",".join(f"{k}={v}" for k, v in sorted(labels.items()))
    return _from_read(meta, read, key)


def paper_document(paper: OPaper, file: OFile, read: ReadResult, ctx: Context) -> Document:
    title = " ".join(p for p in (paper.paper_type, paper.reference) if p)
    meta = DocumentMeta(
        doc_id=doc_id("file", file.id),
        title=(f"{title}: {paper.name}" if title else paper.name or file.name)[:300],
        source=paper.web or paper.id,
        municipality=ctx.municipality,
        date=iso_date(paper.date or file.date),
        kind=DocumentKind.PROPOSAL.value,
    )
    return _from_read(meta, read, ctx.key)


def _from_read(meta: DocumentMeta, read: ReadResult, key: str) -> Document:
    fields = {
        "id": meta.doc_id,
        "title": meta.title,
        "source": meta.source,
        "municipality": meta.municipality,
        "body": meta.body,
        "date": meta.date,
        "kind": meta.kind,
    }
    return build_document(Path(meta.doc_id), replace(read, meta=fields), key)


def records_with_vorlage(labels: Mapping[str, str]) -> RecordExtractor:
    """A record extractor that sets each agenda item's Vorlage number from OParl's Paper links."""

    def extract(document: Document, chunks: Sequence[Chunk]) -> Records:
        records = extract_records(document, chunks)
        if not labels:
            return records

        def fix(record: R) -> R:
            ref = labels.get(record.agenda_item)
            return replace(record, vorlage=ref, refs=tuple(sorted({*record.refs, ref}))) if ref else record

        return Records(
            decisions=[fix(r) for r in records.decisions],
            positions=[fix(r) for r in records.positions],
            open_items=[fix(r) for r in records.open_items],
        )

    return extract
