"""Answers that correct a premise or report an event as only announced; the lead record's passage is
cited first."""

from __future__ import annotations

from dataclasses import replace

from assistant.answering.premise import (
    ONLY_ANNOUNCED,
    best_matching,
    contradicting_decision,
    contradicting_vote,
    correct_premise,
    correct_vote,
    only_announced,
    vote_contradicts,
    vote_correction,
)
from assistant.answering.record_answer import lead_with_record
from assistant.models import Answer, Citation, Decision, DocumentMeta
from assistant.query.premise import DIVIDED, OPPOSED, UNANIMOUS
from assistant.vocab import DecisionOutcome

TEXT = "Der Antrag wird mehrheitlich abgelehnt. Die Verwaltung berichtet."


def _citation(doc: str, start: int, end: int, item: str = "TOP 3") -> Citation:
    return Citation(
        doc_id=doc, title="T", municipality="Stadt X", body="Rat", date="2024-01-01", agenda_item=item,
        page=None, quote=TEXT[start:end], char_start=start, char_end=end, source="", score=0.5,
    )  # fmt: skip


def _decision(outcome: str, start: int = 0, end: int = 38) -> Decision:
    return Decision(
        record_id=f"d-{outcome}", doc_id="a", municipality="Stadt X", body="Rat",
        date="2024-01-01", agenda_item="TOP 3", topic="Antrag", quote=TEXT[start:end], char_start=start,
        char_end=end, source="", public=True, outcome=outcome,
    )  # fmt: skip


def test_contradicting_decision_comes_from_the_first_cited_item() -> None:
    rejected = _decision("abgelehnt")
    near = {("a", "TOP 3"): [rejected]}
    found = contradicting_decision(
        DecisionOutcome.ADOPTED, [_citation("a", 0, 38)], lambda d, i: near.get((d, i), [])
    )
    assert found is rejected
    assert contradicting_decision(DecisionOutcome.ADOPTED, [_citation("b", 0, 38)], lambda d, i: []) is None


def test_corrected_premise_says_so_first_and_cites_the_record() -> None:
    answer = Answer(answer="Rat, Stadt X: „Die Verwaltung berichtet.“ [1]", abstained=False,
                    citations=[_citation("a", 39, len(TEXT))])  # fmt: skip
    corrected = correct_premise(
        answer, _decision("abgelehnt"), DocumentMeta(doc_id="a"), DecisionOutcome.ADOPTED, 5
    )
    assert corrected.premise_contradicted and not corrected.abstained
    assert corrected.answer.startswith(
        "Anders als die Frage annimmt, wurde das nicht beschlossen, sondern abgelehnt."
    )
    assert corrected.citations[0].quote.startswith("Der Antrag wird mehrheitlich abgelehnt")


def test_only_announced_abstains_with_the_citation() -> None:
    answer = Answer(answer="…", abstained=False, citations=[_citation("a", 0, 38)])
    announced = only_announced(answer)
    assert announced.abstained and announced.citations == answer.citations
    assert announced.answer.startswith(ONLY_ANNOUNCED) and announced.answer.endswith("[1]")


def test_record_held_by_a_later_citation_does_not_lead() -> None:
    first, second = _citation("a", 39, len(TEXT)), _citation("a", 0, 38)
    answer = Answer(answer="A: „x“ [1]\nB: „y“ [2]", abstained=False, citations=[first, second])
    assert lead_with_record(answer, _decision("abgelehnt"), DocumentMeta(doc_id="a"), 5) == answer
    led = lead_with_record(
        replace(answer, citations=[second, first]), _decision("abgelehnt"), DocumentMeta(doc_id="a"), 5
    )
    lines = led.answer.splitlines()
    assert led.citations[0] == second and lines[0].endswith("[1]") and lines[1] == "B: „y“ [2]"


