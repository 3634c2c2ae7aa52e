"""People a question names without a form of address ("warum hat der Minetzke …") are people when the
indexed minutes write them after "Herr" or "Frau"; offices after "Herr" are not.
Real sentences from ../shared (skipped without them)."""

from __future__ import annotations

import pytest

from assistant.language.persons import addressed_surnames
from assistant.models import Chunk, DocumentMeta
from assistant.query.analysis import analyse
from assistant.retrieval.lexical import LexicalIndex
from tests.conftest import shared_documents

EMMERICH = "emmerich-59108-anfrage-tempo-30-innerstaedtisch"
KARBEN = "karben-25770-antrag-baukontrolle"


def _index(*doc_ids: str) -> LexicalIndex:
    paths = shared_documents(list(doc_ids))
    if len(paths) != len(doc_ids):
        pytest.skip("shared documents not available")
    chunks, metas = [], {}
    for path in paths:
        head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        metas[path.stem] = DocumentMeta(
            path.stem, fields["title"], path.name, fields["municipality"], "", "", "minutes"
        )
        chunks.append(Chunk(path.stem, path.stem, body, 0, len(body)))
    return LexicalIndex(chunks, metas)


def test_a_surname_written_after_frau_is_a_person_in_a_question_without_one() -> None:
    index = _index(EMMERICH, KARBEN)
    assert "bein" in index.surnames  # "Frau Bein antwortet, dass …"
    query = analyse("Was hat die Bein zu Tempo 30 in Emmerich gesagt?", index)
    assert "bein" in query.understanding.names


def test_an_office_after_herr_is_no_surname() -> None:
    found = shared_documents([KARBEN])
    if not found:
        pytest.skip("shared documents not available")
    text = found[0].read_text(encoding="utf-8")
    assert "Herr Bürgermeister Rahn" in text
    names = addressed_surnames(text)
    assert "rahn" in names and "buergermeister" not in names


def test_a_member_the_minutes_name_only_by_office_stays_unnamed() -> None:
    index = _index(EMMERICH)
    query = analyse("Wie weit ist Emmerich mit Tempo 30, und was wollte Spiertz wissen?", index)
    assert "spiertz" not in query.understanding.names  # "Mitglied Spiertz": no "Herr" or "Frau" in the text
