"""Shapes from the sixth blind batch (own sentences): a check reported in a "dass" clause is the reporting office's
task, an obligation with its agent ("ist durch das Amt vorzubereiten") is a task outside resolution text too, a
speaker after a numbered point ("1.1 Herr Lange …") is a speaker, and "verweist … auf" refers to something rather
than referring the matter to a body."""

from __future__ import annotations

from tests.ingest.extract_helpers import minutes, said


def test_a_check_reported_by_the_mayor_is_his_task() -> None:
    found = minutes(
        "TOP 2 Einwohnerfragestunde\n\nHerr Strack beklagt die defekte Straßenbeleuchtung.\n\n"
        "Der Bürgermeister teilt mit, dass der Sachverhalt geprüft wird und verweist in diesem Zusammenhang auf "
        "die Sparschaltung der Laternen.\n"
    )
    assert [o.owner for o in found.open_items] == ["Bürgermeister"]


def test_an_obligation_with_its_agent_is_a_task() -> None:
    found = minutes(
        "TOP 2 Einwohnerfragestunde\n\nHerr Lange fragt nach der Querungshilfe.\n\n"
        "Die Antwort auf die Frage von Herrn Lange ist durch das Bauamt vorzubereiten.\n"
    )
    assert [o.owner for o in found.open_items] == ["Bauamt"]


def test_an_obligation_without_agent_outside_a_resolution_is_none() -> None:
    found = minutes("TOP 2 Hinweise\n\nDie Anwohner klagen.\n\nEs ist zu beachten, dass die Straße sehr schmal ist.\n")
    assert found.open_items == []


def test_a_speaker_after_a_numbered_point() -> None:
    positions = said("1.1 Herr Lange weist darauf hin, dass die Querung seit Jahren gefordert wird.\n")
    assert [(p.person, p.stance) for p in positions] == [("Herr Lange", "stellt fest")]


def test_what_a_named_person_is_to_do_is_a_task_not_a_contribution() -> None:
    found = minutes("TOP 3 Gehweg\n\nDie Anwohner klagen über Unkraut.\n\nHerr Kunz soll die Angebote für den Heißdampf einholen.\n")
    assert [o.owner for o in found.open_items] == ["Herr Kunz"]
    assert found.positions == []


def test_an_abbreviated_address_after_a_bullet_opens_the_sentence() -> None:
    positions = said("- Fr. Golz erklärte, dass die Ecke durch den Bauhof ausgepflastert werden soll\n")
    assert [(p.person, p.stance) for p in positions] == [("Frau Golz", "informiert")]


def test_a_passive_of_saying_reports_the_session_not_a_plan() -> None:
    found = minutes(
        "TOP 2 Einwohnerfragestunde\n\nFrau Zander bedankt sich für die Zusammenarbeit.\n\n"
        "Lobenswert erwähnt wird ebenfalls, dass ab 2020 Sitzungsgelder gezahlt werden.\n\n"
        "Es werden exemplarisch drei Projekte benannt, darunter eine Fahrt am 17.12.2029 nach Berlin.\n"
    )
    assert found.open_items == []


def test_an_existential_sentence_names_no_speaker() -> None:
    positions = said(
        "Herr Mänz informiert über die Straße.\n\nOffene Fragen gibt es noch zur Bepflanzung.\n\n"
        "Weiterhin informiert er, dass die Sanitäranlagen nicht saniert werden können.\n"
    )
    assert [p.person for p in positions] == ["Herr Mänz", "Herr Mänz"]


def test_a_task_label_heads_the_tasks_under_it() -> None:
    found = minutes(
        "TOP 1 Einwohnerfragestunde\n\nHerr Lange fragt nach der Querungshilfe am Schulweg.\n\n"
        "Auftrag an das Bauamt:\n\nDie Antwort auf die Frage ist vorzubereiten. Ferner sind dem Ortsteil die Protokolle "
        "der Spielplatzkontrollen zur Verfügung zu stellen.\n"
    )
    assert [o.owner for o in found.open_items] == ["Bauamt", "Bauamt"]
    assert all("owner" not in o.derived for o in found.open_items)  # the label states the owner


def test_a_tracked_item_labelled_as_a_task() -> None:
    found = minutes(
        "TOP 12 Anfragen der Ortschaftsräte\n\nUmsetzung: Termin: 30.08.2029\n\n"
        "Aufgabe: Herr Wißmann möchte wissen, ob der Ort eine barrierefreie Bushaltestelle bekommt.\n"
    )
    assert [(o.owner, o.derived) for o in found.open_items] == [("Verwaltung", ("owner",))]  # no owner stated
    assert [(p.person, p.stance) for p in found.positions] == [("Herr Wißmann", "fragt an")]


def test_a_task_label_with_its_owner_states_the_owner() -> None:
    found = minutes("TOP 12 Anfragen\n\nDie Anwohner klagen.\n\nAuftrag an den Bauhof: Die Hecke am Friedhof ist zurückzuschneiden.\n")
    assert [(o.owner, o.derived) for o in found.open_items] == [("Bauhof", ())]
