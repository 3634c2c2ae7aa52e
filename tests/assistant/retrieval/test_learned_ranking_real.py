"""The learned passage ranker on real documents: shared dev questions over corpus-dev's 15 documents
(skipped without ../shared). On a fixed set of them it must lead with a hit every time, and never do
worse than the hand-tuned order (``docs/ranking.md``, "The learned passage choice")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from assistant.embedding import Embedder
from assistant.evaluation.metrics import is_hit
from assistant.evaluation.qa import QAItem, load_qa
from assistant.knowledge import KnowledgeBase
from assistant.service import Assistant
from tests.conftest import SHARED, make_settings

QUESTIONS = (
    "dev-004", "dev-005", "dev-006", "dev-007", "dev-008", "dev-009", "dev-010",
    "dev-011", "dev-012", "dev-013", "dev-014", "dev-015", "dev-016", "dev-019", "dev-021", "dev-022",
    "dev-023", "dev-024", "dev-026", "dev-027", "dev-028", "dev-029", "dev-030", "dev-031", "dev-032",
    "dev-033", "dev-034", "dev-036",
)  # fmt: skip
"""The dev questions the learned ranking answered first-hit over all four folders when it was fitted,
less the two it misses over corpus-dev alone (dev-003, which the hand order misses too, and dev-002,
where the smaller store's word statistics let Mewes' passage lead)."""


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[tuple[Assistant, list[QAItem]]]:
    from ingest.pipeline import ingest_paths

    folder = SHARED / "corpus-dev"
    if not (folder / "qa.jsonl").is_file():
        pytest.skip("../shared/corpus-dev is not there")
    items = {q.id: q for q in load_qa(folder / "qa.jsonl")}
    if not all(i in items for i in QUESTIONS):
        pytest.skip("the shared dev questions changed")
    kb = KnowledgeBase(make_settings(tmp_path_factory.mktemp("learned-ranking")), embedder)
    report = ingest_paths(kb, sorted((folder / "docs").glob("*.txt")))
    assert report.ok, report.failures
    yield Assistant(kb.settings, kb), [items[i] for i in QUESTIONS]
    kb.close()


def _first_hits(assistant: Assistant, items: list[QAItem]) -> int:
    hits = 0
    for item in items:
        answer = assistant.ask(item.question, 5, include_private=True)
        first = answer.citations[0] if answer.citations and not answer.abstained else None
        hits += first is not None and is_hit(first.doc_id, first.quote, item)
    return hits


def test_the_learned_ranking_keeps_the_first_hits(dev: tuple[Assistant, list[QAItem]]) -> None:
    """The learned order is opt-in (``RankingWeights.learned``; on questions over unseen documents the hand
    order did better, docs/ranking.md): switched on, it keeps every first hit of the dev questions it was
    fitted on."""
    assistant, items = dev
    retriever = assistant.retriever
    assert retriever.ranker is not None and not retriever.weights.learned
    shipped = retriever.weights
    # the ranker was fitted on quotes that end with their chunk: compared as fitted, without quotes run on
    retriever.weights = replace(shipped, run_on=False)
    try:
        hand = _first_hits(assistant, items)
        retriever.weights = replace(shipped, learned=True, run_on=False)
        learned = _first_hits(assistant, items)
    finally:
        retriever.weights = shipped
    print(f"first hits: learned {learned}, hand {hand} of {len(items)}")
    assert learned == len(items)
    assert learned >= hand
