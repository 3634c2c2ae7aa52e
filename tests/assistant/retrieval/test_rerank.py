"""Reranker plumbing: a configured cross-encoder re-orders the best candidates (none ships offline, so a
tiny deterministic scorer stands in for it here) and a bad model name fails clearly."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.models import SearchFilters
from assistant.retrieval.rerank import CrossEncoderReranker, build_reranker
from assistant.retrieval.retrieve import Retriever
from assistant.service import Assistant
from tests.conftest import make_settings


class PrefersWord:
    """Scores 1 for passages containing ``word``, else 0: enough to see the order change."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.calls = 0

    def scores(self, question: str, passages: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return np.array([1.0 if self.word in p else 0.0 for p in passages], dtype=np.float32)


def test_reranker_reorders_the_head(corpus_assistant: Assistant) -> None:
    question = "Welche Variante favorisierte Herr Czernitzki beim Integrationskonzept?"
    plain = corpus_assistant.retriever.passages(question, 5, SearchFilters(), False)
    assert "Czernitzki" in plain[0].chunk.text
    reranker = PrefersWord("Mewes")
    reranked = Retriever(corpus_assistant.kb, reranker).passages(question, 5, SearchFilters(), False)
    assert reranker.calls == 1
    assert "Mewes" in reranked[0].chunk.text
    assert [p.score for p in reranked] == sorted((p.score for p in reranked), reverse=True)


def test_no_reranker_by_default(tmp_path: Path) -> None:
    assert build_reranker(make_settings(tmp_path)) is None


def test_unloadable_reranker_names_the_setting(tmp_path: Path) -> None:
    reranker = CrossEncoderReranker(str(tmp_path / "no-such-model"))
    with pytest.raises(ConfigError, match="RATSINFO_RERANKER_MODEL"):
        reranker.scores("Frage", ["Text"])
