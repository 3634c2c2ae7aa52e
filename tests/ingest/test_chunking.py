"""Sentence splitting and structure-aware chunking with exact offsets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.models import Section
from ingest.chunking import MIN_CHUNK_CHARS, ChunkSpan, chunk_sections, split_sentences
from ingest.minutes import split_sections
from ingest.readers import read_file

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def words_x2(text: str) -> int:
    return len(text.split()) * 2


def _sentences(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, start, end)]


def _check_chunks(text: str, sections: list[Section], chunks: list[ChunkSpan],
                  count: Callable[[str], int], max_tokens: int) -> None:  # fmt: skip
    previous_end = 0
    for chunk in chunks:
        piece = text[chunk.char_start : chunk.char_end]
        assert piece and piece == piece.strip()
        assert count(piece) <= max_tokens
        assert chunk.char_start >= previous_end  # in order, no overlap
        previous_end = chunk.char_end
        owners = [s for s in sections if s.char_start <= chunk.char_start and chunk.char_end <= s.char_end]
        assert len(owners) == 1, "a chunk must lie inside exactly one section"
        assert (chunk.agenda_item, chunk.public) == (owners[0].agenda_item, owners[0].public)
    # Nothing but whitespace is left out.
    covered = "".join(text[c.char_start : c.char_end] for c in chunks)
    assert "".join(covered.split()) == "".join(text.split())


# --- sentences --------------------------------------------------------------------------------


def test_german_abbreviations_dates_and_ordinals_do_not_end_sentences() -> None:
    text = (
        "Die Sitzung findet am 12. März 2020 statt. Dr. Meier erläutert z.B. die 1. Lesung der "
        "Satzung Nr. 5 bzw. ggf. die 3. Änderung. Der Rat stimmt zu."
    )
    assert _sentences(text) == [
        "Die Sitzung findet am 12. März 2020 statt.",
        "Dr. Meier erläutert z.B. die 1. Lesung der Satzung Nr. 5 bzw. ggf. die 3. Änderung.",
        "Der Rat stimmt zu.",
    ]


def test_line_breaks_inside_sentences_and_no_final_period() -> None:
    text = "Die Verwaltung wird\nbeauftragt, die Planung\nfortzuführen! Ist das geklärt? Ja\n\nNeuer Absatz ohne Punkt"
    assert _sentences(text) == [
        "Die Verwaltung wird\nbeauftragt, die Planung\nfortzuführen!",
        "Ist das geklärt?",
        "Ja",
        "Neuer Absatz ohne Punkt",
    ]


def test_quotes_and_sub_ranges() -> None:
    text = "Vorwort. Er sagte: „Wir stimmen zu.“ Danach folgte die Abstimmung. Schluss."
    start = text.index("Er sagte")
    end = text.index(" Schluss")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Er sagte: „Wir stimmen zu.“", "Danach folgte die Abstimmung."]
    assert all(start <= s < e <= end for s, e in spans)
    assert split_sentences("   \n ") == []


# --- chunks -----------------------------------------------------------------------------------


def test_chunks_never_straddle_sections_and_carry_labels() -> None:
    text = "TOP 1 Eröffnung\n\nDer Vorsitzende eröffnet.\n\nTOP 2 Grundstücke\n\nVertraulicher Bericht."
    cut = text.index("TOP 2")
    sections = [Section(0, cut, "TOP 1", "Eröffnung"), Section(cut, len(text), "N 2", "Grundstücke", False)]
    chunks = chunk_sections(text, sections, words_x2, max_tokens=100)
    assert [(text[c.char_start : c.char_end], c.agenda_item, c.public) for c in chunks] == [
        ("TOP 1 Eröffnung\n\nDer Vorsitzende eröffnet.", "TOP 1", True),
        ("TOP 2 Grundstücke\n\nVertraulicher Bericht.", "N 2", False),
    ]


def test_small_paragraphs_merge_up_to_target_chars() -> None:
    paragraphs = [f"Absatz {n} enthält einen kurzen Satz über die Sitzung." for n in range(10)]
    text = "\n\n".join(paragraphs)
    sections = [Section(0, len(text))]
    chunks = chunk_sections(text, sections, words_x2, max_tokens=1000, target_chars=200)
    _check_chunks(text, sections, chunks, words_x2, 1000)
    assert 1 < len(chunks) < len(paragraphs)
    assert all(c.char_end - c.char_start <= 200 + MIN_CHUNK_CHARS for c in chunks)
    assert all(c.char_end - c.char_start <= 200 for c in chunks[:-1])
    first = text[chunks[0].char_start : chunks[0].char_end]
    assert first.startswith(paragraphs[0]) and "\n\n" in first


def test_a_bare_label_joins_its_neighbour() -> None:
    text = (
        "Beschlussvorschlag:\n\nDer Gemeinderat beschließt den Bebauungsplan Nr. 12 als Satzung. "
        "Die Begründung wird gebilligt und die Verwaltung mit der Bekanntmachung beauftragt.\n\n"
        "Abstimmungsergebnis: 12 Ja, 3 Nein"
    )
    sections = [Section(0, len(text))]
    chunks = chunk_sections(text, sections, words_x2, max_tokens=200, target_chars=60)
    _check_chunks(text, sections, chunks, words_x2, 200)
    pieces = [text[c.char_start : c.char_end] for c in chunks]
    assert pieces[0].startswith("Beschlussvorschlag:\n\nDer Gemeinderat")
    assert pieces[-1].endswith("Abstimmungsergebnis: 12 Ja, 3 Nein") and len(pieces[-1]) > 40


def test_speaker_turns_are_boundaries() -> None:
    text = (
        "Herr Schulz (SPD) befürwortet den Antrag, weil die Kosten tragbar sind.\n"
        "Frau Yilmaz (CDU) lehnt den Antrag ab und verweist auf den Haushalt.\n"
        "Bürgermeister Wolf fasst die Diskussion zusammen."
    )
    sections = [Section(0, len(text))]
    chunks = chunk_sections(text, sections, words_x2, max_tokens=24, target_chars=80)
    pieces = [text[c.char_start : c.char_end] for c in chunks]
    assert pieces == text.split("\n")


def test_long_paragraph_is_split_at_sentences_then_words() -> None:
    sentence = "Der Ausschuss berät die Vorlage Nr. 12 gem. § 5 Abs. 2 der Satzung sehr ausführlich. "
    text = (sentence * 6).strip() + "\n\n" + " ".join(["Wort"] * 60)
    sections = [Section(0, len(text))]
    # 16 words (32 tokens) per sentence: two sentences fit into 70 tokens, three do not.
    chunks = chunk_sections(text, sections, words_x2, max_tokens=70, target_chars=5000)
    _check_chunks(text, sections, chunks, words_x2, 70)
    pieces = [text[c.char_start : c.char_end] for c in chunks]
    # Sentence pieces end at a sentence end, never after "Nr." or "gem." or "Abs.".
    assert pieces[0].endswith("ausführlich.") and pieces[0].count("Der Ausschuss") == 2
    assert all(p.endswith("ausführlich.") and p.count("Der Ausschuss") == 2 for p in pieces[:3])
    assert [p.count("Wort") for p in pieces[3:]] == [35, 25]


def test_a_giant_token_is_cut_by_characters() -> None:
    text = "Link: " + "x" * 500

    def by_chars(piece: str) -> int:
        return len(piece) // 10 + 1

    sections = [Section(0, len(text))]
    chunks = chunk_sections(text, sections, by_chars, max_tokens=10)
    _check_chunks(text, sections, chunks, by_chars, 10)
    assert len(chunks) > 5


def test_real_minutes_chunk_cleanly() -> None:
    files = sorted(SHARED.glob("corpus-*/docs/*.txt"))
    if not files:
        pytest.skip("shared corpus not available")
    total = 0
    for path in files:
        text = read_file(path).text
        sections = split_sections(text)
        chunks = chunk_sections(text, sections, words_x2, max_tokens=128, target_chars=600)
        _check_chunks(text, sections, chunks, words_x2, 128)
        total += len(chunks)
    assert total >= len(files)


def test_invalid_max_tokens() -> None:
    with pytest.raises(ValueError, match="max_tokens"):
        chunk_sections("Text.", [Section(0, 5)], words_x2, max_tokens=0)
