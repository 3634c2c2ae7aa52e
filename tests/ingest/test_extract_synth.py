"""Record extraction: general shapes learnt from the synthetic minutes (``tests/data/records_synth``, fictional
councils written in the styles of many German regions), each on the sentence it came from, or on the real
sentence of an unannotated or tune document where one exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.models import Records
from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file
from tests.ingest.extract_helpers import having, minutes, said

SYNTH = Path(__file__).resolve().parents[1] / "data" / "records_synth" / "docs"


def synth(doc_id: str) -> Records:
    path = SYNTH / f"{doc_id}.txt"
    return extract_records(build_document(path, read_file(path)))


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # abbreviated offices the grammar does not list: capitals ending in R, V, M or L
        ("MGR Wörle (Grüne) kritisiert, dass die Kreditaufnahme die Handlungsfähigkeit des Marktes auf Jahre "
         "einschränke.", "Wörle"),
        ("ORin Schuler schließt sich dem an.", "Schuler"),
        ("GV Kaiser (CDU) verweist auf ihre schriftliche Anfrage zur Zahl der fehlenden Krippenplätze.", "Kaiser"),
        ("OBR-Mitglied Kraus (CDU) begründet den Antrag mit zahlreichen Beschwerden von Spaziergängern.", "Kraus"),
        # an abbreviated office with a first name (our own sentence: Kreisamtsrat)
        ("KAR Jonas Brettschneider informiert den Ausschuss über das Schreiben des Landesamtes.",
         "Jonas Brettschneider"),
        # a numbered or adjectival qualifier before the office; a Vertreter
        ("2. Bgm. Reiter (SPD) kann sich als Übergangslösung eine Containeranlage vorstellen.", "Reiter"),
        ("Technischer Beigeordneter Dr. Overbeck führt aus, das Gutachten sei mit dem Landesbetrieb Straßenbau "
         "abgestimmt.", "Dr. Overbeck"),
        ("Bezirksvertreter Lammerskötter begründet den Antrag.", "Lammerskötter"),
        # synth-b: an abbreviation in mixed case, an abbreviation before the form of address, two qualifiers
        ("StV Jessen (CDU) fragt nach den Kosten des Abrisses.", "Jessen"),
        ("LVB Frau Ketelsen berichtet über den Stand der Stellenbesetzungen.", "Frau Ketelsen"),
        ("Bgm.in Frau Wittorf (Gemeinde Hörnum-Koog) erläutert den Antrag ihrer Gemeinde.", "Frau Wittorf"),
        ("1. stellv. Bürgermeisterin Brodersen wirbt um Zustimmung zum vollen Betrag.", "Brodersen"),
        ("Frau Antje Boysen, Am Sielzug, fragt, wann die seit Monaten defekte Straßenlaterne repariert werde.",
         "Frau Antje Boysen"),
        # surnames with letters of other languages
        ("OBR-Mitglied Yıldız (Grüne) spricht sich klar für den Erhalt der Spätfahrten aus.", "Yıldız"),
        # a resident with the street they live in
        ("Herr Rudolf Kienzle, Talstraße, fragt an, ob an der L 1187 im Bereich der Neubausiedlung eine "
         "Lärmschutzwand vorgesehen sei.", "Herr Rudolf Kienzle"),
    ],
)  # fmt: skip
def test_speaker_forms_of_other_regions(sentence: str, person: str) -> None:
    assert [p.person for p in said(sentence)] == [person]


@pytest.mark.parametrize(
    "sentence",
    ["ÖPNV Angebote verbessern sich deutlich.", "PKW Stellplätze fehlen im Ortskern."],
)
def test_a_nouns_abbreviation_before_a_plural_is_no_speaker(sentence: str) -> None:
    assert said(sentence) == []


def test_a_sentence_cut_after_an_academic_title_is_rejoined() -> None:
    # synth-a-05: "Herr Dipl.-Ing." / "Grözinger vom Büro Stadtlandplan stellt den Vorentwurf vor."
    found = having(synth("synth-a-05").positions, "Herr Dipl.-Ing. Grözinger vom Büro Stadtlandplan stellt")
    assert [p.person for p in found] == ["Herr Dipl.-Ing. Grözinger"]


def test_a_note_under_the_vote_is_a_unit_of_its_own() -> None:
    # synth-b-01: "Bemerkung: Aufgrund des § 22 GO war GV Petersen-Wulf von der Beratung … ausgeschlossen."
    votes = [(d.yes, d.no, d.abstain) for d in synth("synth-b-01").decisions]
    assert (8, 1, 1) in votes


def test_a_group_of_members_named_with_their_form_of_address() -> None:
    found = said(
        "Die Gemeinderäte Herr Thiele und Herr Hempel (beide Freie Wählergemeinschaft) halten es für unzumutbar, "
        "dass ältere Anlieger an der Landstraße künftig auch den Radweg räumen sollen."
    )
    assert [p.person for p in found] == ["Herr Thiele", "Herr Hempel"]


def test_a_preposition_before_a_form_of_address_is_no_office() -> None:
    assert said("Nach Herrn Müller ist die Lage ernst.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Erster Bürgermeister Gschwendtner sagt die schriftliche Beantwortung bis zur Sitzung im April zu.",
        "Landrätin Keller-Born sagt die schriftliche Beantwortung innerhalb von vier Wochen zu.",
    ],
)
def test_a_promise_is_an_open_item_not_a_position(sentence: str) -> None:
    found = minutes(sentence)
    assert found.positions == [] and len(found.open_items) == 1


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # a body named by coordinated compounds or with an adjective
        ("Der Antrag wird zur Vorberatung in den Bau- und Umweltausschuss verwiesen.", "Bau- und Umweltausschuss"),
        ("Der Antrag wird zur Vorberatung an den Technischen Ausschuss verwiesen.", "Technischer Ausschuss"),
        # deferred until an event
        ("Der Antrag wird bis zu den Haushaltsberatungen 2024 zurückgestellt.", "Ausschuss"),
        ("Die Entscheidung über das gemeindliche Einvernehmen wird bis nach einer Ortsbesichtigung zurückgestellt.",
         "Ausschuss"),
    ],
)  # fmt: skip
def test_referrals_and_deferrals_with_a_target_of_other_wordings(sentence: str, owner: str) -> None:
    assert [o.owner for o in minutes(sentence).open_items] == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # synth-b: a promise by pronoun, by an office of any name, an office's promise in reported speech
        ("Herr Matzen erläutert das Verfahren. Er sagt zu, den Hauptausschuss in seiner Sitzung am 10.07.2023 über "
         "das Ergebnis zu unterrichten.", "Herr Matzen"),
        ("Das Bezirksamt sagt zu, die Präsentation mit dem Protokoll zu versenden.", "Bezirksamt"),
        ("Das Amt werde die Statistik bei der Polizei anfordern.", "Amt"),
    ],
)  # fmt: skip
def test_promises_of_other_wordings(text: str, owner: str) -> None:
    assert [o.owner for o in minutes(text).open_items] == [owner]


def test_a_refusal_of_the_speakers_group_at_the_start_of_a_sentence_opposes() -> None:
    # synth-a-02 / -11: "Ihre Fraktion werde dem … nicht zustimmen."
    found = said("Frau Wörle erläutert den Antrag. Ihre Fraktion werde dem Haushalt nicht zustimmen.")
    assert [(p.person, p.stance) for p in found][-1] == ("Frau Wörle", "lehnt ab")
