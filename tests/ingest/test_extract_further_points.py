"""Record extraction, session 12 (issue #11): a sentence of reported speech that opens with a further-point
connective ("Außerdem", "Darüber hinaus", "Des Weiteren", …) is a position of its own, as the annotation guide
splits a contribution with a second object. The construction was seen in freshly collected minutes outside the
shared corpora; every sentence here is our own."""

from __future__ import annotations

from tests.ingest.extract_helpers import said


def test_a_further_finding_in_reported_speech_is_a_position_of_its_own() -> None:
    found = said(
        "TOP 3 Anwohnerparken\n\n"
        "Frau Lenz weist darauf hin, dass Lieferfahrzeuge den Fahrzeugen der Anwohner gleichzustellen seien. "
        "Außerdem sei es nicht Aufgabe des Ortsbeirats, Halteverbote anzuordnen, sondern dies sei Sache des Kreises.\n"
    )
    assert [p.person for p in found] == ["Frau Lenz", "Frau Lenz"]
    assert found[1].quote.startswith("Außerdem sei es nicht Aufgabe")
    assert found[1].stance == "stellt fest"
    assert "Außerdem" not in found[0].quote


def test_a_further_point_that_says_what_ought_to_be_done_is_a_proposal() -> None:
    found = said(
        "TOP 5 Gebührenordnung der Bücherei\n\n"
        "Frau Roth begrüßt die Einführung einer Jahresgebühr. "
        "Darüber hinaus sollte man einen Tagespass für Gäste anbieten, der 3 Euro kostet.\n"
    )
    assert [(p.person, p.stance) for p in found] == [
        ("Frau Roth", "befürwortet"),
        ("Frau Roth", "schlägt vor"),
    ]
    assert found[1].quote.startswith("Darüber hinaus sollte man")


def test_reported_speech_without_a_further_point_goes_on_in_the_same_position() -> None:
    found = said(
        "TOP 5 Gebührenordnung der Bücherei\n\n"
        "Frau Roth begrüßt die Einführung einer Jahresgebühr. Die Leser hätten sich dies lange gewünscht.\n"
    )
    assert len(found) == 1
    assert found[0].quote.endswith("lange gewünscht.")