def test_a_correction_cites_the_contradicting_decision_first() -> None:
    first, second = _citation("a", 39, len(TEXT)), _citation("a", 0, 38)
    answer = Answer(answer="A: „x“ [1]\nB: „y“ [2]", abstained=False, citations=[first, second])
    corrected = correct_premise(
        answer, _decision("abgelehnt"), DocumentMeta(doc_id="a"), DecisionOutcome.ADOPTED, 5
    )
    assert corrected.citations == [second, first]
    assert corrected.answer.splitlines()[1] == "A: „x“ [2]"


def test_the_variant_the_question_names_decides_even_when_another_passed() -> None:
    two = replace(_decision("abgelehnt"), quote="Umsetzung innerhalb von 2 Jahren. Abstimmung: 6 Stimmen")
    three = replace(_decision("angenommen"), record_id="d-3", quote="Umsetzung innerhalb von 3 Jahren.")
    question = "Warum wurde die Umsetzung in zwei Jahren beschlossen?"
    assert best_matching([two, three], question) is two
    found = contradicting_decision(
        DecisionOutcome.ADOPTED, [_citation("a", 0, 38)], lambda d, i: [two, three], question
    )
    assert found is two
    assert (
        best_matching([two, three], "Warum wurde die Umsetzung beschlossen?") is None
    )  # a tie: the item decides


def _voted(outcome: str, yes: int | None, no: int | None, unanimous: bool | None = None) -> Decision:
    return replace(_decision(outcome), yes=yes, no=no, unanimous=unanimous)


def test_a_vote_contradicts_the_shape_taken_for_granted() -> None:
    assert vote_contradicts(DIVIDED, _voted("angenommen", 14, 0))
    assert vote_contradicts(DIVIDED, _voted("angenommen", None, None, unanimous=True))
    assert not vote_contradicts(DIVIDED, _voted("angenommen", 9, 5))
    assert vote_contradicts(UNANIMOUS, _voted("angenommen", 9, 5))
    assert vote_contradicts(UNANIMOUS, _voted("angenommen", None, None, unanimous=False))
    assert not vote_contradicts(UNANIMOUS, _voted("angenommen", 14, 0))
    assert vote_contradicts(OPPOSED, _voted("angenommen", 14, 0))
    assert not vote_contradicts(OPPOSED, _voted("abgelehnt", 0, 14))  # unanimously rejected: all against
    assert not vote_contradicts(DIVIDED, _voted("angenommen", None, None))  # no vote stated


def test_a_contradicting_vote_is_corrected_first_with_its_counts() -> None:
    split = _voted("abgelehnt", 9, 5)
    found = contradicting_vote(UNANIMOUS, [_citation("a", 0, 38)], lambda d, i: [split], "Warum einstimmig?")
    assert found is split
    assert (
        contradicting_vote(DIVIDED, [_citation("a", 0, 38)], lambda d, i: [split], "Warum so knapp?") is None
    )
    answer = Answer(answer="Rat, Stadt X: „Die Verwaltung berichtet.“ [1]", abstained=False,
                    citations=[_citation("a", 39, len(TEXT))])  # fmt: skip
    corrected = correct_vote(answer, split, DocumentMeta(doc_id="a"), UNANIMOUS, 5)
    assert corrected.premise_contradicted and not corrected.abstained
    assert corrected.answer.startswith(
        "Anders als die Frage annimmt, fiel die Abstimmung nicht einstimmig aus (9 Ja, 5 Nein)."
    )
    assert corrected.citations[0].quote.startswith("Der Antrag wird mehrheitlich abgelehnt")


def test_votes_against_by_a_named_party_are_read_from_the_faction_votes() -> None:
    split = replace(
        _voted("angenommen", 9, 4),
        by_faction={"yes": {"SPD": 5, "FDP": 1, "GRÜNE": 3}, "no": {"CDU": 4}},
    )
    assert vote_contradicts(OPPOSED, split, frozenset({"fdp"}))  # the FDP voted for it
    assert not vote_contradicts(OPPOSED, split, frozenset({"cdu"}))
    assert not vote_contradicts(OPPOSED, split, frozenset({"afd"}))  # a party not in the vote: no judgement
    assert not vote_contradicts(OPPOSED, split)  # without a party: there were votes against
    assert vote_correction(OPPOSED, split, frozenset({"fdp"})) == (
        "Anders als die Frage annimmt, war FDP nicht unter den Gegenstimmen (dafür: FDP)."
    )


