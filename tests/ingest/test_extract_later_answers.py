"""A question the session could not answer is a report still owed (RECORDS-GUIDE: a report announced for later is an
open item): "Die Beantwortung erfolgt schriftlich", "wird zur nächsten Sitzung nachgereicht". Own sentences."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Herr Brandt kann dazu keine Auskunft geben; die Beantwortung erfolgt schriftlich.", "Verwaltung"),
        ("Die Anfrage zur Buslinie 12 wird schriftlich beantwortet.", "Verwaltung"),
        ("Die Antwort zu den Kosten der Brücke wird zur nächsten Sitzung nachgereicht.", "Verwaltung"),
        ("Die Beantwortung erfolgt schriftlich durch das Ordnungsamt.", "Ordnungsamt"),
    ],
)
def test_an_answer_owed_is_an_open_item(sentence: str, owner: str) -> None:
    found = minutes(f"TOP 9 Anfragen\n\n{sentence}\n")
    assert [o.owner for o in found.open_items] == [owner]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fragen wurden durch die Verwaltung schriftlich beantwortet.",
        "Die Antwort der Verwaltung wird zur Kenntnis genommen.",
    ],
)
def test_an_answer_given_is_none(sentence: str) -> None:
    assert minutes(f"TOP 9 Anfragen\n\n{sentence}\n").open_items == []
