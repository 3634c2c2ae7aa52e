"""Vote results written in forms no annotated minutes of ours holds yet, but German minutes use: counts parted by
slashes or dashes after a vote label, "Zustimmung / Ablehnung" as keys, and a motion that "finds no majority".
All sentences are our own; none of the ~250 annotated minutes moved with them (measured, docs/records.md)."""

from __future__ import annotations

import pytest

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Abstimmungsergebnis: 5/2/1", (5, 2, 1, False)),
        ("Abst.-Ergebnis: 7-0-0", (7, 0, 0, True)),
        ("Ergebnis: 12 – 3 – 1", (12, 3, 1, False)),
        ("Abstimmungsergebnis: Zustimmung 10, Ablehnung 2, Enthaltung 0", (10, 2, 0, False)),
    ],
)
def test_counts_after_a_label(text: str, counts: tuple[int, int, int, bool]) -> None:
    votes = parse_votes(text)
    assert (votes.yes, votes.no, votes.abstain, votes.unanimous) == counts


def test_a_date_with_slashes_is_no_count() -> None:
    assert not parse_votes("Die Sitzung am 5/2/2021 begann um 18 Uhr.").has_counts


def test_a_label_with_slashed_counts_makes_a_decision() -> None:
    found = minutes("TOP 4 Spielplatz Lindenweg\n\nAbst.-Ergebnis: 7-0-0\n")
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found.decisions] == [("angenommen", 7, 0, 0)]


def test_a_motion_without_a_majority_is_rejected() -> None:
    found = minutes(
        "TOP 6 Parkgebühren\n\nDer Antrag der SPD-Fraktion findet keine Mehrheit (4 Ja, 9 Nein).\n"
    )
    assert [(d.outcome, d.yes, d.no) for d in found.decisions] == [("abgelehnt", 4, 9)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a first column no key names (the members by law): the keys belong to the last numbers
        ("Abstimmungsergebnis: gesetzl. Mitglieder anwesend Ja Nein Enthaltung 15 13 12 0 1", (12, 0, 1)),
        ("Anzahl der Mitglieder anwesend Ja Nein Enthaltung Mitwirkungsverbot 14 12 9 2 1 0", (9, 2, 1)),
        ("Abstimmung: 18-Ja-Stimmen, 3 Nein-Stimmen, 17 Enthaltungen", (18, 3, 17)),
    ],
)
def test_columns_and_joined_counts(text: str, counts: tuple[int, int, int]) -> None:
    votes = parse_votes(text)
    assert (votes.yes, votes.no, votes.abstain) == counts


def test_votes_against_without_yes_counts_are_no_unanimity() -> None:
    votes = parse_votes("Der Rat beschließt die Satzung bei 4 Gegenstimmen.")
    assert (votes.no, votes.unanimous) == (4, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Niederschrift wird bei 3 Enthaltungen genehmigt.", ("angenommen", None, None, 3)),
        ("Der Antrag wird in den Bauausschuss verwiesen (9 Ja, 2 Enthaltungen).", ("verwiesen", 9, None, 2)),
        (
            "Der Gemeinderat beschließt den Bebauungsplan Nr. 7.\n"
            "Abstimmungsergebnis: gesetzl. Mitglieder anwesend Ja Nein Enthaltung 15 13 12 0 1",
            ("angenommen", 12, 0, 1),
        ),
    ],
)
def test_counts_inside_a_resolution_are_kept(text: str, expected: tuple[object, ...]) -> None:
    found = minutes(f"TOP 5 Bauleitplanung\n\n{text}\n")
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found.decisions] == [expected]


def test_a_vote_table_under_a_motion_label_is_the_motion_s_decision() -> None:
    found = minutes(
        "TOP 3 Straßenreinigungssatzung\n\n"
        "Frau Berger stellt den Antrag, die Gebühr für Anlieger zu halbieren.\n"
        "Abstimmung über den Antrag Berger:\n"
        "Ja    Nein   Enthaltung\n"
        " 4      8        2\n"
        "Der Antrag ist abgelehnt.\n"
    )
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found.decisions] == [("abgelehnt", 4, 8, 2)]
