"""Precision and recall of record extraction against hand-annotated gold records.

``python -m assistant.evaluation.records_eval [--gold FILE ...] [--docs DIR ...] [--json] [--misses]``

Without ``--gold`` it scores the project's own gold, both halves of the shared development set
(``corpus-records``) and both halves of the bulk gold (``tests/data/records_bulk/*.jsonl``, minutes
of ``corpus-bulk``). Each of the two is split by document into a *tune* half (rules may be written
on it) and a *test* half (only measured): ``tune``/``test`` and ``bulk-tune``/``bulk-test``. The
split is a hash of the doc id, so it never depends on what the documents contain and stays fixed
as documents are added. The synthetic gold (``tests/data/records_synth/records_{a,b}.jsonl``,
fictional minutes of two blind writers) is tune material as a whole: ``synth-a`` and ``synth-b``.
After the tables, ``all tune`` and ``all test`` sum both tune halves and both test halves, and
``all synth`` the two synthetic sets.

Two gold formats are read: the guide's (``evidence``, ``evidence_alt``, ``alt``, ``optional``,
``annotated_doc``) and the project's older one (``quote``). A system record matches a gold record
of the same type and document when its quote holds at least half of the words (longer than two
characters) of the gold evidence or of one of its alternative passages. Matching is one-to-one
and of maximum size; required gold is matched first, then optional gold with what is left, and
records matched to optional gold count neither way. Precision counts only documents the gold
declares exhaustively annotated (all documents of a file without ``annotated_doc`` lines).
A field is right when the system value is the gold value or one of its ``alt`` values; field
accuracy is over matched records.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.evaluation.records_gold import (
    SPLITS,
    TYPES,
    Gold,
    GoldRecord,
    load_gold,
    load_gold_files,
    split_of,
)
from assistant.models import RecordBase

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
DEFAULT_GOLD = REPO / "tests" / "data" / "gold_records.jsonl"
RECORDS_GOLD = SHARED / "corpus-records" / "records.jsonl"
BULK_GOLD = REPO / "tests" / "data" / "records_bulk"
SYNTH_GOLD = REPO / "tests" / "data" / "records_synth"
SYNTH_SETS = {"synth-a": SYNTH_GOLD / "records_a.jsonl", "synth-b": SYNTH_GOLD / "records_b.jsonl"}
DEFAULT_DOCS = (
    SHARED / "corpus-records" / "docs",
    SHARED / "corpus-dev" / "docs",
    SHARED / "corpus-bulk" / "docs",
    REPO / "corpus",
    SYNTH_GOLD / "docs",
)
HELD_OUT_SETS = ("test", "bulk-test")
"""Default sets that are only measured: their misses are never listed."""
COMBINED = {
    "all tune": ("tune", "bulk-tune"),
    "all test": ("test", "bulk-test"),
    "all synth": tuple(SYNTH_SETS),
}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2}


def coverage(quote: str, evidence: str) -> float:
    """Share of the evidence's words (longer than two characters) the quote holds."""
    wanted = _words(evidence)
    if not wanted:
        return 1.0 if evidence.strip() and evidence.strip() in quote else 0.0
    return len(wanted & _words(quote)) / len(wanted)


def best_coverage(record: RecordBase, gold: GoldRecord) -> float:
    return max(coverage(record.quote, evidence) for evidence in gold.evidence)


def _max_matching(edges: dict[int, list[int]], free: set[int]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths): gold index → predicted index."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges.get(g, []):
            if p in seen or p not in free:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in edges:
        augment(g, set())
    return {g: p for p, g in owner.items()}


