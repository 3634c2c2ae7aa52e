"""Answers that correct a question's premise, and answers that say an event is only announced.

Both keep their citations: the reader sees the passage that contradicts the premise or announces
the event. A corrected premise is an answer (the documents do say what happened); an announced
event is not (``abstained`` stays true: the documents do not say how it turned out).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.answering.record_answer import lead_with_record
from assistant.models import Answer, Citation, Decision, DocumentMeta
from assistant.query.premise import contradicts
from assistant.vocab import DecisionOutcome

_SAID = {
    DecisionOutcome.REJECTED: "abgelehnt",
    DecisionOutcome.ADJOURNED: "vertagt",
    DecisionOutcome.DEFERRED: "zurückgestellt",
    DecisionOutcome.WITHDRAWN: "zurückgezogen",
    DecisionOutcome.REFERRED: "verwiesen",
    DecisionOutcome.ADOPTED: "beschlossen",
}


def premise_correction(presupposed: DecisionOutcome, found: str) -> str:
    """The sentence that corrects the premise: "Anders als die Frage annimmt, wurde das nicht
    beschlossen, sondern abgelehnt."""
    said = _SAID.get(DecisionOutcome(found), found)
    if presupposed == DecisionOutcome.ADOPTED:
        return f"Anders als die Frage annimmt, wurde das nicht beschlossen, sondern {said}."
    return f"Anders als die Frage annimmt, wurde das nicht {_SAID.get(presupposed, presupposed)}, sondern {said}."


def correct_premise(
    answer: Answer, record: Decision, meta: DocumentMeta, presupposed: DecisionOutcome, top_k: int
) -> Answer:
    """``answer`` led by the contradicting decision ``record`` (cited first) and the correction."""
    led = lead_with_record(answer, record, meta, top_k)
    text = f"{premise_correction(presupposed, record.outcome)} {led.answer}"
    return replace(led, answer=text, premise_contradicted=True)


ONLY_ANNOUNCED = (
    "Das kündigen die vorliegenden Dokumente nur an; wie es ausgegangen ist, enthalten sie nicht:"
)


def only_announced(answer: Answer) -> Answer:
    """``answer`` turned into an abstention that quotes the announcing passage (citation [1])."""
    first = answer.citations[0]
    quote = " ".join(first.quote.split())
    return replace(answer, answer=f"{ONLY_ANNOUNCED} „{quote}“ [1]", abstained=True, records=[])


def contradicting_decision(
    presupposed: DecisionOutcome,
    citations: Sequence[Citation],
    near: Callable[[str, str], Sequence[object]],
) -> Decision | None:
    """The decision of the first cited agenda item whose outcome contradicts ``presupposed`` (see
    :func:`assistant.query.premise.contradicts`); ``near(doc_id, agenda_item)`` lists its records."""
    if not citations:
        return None
    first = citations[0]
    decisions = [r for r in near(first.doc_id, first.agenda_item) if isinstance(r, Decision)]
    found = contradicts(presupposed, [d.outcome for d in decisions])
    return next((d for d in decisions if d.outcome == found), None) if found else None
