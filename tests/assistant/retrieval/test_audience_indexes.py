"""One index per audience, built with the store version, none in a request."""

from __future__ import annotations

from pathlib import Path

from assistant.embedding import Embedder
from assistant.knowledge import KnowledgeBase
from assistant.models import EVERYTHING, PUBLIC, Audience
from assistant.retrieval.retrieve import Retriever
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS, make_settings

MINUTES = CORPUS / "musterstadt-2024-02-20-stadtrat.txt"  # has a non-public part


def test_configured_scopes_are_built_with_the_version(tmp_path: Path, embedder: Embedder) -> None:
    settings = make_settings(tmp_path, api_keys="member@Stadt Musterstadt:scoped-token-1")
    kb = KnowledgeBase(settings, embedder)
    try:
        assert ingest_paths(kb, [MINUTES]).ok
        retriever = Retriever(kb)
        retriever.index()
        indexes = retriever._cache.get(kb.documents.version)
        scope = frozenset({"Stadt Musterstadt"})
        assert scope in indexes._scoped  # built before any scoped member asked
        scoped = indexes.for_caller(Audience(municipalities=scope))
        assert len(indexes.public.lexical) < len(scoped.lexical) == len(indexes.full.lexical)
        assert indexes.for_caller(PUBLIC) is indexes.public and indexes.for_caller(EVERYTHING) is indexes.full
    finally:
        kb.close()


def test_without_non_public_text_every_audience_shares_one_index(tmp_path: Path, embedder: Embedder) -> None:
    settings = make_settings(tmp_path, api_keys="member@Landkreis Börde:scoped-token-1")
    kb = KnowledgeBase(settings, embedder)
    try:
        assert ingest_paths(kb, [CORPUS / "boerde-2017-02-01-integrationskonzept.txt"]).ok
        retriever = Retriever(kb)
        full = retriever.index(EVERYTHING)
        assert retriever.index(PUBLIC) is full
        assert retriever.index(Audience(municipalities=frozenset({"Landkreis Börde"}))) is full
    finally:
        kb.close()