def match(
    gold: list[GoldRecord], predicted: list[RecordBase]
) -> tuple[list[tuple[GoldRecord, RecordBase]], set[int]]:
    """Matched (gold, record) pairs of required gold, and the indices of records matched to optional gold.
    A gold record tries the records that cover its evidence best first, and among equal cover those whose
    fields agree with it (two positions quoting one sentence with two stances pair with the gold by stance)."""
    edges: dict[int, list[int]] = {}
    for gi, g in enumerate(gold):
        scored = [(best_coverage(r, g), _agreement(g, r), -pi) for pi, r in enumerate(predicted)]
        edges[gi] = [-neg for cov, _, neg in sorted(scored, reverse=True) if cov >= 0.5]
    everything = set(range(len(predicted)))
    required = _max_matching({g: e for g, e in edges.items() if not gold[g].optional}, everything)
    left = everything - set(required.values())
    optional = _max_matching({g: e for g, e in edges.items() if gold[g].optional}, left)
    return [(gold[g], predicted[p]) for g, p in required.items()], set(optional.values())


def _agreement(gold: GoldRecord, record: RecordBase) -> int:
    return sum(1 for right in FIELDS.get(gold.kind, {}).values() if right(gold, record))


def _surname(name: Any) -> str:
    words = str(name or "").replace("-", " ").split()
    return words[-1].casefold() if words else ""


def _same_owner(gold: Any, predicted: Any) -> bool:
    g, p = str(gold or "").casefold(), str(predicted or "").casefold()
    return bool(g and p) and (g in p or p in g or _surname(g) == _surname(p))


def _as_date(text: str) -> str:
    if found := re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text):
        day, month, year = found.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text


def _same_due(gold: Any, predicted: Any) -> bool:
    g, p = _as_date(str(gold or "")).casefold().strip(), _as_date(str(predicted or "")).casefold().strip()
    if not g or not p:
        return g == p
    return g in p or p in g


def _equal(gold: Any, predicted: Any) -> bool:
    return bool(gold == predicted)


def _counts(g: GoldRecord, r: RecordBase) -> bool:
    return all(g.accepts(k, getattr(r, k, None), _equal) for k in ("yes", "no", "abstain"))


FIELDS: dict[str, dict[str, Callable[[GoldRecord, RecordBase], bool]]] = {
    "decision": {
        "outcome": lambda g, r: g.accepts("outcome", getattr(r, "outcome", None), _equal),
        "counts": _counts,
        "unanimous": lambda g, r: g.accepts("unanimous", getattr(r, "unanimous", None), _equal),
    },
    "position": {
        "speaker": lambda g, r: g.accepts(
            "person", getattr(r, "person", ""), lambda a, b: _surname(a) == _surname(b)
        ),
        "stance": lambda g, r: g.accepts("stance", getattr(r, "stance", None), _equal),
    },
    "open_item": {
        "owner": lambda g, r: g.accepts("owner", getattr(r, "owner", ""), _same_owner),
        "due": lambda g, r: g.accepts("due", getattr(r, "due", None), _same_due),
    },
}


@dataclass
class Score:
    """Counts of one record type (or of one field of it: ``correct`` = matched and right)."""

    predicted: int = 0
    gold: int = 0
    correct: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def accuracy(self) -> float:
        """Share of matched records whose field is right."""
        return self.correct / self.matched if self.matched else 1.0


@dataclass
class Miss:
    doc_id: str
    kind: str
    what: str
    """``missed`` (gold not found), ``spurious`` (no gold) or ``wrong FIELD``."""
    text: str
    detail: str = ""


@dataclass
class Result:
    scores: dict[str, dict[str, Score]]
    misses: list[Miss] = field(default_factory=list)


def _find(doc_id: str, dirs: Iterable[Path]) -> Path | None:
    for folder in dirs:
        for candidate in sorted(folder.glob(f"{doc_id}.*")):
            return candidate
    return None


def _predicted(doc_id: str, dirs: Iterable[Path]) -> dict[str, list[RecordBase]]:
    from ingest.documents import build_document
    from ingest.extract import extract_records
    from ingest.readers import read_file

    path = _find(doc_id, dirs)
    if path is None:
        raise FileNotFoundError(f"gold document {doc_id!r} not found")
    records = extract_records(build_document(path, read_file(path)))
    by_type: dict[str, list[RecordBase]] = {
        "decision": list(records.decisions),
        "position": list(records.positions),
        "open_item": list(records.open_items),
    }
    return by_type


