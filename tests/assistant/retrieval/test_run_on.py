"""A quote whose core ends its chunk runs on into the next chunk of the agenda item
(assistant.retrieval.quoting.with_quote, assistant.answering.quotes.run_on).

Minutes often name a topic in one paragraph and give the reason, the reply or the vote in the next one; a
chunker that cuts between them leaves the topic's chunk first and the answer out of its quote. The texts
are our own.

A quote that takes its whole chunk and is still short (a vote line, a closing remark) takes the sentences of the
chunk before it in the same agenda item (assistant.answering.quotes.backfilled): what it ends is said there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest

from assistant.answering.quotes import MIN_QUOTE_CHARS, Quote, backfilled, best_quote, filled, run_on
from assistant.embedding import Embedder
from assistant.models import SearchFilters
from assistant.service import Assistant
from tests.conftest import assistant_over

LEAD = (
    "Der Vorsitzende erläutert die Rechtslage. Verliert ein Mitglied des Gemeinderats die Wählbarkeit, so "
    "scheidet es aus dem Gremium aus; der Gemeinderat hat dies förmlich festzustellen. Die Hauptsatzung sieht "
    "für diesen Fall keine Nachwahl vor, es rückt die nächste Bewerberin der Liste nach. Heute geht es um das "
    "Ausscheiden von Frau Lindenberg aus dem Gemeinderat der Gemeinde Birkenfelden."
)
ANSWER = (
    "Sie hat zum 1. März ihren Hauptwohnsitz nach Oberweiler verlegt und ist damit nicht mehr wählbar. "
    "Nachrücker ist Herr Quandtmeier von der Wählergemeinschaft."
)
SECRET = "Die Abfindung für den Kiosk am Weiher beträgt 38.500 Euro."

DOCUMENT = f"""id: birkenfelden-2025-03-18-gemeinderat
title: Niederschrift Gemeinderat 18.03.2025
municipality: Gemeinde Birkenfelden
body: Gemeinderat
date: 2025-03-18
kind: minutes
---
Öffentlicher Teil

TOP Ö 2  Ausscheiden eines Gemeinderatsmitglieds

{LEAD}

{ANSWER}

Der Gemeinderat stellt das Ausscheiden einstimmig fest.

Nichtöffentlicher Teil

TOP N 1  Grundstücksangelegenheit Kiosk am Weiher

{SECRET}
"""


def test_the_core_keeps_its_place_and_the_quote_goes_on_after_the_chunk() -> None:
    text = LEAD + "\n\n" + ANSWER
    chunk_end = len(LEAD)
    within = best_quote(LEAD, {"lindenberg": 3.0, "ausscheiden": 2.0, "gemeinderat": 1.0})
    assert within.core_end == chunk_end  # the topic's sentence ends the chunk
    assert within.start < within.core_start  # so the quote could only widen backwards
    moved = run_on(text, within)
    assert (moved.core_start, moved.core_end) == (within.core_start, within.core_end)
    quote = text[moved.start : moved.end]
    assert "nach Oberweiler verlegt" in quote
    assert moved.end - moved.start <= 600


def test_a_quote_the_chunk_left_short_takes_the_next_sentences_and_keeps_its_start() -> None:
    short = "Heute geht es um das Ausscheiden von Frau Lindenberg. Der Vorsitzende erläutert die Rechtslage."
    text = short + "\n\n" + ANSWER + " " + LEAD
    within = best_quote(short, {"lindenberg": 3.0, "ausscheiden": 2.0})
    assert within.end - within.start < MIN_QUOTE_CHARS  # the whole chunk, and still short
    grown = filled(text, within)
    assert (grown.start, grown.core_start, grown.core_end) == (within.start, within.core_start, within.core_end)
    quote = text[grown.start : grown.end]
    assert quote.startswith("Heute geht es") and "nach Oberweiler verlegt" in quote
    assert MIN_QUOTE_CHARS <= grown.end - grown.start <= 600
    assert quote.endswith(".")  # whole sentences


def test_a_quote_without_a_core_inside_the_text_stays_as_it_is() -> None:
    odd = Quote(0, 10, 400, 400)
    assert run_on("Kurz.", odd) == odd


@contextmanager
def _over(factory: pytest.TempPathFactory, embedder: Embedder, name: str, text: str) -> Iterator[Assistant]:
    """An assistant over one document of our own."""
    folder = factory.mktemp(f"{name}-docs")
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    with assistant_over([folder], factory.mktemp(f"{name}-store"), embedder) as built:
        yield built


@pytest.fixture(scope="module")
def birkenfelden(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    with _over(tmp_path_factory, embedder, "birkenfelden", DOCUMENT) as built:
        yield built


QUESTION = "Warum scheidet Frau Lindenberg aus dem Gemeinderat Birkenfelden aus?"


def test_the_reason_after_the_topic_is_quoted_and_answered(birkenfelden: Assistant) -> None:
    answer = birkenfelden.ask(QUESTION)
    first = answer.citations[0]
    assert "Ausscheiden von Frau Lindenberg" in first.quote
    assert "nach Oberweiler verlegt" in first.quote, first.quote
    assert "nach Oberweiler verlegt" in answer.answer.split("[2]")[0]
    document = birkenfelden.get_document(first.doc_id)
    assert document.text[first.char_start : first.char_end] == first.quote


def test_without_running_on_the_first_quote_stops_at_the_chunk(birkenfelden: Assistant) -> None:
    retriever = birkenfelden.retriever
    plain = replace(retriever.weights, run_on=False)
    original = retriever.weights
    retriever.weights = plain
    try:
        first = birkenfelden.ask(QUESTION).citations[0]
    finally:
        retriever.weights = original
    assert "Ausscheiden von Frau Lindenberg" in first.quote
    assert "nach Oberweiler verlegt" not in first.quote


def test_no_quote_runs_on_into_the_non_public_part(birkenfelden: Assistant) -> None:
    answer = birkenfelden.ask("Was stellt der Gemeinderat Birkenfelden zum Ausscheiden einstimmig fest?")
    assert answer.citations
    for citation in answer.citations:
        assert "Kiosk" not in citation.quote and "38.500" not in citation.quote
    assert "Kiosk" not in answer.answer


TOWER = """id: tannenbruck-2025-05-06-bauausschuss
title: Niederschrift Bauausschuss 06.05.2025
municipality: Gemeinde Tannenbruck
body: Bauausschuss
date: 2025-05-06
kind: minutes
---
Öffentlicher Teil

