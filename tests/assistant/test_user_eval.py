"""The user-style question set in the evaluation: its fixed tune/test split, its breakdowns by style
and unanswerable kind, and a corrected false premise counting as handled."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.evaluation.metrics import outcome, summarise
from assistant.evaluation.qa import QAItem, load_qa, split_part
from assistant.evaluation.runner import report_for

USER_SET = Path(__file__).resolve().parents[1] / "data" / "user_questions.jsonl"


def test_split_is_fixed_and_by_document() -> None:
    items = load_qa(USER_SET)
    assert {i.part for i in items} == {"tune", "test"}
    by_doc: dict[str, set[str]] = {}
    raw = [json.loads(line) for line in USER_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line, item in zip(raw, items, strict=True):
        if line.get("doc_id"):
            by_doc.setdefault(line["doc_id"], set()).add(item.part)
            assert item.part == split_part(line["doc_id"])
        else:
            assert item.part == split_part(item.id)
    assert all(len(parts) == 1 for parts in by_doc.values())  # one document, one side
    assert split_part("erlangen-5010391-buergerbefragung") == split_part("erlangen-5010391-buergerbefragung")


def test_user_set_carries_style_kind_and_origin() -> None:
    items = load_qa(USER_SET)
    assert {i.origin for i in items} == {"user_questions"}
    assert set(Counter(i.style for i in items)) == {"colloquial", "paraphrase", "keyword", "two_part", "formal"}
    kinds = {i.kind for i in items if not i.answerable}
    assert kinds == {"value_not_given", "false_premise", "other_place", "uncovered_topic", "later_event"}
    assert all(i.doc_id is None for i in items if not i.answerable)  # a false premise has no gold answer


def _item(qa_id: str, kind: str, part: str = "tune", style: str = "colloquial") -> QAItem:
    return QAItem(
        id=qa_id, question="?", type="unanswerable", answer="", doc_id=None, evidence="",
        origin="user_questions", style=style, kind=kind, part=part,
    )  # fmt: skip


def test_corrected_false_premise_counts_as_handled_only_for_false_premises() -> None:
    premise = outcome(_item("a", "false_premise"), [("d", "x")], False, 5, 1.0, premise_contradicted=True)
    later = outcome(_item("b", "later_event"), [("d", "x")], False, 5, 1.0, premise_contradicted=True)
    assert premise.handled and not later.handled
    assert summarise([premise, later]).abstention == 0.5


def test_report_breaks_user_questions_down_by_part_style_and_kind() -> None:
    outcomes = [
        outcome(_item("a", "false_premise", "tune"), [], True, 5, 1.0),
        outcome(_item("b", "other_place", "test", "keyword"), [], False, 5, 1.0),
    ]
    report = report_for("ratsinfo", outcomes)
    assert report.by_kind["all/all"].abstention == 0.5
    assert report.by_kind["tune/false_premise"].abstention == 1.0
    assert report.by_kind["test/other_place"].abstention == 0.0
    assert set(report.by_style) >= {"all/colloquial", "tune/colloquial", "test/keyword", "test/all"}
