"""Domain types shared by ingestion, retrieval and the API.

Every type that ends up in an answer keeps enough to be traced back to a verbatim
slice of a stored document: ``doc_id`` plus ``char_start``/``char_end`` into
``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, TypeAlias

from assistant.vocab import ItemStatus


@dataclass(frozen=True)
class Audience:
    """Whose non-public content a caller may see: nobody's (anonymous), everybody's (a member or
    admin without scope, the CLI) or that of some municipalities (a member scoped to its councils).
    Public content everybody sees. Deliberately without a truth value: ``if audience`` would call
    a scoped member "private" or "public" by accident, so it raises."""

    everything: bool = False
    municipalities: frozenset[str] = frozenset()
    """The tenants (municipalities, as in ``DocumentMeta.municipality``) whose non-public content
    is visible; ignored when ``everything``."""

    def __bool__(self) -> bool:
        raise TypeError("an Audience has no truth value: ask .everything, .scoped or .sees()")

    @property
    def scoped(self) -> bool:
        """Some municipalities' non-public content, not all."""
        return not self.everything and bool(self.municipalities)

    @property
    def public_only(self) -> bool:
        return not self.everything and not self.municipalities

    def sees(self, public: bool, municipality: str) -> bool:
        """Whether text with this publicity, from this municipality, is visible."""
        return public or self.everything or municipality in self.municipalities


PUBLIC = Audience()
EVERYTHING = Audience(everything=True)

Rights: TypeAlias = bool | Audience
"""What every read takes as ``include_private``: a plain bool (all or public only) or an Audience."""


def audience_of(rights: bool | Audience) -> Audience:
    """``include_private`` as it is passed today: True is everything, False public only, or an
    :class:`Audience` already."""
    if isinstance(rights, Audience):
        return rights
    return EVERYTHING if rights else PUBLIC


@dataclass(frozen=True)
class DocumentMeta:
    """Descriptive metadata of one council document (from front matter, HTML or OParl)."""

    doc_id: str
    """Stable id: front-matter ``id``, else the file stem."""
    title: str = ""
    source: str = ""
    """Where the document came from (portal URL or file path)."""
    municipality: str = ""
    body: str = ""
    """Gremium: Gemeinderat, Kreistag, Bauausschuss, ..."""
    date: str = ""
    """Session or document date as ISO ``YYYY-MM-DD``; empty when unknown."""
    kind: str = "other"
    """One of :class:`assistant.vocab.DocumentKind` values."""
    public: bool = True
    """False when the whole document is non-public."""
    agenda_item: str = ""
    """Agenda item the whole document belongs to (single-TOP excerpts)."""


@dataclass(frozen=True)
class Section:
    """A structural unit of a document: usually one agenda item (TOP)."""

    char_start: int
    char_end: int
    agenda_item: str = ""
    """Label such as ``Ö 4.1``, ``TOP 5`` or ``N 2``; empty for preamble text."""
    title: str = ""
    public: bool = True


@dataclass
class Document:
    """A stored document: its metadata, the full text and where its parts lie."""

    meta: DocumentMeta
    text: str
    content_hash: str = ""
    page_starts: list[int] = field(default_factory=list)
    """Character offset at which each page starts (PDF); empty for unpaged text."""
    private_spans: list[tuple[int, int]] = field(default_factory=list)
    """Character ranges that are non-public (e.g. after "Nichtöffentlicher Teil")."""
    sections: list[Section] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id

    def page_at(self, offset: int) -> int | None:
        """1-based page number containing ``offset``, or None for unpaged documents."""
        if not self.page_starts:
            return None
        page = 1
        for number, start in enumerate(self.page_starts, start=1):
            if start <= offset:
                page = number
            else:
                break
        return page

    def is_public_at(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is public and the document itself is public."""
        if not self.meta.public:
            return False
        return all(end <= s or start >= e for s, e in self.private_spans)


@dataclass(frozen=True)
class Chunk:
    """A retrievable piece of one agenda item, with offsets into its document's text."""

    chunk_id: str
    doc_id: str
    text: str
    char_start: int
    char_end: int
    agenda_item: str = ""
    page: int | None = None
    public: bool = True


@dataclass(frozen=True)
class Citation:
    """A verbatim quote backing a claim: ``document.text[char_start:char_end] == quote``."""

    doc_id: str
    title: str
    municipality: str
    body: str
    date: str
    agenda_item: str
    page: int | None
    quote: str
    char_start: int
    char_end: int
    source: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "municipality": self.municipality,
            "body": self.body,
            "date": self.date,
            "agenda_item": self.agenda_item,
            "page": self.page,
            "quote": self.quote,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "source": self.source,
            "score": self.score,
        }


@dataclass(frozen=True)
class SearchFilters:
    """Optional metadata constraints on retrieval. Empty fields do not filter."""

    municipality: str = ""
    body: str = ""
    date_from: str = ""
    date_to: str = ""
    kind: str = ""
    documents: tuple[str, ...] = ()
    """Only these documents (a follow-up pinned to its conversation's documents); empty: all."""


