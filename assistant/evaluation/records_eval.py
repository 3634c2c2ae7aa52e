"""Precision and recall of record extraction against the hand-annotated gold set.

``python -m assistant.evaluation.records_eval [--gold FILE] [--docs DIR ...] [--json]``

A predicted record matches a gold record of the same type and document when their quotes
overlap (one-to-one, largest overlap first). Record P/R counts matches; a field's P/R counts
matches whose field is also right (over all predicted resp. all gold records of the type), so a
field score is never higher than its record score.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.records import RecordBase

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO / "tests" / "data" / "gold_records.jsonl"
DEFAULT_DOCS = (
    REPO.parent / "shared" / "corpus-dev" / "docs",
    REPO.parent / "shared" / "corpus-bulk" / "docs",
    REPO / "corpus",
)
TYPES = ("decision", "position", "open_item")


def _surname(name: str) -> str:
    words = name.replace("-", " ").split()
    return words[-1].casefold() if words else ""


def _owner(gold: str, predicted: str) -> bool:
    g, p = gold.casefold(), predicted.casefold()
    return bool(g and p) and (g in p or p in g)


FIELDS: dict[str, dict[str, Callable[[dict[str, Any], RecordBase], bool]]] = {
    "decision": {
        "outcome": lambda g, r: g["outcome"] == getattr(r, "outcome", None),
        "counts": lambda g, r: (
            (g["yes"], g["no"], g["abstain"])
            == (getattr(r, "yes", None), getattr(r, "no", None), getattr(r, "abstain", None))
        ),
        "unanimous": lambda g, r: g["unanimous"] == getattr(r, "unanimous", None),
    },
    "position": {
        "speaker": lambda g, r: _surname(g["person"]) == _surname(getattr(r, "person", "")),
        "stance": lambda g, r: g["stance"] == getattr(r, "stance", None),
    },
    "open_item": {
        "owner": lambda g, r: _owner(g["owner"], getattr(r, "owner", "")),
        "due": lambda g, r: g["due"] == getattr(r, "due", None),
    },
}


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0


def _find(doc_id: str, dirs: Iterable[Path]) -> Path | None:
    for folder in dirs:
        for candidate in sorted(folder.glob(f"{doc_id}.*")):
            return candidate
    return None


def _predicted(doc_id: str, dirs: Iterable[Path]) -> tuple[str, dict[str, list[RecordBase]]]:
    from ingest.documents import build_document
    from ingest.extract import extract_records
    from ingest.readers import read_file

    path = _find(doc_id, dirs)
    if path is None:
        raise FileNotFoundError(f"gold document {doc_id!r} not found")
    document = build_document(path, read_file(path))
    records = extract_records(document)
    by_type: dict[str, list[RecordBase]] = {
        "decision": list(records.decisions),
        "position": list(records.positions),
        "open_item": list(records.open_items),
    }
    return document.text, by_type


def _match(
    gold: list[tuple[int, int, dict[str, Any]]], predicted: list[RecordBase]
) -> list[tuple[dict[str, Any], RecordBase]]:
    candidates = []
    for gi, (start, end, _) in enumerate(gold):
        for pi, record in enumerate(predicted):
            overlap = min(end, record.char_end) - max(start, record.char_start)
            if overlap > 0:
                candidates.append((overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi][2], predicted[pi]))
    return pairs


def evaluate(
    gold_path: Path = DEFAULT_GOLD, dirs: Iterable[Path] = DEFAULT_DOCS
) -> dict[str, dict[str, Score]]:
    dirs = list(dirs)
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = {t: {"record": Score(), **{f: Score() for f in FIELDS[t]}} for t in TYPES}
    for doc_id in sorted({r["doc_id"] for r in rows}):
        text, predicted = _predicted(doc_id, dirs)
        for kind in TYPES:
            gold = []
            for row in (r for r in rows if r["doc_id"] == doc_id and r["type"] == kind):
                start = text.find(row["quote"])
                if start < 0:
                    raise ValueError(f"gold quote not in {doc_id}: {row['quote'][:60]!r}")
                gold.append((start, start + len(row["quote"]), row))
            pairs = _match(gold, predicted[kind])
            for name, score in scores[kind].items():
                score.predicted += len(predicted[kind])
                score.gold += len(gold)
                score.correct += sum(1 for g, r in pairs if name == "record" or FIELDS[kind][name](g, r))
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--docs", type=Path, nargs="*", default=list(DEFAULT_DOCS))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    scores = evaluate(args.gold, args.docs)
    if args.json:
        payload = {
            t: {
                f: {"precision": s.precision, "recall": s.recall, "gold": s.gold, "predicted": s.predicted}
                for f, s in fs.items()
            }
            for t, fs in scores.items()
        }
        print(json.dumps(payload, indent=2))
        return
    print(f"{'type':<10} {'field':<10} {'P':>6} {'R':>6} {'gold':>5} {'pred':>5}")
    for kind, fields in scores.items():
        for name, s in fields.items():
            print(f"{kind:<10} {name:<10} {s.precision:6.2f} {s.recall:6.2f} {s.gold:5d} {s.predicted:5d}")


if __name__ == "__main__":
    main()
