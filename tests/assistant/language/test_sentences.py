"""Sentence ends: a short heading line set off by single line breaks only ends its sentence (press texts copied from
a web page keep their subheadings so), while the short lines of a narrow printed column do not (own texts)."""

from __future__ import annotations

from assistant.language.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_heading_line_between_paragraphs_is_a_sentence_of_its_own() -> None:
    text = (
        "Der Ortsrat hat die Pläne für den Solarpark am Mühlberg ausführlich beraten und die Bürger angehört.\n"
        "Betreiber sichert den Rückbau zu\n"
        "Karl Brenner hob die Einnahmen für die Gemeinde und die kurzen Leitungswege hervor.\n"
    )
    assert _sentences(text) == [
        "Der Ortsrat hat die Pläne für den Solarpark am Mühlberg ausführlich beraten und die Bürger angehört.",
        "Betreiber sichert den Rückbau zu",
        "Karl Brenner hob die Einnahmen für die Gemeinde und die kurzen Leitungswege hervor.",
    ]


def test_the_lines_of_a_narrow_column_run_on() -> None:
    text = "Das ist gut.\nDer Gemeinderat hat in seiner\nSitzung die Änderung des Plans\nbeschlossen. Dies ist gut."
    assert _sentences(text) == [
        "Das ist gut.",
        "Der Gemeinderat hat in seiner\nSitzung die Änderung des Plans\nbeschlossen.",
        "Dies ist gut.",
    ]
