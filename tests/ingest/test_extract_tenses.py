"""A task or a contribution is one in every tense: minutes written as a report give it in the preterite or the perfect
("beauftragte die Verwaltung", "hat … die Verwaltung beauftragt", "wurde gebeten", "hat … zugesagt"), and the
guide's open items (a task assigned by a resolution, a request, a promise) are the same records as in the present.
A contribution in the perfect ("hat sich gegen … ausgesprochen") is a position as in the present. Own sentences;
a task dated to an earlier session is background."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Der Ausschuss bat die Verwaltung, die Kosten der Sanierung zu ermitteln.", "Verwaltung"),
        ("Herr Meier bat die Verwaltung um Prüfung der Beleuchtung am Marktplatz.", "Verwaltung"),
        ("Der Gemeinderat beauftragte das Bauamt, einen Förderantrag zu stellen.", "Bauamt"),
        (
            "Mit 12 Ja-Stimmen hat der Gemeinderat dem Entwurf zugestimmt und die Verwaltung beauftragt, "
            "die öffentliche Auslegung durchzuführen.",
            "Verwaltung",
        ),
        ("Die Verwaltung wurde beauftragt, ein zweites Angebot einzuholen.", "Verwaltung"),
        ("Außerdem wurde der Bürgermeister gebeten, mit dem Landkreis zu verhandeln.", "Bürgermeister"),
        ("Das Landratsamt hat eine Überprüfung der Ampelschaltung zugesagt.", "Landratsamt"),
        ("Die Verwaltung hat zugesagt, die Zahlen bis Ende Mai nachzureichen.", "Verwaltung"),
        ("Frau Kunz versprach, die Unterlagen den Fraktionen zu schicken.", "Frau Kunz"),
    ],
)
def test_a_task_in_the_past_tense_is_an_open_item(sentence: str, owner: str) -> None:
    found = minutes(f"TOP 4 Verkehr am Marktplatz\n\nDie Anwohner klagen über Lärm.\n\n{sentence}\n")
    assert [o.owner for o in found.open_items] == [owner]


@pytest.mark.parametrize(
    "sentence",
    [
        "In der Sitzung vom 12.03.2019 hatte der Rat die Verwaltung beauftragt, ein Konzept zu erstellen.",
        "Bereits im Jahr 2018 wurde die Verwaltung beauftragt, ein Konzept zu erstellen.",
        "Stadtrat Jung sagt, dass er richtig gehandelt hat und die Verwaltung aufgefordert werden musste, Mittel "
        "einzuplanen.",
        "Der Bürgermeister bat die Anwesenden, sich zu erheben.",
    ],
)
def test_a_task_of_before_the_session_is_none(sentence: str) -> None:
    found = minutes(f"TOP 4 Verkehr am Marktplatz\n\nDie Anwohner klagen über Lärm.\n\n{sentence}\n")
    assert found.open_items == []


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Frau Schulz hat sich gegen den Ausbau der Kreisstraße ausgesprochen.", "lehnt ab"),
        ("Herr Dr. Lang hat darauf hingewiesen, dass die Förderung Ende des Jahres ausläuft.", "stellt fest"),
        ("Herr Maier hatte die Vorlage der Verwaltung scharf kritisiert.", "kritisiert"),
    ],
)
def test_a_contribution_in_the_perfect_is_a_position(sentence: str, stance: str) -> None:
    found = minutes(f"TOP 4 Verkehr am Marktplatz\n\nDie Anwohner klagen über Lärm.\n\n{sentence}\n")
    assert [str(p.stance) for p in found.positions] == [stance]


@pytest.mark.parametrize(
    "sentence",
    ["Ratsherr Gläser hat mitgeteilt, dass er sich verspäten würde.", "Frau Ulm hat das Protokoll unterschrieben."],
)
def test_an_act_in_the_perfect_is_no_position(sentence: str) -> None:
    found = minutes(f"TOP 4 Verkehr am Marktplatz\n\nDie Anwohner klagen über Lärm.\n\n{sentence}\n")
    assert found.positions == []


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Es wird im Bauamt geklärt, ob für die Hecke eine Genehmigung vorliegt.", "Bauamt"),
        ("Die Frage nach der Beleuchtung wird von der Verwaltung geprüft.", "Verwaltung"),
        ("Die Verwaltung prüft, ob eine Geschwindigkeitsbegrenzung möglich ist.", "Verwaltung"),
        ("Das Ordnungsamt klärt die Eigentumsverhältnisse am Weiher.", "Ordnungsamt"),
        ("Die Beschwerde wird an das Straßenbauamt weitergeleitet.", "Straßenbauamt"),
        ("Die Ortsvorsteherin leitet den Hinweis an den Bauhof weiter.", "Bauhof"),
        ("Das beauftragte Ingenieurbüro wird die Statik überprüfen.", "Ingenieurbüro"),
        ("Zur Hecke gibt es noch Fragen, diese werden durch Herrn Kramer mit dem Eigentümer geklärt.", "Kramer"),
    ],
)
def test_a_check_or_a_referral_in_the_present_is_an_open_item(sentence: str, owner: str) -> None:
    found = minutes(f"TOP 7 Anfragen\n\nDie Anwohner klagen über Lärm.\n\n{sentence}\n")
    assert [o.owner for o in found.open_items] == [owner]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Frage wurde von der Verwaltung geprüft.",
        "Die Verwaltung prüft derzeit keine weiteren Standorte.",
        "Der Antrag kann vom Bauamt geprüft werden.",
        "Herr Kramer fragt, ob der Zuschuss beim Land geprüft wird.",
    ],
)
def test_a_check_done_or_possible_is_none(sentence: str) -> None:
    found = minutes(f"TOP 7 Anfragen\n\nDie Anwohner klagen über Lärm.\n\n{sentence}\n")
    assert found.open_items == []
