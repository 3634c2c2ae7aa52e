"""Follow-up questions resolved against the conversation, without a language model.

A council member asks „Wie hat der Stadtrat in Landau über die Hauptsatzung abgestimmt?“ and then
„Und wer war dagegen?“. The second question names neither place, body nor subject: they carry over
from the turns before. :func:`resolve` turns a question and the previous turns (each with the
citations its answer gave) into what retrieval needs:

* the subject: the nouns of the recent questions (German nouns are capitalised), appended to the
  question as context, so ranking and coverage see what „das“ or „dazu“ stands for — except, in a
  „Wer …?“ question, the people named before („Wer sah das anders?“ asks for someone else);
* the place and body: the municipality and body of the last answer's citations become filters;
* the document and agenda item: the documents the last answer cited are preferred, unless the
  question asks for a later event („Wann kommt das wieder auf die Tagesordnung?“).

What the new question names itself wins: another municipality starts afresh, another body
(„Und im Kreistag?“) drops the body and the documents but keeps the subject. Filters the caller
set explicitly are never replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from assistant.language.german import QUESTION_WORDS, STOPWORDS, fold
from assistant.models import SearchFilters

MAX_SUBJECT_WORDS = 8
"""Nouns carried over from earlier questions."""
SUBJECT_TURNS = 2
"""How many earlier questions the subject is taken from (the latest first)."""

_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*", re.UNICODE)
_GENERIC_PLACE_WORDS = frozenset(
    fold(w)
    for w in (
        "Stadt Gemeinde Landkreis Kreis Markt Hansestadt Verbandsgemeinde Samtgemeinde Amt Bezirk "
        "Große Kreisstadt Universitätsstadt Ortsgemeinde in der im an am bei unknown"
    ).split()
)
_BODY_NAMES = frozenset(
    fold(w)
    for w in (
        "Kreistag Stadtrat Gemeinderat Rat Ortsrat Ortsbeirat Ortschaftsrat Bezirksvertretung Bezirksbeirat "
        "Stadtverordnetenversammlung Gemeindevertretung Magistrat Kreisausschuss Hauptausschuss Finanzausschuss "
        "Bauausschuss Ausschuss Verbandsversammlung Stadtbezirksbeirat Beirat"
    ).split()
)
_COUNTY_BODIES = frozenset({"kreistag", "kreisausschuss"})
_LATER = re.compile(
    r"\b(wieder|erneut|nochmal|noch einmal|später|danach|nächste[nmrs]?|künftig|demnächst|weiter behandelt)\b",
    re.IGNORECASE,
)
_NOT_SUBJECT = frozenset(
    fold(w)
    for w in (
        "Und Aber Also Gab Gibt Hat Hatte Ist War Wurde Wird Kam Kommt Welche Welcher Welches Wer Was Wie "
        "Wann Warum Wo Woher Wieso Weshalb Wieviel Herr Frau Herrn Ratsmitglied Stadtrat Stadträtin "
        "Ratsherr Ratsfrau Kreistag Rat Gemeinderat Ausschuss Tagesordnung Sitzung Jahr"
    ).split()
)


@dataclass(frozen=True)
class PriorCitation:
    """Where an earlier answer's evidence lay (the fields of a citation that locate it)."""

    doc_id: str
    municipality: str = ""
    body: str = ""
    date: str = ""
    agenda_item: str = ""


@dataclass(frozen=True)
class Turn:
    """An earlier question and the citations of its answer (none when it abstained)."""

    question: str
    citations: tuple[PriorCitation, ...] = ()


@dataclass(frozen=True)
class FollowUp:
    """A question made self-contained: what retrieval searches for, within which filters."""

    question: str
    """The question with the carried subject appended (unchanged when nothing carried over)."""
    filters: SearchFilters
    documents: tuple[str, ...] = ()
    """Documents of the last answer, best first: preferred as evidence (empty: no preference)."""
    agenda_items: tuple[str, ...] = ()
    carried: tuple[str, ...] = field(default_factory=tuple)
    """What carried over, for logs and tests: ``subject``, ``municipality``, ``body``, ``document``."""


@dataclass(frozen=True)
class Vocabulary:
    """The municipalities and bodies the caller can see, to notice when a question names one."""

    municipalities: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()

    def places_named(self, question: str) -> set[str]:
        words = [fold(w) for w in _WORD.findall(question)]
        named: set[str] = set()
        for municipality in self.municipalities:
            keys = [k for k in (fold(w) for w in _WORD.findall(municipality)) if _distinctive(k)]
            if any(word.startswith(key) for key in keys for word in words):
                named.add(municipality)
        return named


