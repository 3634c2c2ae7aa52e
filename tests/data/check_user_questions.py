#!/usr/bin/env python3
"""Check the frozen user-style question set and the follow-up conversations.

Validates tests/data/user_questions.jsonl and tests/data/conversations.jsonl against the
documents in <shared>/corpus-dev/docs, <shared>/corpus-bulk/docs and
<shared>/corpus-records/docs (corpus-eval is deliberately not consulted):

* every line is a JSON object with the required fields and allowed values,
* ids are unique,
* every cited doc_id exists and its evidence is an exact substring of the document body
  (the text after the front-matter line ``---``),
* unanswerable questions carry no doc_id/evidence, except ``false_premise``, which must
  cite the contradicting document,
* the minimum counts of the brief (answerable, unanswerable, per style, per kind,
  distinct documents, conversations and turns) are met.

Standard library only. Exit code 0 when everything passes, 1 otherwise.

    python tests/data/check_user_questions.py [--shared PATH]

A second question set (e.g. tests/data/user_questions_2.jsonl) is checked with its own
minimum counts and without the conversations:

    python tests/data/check_user_questions.py --questions tests/data/user_questions_2.jsonl \
        --min-answerable 110 --min-unanswerable 55 --min-per-style 22 --min-per-kind 11 \
        --min-docs 70 --skip-conversations
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CORPORA = ("corpus-dev", "corpus-bulk", "corpus-records")

TYPES = {"decision", "position", "open_item", "fact", "unanswerable"}
STYLES = {"colloquial", "paraphrase", "keyword", "two_part", "formal"}
KINDS = {"value_not_given", "false_premise", "other_place", "uncovered_topic", "later_event"}
FIELDS = ("id", "question", "type", "style", "answer", "doc_id", "evidence", "unanswerable_kind")
MAX_EVIDENCE = 320

MIN_ANSWERABLE = 130
MIN_UNANSWERABLE = 55
MIN_PER_STYLE = 24
MIN_PER_KIND = 10
MIN_DOCS = 90
MIN_CONVS = 12
MIN_TURNS = 36


def load_bodies(shared: Path) -> dict[str, str]:
    bodies: dict[str, str] = {}
    for corpus in CORPORA:
        folder = shared / corpus / "docs"
        if not folder.is_dir():
            raise SystemExit(f"missing document folder: {folder}")
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lines = text.split("\n")
            try:
                cut = next(i for i, line in enumerate(lines) if line.strip() == "---")
            except StopIteration:
                cut = -1
            bodies[path.stem] = "\n".join(lines[cut + 1:])
    return bodies


def read_jsonl(path: Path, errors: list[str]) -> list[dict]:
    rows = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{no}: invalid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{path.name}:{no}: not a JSON object")
            continue
        rows.append(obj)
    return rows


def check_evidence(where: str, doc_id, evidence, bodies, errors) -> None:
    if doc_id not in bodies:
        errors.append(f"{where}: unknown doc_id {doc_id!r}")
        return
    if not isinstance(evidence, str) or not evidence.strip():
        errors.append(f"{where}: empty evidence for doc {doc_id}")
        return
    if len(evidence) > MAX_EVIDENCE:
        errors.append(f"{where}: evidence longer than {MAX_EVIDENCE} characters ({len(evidence)})")
    if evidence not in bodies[doc_id]:
        errors.append(f"{where}: evidence is not a verbatim substring of {doc_id}: {evidence[:80]!r}")


def check_questions(path: Path, bodies, errors, mins: dict | None = None) -> dict:
    mins = mins or {}
    min_answerable = mins.get("answerable", MIN_ANSWERABLE)
    min_unanswerable = mins.get("unanswerable", MIN_UNANSWERABLE)
    min_per_style = mins.get("per_style", MIN_PER_STYLE)
    min_per_kind = mins.get("per_kind", MIN_PER_KIND)
    min_docs = mins.get("docs", MIN_DOCS)
    rows = read_jsonl(path, errors)
    ids = Counter(r.get("id") for r in rows)
    for dup, n in ids.items():
        if n > 1:
            errors.append(f"{path.name}: duplicate id {dup!r} ({n}x)")
    questions = Counter(r.get("question", "").strip().lower() for r in rows)
    for dup, n in questions.items():
        if n > 1:
            errors.append(f"{path.name}: duplicate question {dup!r}")
    styles, types, kinds, docs = Counter(), Counter(), Counter(), set()
    answerable = unanswerable = 0
    for r in rows:
        where = f"{path.name}:{r.get('id')}"
        missing = [f for f in FIELDS if f not in r]
        if missing:
            errors.append(f"{where}: missing fields {missing}")
            continue
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{where}: empty question")
        if not isinstance(r["answer"], str) or not r["answer"].strip():
            errors.append(f"{where}: empty answer")
        if r["type"] not in TYPES:
            errors.append(f"{where}: bad type {r['type']!r}")
        if r["style"] not in STYLES:
            errors.append(f"{where}: bad style {r['style']!r}")
        types[r["type"]] += 1
        if r["type"] == "unanswerable":
            unanswerable += 1
            kind = r["unanswerable_kind"]
            if kind not in KINDS:
                errors.append(f"{where}: bad unanswerable_kind {kind!r}")
                continue
            kinds[kind] += 1
            if kind == "false_premise":
                check_evidence(where, r["doc_id"], r["evidence"], bodies, errors)
                docs.add(r["doc_id"])
            elif r["doc_id"] is not None or r["evidence"] != "":
                errors.append(f"{where}: unanswerable ({kind}) must have doc_id null and evidence ''")
        else:
            answerable += 1
            styles[r["style"]] += 1
            if r["unanswerable_kind"] is not None:
                errors.append(f"{where}: answerable question with unanswerable_kind")
            check_evidence(where, r["doc_id"], r["evidence"], bodies, errors)
            docs.add(r["doc_id"])
    if answerable < min_answerable:
        errors.append(f"{path.name}: only {answerable} answerable questions (< {min_answerable})")
    if unanswerable < min_unanswerable:
        errors.append(f"{path.name}: only {unanswerable} unanswerable questions (< {min_unanswerable})")
    for style in sorted(STYLES):
        if styles[style] < min_per_style:
            errors.append(f"{path.name}: style {style} has {styles[style]} answerable (< {min_per_style})")
    for kind in sorted(KINDS):
        if kinds[kind] < min_per_kind:
            errors.append(f"{path.name}: kind {kind} has {kinds[kind]} (< {min_per_kind})")
    if len(docs) < min_docs:
        errors.append(f"{path.name}: only {len(docs)} distinct documents (< {min_docs})")
    return {"answerable": answerable, "unanswerable": unanswerable, "styles": styles,
            "types": types, "kinds": kinds, "docs": docs}


def check_conversations(path: Path, bodies, errors) -> dict:
    rows = read_jsonl(path, errors)
    ids = Counter(r.get("id") for r in rows)
    for dup, n in ids.items():
        if n > 1:
            errors.append(f"{path.name}: duplicate id {dup!r}")
    turns_total = 0
    docs = set()
    for r in rows:
        where = f"{path.name}:{r.get('id')}"
        turns = r.get("turns")
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            errors.append(f"{where}: needs 2-4 turns")
            continue
        for i, t in enumerate(turns, 1):
            tw = f"{where} turn {i}"
            turns_total += 1
            for f in ("question", "doc_id", "evidence", "answer"):
                if f not in t:
                    errors.append(f"{tw}: missing field {f}")
            if not str(t.get("question", "")).strip() or not str(t.get("answer", "")).strip():
                errors.append(f"{tw}: empty question or answer")
            if t.get("doc_id") is None:
                if t.get("evidence") != "":
                    errors.append(f"{tw}: unanswerable turn must have evidence ''")
                if i == 1:
                    errors.append(f"{tw}: first turn must be answerable")
            else:
                check_evidence(tw, t.get("doc_id"), t.get("evidence"), bodies, errors)
                docs.add(t["doc_id"])
    if len(rows) < MIN_CONVS:
        errors.append(f"{path.name}: only {len(rows)} conversations (< {MIN_CONVS})")
    if turns_total < MIN_TURNS:
        errors.append(f"{path.name}: only {turns_total} turns (< {MIN_TURNS})")
    return {"conversations": len(rows), "turns": turns_total, "docs": docs}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="folder holding corpus-dev, corpus-bulk, corpus-records (default: ../shared next to the repo)")
    ap.add_argument("--questions", type=Path, default=HERE / "user_questions.jsonl")
    ap.add_argument("--conversations", type=Path, default=HERE / "conversations.jsonl")
    ap.add_argument("--skip-conversations", action="store_true",
                    help="check only the question file (for a second question set)")
    ap.add_argument("--min-answerable", type=int, default=MIN_ANSWERABLE)
    ap.add_argument("--min-unanswerable", type=int, default=MIN_UNANSWERABLE)
    ap.add_argument("--min-per-style", type=int, default=MIN_PER_STYLE)
    ap.add_argument("--min-per-kind", type=int, default=MIN_PER_KIND)
    ap.add_argument("--min-docs", type=int, default=MIN_DOCS)
    args = ap.parse_args(argv)

    bodies = load_bodies(args.shared)
    errors: list[str] = []
    mins = {"answerable": args.min_answerable, "unanswerable": args.min_unanswerable,
            "per_style": args.min_per_style, "per_kind": args.min_per_kind, "docs": args.min_docs}
    q = check_questions(args.questions, bodies, errors, mins)
    c = (None if args.skip_conversations
         else check_conversations(args.conversations, bodies, errors))

    print(f"user_questions: {q['answerable']} answerable, {q['unanswerable']} unanswerable, "
          f"{len(q['docs'])} distinct documents")
    print("  styles (answerable): " + ", ".join(f"{k}={q['styles'][k]}" for k in sorted(STYLES)))
    print("  types: " + ", ".join(f"{k}={q['types'][k]}" for k in sorted(TYPES)))
    print("  unanswerable kinds: " + ", ".join(f"{k}={q['kinds'][k]}" for k in sorted(KINDS)))
    by_corpus = Counter(next((cp for cp in CORPORA if (args.shared / cp / "docs" / f"{d}.txt").exists()), "?")
                        for d in q["docs"])
    print("  documents by corpus: " + ", ".join(f"{k}={v}" for k, v in sorted(by_corpus.items())))
    if c is not None:
        print(f"conversations: {c['conversations']} conversations, {c['turns']} turns, "
              f"{len(c['docs'])} documents")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
