"""Agenda-item splitting and public/non-public parts of council minutes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from assistant.models import Section
from ingest.minutes import normalise_label, private_spans, split_sections
from ingest.readers import read_file

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

MINUTES = """Niederschrift über die öffentliche Sitzung des Gemeinderates Musterdorf vom 12.03.2019

Beginn: 19.00 Uhr

Tagesordnung

Öffentlicher Teil
1. Begrüßung, Feststellung der Beschlussfähigkeit
2. Bericht des Bürgermeisters
3. Bebauungsplan „Am Bach“
Nichtöffentlicher Teil
4. Grundstücksangelegenheiten

1. Begrüßung, Feststellung der Beschlussfähigkeit

Bürgermeister Huber eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.

2. Bericht des Bürgermeisters

Der Bürgermeister berichtet über den Stand der Kanalsanierung. Die Arbeiten
sollen am 12. März beginnen. Die Bekanntgabe der in nichtöffentlicher Sitzung gefassten
Beschlüsse erfolgt in der nächsten Sitzung.

3. Bebauungsplan „Am Bach“

Der Gemeinderat beschließt:
1. Der Gemeinderat billigt den Entwurf des Bebauungsplans.
2. Die Verwaltung wird beauftragt, die Beteiligung durchzuführen.

Abstimmungsergebnis: 11:2

Nichtöffentlicher Teil

4. Grundstücksangelegenheiten