def _distinctive(key: str) -> bool:
    return len(key) >= 4 and key not in _GENERIC_PLACE_WORDS


def bodies_named(question: str) -> set[str]:
    """Body words in the question, folded (``kreistag``, ``…ausschuss``, ``stadtrat`` …)."""
    found: set[str] = set()
    for word in (fold(w) for w in _WORD.findall(question)):
        stem = word.removesuffix("es").removesuffix("s") if word.endswith(("ausschusses", "rates", "tages")) else word
        if stem in _BODY_NAMES or stem.endswith("ausschuss"):
            found.add(stem)
    return found


def subject_words(question: str) -> list[str]:
    """The nouns of a question (capitalised words past its first), numbers and abbreviations."""
    words = _WORD.findall(question)
    found: list[str] = []
    for position, word in enumerate(words):
        folded = fold(word)
        if folded in STOPWORDS or folded in QUESTION_WORDS or folded in _NOT_SUBJECT:
            continue
        is_noun = word[:1].isupper() and position > 0
        if is_noun or word.isdigit() or (word.isupper() and len(word) >= 2):
            found.append(word)
    return found


def _last_cited(history: Sequence[Turn]) -> Turn | None:
    for turn in reversed(history):
        if turn.citations:
            return turn
    return None


def _subject(question: str, history: Sequence[Turn], vocabulary: Vocabulary) -> list[str]:
    own = {fold(w) for w in _WORD.findall(question)}
    place_keys = {
        k for m in vocabulary.municipalities for k in (fold(w) for w in _WORD.findall(m)) if _distinctive(k)
    }
    asks_who = bool(_WHO.match(question))
    carried: list[str] = []
    for turn in list(reversed(history))[:SUBJECT_TURNS]:
        people = _people(turn.question) if asks_who else set()
        for word in subject_words(turn.question):
            key = fold(word)
            if key in own or any(key.startswith(p) for p in place_keys) or key in {fold(c) for c in carried}:
                continue
            if key in people:
                continue  # „Wer sah das anders?“ asks for someone else than the one named before
            carried.append(word)
    return carried[:MAX_SUBJECT_WORDS]


_WHO = re.compile(r"^\s*(und\s+)?wer\b", re.IGNORECASE)
_TITLE = re.compile(
    r"\b(?:Herrn?|Frau|Dr\.|Ratsmitglied|Ratsherrn?|Ratsfrau|Stadtrat|Stadträtin|Kreistagsabgeordnete[rn]?|"
    r"Bürgermeister(?:in)?|Landrat|Landrätin)\s+([^\W\d_][\w-]*)",
    re.UNICODE,
)


def _people(question: str) -> set[str]:
    """Folded names that follow a title („Herr Stapel“, „Stadtrat Bemmann“)."""
    return {fold(m.group(1)) for m in _TITLE.finditer(question)}


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def resolve(
    question: str,
    history: Sequence[Turn],
    filters: SearchFilters | None = None,
    vocabulary: Vocabulary | None = None,
) -> FollowUp:
    """The question made self-contained against ``history`` (oldest turn first)."""
    filters = filters or SearchFilters()
    vocabulary = vocabulary or Vocabulary()
    context = _last_cited(history)
    if context is None:
        return FollowUp(question, filters)
    lead = context.citations[0]
    places = vocabulary.places_named(question)
    if places and lead.municipality not in places:
        return FollowUp(question, filters)  # another council: a new thread
    carried: list[str] = []
    subject = _subject(question, history, vocabulary)
    text = f"{question} ({' '.join(subject)})" if subject else question
    if subject:
        carried.append("subject")
    bodies = bodies_named(question)
    lead_body = fold(lead.body)
    other_body = bool(bodies) and not any(b in lead_body for b in bodies)
    county_switch = other_body and bool(bodies & _COUNTY_BODIES) and "kreis" not in fold(lead.municipality)
    municipality = filters.municipality
    if not municipality and lead.municipality and not county_switch:
        municipality = lead.municipality
        carried.append("municipality")
    body = filters.body
    if not body and lead.body and not other_body and lead.body != "unknown":
        body = lead.body
        carried.append("body")
    resolved = replace(filters, municipality=municipality, body=body)
    if other_body or _LATER.search(question):
        return FollowUp(text, resolved, carried=tuple(carried))
    documents = _unique(c.doc_id for c in context.citations)
    agenda_items = _unique(c.agenda_item for c in context.citations if c.doc_id == lead.doc_id)
    carried.append("document")
    return FollowUp(text, resolved, documents, agenda_items, tuple(carried))
