"""A question, analysed once: everything retrieval, ranking and answering need to know about it.

The analysis depends on the index the question is asked against (a word's rarity, the compounds
and places the corpus knows, the metadata it holds), so a :class:`Query` is built from a question
and one :class:`~assistant.retrieval.lexical.LexicalIndex` and then passed, unchanged, down the line:
retrieve → rank → quote → answer → records.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from assistant.language.casing import truecase
from assistant.language.german import content_terms, fold
from assistant.language.lexicon import LEXICON_ENTRIES, rewrite
from assistant.query.admissible import Requirements, requirements
from assistant.query.asked_time import AskedTime, asked_time
from assistant.query.coverage import Need, search_terms
from assistant.query.facts import SLOT_KINDS, counted_noun, money_kinds
from assistant.query.next_step import asks_next_step
from assistant.query.polarity import Presupposition, presupposition
from assistant.query.premise import (
    asks_after_session,
    asks_later_outcome,
    asks_outcome,
    asks_result,
    presupposed_outcome,
    presupposed_stance,
    presupposed_vote,
)
from assistant.query.reasons import asks_reason
from assistant.query.scope import MetadataVocabulary, Scope, named_places
from assistant.query.slot import GROUNDED_KINDS, AskedSlot, slot_head, things
from assistant.query.understand import Understanding, names_in, understand
from assistant.vocab import AnswerKind, DecisionOutcome


class QueryIndex(Protocol):
    """What the analysis asks of an index (:class:`~assistant.retrieval.lexical.LexicalIndex`)."""

    vocabulary: MetadataVocabulary
    surnames: frozenset[str]

    def needs(self, question: str, alternatives: Mapping[str, Sequence[str]] | None = None) -> list[Need]: ...

    def unknown_places(self, question: str) -> frozenset[str]: ...

    def mentioned_places(self, question: str) -> frozenset[str]: ...

    def compound_options(self, word: str) -> tuple[frozenset[str], ...]: ...


@dataclass(frozen=True)
class Query:
    text: str
    """The question as asked."""
    wording: str
    """The question in the documents' words (:func:`assistant.language.lexicon.rewrite`:
    "Rathauschef" → "Bürgermeister", "durchgefallen" → "abgelehnt"); everything below is analysed
    from it."""
    understanding: Understanding
    """Its type, the cue words of that type, the kind of fact it expects, the people it names."""
    terms: tuple[str, ...]
    """Its stemmed content terms."""
    needs: tuple[Need, ...]
    """What a passage should mention, weighted by rarity: the share it meets is its *coverage*."""
    search_terms: tuple[str, ...]
    """The stems the lexical search looks for (every stem that can meet a need)."""
    scope: Scope
    """Municipalities, bodies and years the question names that the index knows."""
    unknown_places: frozenset[str]
    """Places the question names that no indexed text mentions. (For a question that names no place,
    the nouns no indexed text uses, :func:`unknown_topics`, also leave no passage as evidence.)"""
    evidence: Requirements
    """What a passage must satisfy to count as evidence at all (see :mod:`assistant.query.admissible`)."""
    asks_next_step: bool
    """"Wie geht es weiter?": chunks that state a task rank higher."""
    asks_reason: bool = False
    """"Warum …?": chunks and quotes that give a reason rank higher (:mod:`assistant.query.reasons`)."""
    presupposes: DecisionOutcome | None = None
    """The outcome the question takes for granted ("Warum wurde … beschlossen?": adopted), checked
    against the decision record of the cited agenda item (:mod:`assistant.query.premise`)."""
    presupposes_vote: str = ""
    """The shape of vote the question takes for granted ("Warum war die Abstimmung so knapp?": divided),
    checked against the votes of the cited agenda item's decisions (:func:`assistant.query.premise.presupposed_vote`)."""
    presupposes_stance: tuple[str, str] | None = None
    """The side a named speaker took and the thing taken on, as the question assumes them ("Warum forderte
    Herr X eine Aussprache?": for, "aussprache"), checked against that speaker's positions in the cited
    agenda items (:func:`assistant.query.premise.presupposed_stance`)."""
    asks_later: bool = False
    """It asks for an outcome at a time it names: a passage that only announces it does not answer."""
    after_session: bool = False
    """It asks what happened right after the session (:func:`assistant.query.premise.asks_after_session`): minutes
    (of that session) do not report it."""
    takes_for_granted: Presupposition | None = None
    """A direction, degree, permission or existence the question takes for granted ("Warum ist das
    Eigenkapital so zusammengeschmolzen?": a fall), with the nouns it asks about; a cited sentence naming
    one of them and stating the opposite corrects the premise (:mod:`assistant.query.polarity`)."""
    asks_result: bool = False
    """It asks for a result already reached ("Wurde … beschlossen?", "Welches Ergebnis …?"): cited
    passages that hold no decision record and report no result, but announce one, do not answer
    (:func:`assistant.answering.premise.pending`)."""
    outcome_time: AskedTime | None = None
    """The time it asks an outcome at ("im Dezember 2022", "am 24.10.2010"), when it names one and asks
    how something turned out: documents from before that time cannot tell (see
    :func:`assistant.query.asked_time.predates`)."""
    slot: tuple[Need, ...] = ()
    """What the asked number counts ("Wie viele Haushalte …?": "Haushalte"): the retriever ranks a
    passage whose sentence with the number (or the one before it) meets one of these first. Whether a
    passage answers at all is decided by :attr:`asked`."""
    asked: AskedSlot | None = None
    """The slot of a value question (money, a rate, a number with its unit, a date): the kind of value
    and the head it belongs to; a passage holds the answer only where one sentence holds a value of
    that kind with the head (:mod:`assistant.query.slot`, :mod:`assistant.answering.grounding`)."""

    @property
    def expects(self) -> AnswerKind:
        return self.understanding.expects


