"""The frozen evaluation sets under tests/data stay valid against the shared documents: every
evidence passage is verbatim in its document's body, every value is in the guide's vocabulary and
every annotated document's counts match its records. A set that drifted from its documents would
score the system against passages that are not there. Skipped without ../shared."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CHECKER = SHARED / "corpus-records" / "check_records.py"

pytestmark = pytest.mark.skipif(not CHECKER.exists(), reason="needs ../shared")

COUNT_KEY = {"decision": "decisions", "position": "positions", "open_item": "open_items"}


def checker() -> ModuleType:
    """The shared set's own checker, for its vocabularies and value rules."""
    spec = importlib.util.spec_from_file_location("check_records", CHECKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_of(path: Path) -> str:
    _head, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
    assert sep, f"{path.name} has no front matter"
    return body


def problems_of(records_file: Path, docs: Path) -> list[str]:
    rules = checker()
    lines = [json.loads(line) for line in records_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems: list[str] = []
    counted: Counter[tuple[str, str]] = Counter()
    declared: dict[str, dict[str, Any]] = {}
    for number, record in enumerate(lines, 1):
        where = f"{records_file.name}:{number}"
        kind = record.get("type")
        if kind == "annotated_doc":
            declared[record["doc_id"]] = record
            continue
        if kind not in rules.FIELDS:
            problems.append(f"{where}: unknown type {kind!r}")
            continue
        missing = [f for f in rules.FIELDS[kind] if f not in record]
        unknown = [f for f in record if f not in rules.FIELDS[kind] + rules.EXTRA]
        if missing or unknown:
            problems.append(f"{where}: missing {missing}, unknown {unknown}")
        path = docs / f"{record['doc_id']}.txt"
        if not path.exists():
            problems.append(f"{where}: no document {record['doc_id']}")
            continue
        body = body_of(path)
        for passage in [record["evidence"], *record.get("evidence_alt", [])]:
            if not passage or passage not in body:
                problems.append(f"{where}: evidence not verbatim in {record['doc_id']}: {passage[:60]!r}")
        for field in rules.FIELDS[kind]:
            message = rules.value_problem(kind, field, record.get(field))
            if message:
                problems.append(f"{where}: {message}")
        for field, values in record.get("alt", {}).items():
            problems.extend(f"{where}: alt {m}" for v in values if (m := rules.value_problem(kind, field, v)))
        counted[(record["doc_id"], COUNT_KEY[kind])] += 1
    for doc_id, line in declared.items():
        for key in COUNT_KEY.values():
            if line[key] != counted[(doc_id, key)]:
                problems.append(f"{doc_id}: annotated_doc says {line[key]} {key}, the file has {counted[(doc_id, key)]}")
    undeclared = {doc for doc, _ in counted} - set(declared)
    problems.extend(f"{doc}: records without an annotated_doc line" for doc in sorted(undeclared))
    return problems


SYNTH = DATA / "records_synth"
GOLD_SETS = [(path, SHARED / "corpus-bulk" / "docs") for path in sorted((DATA / "records_bulk").glob("*.jsonl"))] + [
    (path, SYNTH / "docs") for path in sorted(SYNTH.glob("records_*.jsonl"))
]
"""Each project-made gold file with the folder of its documents: the bulk gold over ``corpus-bulk``, the
synthetic gold over its own fictional minutes (whose ``source: synthetic`` header the shared checker rejects)."""


@pytest.mark.parametrize(("records_file", "docs"), GOLD_SETS, ids=lambda p: p.name)
def test_project_records_gold_is_verbatim_and_in_the_guides_vocabulary(records_file: Path, docs: Path) -> None:
    assert problems_of(records_file, docs) == []


def test_both_synthetic_gold_files_are_checked() -> None:
    assert {p.name for p, _ in GOLD_SETS if p.parent == SYNTH} == {"records_a.jsonl", "records_b.jsonl"}


def test_the_shared_records_gold_passes_the_same_check() -> None:
    """The check itself is the shared set's: on the shared gold it finds nothing."""
    assert problems_of(SHARED / "corpus-records" / "records.jsonl", SHARED / "corpus-records" / "docs") == []


@pytest.mark.parametrize(("source", "docs"), [GOLD_SETS[0], GOLD_SETS[-1]], ids=["bulk", "synthetic"])
def test_the_check_finds_a_passage_that_is_not_verbatim(tmp_path: Path, source: Path, docs: Path) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if '"type": "decision"' in line)
    broken = json.loads(lines[first])
    broken["evidence"] = broken["evidence"] + " (nicht im Text)"
    broken["outcome"] = "durchgewunken"
    lines[first] = json.dumps(broken, ensure_ascii=False)
    copy = tmp_path / source.name
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = problems_of(copy, docs)
    assert any("not verbatim" in p for p in found) and any("durchgewunken" in p for p in found)


SECOND_SET = (
    "--questions", str(DATA / "user_questions_2.jsonl"), "--min-answerable", "110", "--min-unanswerable", "55",
    "--min-per-style", "22", "--min-per-kind", "11", "--min-docs", "70", "--skip-conversations",
)  # fmt: skip
THIRD_SET = (
    "--questions", str(DATA / "user_questions_3.jsonl"), "--min-answerable", "150", "--min-unanswerable", "75",
    "--min-per-style", "30", "--min-per-kind", "15", "--min-docs", "100", "--skip-conversations",
)  # fmt: skip
FOURTH_SET = (
    "--questions", str(DATA / "user_questions_4.jsonl"), "--min-answerable", "120", "--min-unanswerable", "60",
    "--min-per-style", "24", "--min-per-kind", "12", "--min-docs", "90", "--skip-conversations",
)  # fmt: skip


@pytest.mark.parametrize(
    "options",
    [(), SECOND_SET, THIRD_SET, FOURTH_SET],
    ids=["set 1 and conversations", "set 2", "set 3", "set 4"],
)
def test_user_question_sets_pass_their_checker(options: tuple[str, ...]) -> None:
    result = subprocess.run(
        [sys.executable, str(DATA / "check_user_questions.py"), "--shared", str(SHARED), *options],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
