"""Record extraction, session 30 (issue #11): constructions of freshly collected minutes and reports beyond elections
(the asker of an "Anfrage" or a "Hinweis" that a speaker answers, …). Every sentence here is our own, written in the
construction found there."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import minutes, said


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf Anfrage von Herrn Brühl erklärt Bürgermeister Lange, dass der Bauhof die Bänke streichen wird.",
        "Auf den Hinweis von Frau Ott erklärt Herr Kern, dass die Ampel repariert wurde.",
        "Auf Rückfrage von Ratsfrau Ott erläutert Herr Kern die Kosten.",
    ],
)
def test_the_asker_of_an_anfrage_or_a_hinweis_that_a_speaker_answers_asks(sentence: str) -> None:
    found = said(f"{sentence}\n")
    assert [p.stance for p in found] == ["fragt an", "informiert"]
    assert found[0].person.split()[-1] in ("Brühl", "Ott")


def test_a_decimal_comma_does_not_end_the_clause_of_a_resolution() -> None:
    found = minutes("TOP 3 Straßenbau\n\nDer Gemeinderat hat die Mehrkosten in Höhe von 4.210,50 € für den Gehweg anerkannt.\n")
    assert [d.outcome for d in found.decisions] == ["angenommen"]


def test_a_resolution_repealed_by_its_date_is_taken_now() -> None:
    found = minutes(
        "TOP 4 Schulbezirke\n\nIm nächsten Tagesordnungspunkt wurde der Beschluss 12/2022 vom 03.05.2022 zu den "
        "Schulbezirken aufgehoben und wie folgt neu gefasst:\n"
    )
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert not minutes("TOP 5 Schluss\nDie Sitzung wird um 21 Uhr aufgehoben.\n").decisions


def test_a_modal_in_a_relative_clause_leaves_the_referral_a_decision() -> None:
    found = minutes(
        "TOP 6 Anträge\nEbenfalls in den Bauausschuss verwiesen ist ein Antrag der SPD, in dem geprüft werden soll, "
        "ob die Stadt Fördermittel erhalten könnte.\n"
    )
    assert [d.outcome for d in found.decisions] == ["verwiesen"]
    assert not minutes("TOP 7 Satzung\nMan müsse überlegen, ob man die Satzung ändern könne.\n").decisions


def test_the_numbered_points_of_one_resolution_stay_one_decision() -> None:
    found = minutes(
        "TOP 8 Haushalt\nBeschluss:\n1. Die Haushaltssatzung 2025 wird in der Fassung der Vorlage beschlossen.\n"
        "2. Die Umlage wird auf 31,5 v. H. festgesetzt.\nAbstimmungsergebnis: 20 Ja, 3 Nein\n"
    )
    assert [(d.yes, d.no) for d in found.decisions] == [(20, 3)]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("So soll im Ausschuss für Umwelt über die Baumschutzsatzung gesprochen werden.", "Ausschuss für Umwelt"),
        ("Im Bauausschuss soll auf Antrag der SPD noch einmal über den Bolzplatz diskutiert werden.", "Bauausschuss"),
        ("Der Bürgermeister berichtet, deshalb solle die Vergabe im Gemeindevorstand erneut beraten werden.", "Gemeindevorstand"),
    ],
)
def test_a_deliberation_to_take_place_in_a_named_body_is_its_task(sentence: str, owner: str) -> None:
    assert [o.owner for o in minutes(f"{sentence}\n").open_items] == [owner]


def test_a_deliberation_without_a_body_or_in_the_past_is_no_task() -> None:
    assert not minutes("Über die Satzung soll noch diskutiert werden.\n").open_items
    assert not minutes("Im Bauausschuss wurde über den Bolzplatz gesprochen.\n").open_items


def test_a_fronted_participle_of_the_perfect_resolves() -> None:
    found = minutes("TOP 5 Schulen\n\nZugestimmt haben die Räte außerdem der Einführung eines Schulobstprogramms.\n")
    assert [d.outcome for d in found.decisions] == ["angenommen"]


def test_a_long_subject_before_the_passive_with_its_vote_resolves() -> None:
    found = minutes(
        "TOP 6 Anträge\n\nUnser Antrag die Kreisverwaltung aufzufordern bei allen Ausschreibungen regionale Anbieter "
        "zu berücksichtigen wurde mit den Stimmen von CDU und FDP abgelehnt.\n"
    )
    assert [d.outcome for d in found.decisions] == ["abgelehnt"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("So werde die Verwaltung entlastet, argumentierte der SPD-Fraktionsvorsitzende Kolb.", "stellt fest"),
        ("Bürgermeister Eder verteidigte die Begrenzung auf zwei Standorte.", "befürwortet"),
        ("Herr Wiest konterte, die Aufsicht liege falsch.", "kritisiert"),
        ("Dann sprang Lena Vogt (SPD) auf und sagte mit lauter Stimme: „Der Termin passt nicht.“", "informiert"),
    ],
)
def test_press_verbs_of_arguing_and_a_speech_verb_after_another_verb(sentence: str, stance: str) -> None:
    found = said(f"{sentence}\n")
    assert [p.stance for p in found] == [stance]
    assert found[0].person.split()[-1] in ("Kolb", "Eder", "Wiest", "Vogt")


def test_a_reports_wuerde_with_a_later_time_is_a_plan() -> None:
    found = minutes("Die Gemeindeverwaltung würde im Laufe des kommenden Jahres eine Umfrage durchführen.\n")
    assert [o.owner for o in found.open_items] == ["Gemeindeverwaltung"]
    assert not minutes("Die Verwaltung würde das gerne prüfen.\n").open_items


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Herr Brandt sagt, die Mittel müssen im Haushalt 2026 eingeplant werden.", "stellt fest"),
        ("Bürgermeister Kern erklärt, dass hierfür ein Beschluss des Rates erforderlich sei.", "stellt fest"),
        ("Herr Brandt sagt, die Kosten steigen weiter.", "informiert"),
        ("Herr Brandt erläutert die Vorlage, die Mittel müssen eingeplant werden.", "informiert"),
    ],
)
def test_a_plain_verb_of_saying_that_reports_a_ruling_states_a_finding(sentence: str, stance: str) -> None:
    assert [p.stance for p in said(f"{sentence}\n")] == [stance]


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Kolb sagte: „Das ist einfach würdelos.“",
        "Ratsherr Kolb teilt mit, er habe sich über die Einladung sehr geärgert.",
        "Frau Ott erklärt, es kann nicht sein, dass die Anwohner nicht gefragt werden.",
    ],
)
def test_words_of_indignation_in_what_is_said_criticise(sentence: str) -> None:
    assert [p.stance for p in said(f"{sentence}\n")] == ["kritisiert"]
