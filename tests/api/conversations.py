"""Multi-turn conversations of tests/data/conversations.jsonl, asked turn by turn and scored.

A turn counts as answered right when one of the answer's citations comes from the gold document and
holds at least half of the gold evidence's words (``assistant.evaluation.metrics.is_hit``); a turn
without a gold document counts when the assistant abstained. With history, each turn gets the
earlier questions and the citations of the assistant's own earlier answers (what the chat page sends
back), never the gold ones.

    python -m tests.api.conversations [--store DIR] [--shared ../shared] [--verbose]

Without ``--store`` (or with an empty one) the three shared folders are ingested first.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assistant.conversation import PriorCitation, Turn
from assistant.evaluation.metrics import is_hit
from assistant.evaluation.qa import QAItem
from assistant.models import Answer
from assistant.service import Assistant
from assistant.settings import Settings

CONVERSATIONS = Path(__file__).resolve().parents[1] / "data" / "conversations.jsonl"
SHARED = Path(__file__).resolve().parents[3] / "shared"
DOC_FOLDERS = ("corpus-dev", "corpus-bulk", "corpus-records")
"""Where the conversations' documents lie in ../shared (what the conversations were written on)."""


@dataclass(frozen=True)
class TurnResult:
    conversation: str
    question: str
    gold_doc: str | None
    right: bool
    abstained: bool
    cited: str


def load_conversations(path: Path = CONVERSATIONS) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prior(answer: Answer) -> tuple[PriorCitation, ...]:
    if answer.abstained:
        return ()
    return tuple(
        PriorCitation(c.doc_id, c.municipality, c.body, c.date, c.agenda_item) for c in answer.citations
    )


def is_right(answer: Answer, turn: dict[str, object], ident: str) -> bool:
    doc_id = turn.get("doc_id")
    if doc_id is None:
        return answer.abstained
    if answer.abstained:
        return False
    item = QAItem(ident, str(turn["question"]), "fact", "", str(doc_id), str(turn["evidence"]))
    return any(is_hit(c.doc_id, c.quote, item) for c in answer.citations)


def run(assistant: Assistant, with_history: bool, top_k: int = 5) -> list[TurnResult]:
    results: list[TurnResult] = []
    for conversation in load_conversations():
        history: list[Turn] = []
        ident = str(conversation["id"])
        for number, turn in enumerate(conversation["turns"]):  # type: ignore[attr-defined]
            question = str(turn["question"])
            if with_history:
                answer = assistant.ask_followup(question, history, top_k)
            else:
                answer = assistant.ask(question, top_k)
            results.append(
                TurnResult(
                    ident,
                    question,
                    turn.get("doc_id"),
                    is_right(answer, turn, f"{ident}-{number}"),
                    answer.abstained,
                    answer.citations[0].doc_id if answer.citations and not answer.abstained else "",
                )
            )
            history.append(Turn(question, prior(answer)))
    return results


def summary(results: list[TurnResult]) -> dict[str, object]:
    answerable = [r for r in results if r.gold_doc]
    unanswerable = [r for r in results if not r.gold_doc]
    follow_ups = [r for r in results if not _first(r, results)]
    return {
        "turns": len(results),
        "right": sum(r.right for r in results),
        "answerable_right": f"{sum(r.right for r in answerable)}/{len(answerable)}",
        "unanswerable_abstained": f"{sum(r.right for r in unanswerable)}/{len(unanswerable)}",
        "follow_ups_right": f"{sum(r.right for r in follow_ups)}/{len(follow_ups)}",
    }


def _first(result: TurnResult, results: list[TurnResult]) -> bool:
    return next(r for r in results if r.conversation == result.conversation) is result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, help="data dir holding the shared documents (default: a new one)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="where corpus-dev/-bulk/-records lie")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    from tests.conftest import make_settings

    with tempfile.TemporaryDirectory(prefix="ratsinfo-conversations-") as scratch:
        store = args.store or Path(scratch)
        if not (store / "ratsinfo.sqlite3").exists():
            _ingest(make_settings(store), args.shared)
        _report(Assistant(make_settings(store)), args.verbose)


def _ingest(settings: Settings, shared: Path) -> None:
    from assistant.knowledge import KnowledgeBase
    from ingest.pipeline import ingest_paths

    kb = KnowledgeBase(settings)
    try:
        report = ingest_paths(kb, [shared / folder / "docs" for folder in DOC_FOLDERS])
        if not report.ok:
            raise SystemExit(f"ingest failed: {report.failures}")
    finally:
        kb.close()


def _report(assistant: Assistant, verbose: bool) -> None:
    for with_history in (False, True):
        results = run(assistant, with_history)
        print("history" if with_history else "baseline", json.dumps(summary(results), ensure_ascii=False))
        if verbose:
            for r in results:
                mark = "✓" if r.right else "✗"
                print(f"  {mark} {r.conversation} {r.question[:60]!r} gold={r.gold_doc} cited={r.cited}")
    assistant.kb.close()


if __name__ == "__main__":
    main()
