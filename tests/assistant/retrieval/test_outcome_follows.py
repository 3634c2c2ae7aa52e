"""The vote on a matter follows its discussion (assistant.retrieval.outcome_follows).

Real minutes from ../shared (skipped without them): the Altona Bezirksversammlung writes a motion's
presentation, two statements and then "Die Bezirksversammlung stimmt dem Antrag einstimmig zu, …"; the
Leverkusen council writes the motion, the secret ballot, a vote table and then "Damit ist der
Bürgerantrag abgelehnt." The questions are worded here, in words of the discussion, not of the vote.
"""

from __future__ import annotations

from collections.abc import Iterator

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
