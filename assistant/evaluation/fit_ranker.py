"""Fit the learned passage ranker (:mod:`assistant.retrieval.passage_ranker`) and write its coefficients.

Training data: the answerable questions of the given qa files that are *not* on a user-style set's
test half (tune halves and the shared dev sets). For each question the hand-tuned ranking's quoted
candidates are described by :data:`FEATURES`; a candidate is positive when its quote is a hit by the
evaluation's rule (:func:`assistant.evaluation.metrics.is_hit`). The model is a pairwise logistic
regression without intercept on the differences (positive − negative) of standardised features of
the same question, so only the order within a question is learned. The regularisation ``C`` is
chosen by cross-validation grouped by document (all questions on one document in one fold); the
figure printed for each ``C`` is the share of questions whose first candidate after reordering hits.

    .venv/bin/python -m assistant.evaluation.fit_ranker --store /tmp/rank/store \\
        --docs ../shared/corpus-dev/docs ../shared/corpus-eval/docs ../shared/corpus-bulk/docs \\
        ../shared/corpus-records/docs --qa tests/data/user_questions.jsonl \\
        --qa tests/data/user_questions_2.jsonl --qa ../shared/corpus-dev/qa.jsonl \\
        --qa ../shared/corpus-bulk/qa.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from assistant.evaluation.metrics import is_hit
from assistant.evaluation.qa import QAItem, load_qa_files
from assistant.knowledge import KnowledgeBase
from assistant.models import SearchFilters
from assistant.retrieval.passage_ranker import (
    FEATURES,
    MODEL_PATH,
    PassageRanker,
    feature_matrix,
)
from assistant.retrieval.retrieve import Retriever, candidates
from assistant.settings import Settings

C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
"""Regularisation strengths tried (sklearn's ``C``: smaller is stronger)."""

FOLDS = 5


@dataclass(frozen=True)
class Rows:
    """One question's candidates: features in the hand ranking's order, and which quotes hit."""

    qa_id: str
    group: str
    """The gold document: questions on one document share a fold."""
    features: np.ndarray
    hits: np.ndarray


def training_questions(items: Sequence[QAItem]) -> list[QAItem]:
    """Answerable questions that are not on a test half."""
    return [q for q in items if q.answerable and q.part != "test"]


def collect(retriever: Retriever, questions: Sequence[QAItem], pool: int) -> list[Rows]:
    """The candidates of each question as the hand-tuned ranking quotes them (``pool`` of them)."""
    hand = Retriever(retriever.kb, retriever.reranker, replace(retriever.weights, learned=False), retriever.ranker)
    rows: list[Rows] = []
    for item in questions:
        query, search = retriever.analyse(item.question, True)  # the learned retriever's index holds the records
        passages = hand.retrieve(query, search, (pool + 1) // 2, SearchFilters(), True)[:pool]
        found = candidates(search, passages)
        hits = np.array([is_hit(p.citation.doc_id, p.citation.quote, item) for p in passages], dtype=bool)
        rows.append(Rows(item.id, item.doc_id or item.id, feature_matrix(query, found), hits))
    return rows


def standardisation(rows: Sequence[Rows]) -> tuple[np.ndarray, np.ndarray]:
    stacked = np.vstack([r.features for r in rows if len(r.features)])
    mean = stacked.mean(axis=0)
    scale = stacked.std(axis=0)
    return mean, np.where(scale > 1e-9, scale, 1.0)


def pairs(rows: Sequence[Rows], mean: np.ndarray, scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Differences of standardised features: all positive − negative pairs (label 1), then the same
    pairs mirrored (label 0), and each pair's weight."""
    diffs = []
    for r in rows:
        if not r.hits.any() or r.hits.all():
            continue
        x = (r.features - mean) / scale
        pos, neg = x[r.hits], x[~r.hits]
        # every pair weighs 1 / (number of pairs of its question): each question counts once
        d = (pos[:, None, :] - neg[None, :, :]).reshape(-1, x.shape[1])
        diffs.append((d, 1.0 / len(d)))
    if not diffs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    forward = np.vstack([d for d, _ in diffs])
    weight = np.concatenate([np.full(len(d), w) for d, w in diffs])
    return np.vstack([forward, -forward]), np.concatenate([weight, weight])


def fit(rows: Sequence[Rows], c: float) -> PassageRanker:
    """A :class:`PassageRanker` fitted on ``rows`` with regularisation ``c``."""
    from sklearn.linear_model import LogisticRegression  # fitting only; the ranker needs numpy alone

    mean, scale = standardisation(rows)
    x, weight = pairs(rows, mean, scale)
    half = len(x) // 2
    labels = np.concatenate([np.ones(half), np.zeros(half)])
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    model.fit(x, labels, sample_weight=weight * len(rows))
    return PassageRanker(
        features=FEATURES,
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        coef=tuple(round(float(v), 6) for v in model.coef_[0]),
    )


def first_hits(ranker: PassageRanker | None, rows: Sequence[Rows]) -> int:
    """Questions whose first candidate hits: in the ranker's order, or the hand ranking's (None).
    As the retriever applies it, the ranker picks among the first candidate's document's passages."""
    top = FEATURES.index("top_document")
    hits = 0
    for r in rows:
        if not len(r.features):
            continue
        first = 0
        if ranker is not None:
            scores = np.where(r.features[:, top] == 1, ranker.scores(r.features), -np.inf)
            first = int(np.argmax(scores))
        hits += bool(r.hits[first])
    return hits


def fold_of(group: str, folds: int = FOLDS) -> int:
    return hashlib.sha1(group.encode("utf-8")).digest()[0] % folds


def cross_validate(rows: Sequence[Rows], c: float, folds: int = FOLDS) -> int:
    """First hits on held-out folds (grouped by document) of rankers fitted on the other folds."""
    hits = 0
    for fold in range(folds):
        train = [r for r in rows if fold_of(r.group, folds) != fold]
        held = [r for r in rows if fold_of(r.group, folds) == fold]
        hits += first_hits(fit(train, c), held)
    return hits


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="Data directory (ingested as by `ratsinfo eval`).")
    parser.add_argument("--docs", type=Path, nargs="+", default=[], help="Folders to ingest first (optional).")
    parser.add_argument("--qa", type=Path, action="append", required=True, help="A qa.jsonl file (repeatable).")
    parser.add_argument("--pool", type=int, default=10, help="Candidates per question (RankingWeights.pool).")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="Where to write the coefficients.")
    args = parser.parse_args(argv)
    settings = Settings(data_dir=args.store, chroma_url="")
    kb = KnowledgeBase(settings)
    try:
        if args.docs:
            from assistant.evaluation.runner import measure_ingest

            measure_ingest(kb, args.docs, print)
        retriever = Retriever(kb, ranker=PassageRanker(FEATURES, *(((0.0,) * len(FEATURES),) * 3)))
        rows = collect(retriever, training_questions(load_qa_files(args.qa)), args.pool)
    finally:
        kb.close()
    print(f"{len(rows)} questions, hand ranking first hits {first_hits(None, rows)}")
    scores = {c: cross_validate(rows, c) for c in C_GRID}
    for c, hits in scores.items():
        print(f"C={c:<6} cross-validated first hits {hits}")
    best = max(C_GRID, key=lambda c: (scores[c], -c))
    ranker = fit(rows, best)
    print(f"chosen C={best}; in-sample first hits {first_hits(ranker, rows)}")
    for name, coef in sorted(zip(ranker.features, ranker.coef, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:16s} {coef:+.3f}")
    args.out.write_text(ranker.to_json(), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
