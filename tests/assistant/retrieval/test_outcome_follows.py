"""The vote on a matter follows its discussion (assistant.retrieval.outcome_follows).

Real minutes from ../shared (skipped without them): the Altona Bezirksversammlung writes a motion's
presentation, two statements and then "Die Bezirksversammlung stimmt dem Antrag einstimmig zu, …"; the
Leverkusen council writes the motion, the secret ballot, a vote table and then "Damit ist der
Bürgerantrag abgelehnt." The questions are worded here, in words of the discussion, not of the vote.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.embedding import Embedder
from assistant.service import Assistant
from tests.conftest import assistant_over, shared_documents

DOCUMENTS = (
    "hamburg-altona-2021-05-27-bezirksversammlung",
    "hamburg-altona-2021-08-26-bezirksversammlung-gruenpatenschaften",
    "leverkusen-85056-buergerantrag-seniorenrat",
    "leverkusen-58355-beschlussempfehlung-rat",
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    with assistant_over(shared_documents(DOCUMENTS), tmp_path_factory.mktemp("outcome-follows"), embedder) as built:
        yield built


def test_the_vote_after_the_motion_answers_how_it_was_voted(assistant: Assistant) -> None:
    answer = assistant.ask("Wie ging in Altona die Abstimmung über die Politikmittel in Krisenzeiten aus?")
    assert not answer.abstained
    assert "Die Bezirksversammlung stimmt dem Antrag einstimmig zu" in answer.citations[0].quote


def test_the_result_line_after_the_ballot_answers_whether_it_passed(assistant: Assistant) -> None:
    answer = assistant.ask("Ist der Leverkusener Bürgerantrag für einen Seniorenrat durchgekommen?")
    assert not answer.abstained
    assert "Damit ist der Bürgerantrag abgelehnt." in answer.citations[0].quote


def test_without_the_vote_kind_the_discussion_still_leads(assistant: Assistant) -> None:
    answer = assistant.ask("Was sagte Herr Eschenburg in Altona zu den Politikmitteln?")
    assert not answer.abstained
    assert answer.citations[0].quote.startswith("Herr Eschenburg stellt den Antrag vor")


VOTE_FIRST = Path(__file__).parents[2] / "data" / "own_minutes" / "musterhausen-2024-05-06-rat.txt"
"""Our own minutes in the order some councils write: part a) of the resolution, then "Der Rat der Stadt … beschließt
mit 21 Stimmen, 4 Gegenstimmen und 2 Enthaltungen:" ending its chunk, then part b), the matter asked about."""


@pytest.fixture(scope="module")
def vote_first(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    with assistant_over([VOTE_FIRST], tmp_path_factory.mktemp("vote-first"), embedder) as built:
        yield built


@pytest.mark.parametrize(
    "question",
    [
        "Wie wurde in Musterhausen über die Traufhöhe und die Dachbegrünung am Mühlenteich abgestimmt?",
        "Mit welcher Mehrheit wurde in Musterhausen die Satzung zum Mühlenteich mit Dachbegrünung beschlossen?",
    ],
)
def test_the_vote_line_before_the_resolution_text_answers_how_it_was_voted(vote_first: Assistant, question: str) -> None:
    answer = vote_first.ask(question)
    assert not answer.abstained
    assert "beschließt mit 21 Stimmen, 4 Gegenstimmen und 2 Enthaltungen:" in answer.citations[0].quote
