"""Session 21 constructions, own sentences: a promise ("sagt zu, …") is an open item and no position; a judgement
with an inflected adjective ("für den falschen Weg"), "sieht das anders" and "hält dagegen" take a stance; a measure
scheduled for a named later time ("die Ausschreibung erfolge im Herbst", "sei für Juni angekündigt") is an open
item, while the date of an event, a season's start or what already happened is none."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes, said

_TOP = "TOP 5 Anfragen und Mitteilungen\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "BM Fendt sagt zu, die Beleuchtung am Spielplatz prüfen zu lassen.",
        "Erste Stadträtin Wolf sagt zu, dies mit dem Landkreis zu klären.",
    ],
)
def test_a_promise_is_an_open_item_not_a_position(sentence: str) -> None:
    found = minutes(f"{_TOP}{sentence}\n")
    assert found.positions == []
    assert len(found.open_items) == 1


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("GR Maurer hält den Standort am Bach für den falschen Weg.", "lehnt ab"),
        ("GRin Pohl sieht das anders: Der Bedarf sei längst gedeckt.", "lehnt ab"),
        ("StR Brenner hält dagegen, dass die Brücke dafür nicht ausgelegt sei.", "lehnt ab"),
        ("GR Kühn hält die neuen Gebühren für moderat.", "befürwortet"),
        ("GRin Sauter hält den Kauf für verfrüht.", "kritisiert"),
    ],
)
def test_a_judgement_takes_its_stance(sentence: str, stance: str) -> None:
    assert [p.stance for p in said(f"{_TOP}{sentence}\n")] == [stance]


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("Herr Baum fragt nach dem Kinderspielplatz. BM Ott antwortet, die Ausschreibung erfolge im Herbst.",
         "Verwaltung", "Herbst"),
        ("Die Sanierung des Gehwegs ist für Juni 2031 vorgesehen.", "Verwaltung", "Juni 2031"),
        ("Herr Sommer teilt mit, die Stadtwerke hätten den Austausch der Leitungen für das dritte Quartal "
         "angekündigt.", "Stadtwerke", "drittes Quartal"),
        ("Die Verwaltung teilt mit, dass die Erneuerung der Ampel voraussichtlich Mitte März beginne.",
         "Verwaltung", "Mitte März"),
    ],
)
def test_a_measure_scheduled_for_later_is_an_open_item(sentence: str, owner: str, due: str) -> None:
    items = minutes(f"{_TOP}{sentence}\n").open_items
    assert [(i.owner, i.due) for i in items] == [(owner, due)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bürgerversammlung zum Baugebiet findet am 14.05.2031 im Rathaus statt.",
        "Die Badesaison beginnt im Mai.",
        "Die Ausschreibung erfolgte bereits im Herbst.",
        "Die Sanierung des Gehwegs ist nicht vor 2031 vorgesehen.",
    ],
)
def test_an_event_a_season_or_the_past_is_no_open_item(sentence: str) -> None:
    assert minutes(f"{_TOP}{sentence}\n").open_items == []
