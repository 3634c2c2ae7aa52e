"""Record extraction on real minutes: vote formulas, pronouns, agenda items, no spurious votes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluation.records_eval import evaluate
from assistant.language.votes import parse_votes
from assistant.models import Document, DocumentMeta, Records
from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file
from tests.conftest import CORPUS, REPO


def records_of(path: Path) -> tuple[Document, Records]:
    document = build_document(path, read_file(path))
    return document, extract_records(document)


@pytest.mark.parametrize(
    ("formula", "yes", "no", "abstain", "unanimous"),
    [
        ("Abstimmungsergebnis: einstimmig", None, None, None, True),  # no count stated: null, as the guide has it
        ("einstimmig bei 2 Enthaltungen", None, 0, 2, True),
        ("mehrheitlich bei 3 Gegenstimmen beschlossen", None, 3, None, False),
        ("bei einer Gegenstimme mehrheitlich angenommen", None, 1, None, False),
        ("mit 14:5:2 Stimmen angenommen", 14, 5, 2, False),
        ("Stimmenverhältnis von 49 : 5.", 49, 5, None, False),
        ("Ja 12 Nein 3 Enthaltungen 1", 12, 3, 1, False),
        ("Abstimmung: Ja: 13, Nein: 0", 13, 0, None, True),
        ("Ja-Stimmen: 14 Nein-Stimmen: 4 Enthaltungen: 2 Befangen: 1", 14, 4, 2, False),
        ("dafür: 18 dagegen: 0 Enthaltung: 16", 18, 0, 16, False),
        ("mit 8 Ja-Stimmen bei 2 Gegenstimmen und 1 Enthaltung beschlossen", 8, 2, 1, False),
        ("Gremium Ja Nein Enthaltung Befangen Stadtrat 19 4 2 0", 19, 4, 2, False),
    ],
)
def test_vote_formulas(
    formula: str, yes: int | None, no: int | None, abstain: int | None, unanimous: bool
) -> None:
    votes = parse_votes(formula)
    assert (votes.yes, votes.no, votes.abstain, votes.unanimous) == (yes, no, abstain, unanimous)


def test_per_faction_breakdown() -> None:
    # own sentence: "<n> Nein-Stimmen (<n> <faction>, …) bei <n> Enthaltungen (<faction>)"
    votes = parse_votes("37 Nein-Stimmen (26 CSU, 7 FW, 4 AfD) bei 3 Enthaltungen (Grüne)")
    assert votes.no == 37 and votes.abstain == 3
    assert votes.by_faction == {"no": {"CSU": 26, "FW": 7, "AfD": 4}, "abstain": {"Grüne": 3}}


def test_clock_times_are_not_votes() -> None:
    assert not parse_votes("Die Sitzung beginnt um 18:00 Uhr.").found


def test_pronouns_resolve_to_last_named_speaker() -> None:
    _, records = records_of(CORPUS / "boerde-2017-02-01-integrationskonzept.txt")
    by_quote = {p.quote.split(",")[0]: p for p in records.positions}
    assert by_quote["Des Weiteren stellt er fest"].person == "Herr Mewes"
    assert by_quote["Des Weiteren stellt er fest"].stance == "stellt fest"
    czernitzki = next(p for p in records.positions if p.person == "Herr Czernitzki")
    assert (czernitzki.stance, czernitzki.object) == ("befürwortet", "Variante 1")
    assert "Er begründet dies" in czernitzki.quote  # the reason extends the speaker's quote
    jahn = [p for p in records.positions if p.person == "Herr Jahn"]
    assert ("befürwortet", "Variante 2") in {(p.stance, p.object) for p in jahn}


def test_counts_on_lines_of_their_own_complete_the_vote() -> None:
    # own sentences: the outcome line, then "<n>- Ja-Stimmen (<factions>)", "<n> Nein-Stimmen (<faction>)",
    # "<n> Enthaltungen (<faction>)" on lines of their own
    text = (
        "TOP 6 Resolution zur Krankenhausversorgung\n\n"
        "Abstimmungsergebnis:\n\nMehrheitlich abgelehnt.\n\n"
        "35- Ja-Stimmen (CSU, FW und ÖDP)\n\n17 Nein-Stimmen (SPD)\n\n6 Enthaltungen (Grüne)"
    )
    decisions = extract_records(Document(meta=DocumentMeta(doc_id="x", kind="minutes"), text=text)).decisions
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in decisions] == [("abgelehnt", 35, 17, 6)]
    assert decisions[0].by_faction["no"] == {"SPD": 17}


def test_speakers_named_after_the_verb() -> None:
    text = (
        "TOP 3 Sanierung der Turnhalle\n\n"
        "Nach kurzer Aussprache schlägt der Vorsitzende Herr Brandt vor, den Punkt zu vertagen.\n\n"
        "Zu diesem Punkt erhält Frau Ohlsen das Wort. Sie erläutert den Stand der Sanierung.\n\n"
        "Bürgermeisterin Keller begrüßt Herrn Petersen als neues Mitglied des Ausschusses.\n\n"
        "Herr Vogel fragt nach den Kosten. Bürgermeister Krause erwidert, dass die Mittel bereitstehen.\n\n"
        "Der Ausschussvorsitzende richtet sich mit der Frage an die Verwaltung, wann die Halle öffnet."
    )
    document = Document(meta=DocumentMeta(doc_id="x", kind="minutes"), text=text)
    found = {(p.person, p.stance) for p in extract_records(document).positions}
    assert ("Herr Brandt", "schlägt vor") in found
    assert ("Frau Ohlsen", "informiert") in found
    assert ("Bürgermeister Krause", "informiert") in found or ("Krause", "informiert") in found
    assert ("Ausschussvorsitzende", "fragt an") in found
    assert not any("Petersen" in person or "Keller" in person for person, _ in found)  # a greeting


def test_records_land_on_their_agenda_items() -> None:
    document, records = records_of(CORPUS / "musterstadt-2024-02-20-stadtrat.txt")
    decisions = {d.agenda_item: d for d in records.decisions}
    assert decisions["Ö 3"].unanimous is True and decisions["Ö 3"].abstain == 2
    assert decisions["Ö 4"].no == 4 and decisions["Ö 4"].abstain == 1 and decisions["Ö 4"].unanimous is False
    assert decisions["Ö 5"].outcome == "verwiesen"
    assert (decisions["Ö 6"].yes, decisions["Ö 6"].no, decisions["Ö 6"].abstain) == (14, 5, 2)
    assert decisions["Ö 6"].vorlage == "2024/BV/004"
    assert decisions["N 1"].public is False and decisions["Ö 6"].public is True
    becker = [p for p in records.positions if p.person == "Herr Becker"]
    # "Er könne sich jedoch eine zeitlich begrenzte Regelung … vorstellen": a second stance, a second position
    assert {(p.agenda_item, p.stance) for p in becker} == {
        ("Ö 4", "befürwortet"),
        ("Ö 5", "lehnt ab"),
        ("Ö 5", "befürwortet"),
    }
    assert becker[0].faction == "CDU" and becker[0].role == "Stadtrat"
    items = {(o.agenda_item, o.owner, o.due) for o in records.open_items}
    assert ("Ö 4", "Verwaltung", "nächste Sitzung") in items
    assert ("Ö 5", "Bauausschuss", "") in items
    for record in records.all():
        assert document.text[record.char_start : record.char_end] == record.quote


def test_outcomes_from_real_phrasing() -> None:
    _, records = records_of(CORPUS / "musterstadt-2024-03-12-bauausschuss.txt")
    outcomes = {d.agenda_item: d.outcome for d in records.decisions}
    assert outcomes["TOP 2"] == "vertagt"
    assert outcomes["TOP 3"] == "angenommen"
    _, records = records_of(CORPUS / "musterstadt-2024-04-25-stadtrat-grundschule-nord.html")
    first = records.decisions[0]
    assert (first.outcome, first.yes, first.no) == ("abgelehnt", 4, 20)


def test_concept_draft_yields_no_votes() -> None:
    _, records = records_of(CORPUS / "musterstadt-2024-08-30-entwurf-klimaschutzkonzept.txt")
    assert records.all() == []
    meta = DocumentMeta(doc_id="x", kind="minutes")
    text = "Ziel ist eine Minderung um 65 Prozent bis 2030; Maßnahme M 1.1 (Zeitplan 2025:2026)."
    assert extract_records(Document(meta=meta, text=text)).decisions == []


def test_gold_set_quality(shared_dir: Path) -> None:
    scores = evaluate(REPO / "tests" / "data" / "gold_records.jsonl").scores
    assert scores["decision"]["record"].precision >= 0.9
    assert scores["decision"]["counts"].recall >= 0.8
    assert scores["position"]["speaker"].precision >= 0.9
    assert scores["position"]["record"].recall >= 0.9
    assert scores["position"]["stance"].recall >= 0.8
    # two items of this older gold are optional under RECORDS-GUIDE.md (a deferral to "eine andere
    # Sitzung", a referral proposed by the chair whose adoption the excerpt does not show)
    assert scores["open_item"]["owner"].recall >= 0.75
