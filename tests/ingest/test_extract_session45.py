"""Record extraction, session 45 (issue #11): a vote table pasted as a column of labels over a column of numbers
("Ja-Stimmen: |" … "5 |" …), a body's competence in a statute ("Der Hauptausschuss beschließt über:") that decides
nothing, and the chair's steps of the session (beginning it, pointing to the agenda, instructing the newly elected,
announcing the valid votes) that are no positions. The sentences are from public minutes of Südharz, Haldensleben,
Roßbach, Heltersberg, Häuslingen and Mörsdorf."""

from __future__ import annotations

import pytest

from assistant.vocab import DecisionOutcome
from tests.ingest.extract_helpers import minutes


def test_a_column_of_labels_over_a_column_of_numbers_pairs_them_in_order() -> None:
    found = minutes(
        "TOP 4 Einwohnerfragestunde\n\nDer Ortschaftsrat beschließt die Einwohnerfragestunde.\n"
        "Abstimmungsergebnis:\nJa-Stimmen: |\nNein-Stimmen: |\nEnthaltungen: |\n7 |\n2 |\n1 |\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found] == [(DecisionOutcome.ADOPTED, 7, 2, 1)]


def test_a_table_with_each_label_beside_its_number_stays_as_it_is() -> None:
    found = minutes(
        "TOP 4 Einwohnerfragestunde\n\nDer Ortschaftsrat beschließt die Einwohnerfragestunde.\n"
        "Abstimmungsergebnis:\nJa-Stimmen: | 7 |\nNein-Stimmen: | 2 |\nEnthaltungen: | 1 |\n"
    ).decisions
    assert [(d.yes, d.no, d.abstain) for d in found] == [(7, 2, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "(4) Der Hauptausschuss beschließt über:",
        "Gem. § 1 Abs. 1 der Hauptsatzung beschließt der Ortsgemeinderat, in welcher Zeitung die Bekanntmachungen "
        "zu veröffentlichen sind.",
    ],
)
def test_a_competence_in_the_statutes_is_no_decision(sentence: str) -> None:
    found = minutes(f"TOP 3 Hauptsatzung\n\nDie Verwaltung erläutert den Entwurf.\n\n{sentence}\n")
    assert found.decisions == [] and found.open_items == []


def test_a_resolution_headed_wie_folgt_still_decides() -> None:
    found = minutes(
        "TOP 3 Hauptsatzung\n\nDer Gemeinderat beschließt wie folgt:\nDie Hauptsatzung wird geändert.\n\n"
        "Abstimmung: 9 Ja, 0 Nein, 0 Enthaltungen\n"
    ).decisions
    assert [(d.outcome, d.yes) for d in found] == [(DecisionOutcome.ADOPTED, 9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bürgermeister Voige verweist auf die vorliegende Tagesordnung.",
        "Der Ortsbürgermeister belehrte sodann die in den Ortsgemeinderat Gewählten über die Obliegenheiten ihres "
        "Amtes.",
        "Der Vorsitzende stellte fest, dass die Kandidatin Dr. Gabriele Hornung mehr als die Hälfte der gültigen "
        "Stimmen erreicht hat und damit gewählt ist.",
        "Der Vorsitzende appelliert an den Rat, zügig zu beraten, und beginnt mit der Sitzung.",
    ],
)
def test_the_chairs_steps_of_the_session_are_no_positions(sentence: str) -> None:
    assert minutes(f"TOP 1 Eröffnung\n\n{sentence}\n").positions == []
