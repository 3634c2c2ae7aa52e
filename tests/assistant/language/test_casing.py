"""Capitals restored for questions typed in lower case."""

from __future__ import annotations

from assistant.language.casing import is_lower_case, truecase


def test_nouns_and_names_get_their_capitals_back() -> None:
    typed = "wer hat sich in billerbeck beschwert, dass bei der radweg-anregung keine stellungnahme dabei war"
    assert truecase(typed) == (
        "Wer hat sich in Billerbeck beschwert, dass bei der Radweg-Anregung keine Stellungnahme dabei war"
    )
    assert truecase("hat der gemeinderat die hundesteuer erhöht?") == "Hat der Gemeinderat die Hundesteuer erhöht?"


def test_a_question_with_capitals_of_its_own_is_left_alone() -> None:
    assert not is_lower_case("Was hat der Rat zur hundesteuer beschlossen?")
    assert truecase("Was hat der Rat zur hundesteuer beschlossen?") == "Was hat der Rat zur hundesteuer beschlossen?"
    assert truecase("ok danke") == "ok danke"  # too short to judge
