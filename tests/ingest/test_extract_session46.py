"""Record extraction, session 46 (issue #11): a lead-in that carries the vote ("Der Gemeinderat beschließt mit 12
Ja-Stimmen und 3 Nein-Stimmen folgendes:") heads the resolution on the next line; a lead-in with a clause between
verb and "wie folgt" (the Bavarian "beschließt in seiner Sitzung, zu der …, wie folgt:") is no decision of its own;
elections told in prose; press reports of resolutions ("hat den Weg freigemacht", "stellte die Weichen") and of
speakers ("Der Vorsitzende der Fraktion …, Klaus Elflein, sagte"). The press sentences are from public reports on
sessions in Schiffweiler, Birkenau, Saarlouis, Obermoschel, Kleinsendelbach and Ravenstein."""

from __future__ import annotations

import pytest

from assistant.vocab import DecisionOutcome, Stance
from tests.ingest.extract_helpers import minutes


def test_a_lead_in_with_the_vote_heads_the_resolution_below_it() -> None:
    found = minutes(
        "TOP 8 Haushalt\n\nDer Gemeinderat beschließt mit 12 Ja-Stimmen und 3 Nein-Stimmen folgendes:\n"
        "Die Haushaltssatzung 2024 wird erlassen.\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [(DecisionOutcome.ADOPTED, 12, 3)]
    assert "Haushaltssatzung 2024 wird erlassen" in found[0].quote


def test_a_unanimous_lead_in_and_its_task_are_one_decision() -> None:
    found = minutes(
        "TOP 9 Kita\n\nDer Gemeinderat fasst einstimmig folgenden Beschluss:\n"
        "Die Verwaltung wird beauftragt, einen Bauantrag zu stellen.\n\nHerr Müller bedankt sich.\n"
    )
    assert [(d.unanimous, "Bauantrag zu stellen" in d.quote) for d in found.decisions] == [(True, True)]
    assert [o.owner for o in found.open_items] == ["Verwaltung"]


def test_a_lead_in_with_a_clause_before_wie_folgt_is_no_decision_of_its_own() -> None:
    found = minutes(
        "TOP 6 Satzung\n\nDer Gemeinderat beschließt in seiner Sitzung, zu der alle Mitglieder ordnungsgemäß geladen "
        "und die Mehrheit erschienen ist, wie folgt:\nDie Friedhofssatzung wird beschlossen.\nAbstimmungsergebnis: 15:0\n"
    ).decisions
    assert [(d.yes, d.no) for d in found] == [(15, 0)]
    assert found[0].quote.startswith("Die Friedhofssatzung")


def test_a_candidate_beaten_by_a_named_rival_gives_the_rivals_election() -> None:
    found = minutes(
        "TOP 3 Wahl der Beigeordneten\n\nDegen unterlag in der Abstimmung mit 6:9 Stimmen gegen Michael Rößel, der "
        "anschließend von Beisiegel ernannt und vereidigt wurde.\n\nTOP 4 Antrag\n\nDer Antrag der CDU unterlag mit "
        "6:9 Stimmen.\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no) for d in found] == [
        (DecisionOutcome.ADOPTED, 9, 6),
        (DecisionOutcome.REJECTED, 6, 9),
    ]


def test_votes_that_fell_to_two_candidates_are_an_election() -> None:
    found = minutes(
        "TOP 5 Wahl des Zweiten Bürgermeisters\n\nBei der folgenden Abstimmung entfielen auf Josef Elsinger sieben "
        "Stimmen und auf Folko Bührle sechs.\n"
    ).decisions
    assert [(d.outcome, d.yes, d.unanimous) for d in found] == [(DecisionOutcome.ADOPTED, 7, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Gemeinderat Schiffweiler hat den Weg freigemacht für eine Erweiterung der interkommunalen Zusammenarbeit "
        "im Kreis.",
        "Der Gemeinderat Schiffweiler stellte außerdem die Weichen für eine Wohnbebauung auf dem ehemaligen "
        "Betriebsgelände in der Bahnhofstraße.",
        "Die Vorschläge der CDU-Fraktion, wie die Ausschüsse in der Folge neu zu besetzen sind, fanden allgemeine "
        "Zustimmung.",
    ],
)
def test_a_press_report_of_a_resolution_is_a_decision(sentence: str) -> None:
    found = minutes(f"TOP 2 Berichte\n\n{sentence}\n").decisions
    assert [d.outcome for d in found] == [DecisionOutcome.ADOPTED]


def test_a_participle_before_a_phrase_and_a_talk_are_told_apart() -> None:
    found = minutes(
        "TOP 2 Bau\n\nDer Gemeinderat hat lange gesprochen über den Bau.\n\nDer Gemeinderat hat den Weg freigemacht "
        "für den Bau.\n"
    ).decisions
    assert [d.quote for d in found] == ["Der Gemeinderat hat den Weg freigemacht für den Bau."]


def test_giving_a_colleague_right_is_support() -> None:
    found = minutes("TOP 2 Bürgermeister\n\nGemeinderat Vogt gab den Ausführungen seines Kollegen Recht.\n").positions
    assert [(p.person, p.stance) for p in found] == [("Vogt", Stance.SUPPORTS)]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Der Vorsitzende der Fraktion von Bündnis 90/Die Grünen, Klaus Elflein, sagte, der Antrag sei „in "
            "Ordnung“.",
            "Klaus Elflein",
        ),
        ("Die Sitzung sei zu lang, sagte der Vorsitzende der Grünen, Klaus Elflein.", "Klaus Elflein"),
        ("Elfleins Fraktionskollege Peter Schabel regte an, die im Antrag genannte Reihenfolge zu ändern.", "Schabel"),
        (
            "Man wolle so viel wie möglich in Präsenz machen, betonte SPD-Fraktionssprecher Hakan Gündüz, auch um die "
            "Bürgerbeteiligung zu ermöglichen.",
            "Hakan Gündüz",
        ),
    ],
)
def test_press_forms_of_naming_a_speaker(sentence: str, person: str) -> None:
    found = minutes(f"TOP 2 Weg nach Löhrbach\n\n{sentence}\n").positions
    assert len(found) == 1 and found[0].person.endswith(person)


