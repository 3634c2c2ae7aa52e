"""Record extraction, session 34 (issue #11): constructions of freshly collected minutes pages read as tune material
(numbered questions from the floor, portal result lines, announced election results, a vote that set its matter aside
before a report's next result, judgements with an article). Every sentence here is our own, written in the
construction found there."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.language.sentences import split_sentences
from ingest.documents import build_document
from ingest.extract import extract_records, speakers
from ingest.extract.dues import due_of
from ingest.readers import read_file
from tests.ingest.extract_helpers import minutes, said


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("3. Herr Stadtverordneter Wolf fragt, ob die Ampel am Markt repariert wird.\n", ["Herr Wolf"]),
        ("1. Die Herren Stadtverordneten Abel und Born bitten um Auskunft zur Tagesordnung.\n", ["Abel", "Born"]),
        ("1. Bürgermeister Kurz teilt mit, dass die Brücke gesperrt ist.\n", ["Kurz"]),  # an ordinal office
    ],
)
def test_a_numbered_question_from_the_floor_names_its_speaker(text: str, people: list[str]) -> None:
    assert [p.person for p in said(f"TOP 9 Anfragen\n\n{text}")] == people


def test_an_abbreviation_of_diverse_ends_no_sentence() -> None:
    text = "Herr Lakos fragt nach den Einnahmen von div. Betrieben sowie nach den Übernachtungen."
    assert len(split_sentences(text)) == 1


def test_a_list_of_those_present_is_no_speaker_heading() -> None:
    assert speakers.find("Herr Kolbe, Frau Senft F.D.P.:") is None  # names, then the next faction's label
    assert speakers.find("FBL Herr Lenz, Frau Patzke Zuhörer:") is None
    found = speakers.find("Herr Kolbe, CDU-Fraktion:")
    assert found is not None and [s.person for s in found.speakers] == ["Herr Kolbe"]


def test_contact_announced_with_a_purpose_is_a_task() -> None:
    found = minutes(
        "TOP 6 Anfragen\n\nDie Verwaltung wird sich mit dem Landratsamt in Verbindung setzen, damit die Angaben ergänzt "
        "werden.\n"
    ).open_items
    assert [o.owner for o in found] == ["Verwaltung"]


def test_a_portal_line_of_noting_is_a_decision(tmp_path: Path) -> None:
    path = tmp_path / "bezirk-2024-03-05-bezirksvertretung.txt"
    path.write_text(
        "municipality: Musterstadt\nbody: Bezirksvertretung\ndate: 2024-03-05\nkind: minutes\n---\n"
        "Ö 4\nAnfragen\n\nÖ 4.1\nParkplätze am Bahnhof\n(Anfrage der SPD-Fraktion vom 02.03.2024)\n\n"
        "Beschluss: Kenntnisnahme\n\nÖ 4.2\nSchulweg Nord\n(Anfrage der CDU-Fraktion vom 03.03.2024)\n\nBeschluss: vertagt\n",
        encoding="utf-8",
    )
    found = extract_records(build_document(path, read_file(path))).decisions
    assert [d.outcome for d in found] == ["zur Kenntnis genommen", "vertagt"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Herr Roth erklärt, dass die Erhöhung der Gebühren nicht der richtige Weg sei.", "lehnt ab"),
        ("Frau Ebert sagt, das sei keine gute Lösung für die Anwohner.", "lehnt ab"),
        ("Frau Ebert erklärt, dass der Umbau der richtige Weg sei.", "befürwortet"),
        ("Herr Kranz hält die Sanierung der Turnhalle für dringlicher als den Anbau.", "befürwortet"),
        ("Frau Weiß findet die Bezeichnung der Liste missverständlich.", "kritisiert"),
    ],
)
def test_a_judgement_with_an_article_or_a_comparative(text: str, stance: str) -> None:
    assert [p.stance for p in said(f"TOP 2 Gebühren\n\n{text}\n")] == [stance]


def test_a_reason_clause_makes_no_proposal() -> None:
    found = said("TOP 2 Abfall\n\nDies verneint Herr Kahl, da die Erlöse der Gebührenkasse zufließen müssten.\n")
    assert [p.stance for p in found] == ["informiert"]


def test_an_election_result_and_a_consent_are_decisions_and_the_announcer_no_speaker() -> None:
    records = minutes(
        "TOP 1 Wahl\n\nWahlvorschlag I: Frau Lindner, 20 Stimmen. Nach dem Ergebnis der geheimen Wahl ist Frau Lindner "
        "zur Vorsteherin gewählt.\n\nTOP 2 Stellvertreter\n\nNach geheimer Wahl trug Vorsteherin Lindner folgendes "
        "Ergebnis vor: Anton Maus (CDU), Eva Rau (SPD). Es besteht Einvernehmen, dass bei einem Ausscheiden ein Mitglied "
        "derselben Fraktion nachrückt.\n"
    )
    assert [d.outcome for d in records.decisions] == ["angenommen", "angenommen"]
    assert records.positions == []


def test_a_result_followed_by_its_announcer_is_a_decision_not_a_position() -> None:
    records = minutes(
        "TOP 3 Tagesordnung\n\nZuerst wird über den Antrag von Stadtrat Kiesel abgestimmt.\n\nMit 18 Ja-Stimmen ist der "
        "Antrag mehrheitlich angenommen, stellt OB Zander fest.\n"
    )
    assert [(d.outcome, d.yes) for d in records.decisions] == [("angenommen", 18)]
    assert [p.stance for p in records.positions if p.person.endswith("Zander")] == []
    assert records.open_items == []  # the vote on a motion is taken in the session


def test_votes_that_fell_on_a_candidate_after_the_cast_votes() -> None:
    found = minutes("TOP 4 Wahl\n\nAuf Herrn Kern entfielen von 40 abgegebenen Stimmen 34 Stimmen.\n").decisions
    assert [d.yes for d in found] == [34]  # not the 40 votes cast


def test_a_result_after_a_referral_is_a_decision_of_its_own() -> None:
    found = minutes(
        "TOP 2 Bericht\n\nDie Abstimmung zur Kaimauer wurde in die 2. Lesung verwiesen.\nDer Antrag unserer Fraktion "
        "zur Einberufung eines Untersuchungsausschusses wurde mit den Stimmen der übrigen Fraktionen abgelehnt.\n"
    ).decisions
    assert [d.outcome for d in found] == ["verwiesen", "abgelehnt"]


def test_a_date_with_a_two_digit_year_and_a_month_of_a_plan() -> None:
    assert due_of("Die Vorlage wurde verwiesen zur Wiedervorlage am 17.6.21 in der Fortsetzung der Sitzung.") == "2021-06-17"
    found = minutes("TOP 5 Sitzungen\n\nIm Februar 2031 sollen beide Ausschüsse zum Haushalt tagen.\n").open_items
    assert [o.due for o in found] == ["Februar 2031"]


def test_an_abbreviated_office_before_a_full_name_speaks() -> None:
    found = said("TOP 3 Redezeit\n\nLtd. VD Karl Brenner weist auf eine Entscheidung des Gerichts zur Redezeit hin.\n")
    assert [p.person for p in found] == ["Karl Brenner"]


def test_a_surname_named_before_speaks_after_a_fronted_adverb_and_the_verb() -> None:
    found = said(
        "TOP 1 Bekanntgaben\n\nZum Auftakt informierte Bürgermeister Josef Hartl über den Bauhof. Dann gab Hartl bekannt, "
        "dass am 30. August der Veranstaltungskalender erstellt wird.\n"
    )
    assert [p.person for p in found] == ["Josef Hartl", "Hartl"]


def test_a_comparison_with_noch_is_no_step_still_ahead() -> None:
    text = "TOP 2 Geschäftsordnung\n\nEr betont, dass die Mitglieder dadurch noch mehr Zeit aufwenden müssen.\n"
    assert minutes(text).open_items == []


def test_a_runoff_won_with_a_count_is_a_decision() -> None:
    found = minutes("TOP 1 Wahl\n\nIn der Stichwahl siegte Kolb mit 13 Stimmen vor Sauer mit 12 Stimmen.\n").decisions
    assert [(d.outcome, d.yes, d.unanimous) for d in found] == [("angenommen", 13, False)]
