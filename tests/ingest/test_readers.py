"""Readers: text/Markdown with front matter, encodings, saved portal HTML pages, PDFs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fpdf import FPDF

from assistant.errors import ReadError
from ingest.readers import SUPPORTED_SUFFIXES, ReadResult, read_file
from ingest.readers.base import parse_german_date, split_front_matter

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _pdf_bytes(pages: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 7, text)
    return bytes(pdf.output())


def _raises_naming(path: Path, fragment: str) -> None:
    with pytest.raises(ReadError) as info:
        read_file(path)
    message = str(info.value)
    assert path.name in message
    assert fragment in message.lower()


# --- text and front matter ----------------------------------------------------------------


def test_supported_suffixes() -> None:
    assert frozenset({".txt", ".md", ".html", ".htm", ".pdf"}) == SUPPORTED_SUFFIXES


def test_front_matter_as_in_the_corpus(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "doc.txt",
        "id: musterstadt-2020-top5\nsource: https://ratsinfo.example/to0050.php?__ktonr=5\n"
        "municipality: Stadt Musterstadt\nbody: Gemeinderat\ndate: \nkind: minutes\n---\n"
        "Der Gemeinderat beschließt einstimmig.\n",
    )
    result = read_file(path)
    assert isinstance(result, ReadResult)
    assert result.meta == {
        "id": "musterstadt-2020-top5",
        "source": "https://ratsinfo.example/to0050.php?__ktonr=5",
        "municipality": "Stadt Musterstadt",
        "body": "Gemeinderat",
        "date": "",
        "kind": "minutes",
    }
    assert result.text == "Der Gemeinderat beschließt einstimmig."
    assert result.page_starts == []


def test_yaml_style_front_matter_and_upper_case_keys(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "doc.md", '---\nTitle: "Haushalt 2021"\nDate: 2021-01-26\n---\n# Haushalt\n\nText.'
    )
    result = read_file(path)
    assert result.meta == {"title": "Haushalt 2021", "date": "2021-01-26"}
    assert result.text == "# Haushalt\n\nText."


def test_text_without_front_matter_and_markdown_underline(tmp_path: Path) -> None:
    path = _write(tmp_path / "plain.md", "Ergebnis: angenommen\n---\nDer Rat stimmt zu.")
    result = read_file(path)
    assert result.meta == {}
    assert result.text == "Ergebnis: angenommen\n---\nDer Rat stimmt zu."
    assert split_front_matter("Nur Text.") == ({}, "Nur Text.")


def test_page_chrome_lines_of_a_copied_web_page_are_dropped(tmp_path: Path) -> None:
    raw = (
        "kind: minutes\n---\nZum Inhalt (ALT-C)\nZur Navigation (ALT-N)\nSeite ausdrucken\n\n"
        "1. Genehmigung der Tagesordnung\nBeschluss\nDer Gemeinderat genehmigt die Tagesordnung.\n"
        "Abstimmungsergebnis\nDafür: 16, Dagegen: 0\nzum Seitenanfang\n2. Bauantrag Fl.Nr. 1243\n---\n"
        "Zum Inhalt der Vorlage verweist der Vorsitzende auf die Sitzung vom 12.03.2019."
    )
    result = read_file(_write(tmp_path / "page.txt", raw))
    assert result.text == (
        "1. Genehmigung der Tagesordnung\nBeschluss\nDer Gemeinderat genehmigt die Tagesordnung.\n"
        "Abstimmungsergebnis\nDafür: 16, Dagegen: 0\n2. Bauantrag Fl.Nr. 1243\n---\n"
        "Zum Inhalt der Vorlage verweist der Vorsitzende auf die Sitzung vom 12.03.2019."
    )  # a sentence that opens like a jump link and a rule stay


def test_normalisation_line_ends_nfc_form_feed(tmp_path: Path) -> None:
    raw = "kind: minutes\r\n---\r\nBu\u0308rger\r\nzweite Zeile\rdritte\fvierte\u00a0Ende"
    result = read_file(_write(tmp_path / "doc.txt", raw))
    assert result.text == "Bürger\nzweite Zeile\ndritte\nvierte\u00a0Ende"


def test_soft_hyphens_and_zero_width_marks_are_removed(tmp_path: Path) -> None:
    raw = "kind: minutes\n---\nDer Bürger\u00admeister wird beauf\u200btragt, den Antrag\u2060 zu prüfen."
    result = read_file(_write(tmp_path / "doc.txt", raw))
    assert result.text == "Der Bürgermeister wird beauftragt, den Antrag zu prüfen."


def test_words_hyphenated_across_lines_are_joined(tmp_path: Path) -> None:
    """As a PDF page breaks them ("Ver-\\nwaltung"); the hyphen of a shared compound part ("Bau-\\nund …") and one
    before a capital stay."""
    raw = (
        "kind: minutes\n---\nDer Vor-\nsitzende bittet die Ver- \n  waltung, den Bau-\nund Umweltausschuss "
        "zu beteiligen; der Kita-\nNeubau folgt."
    )
    result = read_file(_write(tmp_path / "doc.txt", raw))
    assert result.text == (
        "Der Vorsitzende bittet die Verwaltung, den Bau-\nund Umweltausschuss zu beteiligen; der Kita-\nNeubau folgt."
    )


def test_pdf_lines_broken_inside_a_word_are_joined(tmp_path: Path) -> None:
    page = "Der Bürgermeister sagt eine Prüfung durch die Ver-\nwaltung bis zur nächsten Sitzung zu."
    result = read_file(_write(tmp_path / "protokoll.pdf", _pdf_bytes([page])))
    assert "durch die Verwaltung bis" in result.text


def test_cp1252_file_is_decoded(tmp_path: Path) -> None:
    text = "Beschluß des Bürgermeisters: „Die Maßnahme wird umgesetzt“ – Kosten 5 €."
    result = read_file(_write(tmp_path / "alt.txt", text.encode("cp1252")))
    assert result.text == text


def test_utf8_with_bom(tmp_path: Path) -> None:
    result = read_file(_write(tmp_path / "bom.txt", "\ufeffkind: other\n---\nÄnderung".encode()))
    assert result.meta == {"kind": "other"}
    assert result.text == "Änderung"


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n  ", "empty"),
        ("only-header.txt", b"id: x\nkind: minutes\n---\n\n", "no text"),
        ("nul.txt", b"Sitzung\x00\x01\x02\x00" * 20, "binary"),
        ("image.md", bytes(range(256)) * 8, "binary"),
        ("table.xlsx", b"PK\x03\x04", "unsupported"),
        ("noise.htm", os.urandom(2048).replace(b"\x00", b"\x01"), "binary"),
    ],
)
def test_unreadable_files_raise_read_error(tmp_path: Path, name: str, content: bytes, fragment: str) -> None:
    _raises_naming(_write(tmp_path / name, content), fragment)


def test_missing_file(tmp_path: Path) -> None:
    _raises_naming(tmp_path / "fehlt.txt", "not found")


def test_parse_german_date() -> None:
    assert parse_german_date("Mi, 01.02.2017") == "2017-02-01"
    assert parse_german_date("1. Februar 2017, 18:00 Uhr") == "2017-02-01"
    assert parse_german_date("2004-03-02") == "2004-03-02"
    assert parse_german_date("demnächst") == ""


# --- HTML -----------------------------------------------------------------------------------


def test_sessionnet_page_keeps_content_and_drops_chrome() -> None:
    result = read_file(DATA / "sessionnet_to0050.html")
    text = result.text
    assert result.meta == {
        "title": "Auszug - Neubau Kindertagesstätte Am Mühlbach",
        "body": "Gemeinderat",
        "date": "2017-02-01",
        "agenda_item": "Ö 4.1",
        "public": "true",
    }
    for chrome in ("Kalender", "Mandatsträger", "Suchbegriff", "Impressum", "smcTracking", "font-family",
                   "Startseite", "Weitere Sitzungen", "Anlagen werden", "Zum Inhalt"):  # fmt: skip
        assert chrome not in text
    assert "Der Gemeinderat beschließt die Entwurfsplanung mit der Maßgabe, eine Photovoltaikanlage" in text
    assert "\n\nBeschluss\n\n" in text  # blocks are separated by blank lines
    assert "Herr Albers (Fraktion Grüne) fragt" in text
    assert "Ja-Stimmen\tNein-Stimmen\tEnthaltungen\n14\t2\t1" in text  # table rows as lines
    assert "vorzusehen.\nDie Verwaltung wird beauftragt" in text  # <br> is a line break
    assert "\n\n\n" not in text and text == text.strip()


def test_allris_page_in_windows_1252() -> None:
    result = read_file(DATA / "allris_cp1252.html")
    assert result.meta["title"] == "Bebauungsplan Nr. 12 „Am Sportplatz“ – Satzungsbeschluß"
    assert result.meta["body"] == "Bauausschuss"
    assert result.meta["date"] == "2006-03-14"
    assert result.meta["agenda_item"] == "Ö 7"
    assert "Beschluß: Der Bauausschuss empfiehlt dem Rat" in result.text
    assert "zum „Lärmschutz“ wurden geprüft." in result.text
    assert "Sitzungskalender" not in result.text and "Menü" not in result.text


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Kosten: 500 € für Bänke</p></body></html>'
    result = read_file(_write(tmp_path / "seite.htm", page.encode("iso-8859-15")))
    assert result.text == "Kosten: 500 € für Bänke"


def test_html_without_content_is_an_error(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Leer</title><script>var x = 1;</script></head><body><nav>Menü</nav></body></html>"
    )
    _raises_naming(_write(tmp_path / "leer.html", page), "no text")


# --- PDF ------------------------------------------------------------------------------------


def test_pdf_pages_and_umlauts(tmp_path: Path) -> None:
    pages = ["Der Gemeinderat beschließt die Änderung.", "Bürgermeister Müller erläutert den Überblick."]
    result = read_file(_write(tmp_path / "protokoll.pdf", _pdf_bytes(pages)))
    assert len(result.page_starts) == 2
    assert result.page_starts[0] == 0
    first = result.text[result.page_starts[0] : result.page_starts[1]].strip()
    second = result.text[result.page_starts[1] :]
    assert first == pages[0]
    assert second == pages[1]
    assert result.text == pages[0] + "\n\n" + pages[1]


def test_truncated_pdf_raises(tmp_path: Path) -> None:
    data = _pdf_bytes(["Seite eins mit Text.", "Seite zwei mit Text."])
    _raises_naming(_write(tmp_path / "halb.pdf", data[: len(data) // 2]), "truncated")


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("leer.pdf", b"", "empty"),
        (
            "kaputt.pdf",
            b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF\n",
            "broken pdf",
        ),
        ("kein.pdf", b"Dies ist gar kein PDF, nur Text mit falscher Endung.", "not a pdf"),
    ],
)
def test_broken_pdfs_raise(tmp_path: Path, name: str, content: bytes, fragment: str) -> None:
    _raises_naming(_write(tmp_path / name, content), fragment)


def test_pdf_without_text_raises(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    _raises_naming(_write(tmp_path / "scan.pdf", bytes(pdf.output())), "no extractable text")


def test_encrypted_pdf_raises(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="verwaltung", user_password="geheim")
    pdf.add_page()
    pdf.set_font("Helvetica")
    pdf.cell(0, 10, "Vertraulich")
    _raises_naming(_write(tmp_path / "geschuetzt.pdf", bytes(pdf.output())), "encrypted")


# --- the shared corpus ------------------------------------------------------------------------


def test_every_corpus_document_reads() -> None:
    files = sorted(SHARED.glob("corpus-*/docs/*.txt"))
    if not files:
        pytest.skip("shared corpus not available")
    for path in files:
        result = read_file(path)
        assert result.text and result.text == result.text.strip(), path.name
        assert {"source", "kind"} <= result.meta.keys(), path.name
        assert not result.text.startswith(("id:", "source:", "---")), path.name
        assert "\r" not in result.text and "\x00" not in result.text, path.name
    wenningstedt = read_file(
        SHARED / "corpus-dev/docs/wenningstedt-braderup-2004-03-02-gemeindevertretung.txt"
    )
    assert wenningstedt.meta["date"] == "2004-03-02"
    assert wenningstedt.text.startswith("Protokoll vom 02.03.2004")


def test_the_points_of_an_ordered_list_keep_their_numbers(tmp_path: Path) -> None:
    page = tmp_path / "auszug.html"
    page.write_text(
        "<html><body><main><p>Beschluss:</p><ol><li>Der Rat beschließt den Neubau.</li>"
        "<li>Der Kostenrahmen wird auf 1,2 Mio. Euro festgelegt.</li></ol><ol start='3'><li>Weiteres.</li></ol>"
        "<ul><li>Punkt ohne Nummer</li></ul></main></body></html>",
        encoding="utf-8",
    )
    text = read_file(page).text
    assert "1. Der Rat beschließt den Neubau.\n2. Der Kostenrahmen" in text
    assert "3. Weiteres." in text and "\nPunkt ohne Nummer" in text