@dataclass(frozen=True)
class Answer:
    """What ``ask`` returns: an answer text whose claims point to ``citations`` by number."""

    answer: str
    abstained: bool
    citations: list[Citation]
    question_type: str = "other"
    """``decision``, ``position``, ``open_item`` or ``other`` (see :mod:`assistant.query.understand`)."""
    records: list[Record] = field(default_factory=list)
    """Structured records (decisions, positions, open items) behind the cited passages."""
    premise_contradicted: bool = False
    """The question presupposes an outcome ("Warum wurde … beschlossen?") that the cited decision
    record contradicts (it was rejected or postponed); the answer says so first."""


@dataclass(frozen=True)
class Passage:
    """A ranked chunk with the quote chosen from it and the evidence signals behind its rank."""

    citation: Citation
    chunk: Chunk
    meta: DocumentMeta
    score: float
    dense: float
    lexical: float
    coverage: float
    """Share of the question's content terms (weighted by rarity) found in the chunk, 0..1."""
    fits: bool = True
    """Whether the quote holds the kind of fact the question asks for (an amount, a date, a vote)."""
    admissible: bool = True
    """Whether the passage may count as evidence at all (see :mod:`assistant.query.admissible`)."""


@dataclass(frozen=True)
class RecordBase:
    """Where a record comes from: document, metadata, agenda item and the verbatim quote."""

    record_id: str
    doc_id: str
    municipality: str
    body: str
    date: str
    agenda_item: str
    topic: str
    """Title of the agenda item (used to find later documents that take the matter up)."""
    quote: str
    char_start: int
    char_end: int
    source: str
    public: bool = True
    chunk_id: str = ""
    vorlage: str = ""
    """Vorlage/Drucksache number of the agenda item, when present."""
    refs: tuple[str, ...] = ()
    """Vorlage numbers and dates the agenda item mentions (for settlement links)."""
    derived: tuple[str, ...] = ()
    """Fields the text does not state but the extractor inferred (e.g. ``outcome`` from "mehrheitlich
    zugestimmt", ``owner`` defaulted to the administration, ``person`` from a pronoun); every other
    field is stated in the quote."""

    def citation(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "municipality": self.municipality,
            "body": self.body,
            "date": self.date,
            "agenda_item": self.agenda_item,
            "quote": self.quote,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "source": self.source,
        }


@dataclass(frozen=True)
class Decision(RecordBase):
    outcome: str = ""
    """One of :class:`assistant.vocab.DecisionOutcome`."""
    unanimous: bool | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    by_faction: dict[str, dict[str, int | None]] = field(default_factory=dict)
    """Per vote category ("yes"/"no"/"abstain"): faction → count (None when only named)."""
    text: str = ""
    """The resolution text as adopted (or put to the vote)."""


@dataclass(frozen=True)
class Position(RecordBase):
    person: str = ""
    """Speaker as written, e.g. "Herr Becker"; an institution ("Verwaltung") when it speaks."""
    person_key: str = ""
    """``surname|municipality`` (see :func:`assistant.language.persons.person_key`): one key per person."""
    role: str = ""
    faction: str = ""
    stance: str = ""
    """One of :class:`assistant.vocab.Stance`."""
    object: str = ""


@dataclass(frozen=True)
class OpenItem(RecordBase):
    owner: str = ""
    task: str = ""
    due: str = ""
    """ISO date, "nächste Sitzung" or empty."""
    status: str = ItemStatus.OPEN.value
    settled_by: dict[str, Any] | None = None
    """Citation of the later record that took the item up."""
    public_settled_by: dict[str, Any] | None = None
    """The same, found among public records only: what a caller without rights may see."""

    def seen_by(self, include_private: Rights) -> OpenItem:
        """The item as a caller sees it: without rights, a settlement by a non-public record does
        not exist (the item stays open), so no non-public quote, date or agenda item leaks. A member
        scoped to some municipalities sees the settlement when it comes from one of them (public or
        not), else the public one (a settlement by another council's non-public record stays hidden)."""
        audience = audience_of(include_private)
        if audience.everything or self.settled_by == self.public_settled_by:
            return self
        if self.settled_by is not None and self.settled_by.get("municipality") in audience.municipalities:
            return self
        settled = self.public_settled_by is not None
        return replace(
            self,
            status=ItemStatus.SETTLED.value if settled else ItemStatus.OPEN.value,
            settled_by=self.public_settled_by,
        )


@dataclass
class Records:
    decisions: list[Decision] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    open_items: list[OpenItem] = field(default_factory=list)

    def all(self) -> list[RecordBase]:
        return [*self.decisions, *self.positions, *self.open_items]


Record = Decision | Position | OpenItem
"""Any structured record extracted from minutes."""


@dataclass(frozen=True)
class RecordFilters:
    """What a list of records may be narrowed by; empty fields do not filter."""

    q: str = ""
    """Words that must all occur in the record's topic, text or quote."""
    body: str = ""
    municipality: str = ""
    date_from: str = ""
    date_to: str = ""
    outcome: str = ""
    """Decisions: one of :class:`assistant.vocab.DecisionOutcome`."""
    person: str = ""
    """Positions: one person, however written ("Herr Becker", "Dr. Becker")."""
    status: str = ""
    """Open items: ``open`` or ``settled``."""
    owner: str = ""
    """Open items: who is to do it (a part of the name)."""
