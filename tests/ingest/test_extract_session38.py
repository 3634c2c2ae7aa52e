"""Record extraction, session 38 (issue #11): constructions of the pages collected blind this session and read as
tune material (a portal page's header that sums up the result recorded below it, a speaker's report in the
subjunctive of a step taken earlier). Every sentence here is our own, written in the construction found there."""

from __future__ import annotations

from tests.ingest.extract_helpers import minutes

_PAGE = """TOP 7 Antrag GRÜNE betr. Bürgersolaranlage auf dem Schulzentrum

Sitzung des Stadtrates Musterstadt
TOP: Ö 7
Gremium: Stadtrat Musterstadt Beschlussart: ungeändert beschlossen
Datum: Do, 14.03.2024 Status: öffentlich

Beschluss

Frau Kemper erläutert den Antrag. Die Fläche reiche für rund 300 Kilowatt.

Herr Olbrich begrüßt das Vorhaben und regt an, die Stadtwerke zu beteiligen.

{vote}
"""


def test_a_page_header_sums_up_the_vote_recorded_below_it() -> None:
    found = minutes(_PAGE.format(vote="Der Stadtrat stimmt dem Antrag einstimmig zu."))
    assert [(d.outcome, d.unanimous) for d in found.decisions] == [("angenommen", True)]
    assert "Beschlussart" not in found.decisions[0].quote


def test_a_page_header_without_a_vote_below_it_stays_the_decision() -> None:
    found = minutes(_PAGE.format(vote="Die Sitzung wird um 20:15 Uhr geschlossen."))
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert "Beschlussart" in found.decisions[0].quote


def test_a_step_reported_in_the_subjunctive_passive_is_no_decision() -> None:
    text = (
        "TOP 4 Anfragen\n\nHerr Brauer fragt nach dem Stand der Turnhalle. Herr Lindner antwortet, die Kosten lägen "
        "bei 2 Mio. Euro. Die Erneuerung sei daher vorerst zurückgestellt worden.\n"
    )
    assert minutes(text).decisions == []
    # a resolution of this session in the same item is still one
    resolved = minutes(text + "\nDer Ausschuss beschließt einstimmig, die Erneuerung im Haushalt 2025 einzuplanen.\n")
    assert [(d.outcome, d.unanimous) for d in resolved.decisions] == [("angenommen", True)]
