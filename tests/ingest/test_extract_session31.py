"""Record extraction, session 31 (issue #11): constructions of freshly collected reports of council sessions (a long
prepositional phrase before the verb in second place, a rejection told verb-final in a relative clause, "einmütig",
speaking on a group's behalf, a reflexive verb of stance after "und"). Every sentence here is our own, written in the
construction found there."""

from __future__ import annotations

import pytest

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes, said


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        (
            "Gegen die Stimmen der Grünen und des fraktionslosen Ratsherrn Peter Lamm hat der Rat den Antrag abgelehnt.",
            "abgelehnt",
        ),
        ("Mit den Stimmen der CDU und der FDP hat der Stadtrat den Stellenplan verabschiedet.", "angenommen"),
        ("Gegen die Stimmen der Wählergemeinschaft lehnte der Gemeinderat die Erhöhung ab.", "abgelehnt"),
    ],
)
def test_a_long_fronted_phrase_before_the_verb_in_second_place(sentence: str, outcome: str) -> None:
    found = minutes(f"TOP 4 Anträge\n\n{sentence}\n")
    assert [d.outcome for d in found.decisions] == [outcome]


def test_a_phrase_before_a_verb_that_does_not_resolve_is_no_decision() -> None:
    assert not minutes("TOP 4 Anträge\n\nBei der Sitzung des Rates im Mai sprach der Bürgermeister über den Antrag.\n").decisions


def test_a_rejection_told_at_the_end_of_a_relative_clause() -> None:
    found = minutes(
        "TOP 6 Entschädigung\n\nEr hielt 60 Prozent des Höchstsatzes für richtig, was der Rat mehrheitlich ablehnte.\n"
    )
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("abgelehnt", False)]


def test_einmuetig_tells_a_unanimous_vote() -> None:
    found = minutes("TOP 2 Bebauungsplan\n\nDer Satzungsbeschluss zum Bebauungsplan Mühlweg passierte einmütig.\n")
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True)]


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        ("Ratsherr Veit Brandl sprach für die gespaltene SPD-Fraktion und positionierte sich gegen den Neubau.", ["lehnt ab"]),
        ("Frau Jansen positionierte sich klar für die zweite Variante.", ["befürwortet"]),
        ("Frau Jansen dankte dem Bauamt und setzte sich für den Erhalt der Turnhalle ein.", ["befürwortet"]),
        ("Herr Brandl sprach für seine Fraktion.", ["informiert"]),
        ("Herr Brandl sprach für den Antrag.", ["befürwortet"]),
    ],
)
def test_speaking_on_a_groups_behalf_and_a_reflexive_stance_after_und(sentence: str, stances: list[str]) -> None:
    assert [p.stance for p in said(f"{sentence}\n")] == stances


@pytest.mark.parametrize(
    "sentence",
    [
        "Frau Albers bittet darum, die Sperrung im nächsten Bericht der Verwaltung zu erwähnen.",
        "Ratsherr Vogt bittet darum, seitens der Gemeinde beim Landkreis aktiv zu werden.",
        "Vor Baubeginn soll eine Anliegerversammlung durchgeführt werden.",
        "Für den Radweg sollen Fördermittel beantragt werden.",
    ],
)
def test_requests_without_an_addressee_and_work_in_the_modal_passive_are_open_items(sentence: str) -> None:
    assert [item.owner for item in minutes(f"TOP 7 Verschiedenes\n\n{sentence}\n").open_items] == ["Verwaltung"]


def test_a_request_for_assent_now_is_no_open_item() -> None:
    assert not minutes("TOP 7 Verschiedenes\n\nFrau Albers bittet darum, dem Antrag zuzustimmen.\n").open_items


