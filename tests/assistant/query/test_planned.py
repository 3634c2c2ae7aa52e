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


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # an event put off or called off (own sentences)
        (
            "Wie lief die nachgeholte Infoveranstaltung zur Wärmeplanung in Talheim?",
            "Die Infoveranstaltung zur Wärmeplanung fällt wegen Krankheit aus. Sie wird zu einem späteren Zeitpunkt "
            "nachgeholt.",
        ),
        # a course named by the last part of a compound, planned for the day the question names
        (
            "Wie gut war der zweite Motorsägenkurs am 14.03. besucht?",
            "Der Förster berichtet, dass der Motorsägenkurs am 21.02. gut besucht war und ein weiterer Termin am "
            "14.03. angesetzt wurde.",
        ),
    ],
)
def test_an_event_put_off_or_planned_for_the_day_asked_is_only_planned(question: str, passage: str) -> None:
    assert only_planned(question, passage)


def test_the_day_asked_decides_which_of_two_courses_is_meant() -> None:
    passage = (
        "Der Förster berichtet, dass der Motorsägenkurs am 21.02. gut besucht war und ein weiterer Termin am 14.03. "
        "angesetzt wurde."
    )
    assert not only_planned("Wie gut war der Motorsägenkurs am 21.02. besucht?", passage)
    assert not only_planned("Welchen Kurs schlug der Rat ein?", "Der Kurs soll im Mai festgelegt werden.")


@pytest.mark.parametrize(
    ("question", "passage", "planned"),
    [
        # own sentences: the day asked stands only in a clause that plans (present, future, "bis zur nächsten …")
        ("Wie hat der Rat in Talheim am 14. Juli über den Zuschuss entschieden?",
         "Der Verein hat den Zuschuss beantragt. Dort entscheidet der Rat am 14. Juli.", True),
        ("Welches Ergebnis brachte die Abstimmung am 03.06.2025 über die Gebühren?",
         "Dies wird in der Sitzung am 03.06.2025 final beschlossen.", True),
        ("Wie wurden die Ausschüsse am 9. Dezember neu besetzt?",
         "Die Verwaltung will bis zur nächsten Ratssitzung am 9. Dezember die Neubesetzung vorbereiten.", True),
        # the day reported as done, and the date of a paper
        ("Was hat der Rat am 14. Juli beschlossen?", "In der Sitzung am 14. Juli wurde die Satzung beschlossen.", False),
        ("Wie hat der Rat über die Niederschrift vom 07.03.2024 befunden?",
         "Gegen die Niederschrift vom 07.03.2024 werden keine Einwände erhoben.", False),
    ],
)
def test_the_day_asked_only_planned_in_the_passage(question: str, passage: str, planned: bool) -> None:
    assert only_planned(question, passage) is planned
