"""HTTP models of the structured records: decisions, positions and open items."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from api.schemas import IsoDate, OptionalText
from assistant.models import Decision, OpenItem, Position, RecordBase, RecordFilters


class VotesOut(BaseModel):
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


class RecordCitation(BaseModel):
    """Where a record comes from: ``quote == document.text[char_start:char_end]``."""

    doc_id: str
    municipality: str
    body: str
    date: str
    agenda_item: str
    quote: str
    char_start: int
    char_end: int
    source: str


class _RecordOut(RecordCitation):
    vorlage: str = Field("", description="Vorlage/Drucksache number of the agenda item, when present")

    @staticmethod
    def _base(record: RecordBase) -> dict[str, object]:
        return {**record.citation(), "vorlage": record.vorlage}


class DecisionOut(_RecordOut):
    outcome: str = Field(
        description="angenommen, abgelehnt, vertagt, zurückgestellt, zurückgezogen, "
        "zur Kenntnis genommen or verwiesen"
    )
    unanimous: bool | None
    votes: VotesOut
    by_faction: dict[str, dict[str, int | None]] = Field(
        default_factory=dict, description="Per vote category (yes/no/abstain): faction → count or null"
    )
    text: str

    @classmethod
    def from_domain(cls, d: Decision) -> DecisionOut:
        return cls.model_validate(
            {
                **cls._base(d),
                "outcome": d.outcome,
                "unanimous": d.unanimous,
                "text": d.text,
                "votes": {"yes": d.yes, "no": d.no, "abstain": d.abstain},
                "by_faction": d.by_faction,
            }
        )


class PositionOut(_RecordOut):
    person: str
    role: str
    faction: str
    stance: str
    object: str

    @classmethod
    def from_domain(cls, p: Position) -> PositionOut:
        return cls.model_validate(
            {
                **cls._base(p),
                "person": p.person,
                "role": p.role,
                "faction": p.faction,
                "stance": p.stance,
                "object": p.object,
            }
        )


class OpenItemOut(_RecordOut):
    owner: str
    task: str
    due: str
    status: Literal["open", "settled"]
    settled_by: RecordCitation | None = None

    @classmethod
    def from_domain(cls, o: OpenItem) -> OpenItemOut:
        return cls.model_validate(
            {
                **cls._base(o),
                "owner": o.owner,
                "task": o.task,
                "due": o.due,
                "status": o.status,
                "settled_by": o.settled_by,
            }
        )


class DecisionList(BaseModel):
    results: list[DecisionOut]


class PositionList(BaseModel):
    results: list[PositionOut]


class OpenItemList(BaseModel):
    results: list[OpenItemOut]


class _RecordParams(BaseModel):
    def to_domain(self) -> RecordFilters:
        """The filters; an empty or omitted field does not filter."""
        return RecordFilters(**{name: value or "" for name, value in self.model_dump().items()})


class DecisionParams(_RecordParams):
    q: OptionalText = None
    body: OptionalText = None
    municipality: OptionalText = None
    date_from: IsoDate = None
    date_to: IsoDate = None
    outcome: OptionalText = None
    vorlage: OptionalText = Field(
        default=None, description="Part of the Vorlage/Drucksache number, e.g. '2024/BV/061' or 'BV/061'"
    )

    def to_domain(self) -> RecordFilters:
        return RecordFilters(**{k: v or "" for k, v in self.model_dump(exclude={"vorlage"}).items()})

    def keep(self, decision: Decision) -> bool:
        """The Vorlage filter (case and spaces ignored); the other filters are the store's."""
        wanted = "".join((self.vorlage or "").lower().split())
        return not wanted or wanted in "".join(decision.vorlage.lower().split())


class PositionParams(_RecordParams):
    person: OptionalText = None
    q: OptionalText = None
    body: OptionalText = None
    municipality: OptionalText = None


class OpenItemParams(_RecordParams):
    status: Literal["open", "settled"] | None = None
    owner: OptionalText = None
    body: OptionalText = None
    municipality: OptionalText = None


def record_out(record: RecordBase) -> dict[str, object]:
    """Any record as its API shape (the same as in the list endpoints)."""
    if isinstance(record, Decision):
        return DecisionOut.from_domain(record).model_dump()
    if isinstance(record, Position):
        return PositionOut.from_domain(record).model_dump()
    if isinstance(record, OpenItem):
        return OpenItemOut.from_domain(record).model_dump()
    raise TypeError(f"unknown record type {type(record).__name__}")
