"""A speaker going on by pronoun: after a fronted clause the finite verb comes before the pronoun ("Da …, bittet sie
um …"), and each request or question with a verb of its own is a position of its own (RECORDS-GUIDE: split when the
objects differ). Own sentences."""

from __future__ import annotations

from tests.ingest.extract_helpers import said


def test_a_request_after_a_fronted_clause_is_the_speaker_s() -> None:
    found = said(
        "TOP 3 Einwohnerfragestunde\n\n"
        "Frau Kessler spricht für den Elternbeirat. Sie teilt mit, dass der Schulweg unbeleuchtet sei. "
        "Da im Winter viele Kinder im Dunkeln gingen, bittet sie um zusätzliche Laternen.\n"
    )
    assert [(p.person, p.stance) for p in found][-1] == ("Frau Kessler", "schlägt vor")
    assert " ".join(found[-1].quote.split()).startswith("Da im Winter")


def test_two_requests_by_pronoun_are_two_positions() -> None:
    found = said(
        "TOP 3 Einwohnerfragestunde\n\n"
        "Herr Wolff bittet um eine Ampel am Marktplatz. "
        "Da der Gehweg zu schmal sei, bittet er außerdem um dessen Verbreiterung.\n"
    )
    assert [" ".join(p.quote.split())[:20] for p in found] == ["Herr Wolff bittet um", "Da der Gehweg zu sch"]


def test_a_pronoun_after_a_clause_naming_another_person_is_not_the_last_speaker() -> None:
    found = said(
        "TOP 5 Bericht\n\n"
        "Herr Stein fragt nach den Kosten. "
        "Nachdem Bürgermeister Lang die Zahlen genannt hatte, erklärte er den Bericht für erledigt.\n"
    )
    assert [p.person for p in found] == ["Herr Stein"]
