"""HTTP models of readers' feedback on answers."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from api.schemas import BodyInt, QueryText, _unicode
from assistant.models import Audience
from assistant.stores.feedback import Feedback
from assistant.vocab import FeedbackRating

MAX_ANSWER_CHARS = 20_000
MAX_COMMENT_CHARS = 2_000
MAX_CITATIONS = 10


class FeedbackCitation(BaseModel):
    """A citation of the answer as the reader saw it."""

    model_config = ConfigDict(extra="ignore")

    doc_id: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    agenda_item: Annotated[str, StringConstraints(max_length=200)] = ""
    char_start: BodyInt = Field(0, ge=0)
    char_end: BodyInt = Field(0, ge=0)
    quote: Annotated[str, StringConstraints(max_length=1_000)] = ""


class FeedbackIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        regex_engine="python-re",
        json_schema_extra={
            "examples": [
                {
                    "rating": "wrong_sources",
                    "question": "Wer war dagegen?",
                    "answer": "Stadtrat … [1]",
                    "citations": [{"doc_id": "landau-59456-hauptsatzung-einzelabstimmung", "char_start": 0}],
                    "comment": "Das Zitat nennt die Gegenstimmen nicht.",
                }
            ]
        },
    )

    rating: FeedbackRating = Field(description="helpful, wrong (the answer) or wrong_sources (the citations)")
    question: QueryText
    answer: Annotated[str, StringConstraints(max_length=MAX_ANSWER_CHARS)] = ""
    citations: list[FeedbackCitation] = Field(default_factory=list, max_length=MAX_CITATIONS)
    comment: Annotated[str, StringConstraints(max_length=MAX_COMMENT_CHARS)] = ""

    def to_domain(self, role: str, audience: Audience) -> Feedback:
        return Feedback(
            rating=self.rating,
            question=self.question,
            answer=_unicode(self.answer),
            citations=[{k: _clean(v) for k, v in c.model_dump().items()} for c in self.citations],
            comment=_unicode(self.comment.strip()),
            role=role,
            audience=audience,
        )


def _clean(value: Any) -> Any:
    return _unicode(value) if isinstance(value, str) else value


class FeedbackOut(BaseModel):
    feedback_id: int
    created: str = Field(description="UTC, ISO 8601")
    rating: FeedbackRating
    question: str
    answer: str
    citations: list[dict[str, Any]]
    comment: str
    role: str = Field(description="anonymous, member or admin: who gave it")

    @classmethod
    def from_domain(cls, feedback: Feedback) -> FeedbackOut:
        return cls(
            feedback_id=feedback.feedback_id,
            created=feedback.created,
            rating=feedback.rating,
            question=feedback.question,
            answer=feedback.answer,
            citations=feedback.citations,
            comment=feedback.comment,
            role=feedback.role,
        )


class FeedbackList(BaseModel):
    results: list[FeedbackOut]
