"""HTTP request and response models, kept apart from the domain types in ``assistant.models``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from assistant.conversation import PriorCitation, Turn
from assistant.models import Answer, Citation, Document, DocumentMeta, SearchFilters
from assistant.service import DocumentSummary

MAX_QUESTION_CHARS = 2000
MAX_RESULTS = 50
MAX_FILTER_CHARS = 200


SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
"""White space by Python's definition and by JSON Schema's (ECMAScript's) alike; the two disagree
on a few control characters (U+001C-001F, U+0085: Python only) and U+FEFF (ECMAScript only)."""
BLANK = "^[" + SPACE.encode("unicode_escape").decode("ascii") + "]*$"


def _blank_to_none(value: Any) -> Any:
    """Treat ``?body=`` or ``"body": "  "`` as "no filter" (a value too long to be valid stays, to
    be refused by its length)."""
    if isinstance(value, str) and not value.strip(SPACE) and len(value) <= MAX_FILTER_CHARS:
        return None
    return _unicode(value) if isinstance(value, str) else value


def _no_bool(value: Any) -> Any:
    """JSON's ``true``/``false`` are no numbers, although Python counts them as 1 and 0."""
    if isinstance(value, bool):
        raise ValueError("must be a number, not true or false")
    return value


BodyInt = Annotated[int, BeforeValidator(_no_bool)]
"""An integer in a JSON body (query parameters arrive as text and need no such check)."""


def _unicode(value: str) -> str:
    """Reject text that is no Unicode (a lone surrogate such as ``"\\ud800"`` in JSON)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from exc
    return value


def _iso_date(value: str) -> str:
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("date must be a valid calendar date as YYYY-MM-DD") from exc
    if parsed.isoformat() != value:
        raise ValueError("date must be written as YYYY-MM-DD")
    return value


def _not_blank(value: str) -> str:
    value = _unicode(value).strip()
    if not value:
        raise ValueError("must not be blank")
    return value


OptionalText = Annotated[
    Annotated[str, StringConstraints(max_length=MAX_FILTER_CHARS), AfterValidator(lambda v: v.strip(SPACE))] | None,
    BeforeValidator(_blank_to_none),
    Field(description="Empty or omitted: no filter."),
]
IsoDate = Annotated[
    Annotated[str, AfterValidator(_iso_date)] | None,
    BeforeValidator(_blank_to_none),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "pattern": BLANK, "description": "blank: no limit"},
                {"type": "null"},
            ]
        }
    ),
    Field(examples=["2017-01-01"], description="YYYY-MM-DD; empty or omitted: no limit."),
]
NOT_BLANK = r"[^\s\u001c-\u001f\u0085\ufeff]"
"""One character that is no white space by Python's definition nor by JSON Schema's (ECMAScript's);
the two disagree on a few control characters and the byte-order mark. Needs the python-re engine."""
QueryText = Annotated[
    str,
    Field(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=NOT_BLANK),
    AfterValidator(_not_blank),
]


class FiltersIn(BaseModel):
    """Optional metadata constraints; omitted or empty fields do not filter. A range whose
    ``date_from`` is after its ``date_to`` matches nothing (it is a valid, empty range)."""

    model_config = ConfigDict(extra="forbid", regex_engine="python-re")

    municipality: OptionalText = Field(default=None, description="e.g. 'Landkreis Börde'")
    body: OptionalText = Field(default=None, description="Gremium, e.g. 'Kultur- und Sozialausschuss'")
    date_from: IsoDate = None
    date_to: IsoDate = None
    kind: OptionalText = Field(default=None, description="Document kind, e.g. 'minutes'")

    def to_domain(self) -> SearchFilters:
        return SearchFilters(
            municipality=self.municipality or "",
            body=self.body or "",
            date_from=self.date_from or "",
            date_to=self.date_to or "",
            kind=self.kind or "",
        )


MAX_HISTORY_TURNS = 10
MAX_HISTORY_CITATIONS = 5
"""Citations per earlier turn: where its best evidence lay (the request stays far below max_request_bytes)."""


class PriorCitationIn(BaseModel):
    """A citation of an earlier answer, as ``/v1/ask`` returned it (other fields are ignored)."""

    model_config = ConfigDict(extra="ignore")

    doc_id: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    municipality: Annotated[str, StringConstraints(max_length=200)] = ""
    body: Annotated[str, StringConstraints(max_length=200)] = ""
    date: Annotated[str, StringConstraints(max_length=20)] = ""
    agenda_item: Annotated[str, StringConstraints(max_length=200)] = ""

    def to_domain(self) -> PriorCitation:
        return PriorCitation(
            _unicode(self.doc_id),
            _unicode(self.municipality),
            _unicode(self.body),
            _unicode(self.date),
            _unicode(self.agenda_item),
        )


class TurnIn(BaseModel):
    """An earlier turn of the conversation: its question and the citations its answer gave."""

    model_config = ConfigDict(extra="forbid", regex_engine="python-re")

    question: QueryText
    citations: list[PriorCitationIn] = Field(default_factory=list, max_length=MAX_HISTORY_CITATIONS)

    def to_domain(self) -> Turn:
        return Turn(self.question, tuple(c.to_domain() for c in self.citations))


class AskRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        regex_engine="python-re",
        json_schema_extra={
            "examples": [
                {
                    "question": "Welche Variante favorisierte Herr Czernitzki beim Integrationskonzept?",
                    "top_k": 5,
                }
            ]
        },
    )

    question: QueryText
    top_k: BodyInt = Field(5, ge=1, le=MAX_RESULTS, description="Passages considered for the answer.")
    filters: FiltersIn = Field(default_factory=lambda: FiltersIn())
    history: list[TurnIn] = Field(
        default_factory=list,
        max_length=MAX_HISTORY_TURNS,
        description="Earlier turns, oldest first: follow-ups („Und wer war dagegen?“) take subject, place, "
        "body and documents from them unless they name others.",
    )


class SearchParams(FiltersIn):
    """Query parameters of ``GET /v1/search``."""

    q: QueryText
    k: int = Field(10, ge=1, le=MAX_RESULTS, description="Number of results.")


class CitationOut(BaseModel):
    """A verbatim quote: ``GET /v1/documents/{doc_id}`` → ``text[char_start:char_end] == quote``."""

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

    @classmethod
    def from_domain(cls, citation: Citation) -> CitationOut:
        return cls(**citation.as_dict())


class AskResponse(BaseModel):
    answer: str
    abstained: bool = Field(description="True when the evidence was too weak to answer.")
    citations: list[CitationOut] = Field(description="Numbered [1], [2] … in the answer text, in order.")
    question_type: str = Field(
        "other", description="decision, position, open_item or other: what the question asks for."
    )
    records: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Decisions, positions or open items behind the cited passages (shapes as in /v1/decisions, "
        "/v1/positions, /v1/open-items), when the question asks for one of them.",
    )
    premise_contradicted: bool = Field(
        False,
        description="True when the question takes an outcome for granted (\"Warum wurde … beschlossen?\") that "
        "the cited decision contradicts (it was rejected or postponed); the answer says so first and cites it.",
    )

    @classmethod
    def from_domain(cls, answer: Answer, records: list[dict[str, Any]] | None = None) -> AskResponse:
        return cls(
            answer=answer.answer,
            abstained=answer.abstained,
            citations=[CitationOut.from_domain(c) for c in answer.citations],
            question_type=answer.question_type,
            records=records or [],
            premise_contradicted=answer.premise_contradicted,
        )


class SearchResponse(BaseModel):
    results: list[CitationOut]


class DocumentMetaOut(BaseModel):
    doc_id: str
    title: str
    source: str
    municipality: str
    body: str
    date: str
    kind: str
    public: bool = Field(description="False when the whole document is non-public.")
    agenda_item: str

    @staticmethod
    def meta_fields(meta: DocumentMeta) -> dict[str, Any]:
        return {
            "doc_id": meta.doc_id,
            "title": meta.title,
            "source": meta.source,
            "municipality": meta.municipality,
            "body": meta.body,
            "date": meta.date,
            "kind": meta.kind,
            "public": meta.public,
            "agenda_item": meta.agenda_item,
        }


class DocumentSummaryOut(DocumentMetaOut):
    chunk_count: int

    @classmethod
    def from_domain(cls, summary: DocumentSummary) -> DocumentSummaryOut:
        return cls(**cls.meta_fields(summary.meta), chunk_count=summary.chunk_count)


class DocumentList(BaseModel):
    documents: list[DocumentSummaryOut]


class SectionOut(BaseModel):
    agenda_item: str
    title: str
    char_start: int
    char_end: int


class DocumentOut(DocumentMetaOut):
    text: str
    sections: list[SectionOut]
    page_starts: list[int] = Field(
        description="Character offset at which each page starts; empty if unpaged."
    )
    redacted: bool = Field(description="True when non-public passages were blanked (offsets are kept).")

    @classmethod
    def from_domain(cls, document: Document, redacted: bool) -> DocumentOut:
        return cls(
            **cls.meta_fields(document.meta),
            text=document.text,
            sections=[
                SectionOut(
                    agenda_item=s.agenda_item, title=s.title, char_start=s.char_start, char_end=s.char_end
                )
                for s in document.sections
            ],
            page_starts=list(document.page_starts),
            redacted=redacted,
        )


class HealthOut(BaseModel):
    status: str = Field(description="'ok' or 'degraded'")
    documents: int
    chunks: int
    model: str
    store: str
    vectors: int | None = None
    error: str | None = None


class ErrorOut(BaseModel):
    """Every error other than a validation error (422) has this shape."""

    detail: str


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "The request cannot be served as asked"},
    401: {"model": ErrorOut, "description": "Malformed, unknown or repeated Authorization header"},
    413: {"model": ErrorOut, "description": "Request body larger than RATSINFO_MAX_REQUEST_BYTES"},
    429: {"model": ErrorOut, "description": "Too many requests from this client; retry after Retry-After seconds"},
    503: {"model": ErrorOut, "description": "The store or the model is not available; retry later"},
}
"""Documented on every API route (422 is documented by FastAPI itself)."""