def analyse(question: str, index: QueryIndex) -> Query:
    """Analyse ``question`` against ``index`` (the index of what the caller may see); a question typed in
    lower case gets its capitals back first (:mod:`assistant.language.casing`)."""
    question = truecase(question)
    worded = rewrite(question)
    wording = worded.text
    scope = index.vocabulary.scope(wording)
    understanding = _known_speakers(understand(wording), wording, scope, index)
    needs = tuple(index.needs(wording, worded.alternatives))
    places = _asked_places(index.unknown_places(wording) | _unknown_names(wording, index), wording, scope)
    unanchored = not scope.municipalities and not scope.bodies and not places and not understanding.names
    topics = unknown_topics(question, index) if unanchored else frozenset()
    return Query(
        text=question,
        wording=wording,
        understanding=understanding,
        terms=tuple(content_terms(wording)),
        needs=needs,
        search_terms=tuple(search_terms(needs)),
        scope=scope,
        unknown_places=places,
        evidence=requirements(
            wording, scope, understanding.expects, places | topics, asked=question, mentioned=_incidental(wording, scope, index)
        ),
        asks_next_step=asks_next_step(wording),
        asks_reason=asks_reason(wording),
        presupposes=presupposed_outcome(wording, persons=bool(understanding.persons)),
        presupposes_vote=presupposed_vote(wording),
        presupposes_stance=presupposed_stance(wording, scope.municipalities, understanding.persons)
        if understanding.persons
        else None,
        asks_later=asks_later_outcome(wording),
        after_session=asks_after_session(wording),
        asks_result=asks_result(wording),
        takes_for_granted=presupposition(
            wording,
            things(wording, [w for m in scope.municipalities for w in m.split()]),
            tuple(understanding.persons),
        ),
        outcome_time=asked_time(wording) if asks_outcome(wording) else None,
        slot=_slot(wording, understanding.expects, index, worded.alternatives),
        asked=_asked_slot(wording, understanding, scope, index, worded.alternatives),
    )


def _known_speakers(understanding: Understanding, wording: str, scope: Scope, index: QueryIndex) -> Understanding:
    """The understanding with the people the question names without a form of address ("warum hat der
    Minetzke …"): capitalised words the indexed text writes after "Herr" or "Frau", unless they name a
    municipality the question is about ("Zeitz")."""
    places = {word for municipality in scope.municipalities for word in fold(municipality).split()}
    named = names_in(wording) & index.surnames
    extra = sorted(n for n in named - places if n not in understanding.names)
    return replace(understanding, names=[*understanding.names, *extra]) if extra else understanding


def _asked_places(places: frozenset[str], wording: str, scope: Scope) -> frozenset[str]:
    """The unknown places a question asks about, less those it names only as where something came from ("Auf
    welchen Brief aus Magdeburg berief sich … im Gardelegener Hauptausschuss?") when it is about a municipality of
    the documents: the origin of a letter or a guest is no place the answer must be about."""
    if not scope.municipalities:
        return places
    folded = fold(wording)
    return frozenset(
        p for p in places if not (re.search(rf"\baus\s+{re.escape(p)}\b", folded) and not re.search(rf"\bin\s+{re.escape(p)}\b", folded))
    )


