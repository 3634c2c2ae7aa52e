"""Acts reported in any voice and order: a resolution in the passive of any tense ("Dem Bauantrag wurde zugestimmt",
"Gewählt wurde …"), a body after the verb ("Mehrheitlich genehmigte der Rat …", "Letztlich entschied man sich für
…"), a verb that resolves with its object ("erteilte sein Einvernehmen", "Das Einvernehmen wurde versagt"), a
contract awarded, one resolution after another in one paragraph of a report; a member acted upon is no speaker, a
role in apposition ("Frau X, die Beauftragte für …,") and a surname closing the sentence (", so Walz.") are;
work given out ("in Auftrag geben") is a task, a body asked for its assent now is none. Own sentences."""

from __future__ import annotations

import pytest

from assistant.models import Document, DocumentMeta
from ingest.extract import extract_records
from tests.ingest.extract_helpers import minutes

_REPORT = "Aus dem Gemeinderat\n\nIn der Sitzung ging es um die neue Turnhalle.\n\n"


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Dem Bauantrag für die Garage wurde zugestimmt.", "angenommen"),
        ("Der Haushaltsplan 2025 wurde beschlossen.", "angenommen"),
        ("Der Antrag der Fraktion wurde abgelehnt.", "abgelehnt"),
        ("Gewählt wurde Anna Kranz.", "angenommen"),
        ("Zum 2. Bürgermeister wurde Otto Brenner gewählt.", "angenommen"),
        ("Mehrheitlich genehmigte der Gemeinderat den Kauf des Traktors.", "angenommen"),
        ("Nach kurzer Beratung entschied man sich für ein Satteldach.", "angenommen"),
        ("Der Gemeinderat entschied sich für die Variante mit Holzfassade.", "angenommen"),
        ("Der Gemeinderat erteilte sein Einvernehmen zu dem Bauantrag.", "angenommen"),
        ("Das gemeindliche Einvernehmen zur Werbeanlage wurde versagt.", "abgelehnt"),
        ("Der Gemeinderat hatte keine Bedenken und erteilte sein Einvernehmen zum Anbau.", "angenommen"),
        ("Günstigster Bieter war die Fa. Lorenz, sie erhielt den Auftrag für die Dachdeckerarbeiten.", "angenommen"),
        ("Vom Ortsbeirat wurde beschlossen, dass Frau Kern die Formulare bis Mai überarbeitet.", "angenommen"),
    ],
)
def test_a_resolution_reported_in_any_voice_is_a_decision(sentence: str, outcome: str) -> None:
    found = minutes(f"{_REPORT}{sentence}\n")
    assert [d.outcome for d in found.decisions] == [outcome]


@pytest.mark.parametrize(
    "sentence",
    [
        "Es wurde bestätigt, dass die Mittel im Haushalt fehlen.",
        "Der Antrag soll im März beschlossen werden.",
        "Die Begründung wird nicht mit beschlossen.",
        "Die neuen Spielgeräte werden von den Kindern gut angenommen.",
        "Nach der Ausschreibung wurde der Auftrag am 09.07.2024 an das Büro Stein vergeben.",
        "Der Vorsitzende erteilte Herrn Maier das Wort.",
    ],
)
def test_a_report_or_a_plan_is_no_decision(sentence: str) -> None:
    found = minutes(f"{_REPORT}{sentence}\n")
    assert found.decisions == []


def test_one_paragraph_of_a_report_may_hold_several_resolutions() -> None:
    found = minutes(
        f"{_REPORT}Zum Schriftführer wurden Karl Ott und Eva Lenz vorgeschlagen. Gewählt wurde Karl Ott. Danach "
        "stellten sich zwei Bewerber für den Vorsitz im Bauausschuss vor. Gewählt wurde Eva Lenz. Dann wurde "
        "vorgeschlagen, die Sitzungen um 19 Uhr zu beginnen. Dieser Antrag wurde angenommen.\n"
    )
    assert [d.quote for d in found.decisions] == [
        "Gewählt wurde Karl Ott.",
        "Gewählt wurde Eva Lenz.",
        "Dieser Antrag wurde angenommen.",
    ]


