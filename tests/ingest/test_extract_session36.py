"""Record extraction, session 36 (issue #11): constructions of the pages collected blind in session 35 and read as
tune material this session (a faction of two in brackets after a name, a second speaker after an article and a role).
Every sentence here is our own, written in the construction found there."""

from __future__ import annotations

import pytest

from ingest.extract.speech_reading import find_speaker
from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hanna Weber (Fraktion SPD/Grüne) stimmte dem Vorschlag Dr. Anna Kehl zu.", "Hanna Weber"),
        ("Karl Brandt (Fraktion Die Linke - Volkssolidarität) schlug Frau Roth als Beigeordnete vor.", "Karl Brandt"),
    ],
)
def test_a_faction_of_two_in_brackets_marks_a_person(text: str, person: str) -> None:
    found = find_speaker(text)
    assert found is not None and [s.person for s in found.speakers] == [person]
    assert [p.person for p in minutes(f"TOP 4 Wahl der Beigeordneten\n\n{text}\n").positions] == [person]


def test_a_second_speaker_after_an_article_and_a_role() -> None:
    text = "Amtsdirektor Lenz und die stellvertretende Hauptamtsleiterin Frau Ohm erläutern die Geschäftsordnung."
    found = find_speaker(text)
    assert found is not None and [s.person for s in found.speakers] == ["Lenz", "Frau Ohm"]
    # a role before a first name and surname is no address: who shaped a service says nothing
    assert find_speaker("Pfarrer Max Kern und der katholische Diakon Paul Ries gestalteten den Gottesdienst.") is None