def _detail(kind: str, values: Any) -> str:
    keys = {"decision": ("outcome", "unanimous", "yes", "no", "abstain"), "position": ("person", "stance")}
    names = keys.get(kind, ("owner", "due"))
    get = values.get if isinstance(values, dict) else lambda k: getattr(values, k, None)
    return " ".join(f"{k}={get(k)!r}" for k in names)


def evaluate(gold: Gold | Path = DEFAULT_GOLD, dirs: Iterable[Path] = DEFAULT_DOCS) -> Result:
    """Scores of the extractor on every document of ``gold``."""
    gold = load_gold(gold) if isinstance(gold, Path) else gold
    dirs = list(dirs)
    result = Result({t: {"record": Score(), **{f: Score() for f in FIELDS[t]}} for t in TYPES})
    for doc_id in sorted(gold.doc_ids):
        predicted = _predicted(doc_id, dirs)
        for kind in TYPES:
            golds = [g for g in gold.records if g.doc_id == doc_id and g.kind == kind]
            pairs, to_optional = match(golds, predicted[kind])
            counted = (
                [r for i, r in enumerate(predicted[kind]) if i not in to_optional]
                if doc_id in gold.exhaustive
                else [r for _, r in pairs]
            )
            required = [g for g in golds if not g.optional]
            for name, score in result.scores[kind].items():
                score.predicted += len(counted)
                score.gold += len(required)
                score.matched += len(pairs)
                score.correct += sum(1 for g, r in pairs if name == "record" or FIELDS[kind][name](g, r))
            result.misses.extend(_misses(doc_id, kind, required, counted, pairs))
    return result


def _misses(
    doc_id: str,
    kind: str,
    required: list[GoldRecord],
    counted: list[RecordBase],
    pairs: list[tuple[GoldRecord, RecordBase]],
) -> list[Miss]:
    found = {id(g) for g, _ in pairs}
    used = {id(r) for _, r in pairs}
    out = [
        Miss(doc_id, kind, "missed", g.evidence[0], _detail(kind, g.values))
        for g in required
        if id(g) not in found
    ]
    out += [Miss(doc_id, kind, "spurious", r.quote, _detail(kind, r)) for r in counted if id(r) not in used]
    for g, r in pairs:
        for name, right in FIELDS[kind].items():
            if not right(g, r):
                detail = f"gold {_detail(kind, g.values)} | got {_detail(kind, r)}"
                out.append(Miss(doc_id, kind, f"wrong {name}", r.quote, detail))
    return out


def halves(gold: Gold, prefix: str = "") -> dict[str, Gold]:
    """``gold`` split into its tune and test half by :func:`split_of`; set names get ``prefix``."""
    return {f"{prefix}{half}": gold.only({d for d in gold.doc_ids if split_of(d) == half}) for half in SPLITS}


def bulk_gold_files(folder: Path | None = None) -> list[Path]:
    folder = folder or BULK_GOLD
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def default_sets() -> dict[str, Gold]:
    """The project's own gold, both halves of corpus-records (where ``shared/`` is present) and both
    halves of the bulk gold (where any file of it is present), and the synthetic sets (whole: they
    are tune material)."""
    sets = {"project": load_gold(DEFAULT_GOLD)}
    if RECORDS_GOLD.is_file():
        sets.update(halves(load_gold(RECORDS_GOLD)))
    if bulk := bulk_gold_files():
        sets.update(halves(load_gold_files(bulk), "bulk-"))
    sets.update({name: load_gold(path) for name, path in SYNTH_SETS.items() if path.is_file()})
    return sets


def held_out_docs(sets: dict[str, Gold]) -> set[str]:
    """Documents of the default sets that are only measured: the test halves of corpus-records and
    of the bulk gold, whichever sets are shown."""
    every = default_sets() | sets
    return {d for name in HELD_OUT_SETS if name in every for d in every[name].doc_ids}


