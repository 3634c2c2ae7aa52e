"""Wordings the documents do not use, on real council documents from ../shared (skipped without them).

Each case asks in words of its own (not those of the user-style sets) what the mechanisms of
docs/answers.md should carry: a participle met by the noun the minutes use ("zugewiesen" ~
"Zuweisungen"), a speaker's act in another verb ("zugesichert" ~ "sichert zu"), a place-word compound
met by its head ("Stadtverwaltung" ~ "Verwaltung"), a successor asked whom the documents do not
name, and an election result asked for a date after the only document.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.embedding import Embedder
from assistant.service import Assistant
from tests.conftest import assistant_over, shared_documents

DOCUMENTS = (
    "billerbeck-11134-fluechtlinge-registrierung",
    "billerbeck-20224-tempolimit-annettestrasse",
    "erkelenz-18861-anregung-tenholter-strasse",
    "pfronstetten-2020-02-26-gemeinderat-beschluesse",
    "wannweil-2010-06-17-gemeinderat-buergermeisterwahl",
    "remagen-10497-friedhofssatzung-urnengraeber",
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    with assistant_over(shared_documents(DOCUMENTS), tmp_path_factory.mktemp("unseen-wordings"), embedder) as built:
        yield built


def test_a_participle_is_met_by_the_noun_of_the_minutes(assistant: Assistant) -> None:
    answer = assistant.ask("Werden Billerbeck weitere Geflüchtete zugewiesen?")
    assert not answer.abstained
    assert "weiteren Zuweisungen" in answer.citations[0].quote


def test_a_promise_asked_with_another_verb(assistant: Assistant) -> None:
    answer = assistant.ask("Was hat der Erkelenzer Bürgermeister Muckel zur Tenholter Straße zugesichert?")
    assert not answer.abstained
    assert "sichert zu" in answer.citations[0].quote


def test_a_successor_the_documents_do_not_name(assistant: Assistant) -> None:
    answer = assistant.ask("Wer rückt für Frau Reck in den Gemeinderat Pfronstetten nach?")
    assert answer.abstained


def test_an_election_result_after_the_only_document(assistant: Assistant) -> None:
    answer = assistant.ask("Wie ging die Bürgermeisterwahl in Wannweil am 24.10.2010 aus, welches Ergebnis?")
    assert answer.abstained
    assert answer.citations and answer.citations[0].doc_id.startswith("wannweil")  # it shows what it has
