"""Record extraction, session 42 (issue #11): parts of the year as the time of a plan ("im 2. Halbjahr", "in der
ersten Jahreshälfte", "im Laufe des Jahres"), a list entry's plan before the vote it closes with ("… ermittelt -
Einstimmig zugestimmt."), and main clauses joined by a comma alone read as one task each. The sentences are our own,
in the constructions of minutes; the E-Akte sentence is from the project's synthetic gold."""

from __future__ import annotations

import pytest

from ingest.extract.dues import due_of
from tests.ingest.extract_helpers import minutes


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("im 2. Halbjahr", "2. Halbjahr"),
        ("im zweiten Halbjahr 2024", "zweites Halbjahr 2024"),
        ("im 3. Quartal", "3. Quartal"),
        ("in der ersten Jahreshälfte", "erste Jahreshälfte"),
        ("im Laufe des Jahres", "Laufe des Jahres"),
        ("im neuen Jahr", "neuen Jahr"),
    ],
)
def test_a_part_of_the_year_dates_a_plan(phrase: str, due: str) -> None:
    items = minutes(f"TOP 1 Spielplatz\n\nDas Thema wird {phrase} im Gremium erneut aufgerufen.\n").open_items
    assert [i.due for i in items] == [due]


def test_a_reported_completion_in_a_quarter_is_a_task() -> None:
    text = "Die Umstellung auf die E-Akte werde im 2. Quartal 2023 abgeschlossen."
    assert due_of(text) == "2. Quartal 2023"
    items = minutes(f"TOP 3 Bericht der Verwaltung\n\nFrau Ketelsen berichtet über die Stellen. {text}\n").open_items
    assert [i.due for i in items] == ["2. Quartal 2023"]


def test_a_list_entrys_plan_before_its_vote_is_a_task_each_clause() -> None:
    found = minutes(
        "TOP 2 Anträge zum Haushalt\n\n"
        "Nr. 34 (SPD) - Die Kosten für eine Fortschreibung des Mobilitätskonzepts werden im 1. Halbjahr 2020 ermittelt, "
        "das Thema wird im 2. Halbjahr im Gremium aufgerufen - Einstimmig zugestimmt.\n"
    )
    assert [d.unanimous for d in found.decisions] == [True]
    assert [(i.due, i.quote.split(" - ")[-1][:10]) for i in found.open_items] == [
        ("1. Halbjahr 2020", "Die Kosten"),
        ("2. Halbjahr", "Einstimmig"),
    ]


def test_a_comma_inside_a_subordinate_clause_does_not_split_the_task() -> None:
    items = minutes(
        "TOP 4 Radweg\n\nDie Verwaltung wird beauftragt, zu prüfen, ob die Kosten sinken, die Planung wird im Herbst "
        "vorgestellt.\n"
    ).open_items
    assert len(items) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Frau Ziehe begründet den Antrag und bittet den Kreistag um ein gemeinsames Votum für die Schutzgebiete.",
        "Frau Hansen regt an, dass der Kreistag ein Votum abgeben solle.",
        "Der Vorsitzende bittet darum, Fragen zum Thema unter TOP 4 anzubringen.",
    ],
)
def test_a_vote_or_a_point_of_todays_agenda_asked_for_is_no_task(sentence: str) -> None:
    assert minutes(f"TOP 3 Landschaftsschutz\n\n{sentence}\n").open_items == []


def test_a_vote_asked_for_a_later_session_is_a_task() -> None:
    items = minutes("TOP 3 Landschaftsschutz\n\nDer Ortsbeirat soll in der nächsten Sitzung ein Votum abgeben.\n").open_items
    assert [(i.owner, i.due) for i in items] == [("Ortsbeirat", "nächste Sitzung")]