TOP Ö 4  Sanierung des Wasserturms am Mühlberg

Der Bauamtsleiter stellt die Untersuchung des Ingenieurbüros vor. Die Betonhülle des Wasserturms ist an der \
Wetterseite stark abgeplatzt, die Bewehrung liegt an mehreren Stellen frei. Das Büro empfiehlt, die Hülle \
vollständig zu erneuern und die Aussichtsplattform bis dahin zu sperren. Die Kosten werden auf rund 410.000 Euro \
geschätzt, davon trägt das Denkmalamt voraussichtlich ein Drittel. Der Ausschuss empfiehlt dem Gemeinderat, die \
Sanierung im kommenden Jahr auszuführen und die Mittel im Haushalt 2026 bereitzustellen.

Abstimmungsergebnis zum Wasserturm: 7 Ja-Stimmen, 2 Nein-Stimmen.

Nichtöffentlicher Teil

TOP N 1  Pachtvertrag Kiosk am Wasserturm

Die Pacht für den Kiosk am Wasserturm wird auf 2.150 Euro im Jahr festgesetzt.
"""


def test_a_short_quote_at_its_chunks_start_takes_the_sentences_before_and_keeps_its_end() -> None:
    before = ANSWER + " " + LEAD + "\n\n"
    vote = "Der Gemeinderat stellt das Ausscheiden einstimmig fest."
    text = before + vote
    grown = backfilled(text, Quote(len(before), len(text), len(before), len(text)))
    assert grown.end == len(text) and grown.core_start == len(before)
    quote = text[grown.start : grown.end]
    assert "Ausscheiden von Frau Lindenberg" in quote and quote.endswith(vote)
    assert MIN_QUOTE_CHARS <= len(quote) <= 600
    assert grown.start > 0 and text[grown.start - 1] == " "  # it starts at a sentence, not at the text's start


@pytest.fixture(scope="module")
def tannenbruck(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    with _over(tmp_path_factory, embedder, "tannenbruck", TOWER) as built:
        yield built


VOTE_QUESTION = "Mit wie vielen Stimmen wurde über den Wasserturm in Tannenbruck abgestimmt?"


@pytest.mark.parametrize("run_on", [True, False])
def test_the_vote_lines_quote_holds_what_was_voted_on(tannenbruck: Assistant, run_on: bool) -> None:
    retriever = tannenbruck.retriever
    original = retriever.weights
    retriever.weights = replace(original, run_on=run_on)
    try:
        passages = retriever.passages(VOTE_QUESTION, 5, SearchFilters(), False)
    finally:
        retriever.weights = original
    vote = next(p for p in passages if p.chunk.text.startswith("Abstimmungsergebnis"))
    quote = vote.citation.quote
    assert quote.endswith("2 Nein-Stimmen.")
    assert ("empfiehlt dem Gemeinderat" in quote) is run_on
    document = tannenbruck.get_document(vote.citation.doc_id)
    assert document.text[vote.citation.char_start : vote.citation.char_end] == quote
    assert all("Kiosk" not in p.citation.quote for p in passages)


GOLLBACH = """id: gollbach-2024-05-14-ortsbeirat
title: Niederschrift Ortsbeirat Gollbach 14.05.2024
municipality: Stadt Kirchhain
body: Ortsbeirat Gollbach
date: 2024-05-14
kind: minutes
---
Öffentlicher Teil

TOP Ö 3  Dorfgemeinschaftshaus Gollbach

Der Ortsvorsteher berichtet über den Zustand des Dorfgemeinschaftshauses. Das Dach ist undicht, die Heizung \
stammt aus dem Jahr 1987 und die Toiletten sind nicht barrierefrei. Der Kulturverein nutzt das Haus an drei \
Abenden in der Woche, die Feuerwehr für ihre Schulungen. Nach kurzer Aussprache beschließt der Ortsbeirat \
einstimmig, für die Sanierung des Dorfgemeinschaftshauses einen Zuschuss von 40.000 Euro aus dem \
Ortsbeiratsbudget bereitzustellen.

Über die Aufnahme der übrigen Kosten in den Haushalt 2025 soll die Stadtverordnetenversammlung in ihrer \
nächsten Sitzung beschließen. Die Verwaltung wird die Vorlage vorbereiten.
"""


def test_an_announcement_the_quote_ran_on_into_does_not_make_a_reported_decision_announced(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    with _over(tmp_path_factory, embedder, "gollbach", GOLLBACH) as built:
        answer = built.ask("Was hat der Ortsbeirat Gollbach im Mai 2024 dann zum Dorfgemeinschaftshaus beschlossen?")
    quote = answer.citations[0].quote
    assert "beschließt der Ortsbeirat einstimmig" in quote
    assert "in ihrer nächsten Sitzung beschließen" in quote  # the next chunk's announcement, run on into
    assert not answer.abstained  # the decision is reported: the announcement belongs to the next step
    assert "40.000 Euro" in answer.answer
