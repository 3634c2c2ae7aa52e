"""An event asked as done that the passage names only as planned (:func:`assistant.query.planned.only_planned`).
Own sentences."""

from __future__ import annotations

import pytest

from assistant.query.planned import only_planned


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "Was ist bei der Bürgerversammlung zum Radweg herausgekommen?",
            "Der Bürgermeister verweist auf die geplante Bürgerversammlung zum Radweg am 12.05.2023.",
        ),
        (
            "Fand die Eröffnung des Dorfladens im Herbst statt?",
            "Die Eröffnung des Dorfladens ist für den 3. Oktober vorgesehen.",
        ),
        (
            "Welche Einwände wurden bei der Anhörung der Anlieger vorgebracht?",
            "Die Anhörung der Anlieger soll im März stattfinden.",
        ),
        (
            "Was kam bei der Bürgerbefragung zum Freibad heraus?",
            "Der Ausschuss stimmt der Durchführung einer Bürgerbefragung zum Freibad zu.",
        ),
        (
            "Wie verlief die Infoveranstaltung zur Windkraft?",
            "Eine Informationsveranstaltung zur Windkraft wird im Juni durchgeführt.",
        ),
    ],
)
def test_an_event_asked_as_done_but_only_planned(question: str, passage: str) -> None:
    assert only_planned(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # asked as planned, not as done
        (
            "Wann findet die Bürgerversammlung zum Radweg statt?",
            "Der Bürgermeister verweist auf die geplante Bürgerversammlung zum Radweg am 12.05.2023.",
        ),
        # reported as held
        (
            "Was ist bei der Bürgerversammlung zum Radweg herausgekommen?",
            "Bei der Bürgerversammlung zum Radweg sprachen sich die meisten Anlieger für die Trasse am Bach aus.",
        ),
        # an assembly that is a council, and an event noun inside another compound
        (
            "Was hat die Fraktion in der Bezirksversammlung Nord zur Wahl vorgebracht?",
            "Herr Olsen weist auf die anstehenden Bezirksversammlungswahlen im Mai hin.",
        ),
        # the council's own next session is no such event
        (
            "Was wurde zum Radweg beschlossen?",
            "Der Radweg wurde beschlossen; über die Beleuchtung soll in der nächsten Sitzung entschieden werden.",
        ),
    ],
)
def test_a_planned_time_asked_or_an_event_reported_is_answered(question: str, passage: str) -> None:
    assert not only_planned(question, passage)