def test_a_noun_phrase_before_a_copula_is_no_speaker() -> None:
    found = minutes(f"{_REPORT}Wirtschaftlichster Bieter war die Fa. Lorenz aus Bühl.\n")
    assert found.positions == []


@pytest.mark.parametrize(
    ("sentence", "person", "stance"),
    [
        ("Frau Henke, die Beauftragte für Inklusion, weist die Kritik des Bürgers zurück.", "Frau Henke", "lehnt ab"),
        (
            "Herr Brenner, stellvertretender Vorsitzender des Sportvereins, fragt an, wann die Halle öffnet.",
            "Herr Brenner",
            "fragt an",
        ),
        ("Die Arbeiten hätten im Mai begonnen, so Walz.", "Walz", "informiert"),
    ],
)
def test_a_speaker_with_a_role_in_apposition_or_named_last(sentence: str, person: str, stance: str) -> None:
    found = minutes(f"{_REPORT}{sentence}\n")
    assert [(p.person, p.stance) for p in found.positions] == [(person, stance)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Frau Henke wurde mit Schreiben vom 12.05.2024 über die Wahl informiert.",
        "Ratsmitglied Otto Kranz hat sein Ausscheiden aus dem Gemeinderat erklärt.",
        "Bürgermeister Vogt begrüßte die neuen Gemeinderäte.",
        "Danach begrüßte Bürgermeister Vogt die drei neuen und die zwölf wiedergewählten Gemeinderäte.",
    ],
)
def test_a_member_acted_upon_resigning_or_greeting_takes_no_position(sentence: str) -> None:
    found = minutes(f"{_REPORT}{sentence}\n")
    assert found.positions == []


def test_work_given_out_is_a_task() -> None:
    found = minutes(f"{_REPORT}Mit diesem Entwurf gab man die Ausführungsplanung in Auftrag.\n")
    assert [o.owner for o in found.open_items] == ["Verwaltung"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Außerdem bittet sie den Ausschuss um Zustimmung zu dem Zuschussantrag des Sportvereins.",
        "Gegen die Niederschrift werden keine Einwände erhoben.",
    ],
)
def test_assent_asked_now_or_no_objection_is_no_task(sentence: str) -> None:
    found = minutes(f"TOP 3 Zuschüsse\n\nFrau Henke erläutert den Antrag.\n\n{sentence}\n")
    assert found.open_items == []


def test_a_session_dated_by_the_months_name_is_the_due() -> None:
    found = minutes(
        "TOP 3 Einwohnerantrag\n\nDie Zulässigkeit des Einwohnerantrags ist für die Sitzung am 14. November "
        "vorgesehen.\n"
    )
    assert [o.due for o in found.open_items] == ["14. November"]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Die Verwaltung wird die Bänke am Spielplatz mittelfristig erneuern.", "mittelfristig"),
        ("Ein Termin für die Begehung wird zeitnah bekannt gegeben.", "zeitnah"),
        ("Der Zuschuss wird nach Vorlage der Schlussrechnung ausgezahlt.", "nach Vorlage der Schlussrechnung"),
        (
            "Über die Mittel für den Anbau wird im Rahmen der jährlichen Haushaltsberatungen entschieden.",
            "im Rahmen der jährlichen Haushaltsberatungen",
        ),
    ],
)
def test_a_horizon_a_step_waited_for_or_a_procedure_is_the_due(sentence: str, due: str) -> None:
    found = minutes(f"TOP 3 Spielplatz\n\n{sentence}\n")
    assert [o.due for o in found.open_items] == [due]


def test_a_clubs_motion_names_no_mover() -> None:
    found = minutes(f"{_REPORT}Nachfolgend wird über den Antrag des KTSV Neudorf abgestimmt.\n")
    assert found.positions == []


