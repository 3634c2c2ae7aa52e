"""The hit rule and the numbers computed from it: hit@k, MRR, abstention rates, latency.

A citation *hits* a question when it comes from the gold document, is short enough to be a
quote a reader can check (at most :data:`MAX_CITATION_CHARS` characters after collapsing
whitespace) and contains at least half of the gold evidence's distinct words. The *lenient* rule
drops the length limit, so systems that cite whole 1000-character chunks can be compared too.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from assistant.evaluation.qa import QAItem

MAX_CITATION_CHARS = 600
"""Longest citation (whitespace collapsed) that still counts as a precise quote."""

MIN_WORD_SHARE = 0.5
"""Share of the evidence's distinct words a citation must contain."""

_SEPARATORS = re.compile(r"[\W_]+")


def collapse(text: str) -> str:
    """Whitespace runs (no-break spaces and line breaks included) as one space, ends stripped."""
    return " ".join(text.split())


def words(text: str) -> set[str]:
    """Distinct words: NFC, lower-cased, anything but letters and digits separates, length ≥ 2."""
    folded = unicodedata.normalize("NFC", text).lower()
    return {w for w in _SEPARATORS.sub(" ", folded).split() if len(w) >= 2}


def is_hit(doc_id: str, text: str, item: QAItem, max_chars: int | None = MAX_CITATION_CHARS) -> bool:
    """Whether the citation ``(doc_id, text)`` supports ``item``'s gold evidence (see module doc)."""
    if item.doc_id is None or doc_id != item.doc_id:
        return False
    if max_chars is not None and len(collapse(text)) > max_chars:
        return False
    gold = words(item.evidence)
    if not gold:
        return False
    return len(gold & words(text)) >= MIN_WORD_SHARE * len(gold)


def first_hit_rank(
    citations: Sequence[tuple[str, str]], item: QAItem, k: int, max_chars: int | None = MAX_CITATION_CHARS
) -> int | None:
    """1-based rank of the first hitting citation among the first ``k``; None when none hits."""
    for rank, (doc_id, text) in enumerate(citations[:k], start=1):
        if is_hit(doc_id, text, item, max_chars):
            return rank
    return None


def reciprocal_rank(rank: int | None) -> float:
    return 1.0 / rank if rank else 0.0


@dataclass(frozen=True)
class Outcome:
    """What one system did with one question."""

    qa_id: str
    type: str
    origin: str
    answerable: bool
    abstained: bool
    rank: int | None
    """Rank of the first hit under the strict rule (None: no hit in the top k)."""
    lenient_rank: int | None
    """Same without the length limit."""
    doc_rank: int | None
    """Rank of the first citation from the gold document, whatever its text (retrieval vs quoting)."""
    latency_ms: float | None
    first_doc: str = ""
    first_text: str = ""
    strength: float | None = None
    """Evidence strength the answerer saw (ratsinfo only)."""
    style: str = ""
    kind: str = ""
    part: str = ""
    """The question's wording style, unanswerable kind and tune/test half (user-style sets)."""
    premise_contradicted: bool = False
    """The answer said the question's premise is contradicted by the documents (ratsinfo only)."""

    @property
    def handled(self) -> bool:
        """An unanswerable question is handled by abstaining; one with a false premise also by
        saying that the documents contradict it."""
        return self.abstained or (self.kind == "false_premise" and self.premise_contradicted)


def outcome(
    item: QAItem,
    citations: Sequence[tuple[str, str]],
    abstained: bool,
    k: int,
    latency_ms: float | None,
    strength: float | None = None,
    premise_contradicted: bool = False,
) -> Outcome:
    first_doc, first_text = citations[0] if citations else ("", "")
    return Outcome(
        qa_id=item.id,
        type=item.type,
        origin=item.origin,
        answerable=item.answerable,
        abstained=abstained,
        rank=first_hit_rank(citations, item, k) if item.answerable else None,
        lenient_rank=first_hit_rank(citations, item, k, max_chars=None) if item.answerable else None,
        doc_rank=next((r for r, (d, _) in enumerate(citations[:k], start=1) if d == item.doc_id), None),
        latency_ms=latency_ms,
        first_doc=first_doc,
        first_text=collapse(first_text),
        strength=strength,
        style=item.style,
        kind=item.kind,
        part=item.part,
        premise_contradicted=premise_contradicted,
    )


@dataclass(frozen=True)
class Summary:
    """Numbers over a set of outcomes. Rates are None when their denominator is empty."""

    questions: int
    answerable: int
    unanswerable: int
    hit_at_1: float | None
    hit_at_k: float | None
    lenient_hit_at_k: float | None
    doc_hit_at_k: float | None
    """Share of answerable questions with any top-k citation from the gold document."""
    mrr: float | None
    abstention: float | None
    """Share of unanswerable questions the system handled (higher is better): it abstained, or, for a
    false premise, said that the documents contradict it (see :attr:`Outcome.handled`)."""
    false_abstention: float | None
    """Share of answerable questions on which the system abstained (lower is better)."""
    latency_median_ms: float | None
    latency_p95_ms: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _share(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def summarise(outcomes: Sequence[Outcome]) -> Summary:
    """hit@1, hit@k, lenient hit@k and MRR over answerable outcomes; abstention rates; latency."""
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    latencies = [o.latency_ms for o in outcomes if o.latency_ms is not None]
    return Summary(
        questions=len(outcomes),
        answerable=len(answerable),
        unanswerable=len(unanswerable),
        hit_at_1=_share([o.rank == 1 for o in answerable]),
        hit_at_k=_share([o.rank is not None for o in answerable]),
        lenient_hit_at_k=_share([o.lenient_rank is not None for o in answerable]),
        doc_hit_at_k=_share([o.doc_rank is not None for o in answerable]),
        mrr=statistics.fmean(reciprocal_rank(o.rank) for o in answerable) if answerable else None,
        abstention=_share([o.handled for o in unanswerable]),
        false_abstention=_share([o.abstained for o in answerable]),
        latency_median_ms=float(np.median(latencies)) if latencies else None,
        latency_p95_ms=float(np.percentile(latencies, 95)) if latencies else None,
    )


@dataclass(frozen=True)
class ThresholdRow:
    """Abstention if the answerer abstained below ``threshold``."""

    threshold: float
    abstention: float | None
    false_abstention: float | None


def threshold_sweep(outcomes: Sequence[Outcome], thresholds: Sequence[float]) -> list[ThresholdRow]:
    """For each threshold: abstention on unanswerable vs false abstention on answerable questions."""
    rated = [(o.answerable, o.strength) for o in outcomes if o.strength is not None]
    rows = []
    for threshold in thresholds:
        rows.append(
            ThresholdRow(
                threshold=threshold,
                abstention=_share([s < threshold for answerable, s in rated if not answerable]),
                false_abstention=_share([s < threshold for answerable, s in rated if answerable]),
            )
        )
    return rows