def _incidental(wording: str, scope: Scope, index: QueryIndex) -> frozenset[str]:
    """A place the question names that is no document's municipality or body but stands in some text ("Wie viele
    Flüchtlinge werden in Dülmen betreut?"): asked alone, only a passage that names it can answer."""
    if scope.municipalities or scope.bodies:
        return frozenset()
    return frozenset(p for p in index.mentioned_places(wording) if not _INSTITUTION.search(p))


def _unknown_names(wording: str, index: QueryIndex) -> frozenset[str]:
    """Places named outside the retriever's patterns (:func:`assistant.query.scope.named_places`) that
    no indexed text uses, not even in parts or in the documents' words."""
    found = set()
    for name in named_places(wording):
        if index.vocabulary.scope(name).municipalities:
            continue  # "Werderaner": an adjective of a municipality the store holds
        worded = rewrite(name)
        if not _INSTITUTION.search(fold(name)) and all(
            not n.options for n in index.needs(worded.text, worded.alternatives)
        ):
            found.add(fold(name))
    return frozenset(found)


_NOUN = re.compile(r"(?<!^)(?<![.?!] )\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*")


def unknown_topics(question: str, index: QueryIndex) -> frozenset[str]:
    """Nouns of a question (capitalised words after its first) that no indexed text uses, not even
    as compound parts or in the documents' words (:mod:`assistant.language.lexicon`): "Taubenplage",
    "Skatepark", "Stolpersteine". Asked where the question names no place, such a noun is its topic,
    and the documents do not cover it. (On the tune half and the shared sets no answerable question
    has one; with a place or a body named, paraphrases and procedure words do.)"""
    found = set()
    for match in _NOUN.finditer(question):
        if _INSTITUTION.search(fold(match.group(0))):
            continue  # "Ortsteilvertretung", "Kreisbehörde": the body asked, in other words, not the topic
        worded = rewrite(match.group(0))
        if all(not need.options for need in index.needs(worded.text, worded.alternatives)):
            found.add(match.group(0))
    whole = rewrite(question)
    for word, council in whole.alternatives.items():
        # a phrase the lexicon names with nouns ("Menschen ohne Wohnung": Obdachlose …), none of which
        # any text uses, is a topic of its own even though its words ("Wohnung") are known
        if (
            word in _PHRASE_NOUNS
            and not _INSTITUTION.search(word)
            and all(not n.options for n in index.needs(word, {word: council}))
        ):
            found.add(word)
    return frozenset(found)


_INSTITUTION = re.compile(
    r"(vertretung|versammlung|parlament|gremium|gremien|beirat|rat|raete|ausschuss|ausschuesse|verwaltung"
    r"|behoerde|amt|aemter|fraktion|vorstand|kommission|senat)$"
)
"""Endings of nouns that name a body or an office: paraphrased, they are not what a question is about."""

_PHRASE_NOUNS = frozenset(fold(words.split()[0]) for _, words in LEXICON_ENTRIES if words[:1].isupper())
"""First council words of the lexicon entries that name a thing (capitalised), folded."""


def _slot(
    wording: str,
    expects: AnswerKind,
    index: QueryIndex,
    alternatives: Mapping[str, Sequence[str]],
) -> tuple[Need, ...]:
    """See :attr:`Query.slot`: the noun "Wie viele …?" counts. (Requiring the other words of the
    question next to an amount cost answers on paraphrases: "Vandalismusschäden" are "mutwillige
    Beschädigungen" in the minutes.)"""
    if expects not in SLOT_KINDS:
        return ()
    noun = counted_noun(wording)
    return tuple(index.needs(noun, alternatives)) if noun else ()


def _asked_slot(
    wording: str,
    understanding: Understanding,
    scope: Scope,
    index: QueryIndex,
    alternatives: Mapping[str, Sequence[str]],
) -> AskedSlot | None:
    """See :attr:`Query.asked`: the head of a value question's slot as the index knows it."""
    if understanding.expects not in GROUNDED_KINDS or not understanding.required:
        return None
    places = [w for m in scope.municipalities for w in m.split()]
    head = slot_head(wording, places, understanding.expects)
    if not head:
        return None
    needs = tuple(n for n in index.needs(head, alternatives) if n.options)
    parts = tuple(Need(0.0, options) for word in head.split() if (options := index.compound_options(word)))
    needs += parts  # "Mitglieder des Kreistages" name the "Kreistagsmitglieder"
    money = money_kinds(fold(head)) if understanding.expects == AnswerKind.MONEY else frozenset()
    return AskedSlot(understanding.expects, head, needs, money) if needs or money else None
