"""Numbered references as search terms (session 41, issue #14): "§ 3" and "§ 1" are different paragraphs, though
their numbers alone are no content words."""

from __future__ import annotations

from assistant.language.german import content_terms
from assistant.models import Chunk, DocumentMeta
from assistant.retrieval.lexical import LexicalIndex


def test_a_numbered_reference_is_one_term() -> None:
    terms = content_terms("Änderung des § 3 Abs. 1 der Geschäftsordnung zu TOP 13, Antrag Nr. 49, Ziffer 2")
    assert {"para3", "abs1", "top13", "nr49", "ziffer2"} <= set(terms)
    assert "para1" not in terms


def test_the_paragraph_asked_for_ranks_its_passage_first() -> None:
    meta = DocumentMeta(doc_id="zetel", kind="minutes", municipality="Zetel", body="Rat")
    texts = [
        "Der Rat der Gemeinde Zetel beschließt einstimmig, den ersten Satz in § 1 Abs. 1 der Geschäftsordnung zu ändern.",
        "Der Rat der Gemeinde Zetel lehnt bei 14 Stimmen dafür und 15 dagegen eine Änderung des § 3 Abs. 1 ab.",
        "Die Feuerwehr erhält ein neues Löschfahrzeug.",
        "Der Haushalt 2024 wird in der nächsten Sitzung beraten.",
        "Die Straßenbeleuchtung im Ortsteil wird auf LED umgestellt.",
    ]
    chunks = [
        Chunk(chunk_id=f"zetel-{i}", doc_id="zetel", text=text, char_start=0, char_end=len(text))
        for i, text in enumerate(texts)
    ]
    index = LexicalIndex(chunks, {"zetel": meta})
    scores = index.scores(index.analyse("Wie hat der Rat in Zetel über die Änderung des § 3 Abs. 1 der Geschäftsordnung entschieden?"))
    assert scores[1] > scores[0]