def test_a_long_record_keeps_the_best_passage_inside_it_when_that_holds_more_of_the_question() -> None:
    from assistant.answering.quotes import MAX_QUOTE_CHARS
    from assistant.language.german import content_terms

    condition = "Der Rat beschließt die Rücknahme der Klage, soweit der Verband seine Kosten selbst trägt. "
    filler = "Der Bürgermeister wird beauftragt, den Beschluss umzusetzen und die Kanzlei anzuweisen. " * 8
    text = condition + filler + "Abstimmung: 10 Ja, 0 Nein."
    assert len(text) > MAX_QUOTE_CHARS
    record = replace(_decision("angenommen"), quote=text, char_start=0, char_end=len(text))
    best = replace(_citation("a", 0, len(condition)), quote=condition)
    answer = Answer(answer="Rat: „…“ [1]", abstained=False, citations=[best])
    terms = frozenset(content_terms("Unter welcher Bedingung wurde die Rücknahme der Klage beschlossen?"))
    led = lead_with_record(answer, record, DocumentMeta(doc_id="a"), 5, terms)
    assert led.citations[0] == best and "soweit der Verband" in led.answer.splitlines()[0]
    # without the question's terms (a vote question) the record's end, where the vote stands, is cited
    voted = lead_with_record(answer, record, DocumentMeta(doc_id="a"), 5)
    assert voted.citations[0].quote.endswith("Abstimmung: 10 Ja, 0 Nein.")


def test_the_vote_a_question_takes_for_granted_does_not_pick_the_record() -> None:
    # the item's motion was unanimous, its result divided: "einstimmig" in the question must not single out the motion
    motion = replace(_voted("angenommen", None, None, unanimous=True), record_id="m", quote="Der Stadtrat beschloss einstimmig auf Antrag:")
    result = replace(_voted("angenommen", 16, 7), record_id="r", quote="Beschluss: mehrheitlich beschlossen")
    question = "Der Stadtrat hat das ja einstimmig bewilligt – warum war man sich so einig?"
    assert best_matching([motion, result], question) is None
    # the first citation then decides: it rests on the result's passage
    cited = _citation("a", 0, 38)
    result = replace(result, char_start=0, char_end=38)
    motion = replace(motion, char_start=39, char_end=len(TEXT))
    assert contradicting_vote(UNANIMOUS, [cited], lambda d, i: [motion, result], question) is result


def test_a_party_that_voted_against_contradicts_its_support_taken_for_granted() -> None:
    from assistant.query.premise import SUPPORTED

    split = replace(
        _voted("angenommen", 11, 6), by_faction={"yes": {"CDU": None, "FDP": None}, "no": {"SPD": None, "GRÜNE": None}}
    )
    assert vote_contradicts(SUPPORTED, split, frozenset({"spd"}))
    assert not vote_contradicts(SUPPORTED, split, frozenset({"cdu"}))
    assert not vote_contradicts(SUPPORTED, split)  # no party named: nothing to contradict
    assert vote_correction(SUPPORTED, split, frozenset({"spd"})) == (
        "Anders als die Frage annimmt, war SPD nicht unter den Ja-Stimmen (dagegen: SPD)."
    )


def test_a_record_of_another_document_than_the_first_citation_does_not_lead() -> None:
    answer = Answer(answer="A: „x“ [1]", abstained=False, citations=[_citation("b", 39, len(TEXT))])
    assert lead_with_record(answer, _decision("abgelehnt"), DocumentMeta(doc_id="a"), 5) == answer
    led = lead_with_record(answer, _decision("abgelehnt"), DocumentMeta(doc_id="a"), 5, anchored=False)
    assert led.citations[0].doc_id == "a" and led.answer.splitlines()[0].endswith("[1]")
