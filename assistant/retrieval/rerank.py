"""Optional re-scoring of the best candidates by a cross-encoder (question and passage read together).

No cross-encoder with German training ships on PyPI, so none is the default: a user with a model
hub or a local copy names one (e.g. a multilingual mMARCO model) in ``RATSINFO_RERANKER_MODEL``.
Without it the blend of BM25, dense similarity and metadata boosts stands (see retrieve.py).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

import numpy as np

from assistant.errors import ConfigError
from assistant.models import Passage
from assistant.settings import Settings

RERANK_DEPTH = 20
"""Candidates the cross-encoder reads; the rest keep their order behind them."""
RERANK_WEIGHT = 0.7
"""Share of the cross-encoder's (0..1) score in the new score; the rest is the blended score."""


class Reranker(Protocol):
    def scores(self, question: str, passages: Sequence[str]) -> np.ndarray:
        """Relevance of each passage to the question, 0..1."""
        ...


class CrossEncoderReranker:
    """A sentence-transformers ``CrossEncoder`` (hub name or local path), loaded on first use."""

    def __init__(self, model: str, device: str = "cpu") -> None:
        self._name = model
        self._device = device
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                from sentence_transformers import CrossEncoder

                try:
                    self._model = CrossEncoder(self._name, device=self._device)
                except (OSError, ValueError) as exc:
                    raise ConfigError(f"cannot load RATSINFO_RERANKER_MODEL {self._name!r}: {exc}") from exc
        return self._model

    def scores(self, question: str, passages: Sequence[str]) -> np.ndarray:
        raw = np.asarray(self._load().predict([(question, p) for p in passages]), dtype=np.float32)
        if raw.ndim > 1:  # models with several labels: take the last ("relevant") column
            raw = raw[:, -1]
        return raw if raw.min() >= 0 and raw.max() <= 1 else 1 / (1 + np.exp(-raw))


def build_reranker(settings: Settings) -> Reranker | None:
    name = settings.reranker_model.strip()
    return CrossEncoderReranker(name, settings.device) if name else None


def rerank(question: str, ranked: list[Passage], reranker: Reranker) -> list[Passage]:
    """The first :data:`RERANK_DEPTH` passages re-scored and re-sorted; the rest follow unchanged."""
    head, tail = ranked[:RERANK_DEPTH], ranked[RERANK_DEPTH:]
    if not head:
        return ranked
    relevance = reranker.scores(question, [p.chunk.text for p in head])
    rescored = [
        replace(p, score=RERANK_WEIGHT * float(r) + (1 - RERANK_WEIGHT) * p.score)
        for p, r in zip(head, relevance, strict=True)
    ]
    rescored.sort(key=lambda p: p.score, reverse=True)
    return rescored + tail
