"""The asked slot, results only announced and premises stated otherwise, on real council documents
from ../shared (skipped without them), asked in words of our own (not those of the user-style sets).

A value question is answered only where one sentence holds a value of the kind asked together with
the thing it belongs to; a result asked that the documents only announce is not reported as one; a
direction, degree, permission or existence taken for granted that a cited sentence states otherwise is
corrected first (docs/answers.md, third pass).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.answering.grounding import VALUE_NOT_GIVEN
from assistant.answering.premise import ONLY_ANNOUNCED, STATED_OTHERWISE
from assistant.embedding import Embedder
from assistant.service import Assistant
from tests.conftest import assistant_over, shared_documents

DOCUMENTS = (
    "peine-lk-13076-gesamthaushalt-2016",
    "brakel-654-friedhofssatzung-bezirksausschuss",
    "eich-vg-2025-06-30-verbandsgemeinderat-videoueberwachung",
    "friedberg-33617-ortsbeirat-tempo-30",
    "walkertshofen-2020-05-05-gemeinderat-konstituierung",
    "nettersheim-2018-12-04-hfa-haushaltssatzung-2019",
    "kamen-5664-schuelerzahlen-grundschulen",
    "aschaffenburg-2022-10-19-kultursenat-gedenktafel",
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    with assistant_over(shared_documents(DOCUMENTS), tmp_path_factory.mktemp("asked-slots"), embedder) as built:
        yield built


def test_a_count_stated_with_what_it_counts(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Wie viele neue Stellen brauchte die Kreisverwaltung Peine 2016 für die Flüchtlinge?"
    )
    assert not answer.abstained
    assert "37 Stellen" in " ".join(c.quote for c in answer.citations)


def test_a_count_in_words(assistant: Assistant) -> None:
    answer = assistant.ask("Wie viele Mitglieder hat der Bezirksausschuss in Brakel?")
    assert not answer.abstained
    assert "neun BZA-Mitglieder" in " ".join(c.quote for c in answer.citations)


def test_a_cost_the_documents_do_not_give(assistant: Assistant) -> None:
    answer = assistant.ask("Wie teuer wird die Videoüberwachung der Schulen in Eich?")
    assert answer.abstained
    assert answer.answer.startswith(VALUE_NOT_GIVEN)  # with the nearest passage quoted
    assert answer.citations[0].doc_id.startswith("eich")


def test_a_result_the_documents_only_announce(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Was hat die Straßenverkehrsbehörde zum Tempo-30-Antrag des Friedberger Ortsbeirats entschieden?"
    )
    assert answer.abstained
    assert answer.answer.startswith(ONLY_ANNOUNCED)
    answer = assistant.ask(
        "Welches Ergebnis hatte die Abrechnung der Außenanlagen des Lagerhauses in Walkertshofen?"
    )
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        (
            "Wieso ist das Eigenkapital von Nettersheim vor dem Haushalt 2019 so stark gesunken?",
            "steigendes Eigenkapital",
        ),
        (
            "Warum weichen die Anmeldezahlen der Kamener Grundschulen so stark vom Schulgutachten ab?",
            "geringfügig",
        ),
        ("Wo steht in Aschaffenburg die Gedenktafel für die US-Soldaten?", "keine Gedenktafel"),
    ],
)
def test_a_premise_a_cited_sentence_states_otherwise(
    assistant: Assistant, question: str, stated: str
) -> None:
    answer = assistant.ask(question)
    assert answer.premise_contradicted and not answer.abstained
    assert answer.answer.startswith(STATED_OTHERWISE)
    assert stated in answer.answer.splitlines()[0]
    assert stated in answer.citations[0].quote


def test_a_why_question_on_what_happened_is_answered_plainly(assistant: Assistant) -> None:
    answer = assistant.ask("Warum will Eich die Schulgelände mit Videokameras überwachen?")
    assert not answer.abstained and not answer.premise_contradicted


def test_a_place_no_document_mentions_named_after_a_body(assistant: Assistant) -> None:
    answer = assistant.ask("Wie stimmte der Ortsrat Musterhausen über die Friedhofssatzung ab?")
    assert answer.abstained
    assert "Musterhausen" in answer.answer
