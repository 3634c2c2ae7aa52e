"""What happened right after a session is not in that session's minutes (issue #14, later events).

Real minutes from ../shared (skipped without them): the Altona Bezirksversammlung of 27 May 2021 among two others. A question about
the state of a matter "nach der Sitzung" is answered as not reported, with the announcement cited; a question about
the session itself is still answered. The questions are worded here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.embedding import Embedder
from assistant.query.premise import asks_after_session
from assistant.service import Assistant
from tests.conftest import assistant_over, shared_documents


@pytest.mark.parametrize(
    ("question", "after"),
    [
        ("Ist die Nikodemuskirche nach der Sitzung des Regionalausschusses tatsächlich Nachbarschaftskirche geworden?", True),
        ("Was stand in der Antwort, die der Landkreis nach der Kreistagssitzung auf die Anfrage gegeben hat?", True),
        ("Wie geht es im Landkreis Landshut nach der Anhörung zum Nahverkehrsplan weiter?", False),
        ("Was soll nach der Sitzung mit dem Antrag geschehen?", False),
        ("Bei welchem Ministerium wurden nach der konstituierenden Sitzung Anfragen gestellt?", False),
    ],
)
def test_a_time_right_after_the_session(question: str, after: bool) -> None:
    assert asks_after_session(question) is after


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    documents = shared_documents(
        (
            "hamburg-altona-2021-05-27-bezirksversammlung",
            "hamburg-altona-2021-08-26-bezirksversammlung-gruenpatenschaften",
            "leverkusen-85056-buergerantrag-seniorenrat",
        )
    )
    with assistant_over(documents, tmp_path_factory.mktemp("after-session"), embedder) as built:
        yield built


def test_the_state_after_the_session_is_not_reported(assistant: Assistant) -> None:
    answer = assistant.ask("Haben die Fraktionen in Altona nach der Sitzung die Politikmittel in Krisenzeiten bekommen?")
    assert answer.abstained and answer.citations


def test_the_session_itself_is_still_answered(assistant: Assistant) -> None:
    answer = assistant.ask("Wie ging in Altona die Abstimmung über die Politikmittel in Krisenzeiten aus?")
    assert not answer.abstained
