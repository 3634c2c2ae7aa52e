"""A position question naming a person is answered with that person's passage first."""

from __future__ import annotations

from assistant.answering.record_answer import speaker_first
from assistant.language.german import content_terms
from assistant.models import Answer, Citation, Position

TEXT = (
    "Ratsmitglied Krause erklärt, die Absetzung sei nicht zulässig. "
    "Ratsmitglied Lohmann hält die Beratung dennoch für geboten."
)
SPLIT = TEXT.index("Ratsmitglied Lohmann")


def _citation(start: int, end: int) -> Citation:
    return Citation(
        doc_id="a", title="T", municipality="Gemeinde X", body="Rat", date="2024-01-01", agenda_item="TOP 4",
        page=None, quote=TEXT[start:end], char_start=start, char_end=end, source="", score=0.5,
    )  # fmt: skip


def _position(person: str, start: int, end: int) -> Position:
    return Position(
        record_id=f"p-{person}", doc_id="a", municipality="Gemeinde X", body="Rat", date="2024-01-01",
        agenda_item="TOP 4", topic="Absetzung", quote=TEXT[start:end], char_start=start, char_end=end,
        source="", public=True, person=person, stance="befürwortet",
    )  # fmt: skip


ANSWER = Answer(answer="„…Krause…“ [1]\n„…Lohmann…“ [2]", abstained=False,
                citations=[_citation(0, SPLIT), _citation(SPLIT, len(TEXT))])  # fmt: skip


def test_the_named_speaker_s_passage_moves_first() -> None:
    led = speaker_first(ANSWER, _position("Lohmann", SPLIT, len(TEXT)), content_terms("Lohmann"))
    assert led.citations[0].quote.startswith("Ratsmitglied Lohmann")
    assert "„…Lohmann…“ [1]" in led.answer.splitlines()  # the markers follow the citations


def test_nothing_moves_when_the_first_passage_names_the_person_or_none_is_asked() -> None:
    krause = _position("Krause", 0, SPLIT)
    assert speaker_first(ANSWER, krause, content_terms("Krause")) == ANSWER
    assert speaker_first(ANSWER, _position("Lohmann", SPLIT, len(TEXT)), []) == ANSWER
    assert speaker_first(ANSWER, _position("Lohmann", SPLIT, len(TEXT)), content_terms("Krause")) == ANSWER