def _held_out(doc_id: str, held: set[str]) -> bool:
    """True for a test-half document: measured, never inspected (also when a project or ``--gold``
    file holds it)."""
    return doc_id in held or (
        split_of(doc_id) == "test" and (SHARED / "corpus-records" / "docs" / f"{doc_id}.txt").is_file()
    )


def combined(results: dict[str, Result]) -> dict[str, dict[str, dict[str, Score]]]:
    """``all tune`` / ``all test`` / ``all synth``: the scores of the tune halves, of the test halves and
    of the synthetic sets summed, for the ones among ``results``."""
    out = {}
    for name, parts in COMBINED.items():
        present = [results[p].scores for p in parts if p in results]
        if present:
            out[name] = {
                kind: {f: _sum([s[kind][f] for s in present]) for f in present[0][kind]} for kind in TYPES
            }
    return out


def _sum(scores: list[Score]) -> Score:
    return Score(*(sum(getattr(s, k) for s in scores) for k in ("predicted", "gold", "correct", "matched")))


def _line(name: str, scores: dict[str, dict[str, Score]]) -> str:
    """One line per record type: P / R of records and the accuracy of each field."""
    parts = []
    for kind, fields in scores.items():
        record = fields["record"]
        accs = " ".join(f"{f} {s.accuracy:.2f}" for f, s in fields.items() if f != "record")
        parts.append(f"{kind} P {record.precision:.2f} R {record.recall:.2f} ({accs})")
    return f"== {name}: " + " | ".join(parts)


def _payload(scores: dict[str, dict[str, Score]]) -> dict[str, Any]:
    return {
        t: {
            f: {
                "precision": s.precision,
                "recall": s.recall,
                "accuracy": s.accuracy,
                "gold": s.gold,
                "predicted": s.predicted,
            }
            for f, s in fs.items()
        }
        for t, fs in scores.items()
    }


def _table(name: str, scores: dict[str, dict[str, Score]]) -> str:
    lines = [f"== {name}", f"{'type':<10} {'field':<10} {'P':>6} {'R':>6} {'acc':>6} {'gold':>5} {'pred':>5}"]
    for kind, fields in scores.items():
        for fname, s in fields.items():
            acc = "" if fname == "record" else f"{s.accuracy:6.2f}"
            lines.append(
                f"{kind:<10} {fname:<10} {s.precision:6.2f} {s.recall:6.2f} {acc:>6} {s.gold:5d} {s.predicted:5d}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="*", help="gold files (default: project gold + tune/test)")
    parser.add_argument("--docs", type=Path, nargs="*", default=list(DEFAULT_DOCS))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list misses (never of a test half)")
    parser.add_argument(
        "--sets",
        nargs="*",
        help="only these of the default sets (project, tune, test, bulk-tune, bulk-test, synth-a, synth-b), e.g. --sets project tune bulk-tune",
    )
    args = parser.parse_args(argv)
    sets = {str(p): load_gold(p) for p in args.gold} if args.gold else default_sets()
    if args.sets:
        sets = {name: gold for name, gold in sets.items() if name in args.sets}
    results = {name: evaluate(gold, args.docs) for name, gold in sets.items()}
    totals = combined(results)
    if args.json:
        payload = {name: _payload(result.scores) for name, result in results.items()}
        print(json.dumps(payload | {name: _payload(scores) for name, scores in totals.items()}, indent=2))
        return
    held = held_out_docs(sets)
    for name, result in results.items():
        print(_table(name, result.scores))
        if args.misses and name not in HELD_OUT_SETS:
            for m in (m for m in result.misses if not _held_out(m.doc_id, held)):
                print(f"  [{m.what}] {m.kind} {m.doc_id}: {' '.join(m.text.split())[:220]!r} {m.detail}")
    for name, scores in totals.items():
        print(_line(name, scores))


if __name__ == "__main__":
    main()
