"""The council lexicon: spoken and paraphrasing words rewritten into the words minutes use."""

from __future__ import annotations

import pytest

from assistant.language.lexicon import council_words, rewrite
from assistant.query.facts import counted_noun, expected_answer, required_by_first_part
from assistant.vocab import AnswerKind


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was schlug der Rathauschef vor?", "Was schlug der Bürgermeister vor?"),
        ("Was sagte das Gemeindeoberhaupt?", "Was sagte das Bürgermeister?"),
        ("Was will der Kreischef?", "Was will der Landrat?"),
        ("Wie stimmte das Ortsparlament ab?", "Wie stimmte das Rat ab?"),
        ("Was wollte die Ökopartei?", "Was wollte die Grüne?"),
        ("Ist der Antrag durchgefallen?", "Ist der Antrag abgelehnt?"),
        ("Wurde der Plan gekippt?", "Wurde der Plan abgelehnt?"),
        ("Hat der Rat das abgesegnet?", "Hat der Rat das beschlossen?"),
        ("Wurde die Satzung durchgewinkt?", "Wurde die Satzung beschlossen?"),
        ("Wurde das Projekt auf Eis gelegt?", "Wurde das Projekt vertagt?"),
        ("Was kam bei der Bürgerbefragung raus?", "Was wurde bei der Bürgerbefragung beschlossen?"),
        ("Kommt da ne Schwelle hin?", "Kommt da eine Aufpflasterung hin?"),
    ],
)
def test_rewrite_uses_the_words_of_the_minutes(question: str, expected: str) -> None:
    assert rewrite(question).text == expected


def test_alternatives_keep_every_council_word_of_an_entry() -> None:
    worded = rewrite("Was sagte der Verwaltungschef?")
    assert "oberbuergermeister" in worded.alternatives["buergermeister"]
    assert "gemeindevertretung" in rewrite("im Stadtparlament").alternatives["rat"]


def test_spelled_out_umlauts_and_capitals_are_matched() -> None:
    assert rewrite("Was wollte die Oekopartei?").text == "Was wollte die Grüne?"
    assert rewrite("Rathauschef Meier").text == "Bürgermeister Meier"


def test_words_inside_other_words_are_left_alone() -> None:
    assert rewrite("Wie viele Kohlekraftwerke?").text == "Wie viele Kohlekraftwerke?"
    assert rewrite("Die Gemeinderatssitzung").text == "Die Gemeinderatssitzung"
    assert council_words("durchgewinkt")[0] == "beschlossen"
    assert council_words("Haushalt") == ()


def test_two_part_question_requires_the_kind_of_its_first_part() -> None:
    two = "Welchen Beschluss fasste der Rat, und mit welchem Abstimmungsergebnis?"
    assert not required_by_first_part(two)
    assert required_by_first_part("Wie viele Ja-Stimmen gab es, und wie viele Enthaltungen?")
    assert expected_answer("Wie viele Ja-Stimmen gab es, und wie viele Enthaltungen?") == AnswerKind.TALLY
    assert required_by_first_part("Wie wurde abgestimmt?")


def test_counted_noun() -> None:
    assert counted_noun("Wie viele Haushalte bekommen Glasfaser?") == "haushalte"
    assert counted_noun("Wie hoch ist der Zuschuss?") == ""


def test_money_of_another_kind_does_not_answer() -> None:
    from assistant.query.facts import holds_answer_kind

    asked = "Reichshof Ballfangzäune Gesamtkosten Maßnahme"
    assert not holds_answer_kind(AnswerKind.MONEY, "Es wird ein Investitionszuschuss von 25.000 € gewährt.", asked)
    assert holds_answer_kind(AnswerKind.MONEY, "Die Gesamtkosten betragen 60.000 €. Der Zuschuss 25.000 €.", asked)
    assert holds_answer_kind(AnswerKind.MONEY, "Dafür werden 5.000 € bereitgestellt.", "Was kostet der Umbau?")


def test_count_questions_need_the_count_asked_for() -> None:
    from assistant.query.facts import holds_answer_kind

    asked = "Wie viele Ja-Stimmen gab es, und wie viele Enthaltungen?"
    assert not holds_answer_kind(AnswerKind.TALLY, "Abstimmung: Nein: 3", asked)
    assert holds_answer_kind(AnswerKind.TALLY, "Abstimmung: Ja: 40, Nein: 3", asked)
    assert holds_answer_kind(AnswerKind.TALLY, "einstimmig beschlossen", asked)


def test_the_head_of_a_cost_question() -> None:
    from assistant.query.slot import slot_head

    assert slot_head("Was kostet der Ausbau der Hortbetreuung in Landau, über den geredet wurde?", ["Landau"]) == (
        "Ausbau Hortbetreuung"
    )
    assert slot_head("Wie hoch sind die Kosten für die neue Turnhalle?") == "Turnhalle"
    assert slot_head("Wie hoch ist der Zuschuss?") == "Zuschuss"


def test_a_total_asked_needs_a_total() -> None:
    from assistant.query.facts import holds_answer_kind

    asked = "Was zahlen Eltern insgesamt im Monat für einen Kindergartenplatz?"
    assert expected_answer(asked) == AnswerKind.MONEY
    assert not holds_answer_kind(AnswerKind.MONEY, "Die Gebühr steigt um 20 € im Monat.", asked)
    assert holds_answer_kind(AnswerKind.MONEY, "Insgesamt zahlen Eltern 180 € im Monat.", asked)


def test_speech_acts_keep_the_asked_verb_and_add_the_minutes_words() -> None:
    worded = rewrite("Was bemängelte die CDU, und wer hat eine Prüfung zugesagt?")
    assert worded.text == "Was bemängelte die CDU, und wer hat eine Prüfung zugesagt?"  # tense and particles stay
    assert {"kritisiert", "kritik", "moniert"} <= set(worded.alternatives["bemaengelte"])
    assert {"zusage", "zugesichert"} <= set(worded.alternatives["zugesagt"])
    assert "vorschlag" in rewrite("Was schlug der Landrat vor?").alternatives["schlug"]