Herr Meier berichtet über den Ankauf einer Teilfläche.
"""


def _check_cover(text: str, sections: list[Section]) -> None:
    assert sections[0].char_start == 0
    assert sections[-1].char_end == len(text)
    for left, right in itertools.pairwise(sections):
        assert left.char_end == right.char_start
        assert left.char_start < left.char_end


def test_agenda_list_stays_in_preamble_and_items_start_at_their_headings() -> None:
    sections = split_sections(MINUTES)
    _check_cover(MINUTES, sections)
    assert [s.agenda_item for s in sections] == ["", "TOP 1", "TOP 2", "TOP 3", "TOP 4"]
    preamble = MINUTES[sections[0].char_start : sections[0].char_end]
    assert preamble.startswith("Niederschrift über") and "4. Grundstücksangelegenheiten\n\n" in preamble
    first = MINUTES[sections[1].char_start : sections[1].char_end]
    assert first.startswith("1. Begrüßung, Feststellung der Beschlussfähigkeit\n\nBürgermeister Huber")
    assert sections[1].title == "Begrüßung, Feststellung der Beschlussfähigkeit"
    third = MINUTES[sections[3].char_start : sections[3].char_end]
    assert "2. Die Verwaltung wird beauftragt" in third  # numbered decision points are not items
    # The agenda list's "Nichtöffentlicher Teil" does not flip the items; the real one does.
    assert [s.public for s in sections] == [True, True, True, True, False]
    fourth = MINUTES[sections[4].char_start : sections[4].char_end]
    assert fourth.startswith("Nichtöffentlicher Teil\n\n4. Grundstücksangelegenheiten")
    assert private_spans(sections) == [(sections[4].char_start, len(MINUTES))]


@pytest.mark.parametrize(
    ("heading", "label", "title"),
    [
        ("TOP Ö 4.1 Bebauungsplan Nr. 12", "Ö 4.1", "Bebauungsplan Nr. 12"),
        ("TOP: Ö 4.1", "Ö 4.1", ""),
        ("Ö 4.1 Kindertagesstätte", "Ö 4.1", "Kindertagesstätte"),
        ("N 2 Personalangelegenheiten", "N 2", "Personalangelegenheiten"),
        ("NÖ 3 Grundstücksverkauf", "N 3", "Grundstücksverkauf"),
        ("TOP 5", "TOP 5", ""),
        ("TOP 5: Haushaltssatzung 2021", "TOP 5", "Haushaltssatzung 2021"),
        ("TOP 05 – Haushaltssatzung", "TOP 5", "Haushaltssatzung"),
        ("Tagesordnungspunkt 5", "TOP 5", ""),
        ("Punkt 3 der Tagesordnung: Friedhofssatzung", "TOP 3", "Friedhofssatzung"),
        ("zu TOP 3", "TOP 3", ""),
        ("Zu 3. Friedhofssatzung", "TOP 3", "Friedhofssatzung"),
        ("TOP 3 a) Verabschiedung", "TOP 3a", "Verabschiedung"),
    ],
)
def test_labelled_headings(heading: str, label: str, title: str) -> None:
    text = f"Protokoll der Sitzung\n\n{heading}\n\nDer Ausschuss berät den Punkt ausführlich.\n"
    sections = split_sections(text)
    _check_cover(text, sections)
    assert [s.agenda_item for s in sections] == ["", label]
    assert sections[1].title == title
    assert text[sections[1].char_start :].startswith(heading)
    assert sections[1].public is (not label.startswith("N"))


def test_normalise_label() -> None:
    assert normalise_label("TOP: Ö\u00a004.1") == "Ö 4.1"
    assert normalise_label("Tagesordnungspunkt 12") == "TOP 12"
    assert normalise_label("N 2") == "N 2"
    assert normalise_label("Sonstiges  TOP") == "Sonstiges TOP"


def test_part_markers_only_count_as_lines_of_their_own() -> None:
    text = (
        "Sitzung des Bauausschusses\nStatus: öffentlich/nichtöffentlich\n\n"
        "TOP 1 Bauanträge\n\nDer Ausschuss hat in nichtöffentlicher Sitzung beraten.\n"
        "Nichtöffentliche Sitzung\n\n"
        "TOP 2 Personalangelegenheiten\n\nVertraulicher Inhalt.\n\n"
        "TOP 3 Vergaben\n\nNoch vertraulich.\n\n"
        "Wiederherstellung der Öffentlichkeit\n\n"
        "Der Vorsitzende gibt die Beschlüsse bekannt.\n\n"
        "TOP 4 Verschiedenes\n\nKeine Wortmeldungen.\n"
    )
    sections = split_sections(text)
    _check_cover(text, sections)
    summary = [(s.agenda_item, s.public) for s in sections]
    assert summary == [
        ("", True),
        ("TOP 1", True),
        ("TOP 2", False),
        ("TOP 3", False),
        ("", True),
        ("TOP 4", True),
    ]
    assert text[sections[2].char_start :].startswith("Nichtöffentliche Sitzung\n\nTOP 2")
    assert sections[4].title == "Wiederherstellung der Öffentlichkeit"
    spans = private_spans(sections)
    assert spans == [(sections[2].char_start, sections[3].char_end)]
    assert "Vertraulicher Inhalt" in text[spans[0][0] : spans[0][1]]
    assert "gibt die Beschlüsse bekannt" not in text[spans[0][0] : spans[0][1]]


@pytest.mark.parametrize(
    "marker",
    ["Nicht öffentlicher Teil", "nicht öffentliche Sitzung", "Teil B - nichtöffentlich", "II. Nichtöffentlicher Teil",
     "N I C H T Ö F F E N T L I C H E R  T E I L", "- nichtöffentliche Sitzung -"],
)  # fmt: skip
def test_private_markers(marker: str) -> None:
    text = f"1. Eröffnung\n\nDer Vorsitzende eröffnet.\n\n{marker}\n\n2. Grundstücke\n\nVertraulich.\n"
    sections = split_sections(text)
    assert [(s.agenda_item, s.public) for s in sections] == [("TOP 1", True), ("TOP 2", False)]


def test_text_without_items_is_one_section() -> None:
    text = "Der Kreistag beschließt den Nahverkehrsplan.\n\nAbstimmungsergebnis: einstimmig"
    assert split_sections(text) == [Section(0, len(text), "", "", True)]
    assert split_sections("") == []
    assert split_sections("  \n ") == []


def test_enumerations_in_a_proposal_are_not_items() -> None:
    text = (
        "Beschlussvorschlag:\n\n"
        "1. Der Rat beschließt die Satzung in der vorliegenden Fassung.\n"
        "2. Die Verwaltung wird beauftragt, die Satzung bekannt zu machen.\n\n"
        "Folgende Stadtteile erhalten eine Vertretung:\n\n"
        "1. Altstadt mit Hafen\n2. Nordviertel\n3. Südstadt\n\n"
        "Sachverhalt: siehe Anlage."
    )
    assert [s.agenda_item for s in split_sections(text)] == [""]


def test_private_spans_merges_adjacent_sections() -> None:
    sections = [Section(0, 10), Section(10, 20, "N 1", public=False), Section(20, 30, "N 2", public=False),
                Section(30, 40), Section(40, 50, "N 3", public=False)]  # fmt: skip
    assert private_spans(sections) == [(10, 30), (40, 50)]
    assert private_spans([]) == []


# --- the shared corpus ------------------------------------------------------------------------


def _corpus() -> list[Path]:
    files = sorted(SHARED.glob("corpus-*/docs/*.txt"))
    if not files:
        pytest.skip("shared corpus not available")
    return files


def _sections_of(name: str) -> tuple[str, list[Section]]:
    matches = sorted(SHARED.glob(f"corpus-*/docs/{name}.txt"))
    if not matches:
        pytest.skip(f"{name} not in the shared corpus")
    text = read_file(matches[0]).text
    return text, split_sections(text)


def test_corpus_sections_cover_every_document() -> None:
    multi = 0
    for path in _corpus():
        text = read_file(path).text
        sections = split_sections(text)
        _check_cover(text, sections)
        multi += sum(1 for s in sections if s.agenda_item) >= 2
    assert multi >= 12  # measured: 17 of 245 documents have two or more agenda items


def test_wenningstedt_numbered_items() -> None:
    text, sections = _sections_of("wenningstedt-braderup-2004-03-02-gemeindevertretung")
    assert [s.agenda_item for s in sections] == ["", "TOP 1", "TOP 2"]
    assert text[sections[1].char_start :].startswith("1. Begrüßung, Feststellung der Beschlussfähigkeit")
    assert text[sections[2].char_start :].startswith("2. Einwohnerfragestunde")
    assert "Tagesordnung" in text[: sections[0].char_end]


def test_agenda_list_then_first_item_in_real_minutes() -> None:
    text, sections = _sections_of("marktzeuln-2023-08-07-marktgemeinderat-haushalt")
    assert [s.agenda_item for s in sections] == ["", "TOP 1"]
    preamble = text[: sections[0].char_end]
    assert "11 Anfragen aus dem Gemeinderat" in preamble
    assert text[sections[1].char_start :].startswith("1. Genehmigung des Protokolls")


def test_descending_agenda_list_in_real_minutes() -> None:
    text, sections = _sections_of("walkertshofen-2020-05-05-gemeinderat-konstituierung")
    assert [s.agenda_item for s in sections] == ["", "TOP 18"]
    assert text[sections[1].char_start :].startswith("18. Informationen")


def test_labelled_items_in_real_minutes() -> None:
    # corpus-bulk: "TOP n Title" headings (items 3 and 4 are absent: the labels come from the headings)
    text, sections = _sections_of("grasleben-sg-2006-12-12-finanzausschuss-haushalt-2007")
    labelled = [s for s in sections if s.agenda_item]
    assert [s.agenda_item for s in labelled] == ["TOP 1", "TOP 2", "TOP 5", "TOP 6", "TOP 7"]
    assert all(text[s.char_start :].startswith(s.agenda_item + " ") for s in labelled)
    assert labelled[0].title == "Eröffnung der Sitzung"
    assert labelled[2].title == "Mitteilungen der Verwaltung"
    _, boerde = _sections_of("boerde-2017-02-01-integrationskonzept")
    assert [s.agenda_item for s in boerde] == ["", "Ö 4.1"]
    assert all(s.public for s in boerde)  # "Status: öffentlich/nichtöffentlich" does not flip


def test_a_bare_heading_takes_its_title_from_the_next_line() -> None:
    # own text in the ALLRIS layout: "Ö 1" on a line of its own, the title on the next one
    text = (
        "Protokoll\n\nÖ 1\n\nBestätigung der Tagesordnung\n\nDie Tagesordnung wird bestätigt.\n\n"
        "Ö 2 - 21-0815\n\nParkplätze am Marktplatz\n\nFrau Ahrens berichtet.\n"
    )
    titles = [(s.agenda_item, s.title) for s in split_sections(text) if s.agenda_item]
    assert titles == [("Ö 1", "Bestätigung der Tagesordnung"), ("Ö 2", "Parkplätze am Marktplatz (21-0815)")]


def test_a_bare_heading_takes_its_title_from_the_agenda_list() -> None:
    text = (
        "Tagesordnung:\n1. | Begrüßung |\n2. | Haushalt 2022 |\n3. | Verschiedenes |\n"
        "zu TOP 1:\nDer Vorsitzende begrüßt die Anwesenden.\nzu TOP 2:\nDer Kämmerer stellt den Entwurf vor.\n"
        "zu TOP 3:\nKeine Wortmeldungen.\n"
    )
    titles = [(s.agenda_item, s.title) for s in split_sections(text) if s.agenda_item]
    assert titles == [("TOP 1", "Begrüßung"), ("TOP 2", "Haushalt 2022"), ("TOP 3", "Verschiedenes")]


def test_numbered_table_rows_with_results_are_items() -> None:
    # own text in a portal's table export: "n | title | Vorlage | |" rows, each followed by its result rows
    text = (
        "1 | Eröffnung und Begrüßung | | |\n\n2 | Feststellung der Tagesordnung | | |\n\n"
        "3 | Neubau der Buswendeschleife | V-011/2024 | |\n\n"
        "| Beschluss: | Abstimmungsergebnis: einstimmig beschlossen | | |\n"
        "| Abstimmung: | Ja: 7, Nein: 0, Enthaltungen: 0 | | |\n"
        "4 | Zuschuss an den Heimatverein | V-012/2024 | |\n\n"
        "| Beschluss: | Abstimmungsergebnis: mehrheitlich abgelehnt | | |\n"
        "| Abstimmung: | Ja: 2, Nein: 5, Enthaltungen: 0 | | |\n"
        "5 | Anfragen | | |\n"
    )
    items = [(s.agenda_item, s.title) for s in split_sections(text) if s.agenda_item]
    assert ("TOP 4", "Zuschuss an den Heimatverein") in items
    assert ("TOP 5", "Anfragen") in items
    fourth = next(s for s in split_sections(text) if s.agenda_item == "TOP 4")
    assert "mehrheitlich abgelehnt" in text[fourth.char_start : fourth.char_end]
    assert "einstimmig beschlossen" not in text[fourth.char_start : fourth.char_end]
