"""Answers that correct a question's premise, and answers that say an event is only announced.

Both keep their citations: the reader sees the passage that contradicts the premise or announces
the event. A corrected premise is an answer (the documents do say what happened); an announced
event is not (``abstained`` stays true: the documents do not say how it turned out).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from assistant.answering.record_answer import cite_first, lead_with_record, move_first
from assistant.language.german import content_terms, fold, raw_tokens, terms_of_tokens
from assistant.language.sentences import split_sentences
from assistant.models import Answer, Citation, Decision, DocumentMeta, OpenItem, Position, RecordBase
from assistant.query.admissible import named_parties
from assistant.query.polarity import Presupposition, contradicts_sentence, names_thing
from assistant.query.premise import (
    AGAINST,
    DIVIDED,
    FOR,
    OPPOSED,
    SUPPORTED,
    UNANIMOUS,
    contradicts,
)
from assistant.query.reported import announces, reports_result
from assistant.vocab import DecisionOutcome, DocumentKind, Stance

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
    return _led_by_correction(answer, record, meta, top_k, premise_correction(presupposed, record.outcome))


def _led_by_correction(answer: Answer, record: RecordBase, meta: DocumentMeta, top_k: int, correction: str) -> Answer:
    """``answer`` led by ``record`` (its passage cited first) with ``correction`` as its first sentence."""
    led = lead_with_record(cite_first(answer, record), record, meta, top_k, anchored=False)
    return replace(led, answer=f"{correction} {led.answer}", premise_contradicted=True)


def contradicting_sentence(
    presupposed: Presupposition, citations: Sequence[Citation]
) -> tuple[int, str] | None:
    """The first sentence of ``citations`` (1-based number, text) that names what the question asks about
    and states the opposite of what it takes for granted (:mod:`assistant.query.polarity`)."""
    for number, citation in enumerate(citations, start=1):
        for s, e in split_sentences(citation.quote):
            sentence = citation.quote[s:e]
            if contradicts_sentence(presupposed, sentence):
                return number, " ".join(sentence.split())
    return None


STATED_OTHERWISE = "Anders als die Frage annimmt, steht in den Dokumenten:"


def correct_by_sentence(answer: Answer, number: int, sentence: str) -> Answer:
    """``answer`` led by the contradicting ``sentence`` of citation ``number`` (moved to [1])."""
    moved = move_first(answer, number)
    return replace(
        moved, answer=f"{STATED_OTHERWISE} „{sentence}“ [1]\n{moved.answer}", premise_contradicted=True
    )


ONLY_ANNOUNCED = (
    "Das kündigen die vorliegenden Dokumente nur an; wie es ausgegangen ist, enthalten sie nicht:"
)
RESULT_NOT_REPORTED = "Wie es ausgegangen ist, enthalten die vorliegenden Dokumente nicht; am nächsten kommt:"


ANNOUNCED = "announced"
NOT_REPORTED = "not_reported"


def open_result(passages: Sequence[tuple[Citation, Sequence[object], str]]) -> str:
    """Whether the cited passages leave a result asked for open, and how: ``""`` when one of them holds a
    decision record of its agenda item that settles it (:func:`_settles`) or reports a result
    (:func:`assistant.query.premise.reports_result`); ``ANNOUNCED`` when the first announces one
    (:func:`assistant.query.premise.announces`), is a proposal or motion (its "Der Rat beschließt …" is
    not yet decided) or its item holds an open item; else ``NOT_REPORTED``. ``passages``: each citation
    with the records of its agenda item and the kind of its document (those of the best document)."""
    if not passages:
        return ""
    for citation, records, _ in passages:
        if any(_settles(r) for r in records) or reports_result(citation.quote):
            return ""
    first, records, kind = passages[0]
    open_item = any(isinstance(r, OpenItem) for r in records)
    if announces(first.quote) or open_item or kind in (DocumentKind.PROPOSAL, DocumentKind.MOTION):
        return ANNOUNCED
    return NOT_REPORTED


def _settles(record: object) -> bool:
    """Whether a record reports a result: a decision other than a note, and not one that only recommends
    the matter to another body ("Der Ausschuss empfiehlt dem Rat …": the council's result is still to come)."""
    return (
        isinstance(record, Decision)
        and record.outcome != DecisionOutcome.NOTED
        and not announces(record.quote)
    )


def only_announced(answer: Answer, how: str = ANNOUNCED) -> Answer:
    """``answer`` turned into an abstention that quotes the first passage (citation [1]): it announces
    the result asked for, or (``NOT_REPORTED``) holds none."""
    first = answer.citations[0]
    quote = " ".join(first.quote.split())
    said = ONLY_ANNOUNCED if how == ANNOUNCED else RESULT_NOT_REPORTED
    return replace(answer, answer=f"{said} „{quote}“ [1]", abstained=True, records=[])


NOT_REPORTED_YET = (
    "Die vorliegenden Dokumente dazu sind älter als der Zeitpunkt, nach dem gefragt ist; wie es dann "
    "ausgegangen ist, enthalten sie nicht:"
)


def not_reported_yet(answer: Answer) -> Answer:
    """``answer`` turned into an abstention: every cited document predates the time the question asks
    about, so none can report what happened then; the first passage is quoted (citation [1])."""
    first = answer.citations[0]
    quote = " ".join(first.quote.split())
    return replace(answer, answer=f"{NOT_REPORTED_YET} „{quote}“ [1]", abstained=True, records=[])


def contradicting_decision(
    presupposed: DecisionOutcome,
    citations: Sequence[Citation],
    near: Callable[[str, str], Sequence[object]],
    question: str = "",
) -> Decision | None:
    """The decision of the first cited agenda item (of the best document) that holds decisions whose
    outcome contradicts ``presupposed``; ``near(doc_id, agenda_item)`` lists the item's records.

    When one decision of the item matches the question clearly best (its words, numbers counting
    more: "in zwei Jahren" is the variant "innerhalb von 2 Jahren", not the one of 3 years), its
    outcome decides; otherwise the item's outcomes do (:func:`assistant.query.premise.contradicts`).
    """
    decisions = _item_decisions(citations, near)
    best = (best_matching(decisions, question) or cited_first(decisions, citations)) if question else None
    if best is not None:
        return best if contradicts(presupposed, [best.outcome]) else None
    found = contradicts(presupposed, [d.outcome for d in decisions])
    return next((d for d in decisions if d.outcome == found), None) if found else None


def cited_first(decisions: Sequence[Decision], citations: Sequence[Citation]) -> Decision | None:
    """The one decision whose span the first citation overlaps (the passage the answer rests on), or None: where
    the words do not single out a decision (an ALLRIS vote header quotes no resolution words), the citation does."""
    first = citations[0] if citations else None
    hits = [
        d
        for d in decisions
        if first is not None
        and d.doc_id == first.doc_id
        and d.char_start < first.char_end
        and first.char_start < d.char_end
    ]
    return hits[0] if len(hits) == 1 else None


def _item_decisions(
    citations: Sequence[Citation], near: Callable[[str, str], Sequence[object]]
) -> list[Decision]:
    """The decisions of the first cited agenda item of the best document (that of citation [1]) that holds any."""
    for citation in [c for c in citations if citations and c.doc_id == citations[0].doc_id]:
        decisions = [r for r in near(citation.doc_id, citation.agenda_item) if isinstance(r, Decision)]
        if decisions:
            return decisions
    return []


def vote_contradicts(shape: str, decision: Decision, parties: frozenset[str] = frozenset()) -> bool:
    """Whether the vote of ``decision`` contradicts the vote ``shape`` a question takes for granted
    (:func:`assistant.query.premise.presupposed_vote`); a decision without a stated vote contradicts none.
    A unanimous rejection ("Ja: 0") is unanimous, and has votes against. Votes against by parties the
    question names (``parties``, folded: "Warum stimmte die FDP gegen …?") are read from the decision's
    votes by faction where it has them: a named party that voted, none of them against, contradicts."""
    if shape in (OPPOSED, SUPPORTED) and parties and decision.by_faction:
        voted = {side for side, factions in decision.by_faction.items() for f in factions if _names_party(f, parties)}
        return bool(voted) and ("no" if shape == OPPOSED else "yes") not in voted
    if shape == SUPPORTED:
        return False  # without a named party's votes there is nothing to contradict
    unanimous = (
        decision.unanimous is True
        or (decision.yes == 0 and bool(decision.no))
        or (decision.no == 0 and bool(decision.yes))
    )
    dissent = decision.unanimous is False or bool(decision.no and decision.yes)
    if shape == UNANIMOUS:
        return dissent
    if shape == DIVIDED:
        return unanimous
    if shape == OPPOSED:  # nobody voted against: an explicit 0, or a unanimous adoption
        return decision.no == 0 or (
            decision.unanimous is True and decision.outcome == DecisionOutcome.ADOPTED
        )
    return False


def _names_party(faction: str, parties: frozenset[str]) -> bool:
    folded = fold(faction)
    return any(party in folded for party in parties)


def contradicting_vote(
    shape: str, citations: Sequence[Citation], near: Callable[[str, str], Sequence[object]], question: str
) -> Decision | None:
    """The decision of the first cited agenda item (as for :func:`contradicting_decision`) whose vote
    contradicts ``shape``: the one matching ``question`` clearly best, else the first, when every
    decision of the item that states a vote contradicts it."""
    decisions = _item_decisions(citations, near)
    parties = named_parties(question)
    best = best_matching(decisions, question) or cited_first(decisions, citations)
    if best is not None:
        return best if vote_contradicts(shape, best, parties) else None
    voted = [d for d in decisions if d.unanimous is not None or d.yes is not None or d.no is not None]
    return voted[0] if voted and all(vote_contradicts(shape, d, parties) for d in voted) else None


def _counts(decision: Decision) -> str:
    counted = ((decision.yes, "Ja"), (decision.no, "Nein"), (decision.abstain, "Enthaltungen"))
    shown = [f"{n} {label}" for n, label in counted if n is not None]
    return f" ({', '.join(shown)})" if shown else ""


def vote_correction(shape: str, decision: Decision, parties: frozenset[str] = frozenset()) -> str:
    """The sentence that corrects a vote premise: "Anders als die Frage annimmt, fiel die Abstimmung
    einstimmig aus (37 Ja, 0 Nein)."""
    counts = _counts(decision)
    named = sorted({f for fs in decision.by_faction.values() for f in fs if _names_party(f, parties)})
    if shape in (OPPOSED, SUPPORTED) and named:
        sides = []
        others = (("yes", "dafür"), ("abstain", "Enthaltung")) if shape == OPPOSED else (("no", "dagegen"), ("abstain", "Enthaltung"))
        for side, label in others:
            voted = [f for f in decision.by_faction.get(side, {}) if f in named]
            if voted:
                sides.append(f"{label}: {', '.join(voted)}")
        among = "den Gegenstimmen" if shape == OPPOSED else "den Ja-Stimmen"
        return f"Anders als die Frage annimmt, war {', '.join(named)} nicht unter {among} ({'; '.join(sides)})."
    if shape == UNANIMOUS:
        return f"Anders als die Frage annimmt, fiel die Abstimmung nicht einstimmig aus{counts}."
    if shape == OPPOSED and decision.no == 0:
        return f"Anders als die Frage annimmt, gab es keine Gegenstimmen{counts}."
    return f"Anders als die Frage annimmt, fiel die Abstimmung einstimmig aus{counts}."


def correct_vote(
    answer: Answer,
    record: Decision,
    meta: DocumentMeta,
    shape: str,
    top_k: int,
    parties: frozenset[str] = frozenset(),
) -> Answer:
    """``answer`` led by the decision ``record`` whose vote contradicts the question (cited first) and the
    correction (``parties``: those the question names, folded)."""
    return _led_by_correction(answer, record, meta, top_k, vote_correction(shape, record, parties))


NUMBER_WEIGHT = 3
"""How much a number with its unit ("2 Jahre") counts against a shared word, when the question and a
decision agree on it, or disagree ("in zwei Jahren" against "innerhalb von 3 Jahren")."""


def best_matching(decisions: Sequence[Decision], question: str) -> Decision | None:
    """The decision whose quote matches ``question`` best (shared words, plus or minus
    ``NUMBER_WEIGHT`` per number and unit they agree or disagree on), or None when none shares
    anything or two tie."""
    words, amounts = details(question)
    words -= _procedure_words()
    scored = []
    for n, decision in enumerate(decisions):
        their_words, their_amounts = details(decision.quote)
        agree = len(amounts & their_amounts)
        units = {unit for _, unit in their_amounts}
        disagree = sum(1 for amount in amounts - their_amounts if amount[1] in units)
        scored.append((len(words & their_words) + NUMBER_WEIGHT * (agree - disagree), n))
    scored.sort(reverse=True)
    if not scored or scored[0][0] <= 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return decisions[scored[0][1]]


@lru_cache(maxsize=1)
def _procedure_words() -> frozenset[str]:
    """Words of how any matter is voted on and by whom: they single out no decision, and the vote the question takes
    for granted ("einstimmig bewilligt") must not pick the record that repeats it."""
    return frozenset(
        details(
            "einstimmig einhellig mehrheitlich beschlossen beschloss beschließt Beschluss Abstimmung abgestimmt "
            "bewilligt genehmigt zugestimmt Stadtrat Gemeinderat Rat Kreistag Ausschuss Ortsrat Ortsbeirat "
            "Gemeindevertretung Stadtverordnetenversammlung Bezirksvertretung"
        )[0]
    )


_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate("null ein zwei drei vier fuenf sechs sieben acht neun zehn elf zwoelf".split())
}
_AMOUNT = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+([a-z]{3,})")


