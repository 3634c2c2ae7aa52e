"""Record extraction, session 43 (issue #11): a body's acts reported in the past tense ("Der Ausschuss nahm den
Bericht zur Kenntnis") and appointments by sending someone into a board ("wurde … in den Aufsichtsrat entsandt") are
decisions; other subjects of the same verbs are not. The sentences are our own, in the constructions of minutes."""

from __future__ import annotations

import pytest

from assistant.vocab import DecisionOutcome
from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Gemeinderat nahm den Bericht der Verwaltung zur Kenntnis.",
        "Die Stadtverordnetenversammlung nahm die Vorlage einstimmig zur Kenntnis.",
        "Der Kreistag entsendet Herrn Müller in den Aufsichtsrat der Kreiswerke.",
        "Frau Albers wurde einstimmig in den Verwaltungsrat der Sparkasse entsandt.",
    ],
)
def test_a_body_noting_or_sending_in_the_past_is_a_decision(sentence: str) -> None:
    found = minutes(f"TOP 4 Beteiligungen\n\nDer Kämmerer stellt den Bericht vor.\n\n{sentence}\n").decisions
    assert len(found) == 1 and sentence in found[0].quote


def test_noting_is_recorded_as_noted() -> None:
    found = minutes("TOP 2 Jahresbericht\n\nDer Ausschuss nahm den Jahresbericht des Bauhofs zur Kenntnis.\n").decisions
    assert [d.outcome for d in found] == [DecisionOutcome.NOTED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Verwaltung nahm die Anregung zur Kenntnis.",
        "Der Ausschuss nahm an der Besichtigung des Bauhofs teil.",
        "Der Bürgermeister nahm Bezug auf den Bericht der Kämmerei.",
    ],
)
def test_other_subjects_or_objects_of_the_verb_resolve_nothing(sentence: str) -> None:
    assert minutes(f"TOP 4 Verschiedenes\n\n{sentence}\n").decisions == []


def _stances(text: str) -> list[tuple[str, str]]:
    return [(p.person, str(p.stance)) for p in minutes(f"TOP 3 Protokollkontrolle\n\n{text}\n").positions]


def test_a_negated_agreement_is_a_criticism() -> None:
    text = "Herr Gotham ist mit der Beantwortung der Anfrage zur Sitzungsverschiebung nicht einverstanden."
    assert _stances(text) == [("Herr Gotham", "kritisiert")]
    assert _stances("Herr Gotham ist mit der Beantwortung der Anfrage einverstanden.") == [("Herr Gotham", "befürwortet")]


def test_declaring_ones_consent_supports() -> None:
    assert _stances("Frau Lenz erklärt ihr Einverständnis mit dieser Vorgehensweise.") == [("Frau Lenz", "befürwortet")]


@pytest.mark.parametrize(
    "turn",
    [
        "Frau Steuber: Die Anträge lagen der Verwaltung vor, wurden aber nicht im Wortlaut berücksichtigt, wie beantragt.",
        "Herr Steinberg: Die Tagesordnungspunkte wurden durch eine Fraktion beantragt.",
    ],
)
def test_a_request_told_in_the_passive_is_not_the_speakers_motion(turn: str) -> None:
    assert [stance for _, stance in _stances(turn)] != ["beantragt"]


def test_the_speakers_own_request_in_a_turn_stays_a_motion() -> None:
    assert _stances("Herr Roth: Die SPD beantragt namentliche Abstimmung.") == [("Herr Roth", "beantragt")]


def test_a_list_number_with_parenthesis_opens_a_speaker() -> None:
    text = "1.) Ausschussmitglied Meyer (SPD) gibt zu bedenken, dass 15 Minuten für die Aussprache zu kurz sind."
    assert _stances(text) == [("Meyer", "kritisiert")]


def test_the_agenda_of_the_next_session_dates_a_task() -> None:
    items = minutes(
        "TOP 5 Anträge\n\nRh Herzog bittet, den Antrag in den Gremien vorzuberaten und dann auf die Tagesordnung der "
        "nächsten Ratssitzung zu setzen.\n"
    ).open_items
    assert [i.due for i in items] == ["nächste Ratssitzung"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Herr Maier ist dafür.", "befürwortet"),
        ("Frau Kunz zeigt sich offen für den Vorschlag.", "befürwortet"),
        ("Herr Roth ist nicht dafür.", "kritisiert"),
    ],
)
def test_only_a_negated_mood_turns_into_criticism(sentence: str, stance: str) -> None:
    assert [s for _, s in _stances(sentence)] == [stance]
