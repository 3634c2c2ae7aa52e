"""``ratsinfo eval``: the assistant against two baselines on question/answer sets, as tables or JSON.

Registered by ``api/cli.py``; also runnable as ``python -m assistant.evaluation.cli``.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from assistant.errors import RatsinfoError
from assistant.evaluation.metrics import Summary
from assistant.evaluation.qa import QAItem, load_qa_files
from assistant.evaluation.runner import EvalReport, run_evaluation
from assistant.settings import Settings

console = Console(width=max(Console().width, 170))
errors = Console(stderr=True)

MISS_TEXT_CHARS = 160


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _summary_cells(s: Summary) -> list[str]:
    return [
        str(s.answerable),
        _rate(s.hit_at_1),
        _rate(s.hit_at_k),
        _rate(s.lenient_hit_at_k),
        _rate(s.doc_hit_at_k),
        _rate(s.mrr),
        f"{_rate(s.abstention)} ({s.unanswerable})",
        _rate(s.false_abstention),
        _ms(s.latency_median_ms),
        _ms(s.latency_p95_ms),
    ]


def _summary_table(title: str, first: Sequence[str], k: int) -> Table:
    return Table(
        *first,
        "answerable",
        "hit@1",
        f"hit@{k}",
        f"lenient hit@{k}",
        f"gold doc@{k}",
        "MRR",
        "abstain on unanswerable (n)",
        "false abstain",
        "median ms",
        "p95 ms",
        title=title,
    )


def render(report: EvalReport, questions: Sequence[QAItem], show_misses: bool, out: Console) -> None:
    """All tables of a report, for people."""
    ing = report.ingest
    columns = ("step", "documents / units", "embedded", "seconds", "chunks/s", "bare model chunks/s", "ratio")
    table = Table(*columns, title=f"Indexing (model {report.model})")
    table.add_row(
        "ratsinfo ingest",
        f"{ing.documents} docs, {ing.chunks_total} chunks",
        str(ing.chunks_embedded),
        f"{ing.seconds:.1f}",
        _rate(ing.chunks_per_s),
        f"{_rate(ing.bare_chunks_per_s)} ({ing.bare_chunks} texts, {ing.bare_seconds:.1f} s)",
        _rate(ing.ratio),
    )
    for build in report.builds:
        table.add_row(
            build.name, f"{build.units} units", str(build.embedded), f"{build.seconds:.1f}", "", "", ""
        )
    out.print(table)
    if ing.failures:
        failed = "; ".join(f"{path}: {reason}" for path, reason in ing.failures)
        out.print(f"[yellow]{len(ing.failures)} file(s) failed to ingest[/yellow]: {failed}")
    if report.missing_gold_docs:
        out.print(f"[yellow]gold documents not among --docs[/yellow]: {', '.join(report.missing_gold_docs)}")

    k = report.top_k
    overall = _summary_table(f"Systems ({report.questions} questions, top {k})", ["system"], k)
    for system in report.systems:
        name = f"[dim]{system.name}[/dim]" if system.diagnostic else system.name
        overall.add_row(name, *_summary_cells(system.overall))
    out.print(overall)

    for attribute, label in (("by_type", "type"), ("by_origin", "question set")):
        table = _summary_table(f"By {label}", ["system", label], k)
        for system in report.systems:
            if system.diagnostic:
                continue
            for key, summary in getattr(system, attribute).items():
                table.add_row(system.name, key, *_summary_cells(summary))
            table.add_section()
        out.print(table)

    for table in user_tables(report, k):
        out.print(table)
    title = f"Abstention trade-off (ratsinfo; current answer_min_score {report.min_score:.2f})"
    trade = Table("threshold", "abstain on unanswerable", "false abstain on answerable", title=title)
    for row in report.thresholds:
        trade.add_row(f"{row.threshold:.2f}", _rate(row.abstention), _rate(row.false_abstention))
    out.print(trade)
    if show_misses:
        out.print(misses_table(report, questions))


def user_tables(report: EvalReport, k: int) -> list[Table]:
    """The user-style set per part (all, tune, test) and style, and its unanswerable questions per
    kind ("abstain" counts a corrected false premise as handled)."""
    system = report.system("ratsinfo")
    tables = []
    for attribute, label in (("by_style", "style"), ("by_kind", "unanswerable kind")):
        summaries: dict[str, Summary] = getattr(system, attribute)
        if not summaries:
            continue
        table = _summary_table(f"User-style questions (ratsinfo) by {label}", ["part", label], k)
        part = ""
        for key, summary in summaries.items():
            here, value = key.split("/", 1)
            if part and here != part:
                table.add_section()
            part = here
            table.add_row(here, value, *_summary_cells(summary))
        tables.append(table)
    return tables


def misses_table(report: EvalReport, questions: Sequence[QAItem]) -> Table:
    """Answerable questions ratsinfo missed (no strict hit in the top k), with what it cited first."""
    by_id = {q.id: q for q in questions}
    columns = ("id", "question", "gold doc or kind", "abstained (strength), hit rank", "cited first")
    table = Table(*columns, title="ratsinfo misses (answerable: no hit at 1 or abstained; unanswerable: not handled)")
    for o in report.system("ratsinfo").outcomes:
        if o.answerable and o.rank == 1 and not o.abstained:
            continue
        if not o.answerable and o.handled:
            continue
        item = by_id[o.qa_id]
        strength = "–" if o.strength is None else f"{o.strength:.2f}"
        cited = f"{o.first_doc}: {o.first_text[:MISS_TEXT_CHARS]}" if o.first_doc else "–"
        found = f"{o.abstained} ({strength}) rank {o.rank or '–'}"
        table.add_row(o.qa_id, item.question, item.doc_id or item.kind, found, cited)
    return table


def eval_command(
    docs: Annotated[
        list[Path],
        typer.Option("--docs", help="Folder or file to ingest; repeat --docs, or list more paths after it."),
    ],
    qa: Annotated[list[Path], typer.Option("--qa", help="A qa.jsonl file (repeatable).", exists=True)],
    more_docs: Annotated[
        list[Path] | None, typer.Argument(help="More folders or files to ingest.", show_default=False)
    ] = None,
    store: Annotated[
        Path | None,
        typer.Option("--store", help="Data directory to ingest into and reuse (default: a temporary one)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every number as JSON.")] = False,
    top_k: Annotated[int, typer.Option("--top-k", min=1, max=50, help="Citations per question.")] = 5,
    model: Annotated[
        str | None, typer.Option("--model", help="Embedding model (default: RATSINFO_EMBEDDING_MODEL).")
    ] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List the questions ratsinfo missed.")] = False,
    baselines: Annotated[
        bool, typer.Option("--baselines/--no-baselines", help="Also run the two baselines.")
    ] = True,
    learned: Annotated[
        bool,
        typer.Option(
            "--learned-ranking/--hand-ranking",
            help="Order passages by the learned ranker or by the hand-tuned score alone (default).",
        ),
    ] = False,
) -> None:
    """Compare the assistant with a paragraph-BM25 and a default-LangChain baseline on qa.jsonl sets."""
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on its own logger at import
    paths = [*docs, *(more_docs or [])]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        errors.print(f"[red]no such file or folder[/red]: {', '.join(missing)}")
        raise typer.Exit(2)
    try:
        questions = load_qa_files(qa)
    except (RatsinfoError, OSError) as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    with tempfile.TemporaryDirectory(prefix="ratsinfo-eval-", ignore_cleanup_errors=True) as scratch:
        values: dict[str, object] = {"data_dir": store or Path(scratch), "chroma_url": ""}
        if model:
            values["embedding_model"] = model
        try:
            settings = Settings(**values)  # type: ignore[arg-type]
            report = run_evaluation(
                settings, paths, questions, top_k, notify=_notify(as_json), baselines=baselines, learned=learned
            )
        except ValidationError as exc:
            errors.print(f"[red]invalid setting[/red]: {exc}")
            raise typer.Exit(2) from exc
        except RatsinfoError as exc:
            errors.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    if as_json:
        console.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        render(report, questions, misses, console)


def _notify(quiet: bool):  # type: ignore[no-untyped-def]
    def notify(message: str) -> None:
        if not quiet or sys.stderr.isatty():
            errors.print(f"[dim]{message} …[/dim]")

    return notify


def main() -> None:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    typer.run(eval_command)


if __name__ == "__main__":
    main()