def details(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """Stemmed content words of ``text`` and its numbers with their units, number words as digits:
    "in zwei Jahren" → ({"jahr"}, {("2", "jahr")})."""
    folded = fold(text)
    amounts = {
        (_NUMBER_WORDS.get(number, number), (terms_of_tokens([unit]) or [unit])[0])
        for number, unit in _AMOUNT.findall(folded)
    }
    words = {t for t in terms_of_tokens(raw_tokens(text)) if not t.isdigit() and t not in _NUMBER_WORDS}
    return words, amounts


_SIDES: dict[str, str] = {
    Stance.SUPPORTS: FOR,
    Stance.MOVES: FOR,
    Stance.PROPOSES: FOR,
    Stance.OPPOSES: AGAINST,
    Stance.CRITICISES: AGAINST,
}
"""Which side a position's stance takes; asking, informing and stating take none."""


def contradicting_position(
    asked: tuple[str, str],
    persons: Sequence[str],
    citations: Sequence[Citation],
    near: Callable[[str, str], Sequence[object]],
) -> Position | None:
    """A position of a person the question names (``persons``: stems of their names) on the thing it
    asks about that takes the other side than the question assumes (``asked``: side and thing, see
    :func:`assistant.query.premise.presupposed_stance`): "Warum forderte Herr X eine Aussprache?" and
    "Eine Aussprache hält er nicht für erforderlich" (lehnt ab). The positions come from the cited
    agenda items of the best document; every one of that person on that thing must take the other side."""
    side, thing = asked
    if not persons or not citations:
        return None
    named = set(persons)
    seen: dict[str, Position] = {}
    for citation in [c for c in citations if c.doc_id == citations[0].doc_id]:
        for record in near(citation.doc_id, citation.agenda_item):
            if isinstance(record, Position) and named & set(content_terms(record.person)):
                seen.setdefault(record.record_id, record)
    taken = [(p, _SIDES[p.stance]) for p in seen.values() if p.stance in _SIDES and names_thing(fold(p.quote), thing)]
    return taken[0][0] if taken and all(other != side for _, other in taken) else None


def correct_position(answer: Answer, record: Position, meta: DocumentMeta, side: str, top_k: int) -> Answer:
    """``answer`` led by the position ``record`` that takes the other side than the question assumes
    (cited first) and the correction."""
    said = "nicht dafür, sondern dagegen" if side == FOR else "nicht dagegen, sondern dafür"
    who = record.person if not record.role or record.role in record.person else f"{record.role} {record.person}"
    correction = f"Anders als die Frage annimmt, hat sich {who} {said} ausgesprochen."
    return _led_by_correction(answer, record, meta, top_k, correction)