def test_a_press_dateline_does_not_hide_the_resolution_after_it() -> None:
    found = minutes(
        "Schiffweiler heißt Eppelborn willkommen\n\nSchiffweiler · Der Gemeinderat Schiffweiler hat den Weg freigemacht "
        "für eine Erweiterung der interkommunalen Zusammenarbeit im Kreis.\n"
    ).decisions
    assert len(found) == 1 and found[0].quote.startswith("Schiffweiler · Der Gemeinderat")


def test_a_participle_after_a_list_of_factions_closes_the_main_clause() -> None:
    found = minutes(
        "TOP 2 Weg\n\nMit großer Mehrheit hat die Birkenauer Gemeindevertretung einen gemeinsamen Antrag der Fraktionen "
        "von CDU, SPD und FDP für den Bau eines Weges von der Gaststätte Löhrbacher Tal bis ins Unterdorf des Ortsteils "
        "gebilligt.\n"
    ).decisions
    assert [(d.outcome, d.unanimous) for d in found] == [(DecisionOutcome.ADOPTED, False)]


def test_a_ratio_does_not_end_the_clause_and_a_resolution_not_to_act_is_no_task() -> None:
    found = minutes(
        "TOP 4 Stellvertreter\n\nBeim nächsten Tagesordnungspunkt wurde mit 9:6 abgestimmt, dass kein weiterer "
        "Stellvertreter des Bürgermeisters gewählt werden soll. Bisher hatte dieses Amt Franz Purzeller inne.\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [(DecisionOutcome.ADOPTED, 9, 6)]
    assert found.open_items == []


def test_two_elections_with_the_same_counts_are_two_decisions() -> None:
    found = minutes(
        "TOP 3 Wahlen\n\nIn einer geheimen Wahl setzte sich Mittermaier mit 8:7 Stimmen durch. Bei der geheimen Wahl "
        "zum dritten Bürgermeister erhielt Max Eder 8 Stimmen und Peter Volk 7 Stimmen.\n"
    ).decisions
    assert [d.yes for d in found] == [8, 8]
