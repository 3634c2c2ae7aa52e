"""``shared/corpus-eval`` is test material (project brief: never tune to its wording), whatever the hash split
says of a document. No test, rule or lexicon may name one of its documents or quote its sentences: a test built
on an eval sentence tunes the code to that wording. Only ``assistant/evaluation`` (which runs the evaluation
over that folder) may name it. Skipped when ../shared/corpus-eval is absent."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

EVAL_DOCS = SHARED / "corpus-eval" / "docs"

# (folder, suffixes of the text files read there)
SCANNED = (
    ("tests", {".py", ".jsonl", ".json", ".md", ".txt"}),
    ("ingest", {".py", ".json", ".jsonl", ".md", ".txt"}),
    ("assistant", {".py", ".json", ".jsonl", ".md", ".txt"}),
    ("api", {".py", ".json", ".jsonl", ".md", ".txt", ".html", ".js"}),
)
ALLOWED = (REPO / "assistant" / "evaluation",)

RUN = 6
"""Words in a row shared with a corpus-eval document (and with no other shared document) that count as a quote."""

COMMON_WORDING = (
    # an agenda item of the opening of nearly every session
    "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
    # the public display of a draft plan, in the words of the Baugesetzbuch
    "für die Dauer eines Monats öffentlich auszulegen",
)
"""Set formulas that no other shared document happens to hold word for word: no quote of a corpus-eval document."""

KNOWN_EVAL_WORDING: frozenset[str] = frozenset()
"""Files that still quote corpus-eval sentences. None is left: the examples in the comments and docstrings of
ingest/extract that did were replaced by sentences of their own. No file may be added to start doing so."""


def _eval_docs() -> list[Path]:
    if not EVAL_DOCS.is_dir():
        pytest.skip("../shared/corpus-eval is not present")
    docs = sorted(EVAL_DOCS.glob("*.txt"))
    assert docs, "corpus-eval holds no documents"
    return docs


def _short_id(doc_id: str) -> str:
    """The id up to its number or date, as comments cite documents: ``musterstadt-1234``, ``musterdorf-2001-02-03``."""
    parts = doc_id.split("-")
    for i, part in enumerate(parts):
        if part.isdigit():
            is_date = len(part) == 4 and all(p.isdigit() for p in parts[i + 1 : i + 3]) and len(parts) > i + 2
            return "-".join(parts[: i + (3 if is_date else 1)])
    return doc_id


def _scanned_files() -> list[Path]:
    files = []
    for folder, suffixes in SCANNED:
        for path in sorted((REPO / folder).rglob("*")):
            if not path.is_file() or path.suffix not in suffixes or "__pycache__" in path.parts:
                continue
            if any(path.is_relative_to(allowed) for allowed in ALLOWED):
                continue
            files.append(path)
    assert any(path.name == "conftest.py" for path in files)  # the scan reaches the tests
    return files


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@cache
def _eval_runs() -> dict[tuple[str, ...], str]:
    """Runs of RUN words of the corpus-eval texts that no other shared document has (common phrasing is no quote)."""
    runs: dict[tuple[str, ...], str] = {}
    for path in _eval_docs():
        body = path.read_text(encoding="utf-8", errors="replace").split("\n---\n", 1)[-1]
        for run in _runs(_words(body)):
            runs.setdefault(run, path.stem)
    for path in SHARED.glob("corpus-*/docs/*.txt"):
        if path.parent != EVAL_DOCS:
            for run in _runs(_words(path.read_text(encoding="utf-8", errors="replace"))) & runs.keys():
                del runs[run]
    for formula in COMMON_WORDING:
        for run in _runs(_words(formula)) & runs.keys():
            del runs[run]
    return runs


def test_no_test_or_rule_names_a_corpus_eval_document() -> None:
    names = sorted({name for path in _eval_docs() for name in (path.stem, _short_id(path.stem))})
    found = []
    for path in _scanned_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [
            f"{path.relative_to(REPO)}: {name}"
            for name in names
            if re.search(rf"(?<![\w-]){name}(?![\w])", text)
        ]
    assert found == [], "corpus-eval documents named outside assistant/evaluation:\n" + "\n".join(found)


def test_no_test_or_rule_quotes_a_corpus_eval_sentence() -> None:
    runs = _eval_runs()
    found = []
    for path in _scanned_files():
        name = str(path.relative_to(REPO))
        if name in KNOWN_EVAL_WORDING:
            continue
        quoted = _runs(_words(path.read_text(encoding="utf-8", errors="replace"))) & runs.keys()
        found += [f"{name}: „{' '.join(run)}…“ ({runs[run]})" for run in sorted(quoted)[:3]]
    assert found == [], "corpus-eval wording outside assistant/evaluation:\n" + "\n".join(found)


def test_the_short_id_is_what_comments_cite() -> None:
    assert _short_id("abc-1852-kreistag-vertagung") == "abc-1852"
    assert _short_id("abc-lk-4341-schulstandorte") == "abc-lk-4341"
    assert _short_id("abc-2019-09-09-samtgemeinderat") == "abc-2019-09-09"
    assert _short_id("abc-2015-06-25-integrationsanalyse") == "abc-2015-06-25"
    assert _short_id("abc-kreistag-landschaftsplan") == "abc-kreistag-landschaftsplan"


def test_each_common_formula_spans_a_run() -> None:
    assert all(len(_words(formula)) >= RUN for formula in COMMON_WORDING)
