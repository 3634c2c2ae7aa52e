"""A question raised in the minutes leads to its reply (assistant.retrieval.replies).

The sentences are real: an Emmerich inquiry ("Mitglied Spiertz fragt an …" / "Frau Bein antwortet …"),
a Fürstenau and a Reichshof excerpt from ../shared (skipped without them). Each paragraph of the
Emmerich inquiry becomes a chunk of its own, as a chunker cutting between question and reply makes them.
"""

from __future__ import annotations

import re

import pytest

from assistant.models import Chunk, DocumentMeta, Passage
from assistant.query.analysis import analyse
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.quoting import placeholder_citation
from assistant.retrieval.replies import (
    answers_first,
    asks_about_request,
    is_question,
    is_request,
    numbered_label,
    opens_with_reply,
    reply_first,
)
from tests.conftest import shared_documents

EMMERICH = "emmerich-59108-anfrage-tempo-30-innerstaedtisch"


def _body(doc_id: str) -> str:
    path = shared_documents([doc_id])
    if not path:
        pytest.skip("shared documents not available")
    return path[0].read_text(encoding="utf-8").split("\n---\n", 1)[1]


@pytest.fixture(scope="module")
def emmerich() -> tuple[LexicalIndex, list[Passage]]:
    body = _body(EMMERICH)
    meta = DocumentMeta(
        EMMERICH,
        "Anfrage Sachstand Tempo 30 innerstädtisch",
        "e.txt",
        "Stadt Emmerich am Rhein",
        "",
        "",
        "inquiry",
    )
    chunks = [
        Chunk(f"{EMMERICH}-{i}", EMMERICH, m.group(0), m.start(), m.end())
        for i, m in enumerate(re.finditer(r"[^\n]+", body))
    ]
    index = LexicalIndex(chunks, {EMMERICH: meta})
    passages = [
        Passage(
            placeholder_citation(c, meta), c, meta, score=1.0 - i / 10, dense=0.5, lexical=1.0, coverage=0.5
        )
        for i, c in enumerate(chunks)
    ]
    return index, passages


def _lead(index: LexicalIndex, passages: list[Passage], question: str) -> str:
    return reply_first(analyse(question, index), passages, index)[0].chunk.text


def test_the_reply_leads_when_the_user_asks_what_came_of_the_question(
    emmerich: tuple[LexicalIndex, list[Passage]],
) -> None:
    index, passages = emmerich
    assert passages[0].chunk.text.startswith("Mitglied Spiertz fragt an")
    lead = _lead(index, passages, "Wie weit ist Emmerich mit Tempo 30 in der Innenstadt?")
    assert lead.startswith("Frau Bein antwortet, dass in der vergangenen Zeit")


def test_the_question_stays_first_when_the_user_asks_what_was_asked(
    emmerich: tuple[LexicalIndex, list[Passage]],
) -> None:
    index, passages = emmerich
    lead = _lead(index, passages, "Was wollte Mitglied Spiertz zu Tempo 30 in Emmerich wissen?")
    assert lead.startswith("Mitglied Spiertz fragt an")


def test_the_question_stays_first_when_the_user_names_the_one_who_asked(
    emmerich: tuple[LexicalIndex, list[Passage]],
) -> None:
    index, passages = emmerich
    lead = _lead(index, passages, "Wie sieht Herr Spiertz den Stand bei Tempo 30 in Emmerich?")
    assert lead.startswith("Mitglied Spiertz fragt an")


def test_a_passage_that_is_no_question_keeps_its_place(emmerich: tuple[LexicalIndex, list[Passage]]) -> None:
    index, passages = emmerich
    reordered = [passages[1], passages[2], passages[0]]  # the reply leads; what follows it is no reply
    assert reply_first(analyse("Wie weit ist Emmerich mit Tempo 30?", index), reordered, index) == reordered


def test_questions_requests_and_replies_in_real_minutes() -> None:
    fuerstenau = _body("fuerstenau-sg-12546-kindertagesstaetten-beiraete")
    reichshof = _body("reichshof-3220-sportplatz-hunsheim-zuschuss")
    asked = re.search(r"Ratsherr Oldenhage fragt an, ob [^.]+\.", fuerstenau)
    replied = re.search(r"Samtgemeindebürgermeister Selter erwidert, dass [^.]+\.", fuerstenau)
    countered = re.search(r"Bürgermeister Gennies erwidert, dass [^.]+\.", reichshof)
    assert asked and replied and countered
    assert is_question(asked.group(0)) and is_request(asked.group(0))
    assert not is_question(replied.group(0)) and not is_request(countered.group(0))
    reply_chunk = Chunk("f", "f", replied.group(0), 0, len(replied.group(0)))
    assert opens_with_reply(reply_chunk) and answers_first(reply_chunk)
    question_chunk = Chunk("q", "q", asked.group(0), 0, len(asked.group(0)))
    assert not answers_first(question_chunk)


def test_only_the_sentence_with_the_question_mark_tells_what_is_asked() -> None:
    assert not asks_about_request(
        "SPD und Linke haben in Schkopau eine gemeinsame Anfrage gestellt. Wann ist sie wirklich angekommen?"
    )
    assert asks_about_request("Worum bat der Ortsvorsteher den Bauhof?")
    assert asks_about_request("Was hat die Bürgerin am Stopp der Planung gestört?")


def test_the_reply_label_of_a_numbered_question() -> None:
    label = numbered_label("2")
    assert label.search("Zur 2. Frage:") and label.search("zu Frage 2:") and label.search("Antwort zu 2.:")
    assert not label.search("Zur 1. Frage:") and not label.search("Zu TOP 2 wird berichtet")


def test_a_numbered_question_leads_to_the_passage_after_its_reply_label() -> None:
    """A question list and its answers in the layout of "Anfragen" excerpts (text written for this test: no
    shared document answers numbered questions): the answer follows the label "Zur 2. Frage:" a chunk later."""
    doc = "anfragen"
    meta = DocumentMeta(
        doc, "Allgemeine Anfragen", "a.txt", "Stadt Beispiel", "Stadtrat", "2024-03-06", "minutes"
    )
    texts = [
        "Frau Klein, Fraktion BfB:\n\n1. Frage:\n\nWann wird der Spielplatz an der Schulstraße saniert?\n\n"
        "2. Frage:\n\nWarum werden im Stadtpark die Linden gefällt?",
        "Antwort:\n\nHerr Dr. Lang, Oberbürgermeister:\n\nZur 1. Frage:\n\nDie Sanierung ist für den Sommer geplant."
        "\n\nZur 2. Frage:",
        "Die Bäume sind nach dem Hochwasser geschädigt und werden deshalb ausgetauscht.",
    ]
    chunks, start = [], 0
    for i, text in enumerate(texts):
        chunks.append(Chunk(f"{doc}-{i}", doc, text, start, start + len(text)))
        start += len(text) + 2
    index = LexicalIndex(chunks, {doc: meta})
    passages = [
        Passage(
            placeholder_citation(c, meta), c, meta, score=1.0 - i / 10, dense=0.5, lexical=1.0, coverage=0.5
        )
        for i, c in enumerate(chunks)
    ]
    lead = reply_first(analyse("Warum werden die Linden im Stadtpark gefällt?", index), passages, index)[0]
    assert lead.chunk.text.startswith("Die Bäume sind nach dem Hochwasser geschädigt")
