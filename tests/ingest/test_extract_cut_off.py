"""Positions at the end of an excerpt that stops mid-sentence: the speaker and the verb are there, so the
contribution is a position, quoted as far as the document goes (the guide marks such records optional, and
blind annotators of other councils' minutes took them as required). Decisions and open items of a cut-off
sentence are still left out: their result or task may be what is missing."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.extract_helpers import having, minutes, records


def test_speakers_of_a_cut_off_last_sentence_are_positions(shared_dir: Path) -> None:
    # real ending of a tune document: "Auch  Frau Kilian, SPD-Fraktion, und Herr Hilke, CDU-Fraktion, erklären,
    # dass sie de" (the excerpt stops there)
    document, found = records(shared_dir, "oder-spree-12142-geschaeftsbericht-landrat")
    last = having(found.positions, "erklären, dass sie de")
    assert sorted(p.person for p in last) == ["Frau Kilian", "Herr Hilke"]
    assert all(p.char_end == len(document.text.rstrip()) for p in last)


def test_a_cut_off_question_is_a_position() -> None:
    # own sentence, cut the way a web excerpt cuts it
    found = minutes(
        "TOP 3 Sanierung der Dachflächen\n\nHerr Gerz (FWG) erfragt genauere Informationen zu den bereits "
        "ausgebauten Räumlichkeiten im Dac"
    )
    assert [(p.person, p.stance) for p in found.positions] == [("Herr Gerz", "fragt an")]


def test_a_cut_off_task_is_no_open_item() -> None:
    # own sentence: what the administration is to do stops before its verb
    found = minutes(
        "TOP 5 Verschiedenes\n\nFrau Abel bittet die Verwaltung, bis zur nächsten Sitzung die Kosten der "
        "Urnenwand auf dem Friedhof in Niederweiler und die Möglichkeit einer"
    )
    assert found.open_items == []
