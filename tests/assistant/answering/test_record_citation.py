"""A decision too long to quote whole is cited where its vote stands: at its end (the vote after the resolution),
or at its start when the vote heads it (an ALLRIS header above the resolution) (assistant.answering.record_answer).
Own text."""

from __future__ import annotations

from assistant.answering.record_answer import record_citation
from assistant.models import Decision, DocumentMeta

REASONS = (
    "Auf seiner Sitzung im Mai hat der Gemeinderat beschlossen, auf dem Waldfriedhof Baumgräber anzubieten. Hierzu "
    "muss die Friedhofssatzung geändert werden. Bei dieser Gelegenheit wurde die Satzung insgesamt überarbeitet und "
    "auf den aktuellen Stand gebracht; der Entwurf liegt der Vorlage bei. Die Gebührensatzung wird derzeit neu "
    "kalkuliert und dem Gemeinderat im Herbst vorgelegt. Bis dahin soll für Baumgräber die Gebühr der Urnengräber "
    "gelten. "
)
RESOLUTION = "Beschluss: Der Gemeinderat beschließt die Friedhofssatzung in der Fassung des Entwurfs."
HEADER = "Beschluss: Einstimmig beschlossen Abstimmung: Ja: 15, Nein: 0, Anwesend: 15 Sachverhalt: "


def _decision(quote: str) -> Decision:
    return Decision(
        record_id="d", doc_id="lindenau", municipality="Gemeinde Lindenau", body="Gemeinderat", date="2024-02-13",
        agenda_item="TOP 3", topic="", quote=quote, char_start=100, char_end=100 + len(quote), source="",
        outcome="angenommen", unanimous=True, yes=15, no=0,
    )  # fmt: skip


def test_a_vote_at_the_head_of_a_long_decision_is_quoted() -> None:
    quote = HEADER + REASONS + RESOLUTION
    assert len(quote) > 600
    cited = record_citation(_decision(quote), DocumentMeta(doc_id="lindenau"), 1.0)
    assert cited.quote.startswith("Beschluss: Einstimmig beschlossen Abstimmung: Ja: 15")
    assert cited.char_start == 100 and len(cited.quote) <= 600


def test_a_vote_at_the_end_of_a_long_decision_is_quoted() -> None:
    quote = "Sachverhalt: " + REASONS + REASONS + RESOLUTION + " Abstimmung: Ja: 15, Nein: 0, Enthaltungen: 0."
    assert len(quote) > 600
    cited = record_citation(_decision(quote), DocumentMeta(doc_id="lindenau"), 1.0)
    assert cited.quote.endswith("Enthaltungen: 0.") and len(cited.quote) <= 600
