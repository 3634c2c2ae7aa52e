"""Record extraction, session 41 (issue #11): general constructions rather than one more surface form — a passive
whose subject carries its attributes, a request whose task is a particle verb, a request the next sentence takes on
when both are quoted from the same start, and a list entry read without its bullet. The sentences are our own, in the
constructions of minutes; the Calw line is from a shared bulk document."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.vocab import DecisionOutcome
from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file
from tests.ingest.extract_helpers import minutes


def test_a_rejection_whose_subject_has_attributes_is_a_decision() -> None:
    found = minutes("TOP 3 Zuschüsse\n\nDer Antrag des Sportvereins auf einen Zuschuss wurde abgelehnt.\n").decisions
    assert [d.outcome for d in found] == [DecisionOutcome.REJECTED.value]


def test_a_request_for_a_particle_verb_is_the_named_persons_task() -> None:
    items = minutes(
        "TOP 5 Verschiedenes\n\n"
        "Der Bürgermeister bittet Herrn Meyer darum, sich beim Landkreis für die Sanierung einzusetzen.\n\n"
        "Frau Kunz bittet die Verwaltung, die Ampelschaltung an der Hauptstraße nachzubessern.\n"
    ).open_items
    assert [i.owner for i in items] == ["Meyer", "Verwaltung"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Alt bittet darum, dem Antrag zuzustimmen.",  # a vote asked for now
        "Frau Roth bittet die Gemeinde, die Satzung nicht aufzuheben.",  # asks that nothing be done
    ],
)
def test_a_request_to_vote_or_to_refrain_is_no_task(sentence: str) -> None:
    assert minutes(f"TOP 2 Satzung\n\n{sentence}\n").open_items == []


def test_a_request_the_next_sentence_takes_on_is_one_item() -> None:
    items = minutes(
        "TOP 6 Anfragen\n\n"
        "Gemeinderat Vogt bittet darum, die Beleuchtung am Friedhof bis zur nächsten Sitzung zu prüfen. "
        "Der Bürgermeister sagt dies zu.\n"
    ).open_items
    assert len(items) == 1
    assert items[0].quote.endswith("sagt dies zu.")
    assert items[0].due == "nächste Sitzung"


def test_a_task_quoted_with_its_antecedent_stays_apart_from_it() -> None:
    items = minutes(
        "TOP 4 Verkehr\n\n"
        "Bürgermeister Kuhn sichert zu, dass die Verwaltung die Einführung einer Tempo-30-Zone prüfen werde. "
        "Wenn hier eine Umsetzung möglich sein sollte, werde er entsprechend informieren.\n"
    ).open_items
    assert len(items) == 2


def test_a_bulleted_kenntnisnahme_is_a_decision() -> None:
    found = minutes("TOP 7 Bericht des Kämmerers\n\n- Kenntnisnahme.\n").decisions
    assert [d.outcome for d in found] == [DecisionOutcome.NOTED.value]


def test_a_bulleted_report_of_the_councils_approval_is_a_decision(shared_dir: Path) -> None:
    path = shared_dir / "corpus-bulk" / "docs" / "calw-lk-2011-07-18-kreistag-protokoll.txt"
    if not path.exists():
        pytest.skip("shared bulk document not present")
    found = extract_records(build_document(path, read_file(path))).decisions
    approved = [d for d in found if "Perspektivstudie" in d.quote]
    assert [d.outcome for d in approved] == [DecisionOutcome.ADOPTED.value]


_TABLE_OF_LINES = """TOP 5 Ländlicher Wegebau

Anschließend lässt der Vorsitzende über den Beschlussvorschlag abstimmen.
Abstimmungsergebnis:
Anzahl der Mitglieder:{bar}
13{bar}
davon anwesend:{bar}
12{bar}
Zustimmung:{bar}
10{bar}
Ablehnung:{bar}
1{bar}
Enthaltung:{bar}
1{bar}
"""


@pytest.mark.parametrize("bar", ["", " |"])
def test_a_vote_table_of_label_and_count_lines_gives_the_counts(bar: str) -> None:
    found = minutes(_TABLE_OF_LINES.format(bar=bar)).decisions
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found] == [(DecisionOutcome.ADOPTED.value, 10, 1, 1)]


def test_the_candidates_lines_of_a_ballot_are_one_election() -> None:
    found = minutes(
        "TOP 6 Wahl der Stellvertreter\n\nAbstimmungsergebnis zum 1. Stellvertreter:\n\n"
        "Für Heike Winter:  7 Stimmen\n\nFür Torsten Lang: 4 Stimmen\n"
    ).decisions
    assert [(d.outcome, d.yes, d.unanimous) for d in found] == [(DecisionOutcome.ADOPTED.value, 7, False)]


def test_a_further_resolution_with_its_own_vote_is_its_own_decision() -> None:
    found = minutes(
        "TOP 3 Bebauungsplan Solarpark\n\nBeschluss:\n\n"
        "Der Gemeinderat billigt den Entwurf des Bebauungsplans und beauftragt die Verwaltung, die Beteiligung durchzuführen.\n\n"
        "Ergänzend beschloss der Gemeinderat mit 12 : 0 Stimmen, dass der Bebauungsplan um eine Eingrünung zu ergänzen ist.\n"
    ).decisions
    assert [(d.yes, d.no) for d in found] == [(None, None), (12, 0)]


def test_an_outside_party_named_as_the_doer_owns_the_task() -> None:
    items = minutes(
        "TOP 4 Freiflächen-Photovoltaik\n\nBeschluss:\n\n"
        "Die Belange des Naturschutzes sind vor der weiteren Beurteilung vom Antragsteller zu klären.\n"
        "Der Antragsteller soll Auskunft über die Bürgerbeteiligung geben.\n"
    ).open_items
    assert [(i.owner, i.due) for i in items] == [
        ("Antragsteller", "vor der weiteren Beurteilung"),
        ("Antragsteller", ""),
    ]


def test_a_chair_by_office_alone_is_a_speaker_and_a_session_motion_no_task() -> None:
    found = minutes(
        "TOP 2 Bericht\n\nKreispräsidentin Borwieck berichtet über die Sitzung des Ältestenrates.\n\n"
        "TOP 13 Kulturförderrichtlinie\n\nDie Kreispräsidentin bittet darum, den TOP 14 abzusetzen.\n"
    )
    assert [p.person for p in found.positions] == ["Borwieck", "Borwieck"]  # the office resolved to its holder
    assert found.open_items == []


def test_a_minute_of_silence_is_chairing() -> None:
    found = minutes(
        "TOP 1 Eröffnung\n\nDer Stadtverordnetenvorsteher bittet die Anwesenden um eine Gedenkminute für den "
        "verstorbenen Stadtverordneten Paul Kern.\n"
    )
    assert found.positions == [] and found.open_items == []
