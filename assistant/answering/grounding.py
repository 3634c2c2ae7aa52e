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
_NAMED_AGAIN = re.compile(
    r"(?:die|der|das)\s+(?:vorlage|maßnahme|massnahme|vorhaben|projekt|planung|entwurf|angelegenheit)\b", re.IGNORECASE
)
"""A sentence that opens with a plain word for the matter the sentence before names ("Zunächst wurde die
Haushaltssatzung besprochen. Die Vorlage … wird ab der nächsten Woche offengelegt"): it points back as well."""
_TALLY = re.compile(
    r"(?:abstimmung\w*|ja|nein|ja-stimmen|nein-stimmen|gegenstimmen|(?:stimm)?enthaltung\w*|dafür|dagegen|befangen\w*"
    r"|davon anwesend|anwesend|gesetzl\w*\.?\s+anzahl|stimmberechtigt\w*)\b[^.\n]{0,60}(?:\n|$)",
    re.IGNORECASE,
)
"""A sentence that opens with a line of a vote's tally ("Abstimmungsergebnis", "Ja-Stimmen 9", "Stimmenthaltungen 3"):
its counts belong to the resolution above the tally."""


def grounded(slot: AskedSlot, passage: Passage, question: str) -> bool:
    """Whether one sentence of ``passage``'s quote (all of it, also where it runs on past its chunk) holds a value of
    the slot's kind and names the slot's head, or opens by pointing back (:data:`_BACK_REFERENCE`, :data:`_NAMED_AGAIN`)
    to the sentence before, which names it, or is a vote's tally (:data:`_TALLY`) below a resolution that names it.
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
        if i > 0 and _points_back(text, s) and slot.named_in(text[slice(*sentences[i - 1])]):
            return True
        if i > 0 and _demonstrated(slot, text[s:e]) and slot.named_in(text[: sentences[i - 1][1]]):
            return True  # "Im Januar 2025 werde dieses Konzept … vorgestellt" after the "Hochwasserkonzept" named above
        if _TALLY.match(text[s:e].lstrip()) and slot.named_in(_above_tally(text, sentences[:i])):
            return True
    return False


_DEMONSTRATIVE = re.compile(r"\b(?:[Dd]iese[rsmn]?|[Dd]erselbe[nm]?|[Dd]asselbe|[Dd]ieselbe)\s+([A-ZÄÖÜ][\w-]+)")
"""A demonstrative before a noun ("dieses Konzept"): the thing named before."""


def _demonstrated(slot: AskedSlot, sentence: str) -> bool:
    return any(slot.part_named(m.group(1)) for m in _DEMONSTRATIVE.finditer(sentence))


def _points_back(text: str, start: int) -> bool:
    return bool(_BACK_REFERENCE.match(text, start) or _NAMED_AGAIN.match(text, start))


def _above_tally(text: str, before: list[tuple[int, int]]) -> str:
    """The sentence above the tally lines that end ``before``: the resolution they count."""
    for s, e in reversed(before):
        if not _TALLY.match(text[s:e].lstrip()):
            return text[s:e]
    return ""


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
