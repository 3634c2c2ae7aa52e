"""Whether a passage's value belongs to the asked slot, and the abstention when none does.

"Wie hoch ist der Zuschuss für den Sportverein?" is not answered by the minutes' "12.000 €" for the
street lights two sentences on: the value must stand in one sentence with the head of the slot. See
:mod:`assistant.query.slot`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.language.sentences import split_sentences
from assistant.models import Answer, Passage
from assistant.query.facts import holds_answer_kind
from assistant.query.slot import AskedSlot

_BACK_REFERENCE = re.compile(
    r"(?:hierfür|hierzu|dafür|dazu|davon|hiervon|diese[rsm]?|deren|dessen)\b", re.IGNORECASE
)
"""A sentence that opens by pointing back ("Hierfür werden bis zu 160.000 Euro bereitgestellt."): its value belongs to
what the sentence before names."""


def grounded(slot: AskedSlot, passage: Passage, question: str) -> bool:
    """Whether one sentence of ``passage``'s quote (all of it, also where it runs on past its chunk) holds a value of
    the slot's kind and names the slot's head, or opens by pointing back (:data:`_BACK_REFERENCE`) to the sentence
    before, which names it.
    (Accepting the head in any sentence before cost nothing on the tune halves and the shared sets, but lets
    "Herr G. erklärt den Mitgliedern … Es ist … 90 % der Kosten …" answer "Wie viele Mitglieder …?".)"""
    start = max(passage.citation.char_start - passage.chunk.char_start, 0)
    text = passage.chunk.text[:start] + passage.citation.quote  # the quote runs on into the next chunk at times
    sentences = split_sentences(text, 0, len(text))
    for i, (s, e) in enumerate(sentences):
        if e <= start or not holds_answer_kind(slot.kind, text[s:e], question):
            continue
        if slot.named_in(text[s:e]):
            return True
        if i > 0 and _BACK_REFERENCE.match(text, s) and slot.named_in(text[slice(*sentences[i - 1])]):
            return True
    return False


def ground(slot: AskedSlot | None, passages: Sequence[Passage], question: str) -> list[Passage]:
    """``passages`` with ``fits`` set by whether the quote holds a value of ``slot`` (one that belongs to
    its head, anywhere in the quote: not only in the few sentences the retriever's check reads); their
    order stays (moving those that hold it first cost a first hit on the shared sets: the value's own
    sentence may name the head in other words, "eine Erhöhung um 35 Euro" for the Kindergartengebühren)."""
    if slot is None:
        return list(passages)
    return [replace(p, fits=grounded(slot, p, question)) for p in passages]


VALUE_NOT_GIVEN = "Den gefragten Wert nennen die vorliegenden Dokumente nicht; am nächsten kommt:"


def value_not_given(answer: Answer, passage: Passage) -> Answer:
    """An abstention that quotes the passage nearest to the question (citation [1])."""
    quote = " ".join(passage.citation.quote.split())
    return replace(
        answer, answer=f"{VALUE_NOT_GIVEN} „{quote}“ [1]", abstained=True, citations=[passage.citation]
    )
