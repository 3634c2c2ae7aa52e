"""A learned choice of the passage that leads: a linear model over what the pipeline already knows.

The hand-tuned score (:mod:`assistant.retrieval.retrieve`) finds the right document for nearly every
answerable question, but inside it a neighbouring passage often leads. This module describes each
quoted candidate of a question by a fixed list of features (:data:`FEATURES`: the blended score and
its parts, how much of the question the chunk and its quote cover — all of it, beyond the title, its
rarest words —, the kind of fact asked for, a named person, a task for "what next", records of the
asked type held by the chunk, listing, length, place in the ranking) and orders the candidates by
``coef · (x − mean) / scale``. The coefficients are fitted by ``assistant.evaluation.fit_ranker``
(pairwise logistic regression, cross-validated by document) and shipped in ``passage_ranker.json``
beside this module; numbers and the fitting are described in ``docs/ranking.md``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.models import Passage
from assistant.query.analysis import Query
from assistant.query.coverage import Need, beyond, coverage
from assistant.query.facts import holds_answer_kind, holds_precise_answer
from assistant.query.listing import is_agenda_listing
from assistant.query.next_step import states_task
from assistant.query.understand import names_in
from assistant.vocab import AnswerKind

MODEL_PATH = Path(__file__).with_name("passage_ranker.json")

RARE_NEEDS = 2
"""How many of the question's rarest needs the ``rare_*`` features look at."""

FEATURES: tuple[str, ...] = (
    "score",  # the hand-tuned score (blend, boosts and passage features)
    "rank_inverse",  # 1 / (1 + rank in the hand ranking)
    "dense",  # cosine of question and chunk
    "lexical",  # BM25 relative to the best candidate's
    "coverage",  # weighted share of the question's needs the chunk meets
    "specific",  # share of the needs beyond title and agenda item that the chunk meets
    "quote_coverage",  # share of the needs the quote (with title and agenda item) meets
    "quote_specific",  # share of the needs beyond title and agenda item that the quote meets
    "rare",  # share of the question's rarest needs the chunk meets
    "rare_quote",  # share of the question's rarest needs the quote meets
    "cue_quote",  # share of the question type's cue words in the quote
    "person",  # the question names a person and the chunk names them
    "person_quote",  # … and the quote names them
    "fact_chunk",  # a fact of the asked kind is in the chunk
    "fact_quote",  # … and in the quote (``Passage.fits``)
    "precise",  # a vote question meets vote counts
    "no_fact_asked",  # the question asks for no kind of fact (so the two above are 0 for all)
    "record_type",  # the chunk holds a record of the asked type (decision, position, open item)
    "record_other",  # the chunk holds records, none of the asked type
    "task",  # "what next?" and the quote states a task
    "listing",  # the chunk is an agenda listing
    "admissible",  # the passage may count as evidence (see assistant.query.admissible)
    "top_document",  # the chunk is from the document of the hand ranking's first candidate
    "opening",  # the chunk opens its document (title, attendance, agenda)
    "quote_length",  # characters of the quote / 600
    "short",  # max(0, 1 − chunk length / 400)
)

RecordKinds = Mapping[str, frozenset[str]]
"""The kinds of record (``decision``, ``position``, ``open_item``) extracted from each chunk, by chunk id."""


@dataclass(frozen=True)
class Candidate:
    """What the features of one passage need beyond the passage itself."""

    passage: Passage
    chunk_terms: frozenset[str]
    metadata_terms: frozenset[str]
    quote_terms: frozenset[str]
    records: frozenset[str]
    """The kinds of record extracted from the chunk."""


