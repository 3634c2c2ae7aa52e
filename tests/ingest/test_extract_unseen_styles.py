"""Record extraction, session 8 (issue #11): constructions seen in freshly collected minutes of councils outside the
shared corpora (a measurement set kept outside the repository). Every sentence here is our own, written in the
construction found there."""

from __future__ import annotations

from tests.ingest.extract_helpers import minutes, said


def test_opening_a_numbered_session_and_greeting_participants_is_chairing() -> None:
    text = "Herr Boehm eröffnet die 7. Sitzung des 3. Beirates Nordheim und begrüßt alle Teilnehmer*innen.\n"
    assert said(text) == []


def test_greeting_the_participants_is_no_support() -> None:
    assert said("Frau Arndt begrüßt die Teilnehmerinnen und Teilnehmer der Sitzung.\n") == []


def test_answering_a_question_informs() -> None:
    text = "Frau Lind beantwortet die Frage dahingehend, dass derzeit geprüft wird, ob ein Verkauf möglich ist.\n"
    assert [p.stance for p in said(text)] == ["informiert"]
    assert [p.stance for p in said("Herr Kolb geht auf die Fragen der Anwohner ein.\n")] == ["informiert"]


def test_a_group_being_against_it_in_a_reported_clause_opposes() -> None:
    text = "Fraktionsvorsitzender Klee betonte, dass die Grünen dagegen seien den Plan neu aufzustellen.\n"
    assert [p.stance for p in said(text)] == ["lehnt ab"]
    assert [p.stance for p in said("Frau Möller sagte, dass ihre Fraktion dafür sei.\n")] == ["befürwortet"]


def test_who_is_in_charge_is_no_stance() -> None:
    assert [p.stance for p in said("Herr Ott erklärte, dafür sei die Verwaltung zuständig.\n")] == ["informiert"]


def test_a_member_arriving_late_is_no_open_item() -> None:
    found = minutes("Ortsbeiratsmitglied Kurz wird sich um einige Minuten verspäten.\n")
    assert found.open_items == []


def test_a_motion_of_the_mayor_inside_a_voted_block_is_no_task() -> None:
    text = (
        "Der Bürgermeister beantragt, als Ergänzung zur Tagesordnung den Punkt „Zuschuss Sportverein“ aufzunehmen. "
        "Abstimmung: einstimmig\n"
    )
    found = minutes(text)
    assert found.open_items == []
    assert [d.outcome for d in found.decisions] == ["angenommen"]
    assert [p.stance for p in found.positions] == ["beantragt"]


def test_what_a_speaker_weighs_or_proposes_to_resolve_is_no_decision() -> None:
    text = (
        "Fraktionsvorsitzender Brand wies darauf hin, dass die kleinen Anlagen überall entstehen könnten. Man müsse "
        "grundsätzlich überlegen, ob man die Änderung des Planes beschließen wolle.\n\n"
        "Landrat Huber führte in den Sachverhalt ein. Er schlug vor, erst in der Maisitzung über die Anträge zu "
        "beschließen.\n"
    )
    assert minutes(text).decisions == []


def test_another_body_quoted_from_its_minutes_is_no_decision() -> None:
    text = "Laut Protokoll heiße es nur: der Sportausschuss nimmt die Planung wohlwollend zur Kenntnis.\n"
    assert minutes(text).decisions == []