def test_a_vote_naming_a_motion_of_its_own_is_a_decision_of_its_own() -> None:
    found = minutes(
        "TOP 3 Größe des Rates\n\nIn seiner Sitzung beschloss der Stadtrat, sich zu verkleinern. "
        "Herr Kunz sprach für eine kleinere Lösung. Frau Lenz war dagegen. Herr Abel enthielt sich. "
        "Der Vorschlag der FDP, den Rat um acht Sitze zu verkleinern, fand keine Mehrheit. "
        "Der Kompromiss, den Rat um zwei Sitze zu verkleinern, wurde dank der Ja-Stimmen der SPD angenommen.\n"
    )
    assert [d.outcome for d in found.decisions] == ["angenommen", "abgelehnt", "angenommen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Damit ist Frau Anke Moll als Schiedsfrau für den Bezirk Nord gewählt.",
        "Anschließend wurde Herr Yilmaz vereidigt.",
    ],
)
def test_a_person_elected_or_sworn_in_after_the_verb_says_nothing(sentence: str) -> None:
    assert not said(f"{sentence}\n")


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        ("Deutlich äußert sich Karin Wolf von der UWG für den Solarpark.", ["befürwortet"]),
        ("Herr Haag äußert sich gegen den neuen Standort.", ["lehnt ab"]),
        ("Herr Haag äußert Bedenken gegen den neuen Standort.", ["kritisiert"]),
        ("Herr Haag äußert sich zum neuen Standort.", ["informiert"]),
        ("Frau Reis plädierte auf 40 Prozent des Höchstsatzes.", ["schlägt vor"]),
        ("Für die kleinere Variante sprach sich Karin Wolf wie auch Otto Haag aus.", ["befürwortet", "befürwortet"]),
    ],
)
def test_taking_a_side_in_words_of_uttering_and_speakers_joined_by_wie_auch(sentence: str, stances: list[str]) -> None:
    assert [p.stance for p in said(f"{sentence}\n")] == stances


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Der Ausschuss für Bau, Umwelt und Verkehr hat dafür gestimmt, 8.000 Euro für die Bänke bereitzustellen.", "angenommen"),
        ("Das Ergebnis fiel anders aus als erwartet: Der Gemeinderat lehnte die Erhöhung ab.", "abgelehnt"),
    ],
)
def test_a_body_named_with_its_fields_and_a_resolution_after_a_lead_in(sentence: str, outcome: str) -> None:
    assert [d.outcome for d in minutes(f"TOP 5 Haushalt\n\n{sentence}\n").decisions] == [outcome]


def test_a_speaker_quoting_a_result_after_a_colon_is_no_decision() -> None:
    assert not minutes("TOP 5 Haushalt\n\nHerr Kunz sagte: Der Rat lehnte die Erhöhung ab.\n").decisions


def test_a_contest_in_number_words_against_a_rival() -> None:
    votes = parse_votes("Beide setzten sich jeweils mit sechs zu drei Stimmen gegen den Kandidaten der FDP durch.")
    assert (votes.yes, votes.no) == (6, 3)


def test_a_promise_in_the_passive_by_a_named_authority() -> None:
    found = minutes(
        "TOP 2 Mitteilungen\n\nVon Seiten des Straßenbauamts wurde versprochen, die Schlaglöcher in den nächsten Wochen "
        "zu flicken.\n"
    )
    assert [item.owner for item in found.open_items] == ["Straßenbauamt"]
    assert not minutes("TOP 2 Mitteilungen\n\nIm Wahlkampf wurde viel versprochen.\n").open_items


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        ("Ortsbürgermeister Paul Roth ernennt Frau Ida Krämer als zweite Beigeordnete.", []),
        ("Zu diesem Punkt begrüßt der Vorsitzende Frau Ida Krämer vom Bauamt und erteilt ihr das Wort.", []),
        ("Anschließend begrüßt Herr Roth den Vorschlag der Verwaltung.", ["befürwortet"]),
    ],
)
def test_appointing_and_greeting_a_person_are_no_contributions(sentence: str, stances: list[str]) -> None:
    assert [p.stance for p in said(f"{sentence}\n")] == stances


def test_the_council_of_the_place_named_like_a_member_does_not_speak() -> None:
    # "Gemeinderat Musterstadt" opens a press report: the council of the document's place, no member of that name
    assert not said("Gemeinderat Musterstadt hält die Veranstaltungsräume vorerst geschlossen.\n")
    assert [p.stance for p in said("Gemeinderat Brenner hält die Veranstaltungsräume für zu klein.\n")] == ["kritisiert"]