def test_getting_in_touch_is_a_task_not_a_position() -> None:
    found = minutes("TOP 9 Verschiedenes\n\nFrau Brandt setzt sich mit dem Bauhof in Verbindung.\n")
    assert found.positions == []
    assert [o.owner for o in found.open_items] == ["Frau Brandt"]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Der Bürgermeister erklärte, dass Gespräche mit dem Landkreis geführt werden.", "Bürgermeister"),
        ("Die Verwaltung führt Gespräche mit dem Sportverein.", "Verwaltung"),
        ("Zudem werden derzeit Gespräche geführt, um einen Platz für die Halle zu finden.", "Verwaltung"),
    ],
)
def test_talks_to_be_held_are_a_task(sentence: str, owner: str) -> None:
    found = minutes(f"TOP 4 Turnhalle\n\n{sentence}\n")
    assert [o.owner for o in found.open_items] == [owner]


def test_talks_held_are_no_task() -> None:
    found = minutes("TOP 4 Turnhalle\n\nMit dem Landkreis wurden bereits Gespräche geführt.\n")
    assert found.open_items == []


def test_a_member_as_the_agent_of_a_presentation_informs() -> None:
    found = minutes(f"{_REPORT}Der Stand der Planung wurde von Gemeinderätin Eva Kern ausführlich vorgestellt.\n")
    assert [(p.person, p.stance) for p in found.positions] == [("Eva Kern", "informiert")]


def test_a_matter_to_be_put_before_the_council_is_a_task_of_who_submits_it() -> None:
    found = minutes("TOP 3 Vereinsförderung\n\nWeitere Anträge werden dem Gemeinderat zur Beschlussfassung vorgelegt.\n")
    assert [o.owner for o in found.open_items] == ["Verwaltung"]


def test_a_reported_plan_under_a_condition_is_a_task() -> None:
    found = minutes("TOP 5 Anfragen\n\nDie Einladung würde verschickt, sobald der Termin feststehe.\n")
    assert [(o.owner, o.due) for o in found.open_items] == [("Verwaltung", "sobald der Termin feststeht")]


@pytest.mark.parametrize(
    ("sentence", "tasks"),
    [
        ("Es ergeht noch eine gesonderte Einladung zur Ortsbegehung.", 1),
        ("Die Antwort auf die Anfrage erfolgt noch schriftlich.", 1),
        ("Die Abstimmung folgt noch nach der Aussprache.", 0),
    ],
)
def test_something_still_to_come_is_a_task(sentence: str, tasks: int) -> None:
    found = minutes(f"TOP 5 Anfragen\n\n{sentence}\n")
    assert len(found.open_items) == tasks


def test_a_resolution_that_someone_acts_is_their_task() -> None:
    found = minutes("TOP 3 Formulare\n\nEs wurde beschlossen, dass Frau Kern die Formulare bis Mai überarbeitet.\n")
    assert [(o.owner, o.due) for o in found.open_items] == [("Kern", "Mai")]


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("Heike Lange soll die Einladungen zur Ortsbegehung verschicken.", ["Heike Lange"]),
        ("Es wurde über die Hecke gesprochen; Uwe Brand soll den Eigentümer anschreiben.", ["Uwe Brand"]),
        ("Neue Bänke soll es am Spielplatz geben.", []),
    ],
)
def test_a_person_by_first_name_and_surname_who_is_to_act(sentence: str, owners: list[str]) -> None:
    found = minutes(f"TOP 5 Anfragen\n\n{sentence}\n")
    assert [o.owner for o in found.open_items] == owners


def test_a_planned_event_dated_after_the_session_is_its_organisers_task() -> None:
    found = minutes(
        "TOP 2 Bürgerfragen\n\nFrau Henke weist auf die geplante Bürgerversammlung des Bauamtes am 12.05.2031 hin.\n"
    )
    assert [(o.owner, o.due) for o in found.open_items] == [("Bauamt", "2031-05-12")]


def test_a_date_years_before_the_session_is_no_later_time() -> None:
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Musterstadt", body="Kultursenat", date="2022-10-19")
    text = (
        "TOP 2 Gedenktafel\n\nWährend der Kämpfe, die am 3. April 1945 endeten, sollen viele Soldaten gestorben sein.\n"
    )
    assert extract_records(Document(meta=meta, text=text)).open_items == []
