"""Attendance lists name every member a question may name and report nobody's words; ranking lowers them
unless the question asks who attended (assistant.query.listing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.listing import (
    asks_about_attendance,
    asks_who_was_there,
    attendance_sign,
    is_attendance_list,
)
from tests.conftest import shared_documents

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def test_the_attendance_block_of_minutes_is_an_attendance_list() -> None:
    text = (CORPUS / "musterstadt-2024-03-12-bauausschuss.txt").read_text(encoding="utf-8")
    start = text.index("Vorsitzende: Frau Lorenz")
    block = text[start : text.index("\n\n", start)]
    assert "Mitglieder: Herr Becker (CDU)" in block
    assert is_attendance_list(block)


def test_running_minutes_that_name_several_people_are_no_attendance_list() -> None:
    found = shared_documents(
        [
            "emmerich-59108-anfrage-tempo-30-innerstaedtisch",
            "fuerstenau-sg-12546-kindertagesstaetten-beiraete",
        ]
    )
    if len(found) != 2:
        pytest.skip("shared documents not available")
    for path in found:
        assert not is_attendance_list(path.read_text(encoding="utf-8").split("\n---\n", 1)[1])
    opening = (CORPUS / "musterstadt-2024-03-12-bauausschuss.txt").read_text(encoding="utf-8")
    speech = opening[opening.index("Die Vorsitzende, Frau Lorenz, eröffnet") :]
    assert not is_attendance_list(speech)


def test_questions_about_who_attended() -> None:
    assert asks_about_attendance("Wer war bei der Sitzung des Bauausschusses entschuldigt?")
    assert asks_about_attendance("Welche Mitglieder hat der Bauausschuss?")
    assert not asks_about_attendance("Was wollte Herr Becker (CDU) im Bauausschuss?")


def test_a_list_of_members_by_office_with_those_missing_is_an_attendance_list() -> None:
    block = (
        "Anwesend:\nBürgermeister Karl Ott\nGemeindevertreter Uwe Brand\nGemeindevertreter Jan Seidel\n"
        "Gemeindevertreterin Eva Kern\nEs fehlen:\nGemeindevertreter Max Roth (e)\nGemeindevertreterin Ina Hahn (e)"
    )
    assert is_attendance_list(block)


def test_who_was_present_or_missing_is_asked_of_the_list() -> None:
    assert asks_who_was_there("Welche Gemeindevertreter fehlten in der Sitzung im März?")
    assert asks_who_was_there("Wer war bei der Sitzung anwesend?")
    assert not asks_who_was_there("Welche Mitglieder hat der Bauausschuss?")
    assert not asks_who_was_there("Wer hat den Vorsitz im Bauausschuss übernommen?")


def test_how_an_attendance_list_counts_for_a_question() -> None:
    assert attendance_sign("Wer fehlte in der Sitzung des Bauausschusses?") == 1
    assert attendance_sign("Welche Mitglieder hat der Bauausschuss?") == 0
    assert attendance_sign("Was wollte Herr Becker im Bauausschuss?") == -1
