"""Record extraction, session 34 (issue #11): the constructions of council reports in the press and on town websites,
as a blind writer's fictional reports (scratch set synth-c) used them: speakers introduced with a possessive or a job
and named by surname later, promises and plans of offices, a body's later deliberation, resolutions told in the
preterite with the vote in brackets. Every sentence here is our own."""

from __future__ import annotations

import pytest

from ingest.extract.dues import due_of
from tests.ingest.extract_helpers import minutes, said


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Die Verwaltung soll nun bis zum Herbst ein Gutachten vorlegen.", "Herbst"),
        ("Das Konzept ist dem Rat bis spätestens November 2031 vorzulegen.", "November 2031"),
        ("Der Amtsdirektor soll bis zur Sommerpause einen Zeitplan vorlegen.", "bis zur Sommerpause"),
        ("Die Anlieger werden vor Baubeginn in einer Versammlung unterrichtet.", "vor Baubeginn"),
    ],
)
def test_the_due_of_a_plan_told_in_the_press(text: str, due: str) -> None:
    assert due_of(text) == due
    assert [o.due for o in minutes(f"TOP 3 Straßenbau\n\n{text}\n").open_items] == [due]


def test_a_promise_by_a_surname_named_before() -> None:
    found = minutes(
        "TOP 2 Rufbus\n\nLandrat Dr. Peter Brandt (parteilos) warb für das Angebot. Brandt sagte zu, dem Kreisausschuss im "
        "Herbst einen ersten Bericht vorzulegen.\n"
    ).open_items
    assert [(o.owner, o.due) for o in found] == [("Brandt", "Herbst")]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Herr Kübler berichtete, das Tiefbauamt habe die Ausbesserung für den Sommer zugesagt.", "Tiefbauamt"),
        ("Eine Antwort blieb die Verwaltung schuldig; sie soll schriftlich nachgereicht werden.", "Verwaltung"),
        ("Über die Aufnahme in das Programm entscheidet der Rat im Dezember.", "Rat"),
        ("Über einen Förderverein will die Stadt im Januar mit den Vereinen sprechen.", "Stadt"),
    ],
)
def test_a_task_of_an_office_or_a_body_told_in_the_press(text: str, owner: str) -> None:
    assert [o.owner for o in minutes(f"TOP 4 Freibad\n\n{text}\n").open_items] == [owner]


def test_a_matter_back_on_the_table_is_the_bodys_task() -> None:
    found = minutes("TOP 5 Parkplatz\n\nDas Thema kommt im April erneut auf den Tisch.\n").open_items
    assert [(o.owner, o.due) for o in found] == [("Ausschuss", "April")]


@pytest.mark.parametrize(
    ("text", "person", "stance"),
    [
        ("Kritik kam von Stadträtin Birgit Sandner.", "Birgit Sandner", "kritisiert"),
        ("Ihr Kollege Markus Seeger von der CDU hielt dagegen, das Dorf brauche Bauplätze.", "Markus Seeger", "lehnt ab"),
        ("Deren Sprecher Olaf Gebhardt meinte, ein Anbau reiche aus.", "Olaf Gebhardt", "stellt fest"),
        ("Ortsbaumeister Jens Kienzle rechnet mit etwa zehn Wochen Bauzeit.", "Jens Kienzle", "informiert"),
        ("Grünen-Sprecher Tobias Hausner hatte argumentiert, ein späterer Einbau werde teurer.", "Tobias Hausner", "stellt fest"),
    ],
)
def test_a_speaker_as_the_press_introduces_them(text: str, person: str, stance: str) -> None:
    assert [(p.person, p.stance) for p in said(f"TOP 1 Baugebiet\n\n{text}\n")] == [(person, stance)]


def test_a_member_who_will_come_late_takes_no_position() -> None:
    assert said("TOP 1 Eröffnung\n\nRatsherr Gläser hat mitgeteilt, dass er sich verspäten würde.\n") == []


@pytest.mark.parametrize(
    ("text", "outcome", "yes", "no"),
    [
        ("Für die Errichtung einer Halle am Kreuzweg wurde das gemeindliche Einvernehmen erteilt (15:2).", "angenommen", 15, 2),
        (
            "Einen Antrag der FDP, die Parkgebühren auszusetzen, verwies der Ausschuss mit 9:4 Stimmen an den Haupt- und "
            "Finanzausschuss.",
            "verwiesen",
            9,
            4,
        ),
        (
            "Den Antrag, den Maibaum künftig selbst aufzustellen, zog Ortschaftsrat Seeger nach kurzer Debatte zurück.",
            "zurückgezogen",
            None,
            None,
        ),
        ("Die Mehrheit folgte dem Vorschlag der Verwaltung, die Fahrbahn ohne Radweg zu erneuern.", "angenommen", None, None),
    ],
)
def test_a_resolution_told_in_the_preterite(text: str, outcome: str, yes: int | None, no: int | None) -> None:
    found = minutes(f"TOP 6 Bauanträge\n\n{text}\n").decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [(outcome, yes, no)]


def test_two_resolutions_told_in_one_paragraph_with_a_long_fronted_object() -> None:
    found = minutes(
        "Bauanfragen\n\nZu einem Carport in der Gartenstraße wurde das Einvernehmen erteilt. Die Bauvoranfrage für eine "
        "Werbetafel an der L 277 lehnte der Gemeinderat einstimmig ab.\n"
    ).decisions
    assert [(d.outcome, d.unanimous) for d in found] == [("angenommen", None), ("abgelehnt", True)]


def test_adopting_a_proposal_supports_it_and_welcoming_a_new_head_is_chairing() -> None:
    found = said(
        "TOP 1 Eröffnung\n\nBürgermeister Tobias Kern begrüßte zu Beginn die neue Leiterin des Kindergartens.\n\n"
        "TOP 2 Radweg\n\nHerr Pohlmann übernimmt den Vorschlag.\n"
    )
    assert [(p.person, p.stance) for p in found] == [("Herr Pohlmann", "befürwortet")]


def test_a_promise_after_a_semicolon_by_the_speaker_of_the_sentence() -> None:
    found = minutes(
        "TOP 3 Schule\n\nHerr Kunz erläutert den Stand der Planung; er sagt zu, den Entwurf in der nächsten Sitzung "
        "vorzustellen.\n"
    ).open_items
    assert [(o.owner, o.due) for o in found] == [("Herr Kunz", "nächste Sitzung")]
