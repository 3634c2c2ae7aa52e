"""Record extraction, session 30 (issue #11): constructions of freshly collected minutes and reports beyond elections
(the asker of an "Anfrage" or a "Hinweis" that a speaker answers, …). Every sentence here is our own, written in the
construction found there."""

from __future__ import annotations

import pytest

from tests.ingest.extract_helpers import said


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
