"""Record extraction, session 45 (issue #11): a vote table pasted as a column of labels over a column of numbers
("Ja-Stimmen: |" … "5 |" …), a body's competence in a statute ("Der Hauptausschuss beschließt über:") that decides
nothing, and the chair's steps of the session (beginning it, pointing to the agenda, instructing the newly elected,
announcing the valid votes) that are no positions. The sentences are from public minutes of Südharz, Haldensleben,
Roßbach, Heltersberg, Häuslingen and Mörsdorf."""

from __future__ import annotations

import pytest

from assistant.models import Document, DocumentMeta
from assistant.vocab import DecisionOutcome
from ingest.extract import extract_records
from ingest.minutes import split_sections
from tests.ingest.extract_helpers import minutes


def test_a_column_of_labels_over_a_column_of_numbers_pairs_them_in_order() -> None:
    found = minutes(
        "TOP 4 Einwohnerfragestunde\n\nDer Ortschaftsrat beschließt die Einwohnerfragestunde.\n"
        "Abstimmungsergebnis:\nJa-Stimmen: |\nNein-Stimmen: |\nEnthaltungen: |\n7 |\n2 |\n1 |\n"
    ).decisions
    assert [(d.outcome, d.yes, d.no, d.abstain) for d in found] == [(DecisionOutcome.ADOPTED, 7, 2, 1)]


def test_a_table_with_each_label_beside_its_number_stays_as_it_is() -> None:
    found = minutes(
        "TOP 4 Einwohnerfragestunde\n\nDer Ortschaftsrat beschließt die Einwohnerfragestunde.\n"
        "Abstimmungsergebnis:\nJa-Stimmen: | 7 |\nNein-Stimmen: | 2 |\nEnthaltungen: | 1 |\n"
    ).decisions
    assert [(d.yes, d.no, d.abstain) for d in found] == [(7, 2, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "(4) Der Hauptausschuss beschließt über:",
        "Gem. § 1 Abs. 1 der Hauptsatzung beschließt der Ortsgemeinderat, in welcher Zeitung die Bekanntmachungen "
        "zu veröffentlichen sind.",
    ],
)
def test_a_competence_in_the_statutes_is_no_decision(sentence: str) -> None:
    found = minutes(f"TOP 3 Hauptsatzung\n\nDie Verwaltung erläutert den Entwurf.\n\n{sentence}\n")
    assert found.decisions == [] and found.open_items == []


@pytest.mark.parametrize(
    "sentence",
    ["Der Gemeinderat beschließt wie von der Verwaltung vorgeschlagen.", "Der Gemeinderat beschließt, was beantragt ist."],
)
def test_a_resolution_as_proposed_still_decides(sentence: str) -> None:
    found = minutes(f"TOP 3 Bauantrag\n\n{sentence}\n\nAbstimmung: 9 Ja, 0 Nein, 0 Enthaltungen\n").decisions
    assert [(d.outcome, d.yes) for d in found] == [(DecisionOutcome.ADOPTED, 9)]


def test_a_resolution_headed_wie_folgt_still_decides() -> None:
    found = minutes(
        "TOP 3 Hauptsatzung\n\nDer Gemeinderat beschließt wie folgt:\nDie Hauptsatzung wird geändert.\n\n"
        "Abstimmung: 9 Ja, 0 Nein, 0 Enthaltungen\n"
    ).decisions
    assert [(d.outcome, d.yes) for d in found] == [(DecisionOutcome.ADOPTED, 9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bürgermeister Voige verweist auf die vorliegende Tagesordnung.",
        "Der Ortsbürgermeister belehrte sodann die in den Ortsgemeinderat Gewählten über die Obliegenheiten ihres "
        "Amtes.",
        "Der Vorsitzende stellte fest, dass die Kandidatin Dr. Gabriele Hornung mehr als die Hälfte der gültigen "
        "Stimmen erreicht hat und damit gewählt ist.",
        "Der Vorsitzende appelliert an den Rat, zügig zu beraten, und beginnt mit der Sitzung.",
        "GVV Roewer begrüßt GV Mark Lucht als neues Mitglied in der Gemeindevertretung.",
    ],
)
def test_the_chairs_steps_of_the_session_are_no_positions(sentence: str) -> None:
    assert minutes(f"TOP 1 Eröffnung\n\n{sentence}\n").positions == []


EXCERPT = (
    "am Mittwoch, den 11.12.2024, um 19:00 Uhr, im Rathaus\n"
    "| 1. | Eröffnung und Begrüßung |\n"
    "Der Vorsitzende eröffnet die Sitzung.\n"
    "| 2. | Neugestaltung Ortsmitte Eibelshausen |\n"
    "Herr Kaufmann vom Planungsbüro erläutert die Planung.\n"
    "Beschluss:\n"
    "Der Bau- und Umweltausschuss nimmt die Planung zur Kenntnis. Eine Abstimmung zu diesem Tagesordnungspunkt "
    "erfolgt nicht.\n"
    "| 3. | Produktbericht 321 - Verkehrsflächen |\n"
    "Der Bau- und Umweltausschuss nimmt den Produktbericht zur Kenntnis.\n"
)


def test_an_agenda_item_as_a_table_row_of_number_and_title_heads_a_section() -> None:
    labels = [(s.agenda_item, s.title) for s in split_sections(EXCERPT) if s.agenda_item]
    assert labels == [
        ("TOP 1", "Eröffnung und Begrüßung"),
        ("TOP 2", "Neugestaltung Ortsmitte Eibelshausen"),
        ("TOP 3", "Produktbericht 321 - Verkehrsflächen"),
    ]


def test_each_item_noted_under_its_row_heading_is_a_decision_noted() -> None:
    # "Eine Abstimmung … erfolgt nicht" names no vote that would make the noting an adoption
    meta = DocumentMeta(doc_id="x", kind="minutes", municipality="Eschenburg", body="Bau- und Umweltausschuss")
    found = extract_records(Document(meta=meta, text=EXCERPT, sections=split_sections(EXCERPT))).decisions
    assert [(d.agenda_item, d.outcome) for d in found] == [
        ("TOP 2", DecisionOutcome.NOTED),
        ("TOP 3", DecisionOutcome.NOTED),
    ]


def test_a_motion_sent_into_the_course_of_business_is_the_administrations_task() -> None:
    found = minutes("TOP 5 Antrag der Fraktion\n\nDer Stadtrat beschließt, den Antrag in den Geschäftsgang zu verweisen.\n")
    assert [item.owner for item in found.open_items] == ["Verwaltung"]


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Der Wahlausschuss wird mit zehn stimmberechtigten Mitgliedern besetzt.",
        "Die Notar- und Grundbuchkosten werden vom Erwerber getragen.",
        "Die Vorlage OF 933/9 wird durch die Annahme der Vorlage OF 948 für erledigt erklärt.",
        "Die Bezirksverordnetenversammlung wird gebeten, die im Anhang befindliche Geschäftsordnung zu beschließen.",
    ],
)
def test_the_terms_of_a_resolution_and_a_request_to_resolve_are_no_tasks(sentence: str) -> None:
    found = minutes(f"TOP 4 Ausschüsse\n\nBeschluss:\n{sentence}\n\nAbstimmung: einstimmig\n")
    assert found.open_items == []


def test_a_resolution_still_gives_its_task() -> None:
    found = minutes(
        "TOP 4 Ausschüsse\n\nBeschluss:\nDie Verwaltung wird beauftragt, die Ausschüsse neu zu besetzen.\n\n"
        "Abstimmung: einstimmig\n"
    )
    assert [item.owner for item in found.open_items] == ["Verwaltung"]
