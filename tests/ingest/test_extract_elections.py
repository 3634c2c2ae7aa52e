"""Record extraction, session 30 (issue #11): elections reported by the votes a candidate got, as press reports of
constituent sessions write them ("erhielt X 18 Stimmen", "konnte 25 Stimmen auf sich vereinen", "Auf X entfielen 32
von 42 abgegebenen Stimmen", "hatte mit 20 Stimmen die Nase vorn"). Every sentence here is our own, written in the
construction found there."""

from __future__ import annotations

import pytest

from assistant.language.votes import parse_votes
from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("sentence", "yes", "unanimous"),
    [
        ("In geheimer Wahl erhielt Frau Lorenz dann 14 Stimmen, ihr Gegenkandidat nur sechs.", 14, False),
        ("Im zweiten Wahlgang bekam Herr Brandt 23 von 27 abgegebenen Stimmen.", 23, False),
        ("In offener Abstimmung erhielt Jana Voss von 31 abgegebenen 30 Ja-Stimmen.", 30, False),
        ("Der Ortsvorsteher konnte eine klare Mehrheit von 17 Stimmen auf sich vereinen.", 17, None),
        ("Auf Schubert entfielen im ersten Wahlgang 19 von 25 gültigen Stimmen.", 19, False),
        ("Bei der Wahl des Vorsitzenden hatte der Christdemokrat aus Oberdorf mit 12 Stimmen die Nase vorn.", 12, False),
        ("Erster Stellvertreter des Vorsitzenden ist Peter Kunz (FDP) mit 21 Stimmen.", 21, None),
    ],
)
def test_the_votes_a_candidate_got_make_an_election(sentence: str, yes: int, unanimous: bool | None) -> None:
    found = minutes(f"TOP 2 Wahlen\n{sentence}\n")
    assert [(d.outcome, d.yes, d.unanimous) for d in found.decisions] == [("angenommen", yes, unanimous)]
    assert found.positions == []


def test_a_count_with_its_side_after_mit() -> None:
    votes = parse_votes("Von 40 abgegebenen Stimmen votierten 28 mit Ja und elf mit Nein.")
    assert (votes.yes, votes.no, votes.unanimous) == (28, 11, False)


def test_votes_of_a_general_election_or_a_date_are_no_council_vote() -> None:
    assert parse_votes("Bei der Kommunalwahl erhielt die Liste 1.250 Stimmen.").yes is None
    assert parse_votes("Am 3. März erhielt er 18 Stimmen und wurde gewählt.").unanimous is None
