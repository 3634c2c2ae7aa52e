"""The evaluation harness: the hit rule, MRR, the qa loader, and one small end-to-end run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.embedding import Embedder
from assistant.evaluation.baselines import paragraphs
from assistant.evaluation.metrics import (
    MAX_CITATION_CHARS,
    first_hit_rank,
    is_hit,
    outcome,
    summarise,
    threshold_sweep,
    words,
)
from assistant.evaluation.qa import QAFormatError, QAItem, load_qa, load_qa_files
from assistant.settings import Settings

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "corpus-dev"

EVIDENCE = "Die Mitglieder des Ausschusses stimmen einstimmig zu."
"""Distinct words (length ≥ 2): die mitglieder des ausschusses stimmen einstimmig zu → 7."""


def question(
    evidence: str = EVIDENCE, doc_id: str | None = "boerde", kind: str = "decision", qa_id: str = "q1"
) -> QAItem:
    return QAItem(
        id=qa_id, question="Wie wurde abgestimmt?", type=kind, answer="", doc_id=doc_id, evidence=evidence
    )


def test_words_are_lower_cased_without_punctuation_and_short_tokens() -> None:
    assert words("Die  Mitglieder\u00a0stimmen – einstimmig zu. (a)") == {
        "die",
        "mitglieder",
        "stimmen",
        "einstimmig",
        "zu",
    }


def test_hit_needs_half_of_the_evidence_words() -> None:
    item = question()
    assert is_hit("boerde", "Die Mitglieder des Ausschusses stimmen", item)  # 5 of 7
    assert is_hit("boerde", "Mitglieder, Ausschusses, einstimmig, zu", item)  # 4 of 7 ≥ 3.5
    assert not is_hit("boerde", "Die Mitglieder des Rates", item)  # 3 of 7
    assert is_hit("boerde", "DIE MITGLIEDER DES AUSSCHUSSES STIMMEN EINSTIMMIG ZU!", item)


def test_hit_requires_the_gold_document() -> None:
    assert not is_hit("other-doc", EVIDENCE, question())
    assert not is_hit("boerde", EVIDENCE, question(evidence="", doc_id=None, kind="unanswerable"))


def test_hit_rejects_citations_over_the_length_limit_unless_lenient() -> None:
    padding = " füllwort" * 80
    long_text = EVIDENCE + padding
    assert len(" ".join(long_text.split())) > MAX_CITATION_CHARS
    assert not is_hit("boerde", long_text, question())
    assert is_hit("boerde", long_text, question(), max_chars=None)
    # Whitespace runs are collapsed before measuring: a quote padded with line breaks still counts.
    assert is_hit("boerde", EVIDENCE + "\n \u00a0" * 300, question())


def test_first_hit_rank_and_mrr() -> None:
    item = question()
    citations = [("other", EVIDENCE), ("boerde", "nichts davon"), ("boerde", EVIDENCE)]
    assert first_hit_rank(citations, item, k=5) == 3
    assert first_hit_rank(citations, item, k=2) is None
    unanswerable = question(evidence="", doc_id=None, kind="unanswerable", qa_id="q3")
    outcomes = [
        outcome(item, citations, abstained=False, k=5, latency_ms=10.0),  # rank 3
        outcome(question(qa_id="q2"), [("boerde", EVIDENCE)], abstained=False, k=5, latency_ms=20.0),
        outcome(question(qa_id="q4"), [], abstained=True, k=5, latency_ms=30.0),  # miss, false abstention
        outcome(unanswerable, [], abstained=True, k=5, latency_ms=40.0),
    ]
    summary = summarise(outcomes)
    assert summary.answerable == 3 and summary.unanswerable == 1
    assert summary.mrr == pytest.approx((1 / 3 + 1 + 0) / 3)
    assert summary.hit_at_1 == pytest.approx(1 / 3)
    assert summary.hit_at_k == pytest.approx(2 / 3)
    assert summary.doc_hit_at_k == pytest.approx(2 / 3)
    assert summary.abstention == 1.0
    assert summary.false_abstention == pytest.approx(1 / 3)
    assert summary.latency_median_ms == pytest.approx(25.0)


def test_threshold_sweep_counts_weak_evidence_as_abstention() -> None:
    strong = outcome(question(), [], False, 5, None, strength=0.5)
    weak = outcome(question(evidence="", doc_id=None, kind="unanswerable"), [], False, 5, None, strength=0.3)
    rows = threshold_sweep([strong, weak], [0.2, 0.4, 0.6])
    assert [(r.abstention, r.false_abstention) for r in rows] == [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]


def test_paragraphs_split_on_blank_lines_including_no_break_spaces() -> None:
    assert paragraphs("Eins\nzwei\n\n\u00a0\nDrei\n  \nVier") == ["Eins\nzwei", "Drei", "Vier"]


def test_load_qa_reads_records_and_rejects_bad_lines(tmp_path: Path) -> None:
    folder = tmp_path / "corpus-x"
    folder.mkdir()
    good = folder / "qa.jsonl"
    rows = [
        {"id": "a", "question": "Q?", "type": "fact", "answer": "A", "doc_id": "d", "evidence": "E"},
        {"id": "b", "question": "Q?", "type": "unanswerable", "answer": "", "doc_id": None, "evidence": ""},
    ]
    good.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    items = load_qa(good)
    assert [(i.id, i.doc_id, i.answerable, i.origin) for i in items] == [
        ("a", "d", True, "corpus-x"),
        ("b", None, False, "corpus-x"),
    ]
    with pytest.raises(QAFormatError, match="used twice"):
        load_qa_files([good, good])
    bad = folder / "bad.jsonl"
    bad.write_text(json.dumps({"id": "c", "question": "Q?", "type": "opinion"}) + "\n", encoding="utf-8")
    with pytest.raises(QAFormatError, match=r"bad.jsonl:1: unknown type"):
        load_qa(bad)
    bad.write_text(json.dumps({"id": "c", "question": "Q?", "type": "fact", "doc_id": "d"}) + "\n")
    with pytest.raises(QAFormatError, match="needs doc_id and evidence"):
        load_qa(bad)


@pytest.mark.skipif(not (DEV / "qa.jsonl").is_file(), reason="../shared is not present")
def test_loads_the_shared_dev_set() -> None:
    items = load_qa(DEV / "qa.jsonl")
    assert len(items) >= 5
    assert all(i.doc_id for i in items if i.answerable)
    assert all(i.doc_id is None for i in items if not i.answerable)


@pytest.mark.shared
@pytest.mark.skipif(not (DEV / "docs").is_dir(), reason="../shared is not present")
def test_end_to_end_on_a_few_dev_documents(tmp_path: Path, embedder: Embedder) -> None:
    from assistant.evaluation.runner import run_evaluation

    questions = load_qa(DEV / "qa.jsonl")[:5]
    gold = {q.doc_id for q in questions if q.doc_id}
    others = sorted(p for p in (DEV / "docs").glob("*.txt") if p.stem not in gold)[:2]
    paths = [DEV / "docs" / f"{doc_id}.txt" for doc_id in sorted(gold)] + others
    settings = Settings(_env_file=None, data_dir=tmp_path / "store", chroma_url="")  # type: ignore[call-arg]

    report = run_evaluation(settings, paths, questions, top_k=5, embedder=embedder)

    assert {"ratsinfo", "bm25-paragraphs", "langchain-default"} <= {s.name for s in report.systems}
    assert report.ingest.documents == len(paths) and not report.ingest.failures
    assert report.ingest.chunks_embedded == report.ingest.chunks_total > 0
    assert report.missing_gold_docs == []
    for system in report.systems:
        s = system.overall
        assert s.questions == 5
        for rate in (s.hit_at_1, s.hit_at_k, s.lenient_hit_at_k, s.mrr, s.false_abstention):
            assert rate is None or 0.0 <= rate <= 1.0
        assert s.hit_at_1 is not None and s.hit_at_k is not None
        assert s.hit_at_1 <= s.hit_at_k <= (s.lenient_hit_at_k or 0.0) <= (s.doc_hit_at_k or 0.0)
    assert report.system("bm25-paragraphs").overall.false_abstention == 0.0
    assert report.system("ratsinfo").overall.latency_median_ms is not None
    assert len(report.thresholds) == 9
    assert json.dumps(report.as_dict())  # every number serialises

    # A reused store costs no embedding the second time.
    again = run_evaluation(settings, paths, questions, top_k=5, embedder=embedder)
    assert again.ingest.chunks_embedded == 0 and again.ingest.chunks_per_s is None
    assert next(b for b in again.builds if b.name == "langchain-default").embedded == 0