@dataclass(frozen=True)
class PassageRanker:
    """A linear scoring of candidates: ``coef · (x − mean) / scale`` over :data:`FEATURES`."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]

    def scores(self, matrix: np.ndarray) -> np.ndarray:
        standard = (matrix - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(standard @ np.asarray(self.coef), dtype=float)

    def to_json(self) -> str:
        rows = {name: [m, s, c] for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True)}
        return json.dumps({"columns": ["mean", "scale", "coef"], "features": rows}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> PassageRanker:
        rows = json.loads(text)["features"]
        names = tuple(rows)
        if names != FEATURES:
            raise ValueError(f"ranker features {names} differ from FEATURES; refit with assistant.evaluation.fit_ranker")
        return cls(
            features=names,
            mean=tuple(float(rows[n][0]) for n in names),
            scale=tuple(float(rows[n][1]) or 1.0 for n in names),
            coef=tuple(float(rows[n][2]) for n in names),
        )


@cache
def shipped_ranker() -> PassageRanker | None:
    """The ranker shipped beside this module, or None when there is none."""
    return PassageRanker.from_json(MODEL_PATH.read_text(encoding="utf-8")) if MODEL_PATH.exists() else None


def rarest(needs: Sequence[Need], count: int = RARE_NEEDS) -> list[Need]:
    """The ``count`` needs of the highest weight (the rarest words of the question)."""
    return sorted(needs, key=lambda n: n.weight, reverse=True)[:count]


def _share(needs: Sequence[Need], terms: frozenset[str]) -> float:
    return sum(1 for n in needs if n.met_by(terms)) / len(needs) if needs else 0.0


def feature_matrix(query: Query, candidates: Sequence[Candidate]) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate, in the hand ranking's order."""
    if not candidates:
        return np.zeros((0, len(FEATURES)))
    passages = [c.passage for c in candidates]
    best_lexical = max(p.lexical for p in passages) or 1.0
    rare = rarest(query.needs)
    cues = set(query.understanding.cues)
    names = set(query.understanding.names)
    expects = query.expects
    asked = str(query.understanding.question_type)
    top_document = passages[0].chunk.doc_id
    rows = []
    for rank, c in enumerate(candidates):
        p = c.passage
        text, quote = p.chunk.text, p.citation.quote
        specific = beyond(query.needs, c.metadata_terms)
        fact_chunk = expects != AnswerKind.ANY and holds_answer_kind(expects, text, query.text)
        kinds = c.records
        row = {
            "score": p.score,
            "rank_inverse": 1.0 / (1 + rank),
            "dense": p.dense,
            "lexical": p.lexical / best_lexical,
            "coverage": p.coverage,
            "specific": coverage(specific, c.chunk_terms),
            "quote_coverage": coverage(query.needs, c.quote_terms | c.metadata_terms),
            "quote_specific": coverage(specific, c.quote_terms),
            "rare": _share(rare, c.chunk_terms),
            "rare_quote": _share(rare, c.quote_terms | c.metadata_terms),
            "cue_quote": len(cues & c.quote_terms) / len(cues) if cues else 0.0,
            "person": float(bool(names) and not names_in(text).isdisjoint(names)),
            "person_quote": float(bool(names) and not names_in(quote).isdisjoint(names)),
            "fact_chunk": float(fact_chunk),
            "fact_quote": float(fact_chunk and p.fits),
            "precise": float(fact_chunk and holds_precise_answer(expects, quote)),
            "no_fact_asked": float(expects == AnswerKind.ANY),
            "record_type": float(asked in kinds),
            "record_other": float(bool(kinds) and asked not in kinds),
            "task": float(query.asks_next_step and states_task(quote)),
            "listing": float(is_agenda_listing(text)),
            "admissible": float(p.admissible),
            "top_document": float(p.chunk.doc_id == top_document),
            "opening": float(p.chunk.char_start == 0),
            "quote_length": len(quote) / 600.0,
            "short": max(0.0, 1.0 - len(text) / 400.0),
        }
        rows.append([row[name] for name in FEATURES])
    return np.asarray(rows, dtype=float)


def candidates_of(
    passages: Sequence[Passage],
    chunk_terms: Callable[[Passage], frozenset[str]],
    metadata_terms: Callable[[Passage], frozenset[str]],
    analyse: Callable[[str], list[str]],
    records: RecordKinds | None = None,
) -> list[Candidate]:
    """The :class:`Candidate` of each passage."""
    kinds = records or {}
    return [
        Candidate(
            passage=p,
            chunk_terms=chunk_terms(p),
            metadata_terms=metadata_terms(p),
            quote_terms=frozenset(analyse(p.citation.quote)),
            records=kinds.get(p.chunk.chunk_id, frozenset()),
        )
        for p in passages
    ]


def reorder(ranker: PassageRanker, query: Query, candidates: Sequence[Candidate], within_top: bool = True) -> list[Passage]:
    """The candidates' passages in the ranker's order (ties keep the hand ranking's order).

    ``within_top``: only the passages of the first candidate's document change places, among the
    slots they hold; the hand ranking's choice of documents, and with it the evidence behind
    abstaining, stays as it was.
    """
    passages = [c.passage for c in candidates]
    if len(candidates) < 2:
        return passages
    scores = ranker.scores(feature_matrix(query, candidates))
    top = passages[0].chunk.doc_id
    slots = [i for i, p in enumerate(passages) if p.chunk.doc_id == top] if within_top else list(range(len(passages)))
    best_first = sorted(slots, key=lambda i: (-scores[i], i))
    ordered = list(passages)
    for slot, i in zip(slots, best_first, strict=True):
        ordered[slot] = passages[i]
    return ordered
