"""Record extraction, session 40 (issue #11): a task stated only by pointing back at the sentence before it (a reply
promised to a resident's question, "Der Vorsitzende sagt dies zu.") is quoted with that sentence, and a deadline the
request names is the task's. Every sentence here is our own, written in the constructions found in the tune pages."""

from __future__ import annotations

from tests.ingest.extract_helpers import minutes

_QUESTION_TIME = """TOP 3 Einwohnerfragestunde

Frau Lehmann fragt, wann der Spielplatz am Mühlenweg wieder geöffnet wird.

Es wird eine schriftliche Antwort zugesagt.

Herr Brandt möchte wissen, warum die Straßenlaternen in der Kirchgasse am Donnerstag ausfielen.

Es wird eine schriftliche Antwort zugesagt.
"""


def test_a_promised_reply_is_quoted_with_the_question_it_answers() -> None:
    items = minutes(_QUESTION_TIME).open_items
    assert len(items) == 2  # the same reply to two questions is two tasks
    assert "Spielplatz am Mühlenweg" in items[0].quote and items[0].quote.endswith("Antwort zugesagt.")
    assert "Straßenlaternen" in items[1].quote
    assert items[1].due == ""  # the question's day is what was asked about, not when the reply is due


_REQUEST = """TOP 5 Verkehrsangelegenheiten

Gemeinderätin Huber ist mit dem Vorschlag einverstanden, bittet aber darum, die Ortseinfahrt aus Richtung Talheim bis zur nächsten Verkehrsschau zu prüfen. Der Vorsitzende sagt dies zu.
"""


def test_an_agreement_to_a_request_owes_the_request_and_its_deadline() -> None:
    items = minutes(_REQUEST).open_items
    assert len(items) == 1
    assert items[0].quote.startswith("bittet aber darum")  # the request, not the agreement before it
    assert items[0].due == "nächste Verkehrsschau"
