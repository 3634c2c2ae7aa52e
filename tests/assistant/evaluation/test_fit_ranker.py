"""Fitting the learned passage ranker: pairs within a question, a fit that finds the separating
feature, first hits as the retriever applies the ranker, folds by document."""

from __future__ import annotations

import numpy as np

from assistant.evaluation.fit_ranker import Rows, cross_validate, first_hits, fit, fold_of, pairs
from assistant.retrieval.passage_ranker import FEATURES

SIGNAL = FEATURES.index("quote_specific")
TOP = FEATURES.index("top_document")


def _rows(count: int, seed: int = 0) -> list[Rows]:
    """Questions of four candidates from one document; the hit has the highest ``quote_specific``
    but is never first in the hand order."""
    rng = np.random.default_rng(seed)
    rows = []
    for n in range(count):
        x = rng.normal(size=(4, len(FEATURES)))
        x[:, TOP] = 1.0
        hit = 1 + n % 3
        x[:, SIGNAL] = 0.0
        x[hit, SIGNAL] = 2.0
        hits = np.zeros(4, dtype=bool)
        hits[hit] = True
        rows.append(Rows(f"q{n}", f"doc{n // 2}", x, hits))
    return rows


def test_pairs_hold_each_difference_twice_and_weigh_each_question_once() -> None:
    rows = _rows(3)
    x, weight = pairs(rows, np.zeros(len(FEATURES)), np.ones(len(FEATURES)))
    assert x.shape == (2 * 3 * 3, len(FEATURES))  # 3 questions x 1 hit x 3 misses, and mirrored
    assert np.allclose(x[:9], -x[9:])
    assert np.isclose(weight[:9].sum(), 3.0)


def test_a_question_without_a_hit_or_without_a_miss_gives_no_pairs() -> None:
    row = _rows(1)[0]
    none = Rows("n", "d", row.features, np.zeros(4, dtype=bool))
    every = Rows("e", "d", row.features, np.ones(4, dtype=bool))
    x, _ = pairs([none, every], np.zeros(len(FEATURES)), np.ones(len(FEATURES)))
    assert len(x) == 0


def test_the_fit_finds_the_separating_feature() -> None:
    rows = _rows(40)
    ranker = fit(rows, 1.0)
    assert ranker.features == FEATURES
    assert ranker.coef[SIGNAL] == max(ranker.coef)
    assert first_hits(None, rows) == 0
    assert first_hits(ranker, rows) == 40


def test_the_ranker_picks_only_inside_the_first_document() -> None:
    row = _rows(1)[0]
    features = row.features.copy()
    features[1:, TOP] = 0.0  # the hit is in another document: the hand order's first stays
    other = Rows("o", "d", features, row.hits)
    assert first_hits(fit(_rows(40), 1.0), [other]) == 0


def test_folds_follow_the_document_and_cross_validation_counts_every_question() -> None:
    assert fold_of("doc1") == fold_of("doc1")
    rows = _rows(40)
    assert cross_validate(rows, 1.0) == 40
