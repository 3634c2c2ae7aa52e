"""The kind of record a question asks for, read from its wording (:func:`assistant.query.understand.understand`).
Own sentences."""

from __future__ import annotations

import pytest

from assistant.query.understand import understand
from assistant.vocab import QuestionType


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wer ist in Neudorf 2020 Erster Beigeordneter geworden?", QuestionType.DECISION),
        ("Wer wurde im Ortsbeirat zum Schriftführer gewählt?", QuestionType.DECISION),
        ("Was ist aus dem Prüfauftrag zur Ampel geworden?", QuestionType.OPEN_ITEM),
        ("Was ist daraus eigentlich geworden?", QuestionType.OPEN_ITEM),
    ],
)
def test_an_election_is_a_decision_a_fate_a_follow_up(question: str, kind: QuestionType) -> None:
    assert understand(question).question_type == kind
