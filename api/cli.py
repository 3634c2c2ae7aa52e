"""The ``ratsinfo`` command line. It reads the store directly and shows everything (no access control)."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from api.cli_common import StoreOption, console, errors, load_settings, open_assistant
from api.mcp_server import mcp_command
from api.oparl_cli import BodyOption, OParlOption, SinceOption, ingest_oparl, sync_command
from api.records_cli import decisions_command, open_items_command, positions_command
from assistant.errors import NotFoundError, RatsinfoError
from assistant.evaluation.cli import eval_command
from assistant.models import SearchFilters

app = typer.Typer(no_args_is_help=True, help="Ask questions about German council documents, with citations.")
app.command("eval")(eval_command)
app.command("decisions")(decisions_command)
app.command("positions")(positions_command)
app.command("open-items")(open_items_command)
app.command("sync")(sync_command)
app.command("mcp")(mcp_command)
docs_app = typer.Typer(no_args_is_help=True, help="List, show and remove stored documents.")
app.add_typer(docs_app, name="docs")


def _filters(municipality: str, body: str, date_from: str, date_to: str, kind: str) -> SearchFilters:
    return SearchFilters(
        municipality=municipality, body=body, date_from=date_from, date_to=date_to, kind=kind
    )


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (.txt, .md, .html, .pdf).")
    ] = None,
    store: StoreOption = None,
    oparl: OParlOption = "",
    body: BodyOption = "",
    since: SinceOption = "",
) -> None:
    """Read, structure, chunk, embed and store documents. Exit code 1 when any file failed."""
    from assistant.knowledge import KnowledgeBase, writer_lock
    from ingest.pipeline import ingest_paths

    if oparl or not paths:
        return ingest_oparl(oparl, body, since, False, store)
    settings = load_settings(store)
    try:
        with writer_lock(settings.data_dir):
            kb = KnowledgeBase(settings)
            try:
                report = ingest_paths(kb, paths, progress=sys.stderr.isatty())
            finally:
                kb.close()
    except RatsinfoError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(
        f"documents: {report.documents} ({len(report.added)} added, {len(report.replaced)} replaced, "
        f"{len(report.unchanged)} unchanged); chunks: {report.chunks_total} "
        f"({report.chunks_embedded} embedded, {report.chunks_removed} removed)"
    )
    for path, reason in report.failures:
        errors.print(f"[yellow]skipped[/yellow] {path}: {reason}")
    if report.failures:
        errors.print(f"{len(report.failures)} file(s) failed")
        raise typer.Exit(1)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in German.")],
    top_k: Annotated[int, typer.Option("--top-k", min=1, max=50)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print the response as JSON.")] = False,
    municipality: str = "",
    body: str = "",
    date_from: str = "",
    date_to: str = "",
    kind: str = "",
    store: StoreOption = None,
) -> None:
    """Answer a question with numbered citations (or say that the documents hold no answer)."""
    assistant = open_assistant(store)
    filters = _filters(municipality, body, date_from, date_to, kind)
    answer = assistant.ask(question, top_k, filters, include_private=True)
    if as_json:
        payload = {
            "answer": answer.answer,
            "abstained": answer.abstained,
            "citations": [c.as_dict() for c in answer.citations],
            "question_type": answer.question_type,
            "records": [asdict(r) for r in answer.records],
        }
        console.print_json(json.dumps(payload, ensure_ascii=False))
        return
    console.print(answer.answer)
    for number, c in enumerate(answer.citations, start=1):
        where = " · ".join(p for p in (c.body, c.municipality, c.date, c.agenda_item) if p)
        console.print(
            f"\n[bold][{number}][/bold] {c.title} ({where}) [dim]{c.doc_id}:{c.char_start}-{c.char_end}[/dim]"
        )
        console.print(f"    „{' '.join(c.quote.split())}“", highlight=False)


@app.command()
def search(
    query: Annotated[str, typer.Argument()],
    k: Annotated[int, typer.Option("-k", min=1, max=50)] = 10,
    store: StoreOption = None,
) -> None:
    """Ranked passages for a query."""
    for c in open_assistant(store).search(query, k, include_private=True):
        console.print(f"{c.score:.3f}  {c.doc_id} {c.agenda_item}  {' '.join(c.quote.split())[:160]}")


@docs_app.command("list")
def docs_list(store: StoreOption = None) -> None:
    """All stored documents."""
    table = Table("id", "date", "body", "municipality", "kind", "public", "chunks")
    for summary in open_assistant(store).list_documents(include_private=True):
        m = summary.meta
        table.add_row(
            m.doc_id, m.date, m.body, m.municipality, m.kind, str(m.public), str(summary.chunk_count)
        )
    console.print(table)


@docs_app.command("show")
def docs_show(doc_id: str, store: StoreOption = None) -> None:
    """Print one document's metadata and text."""
    try:
        document = open_assistant(store).get_document(doc_id, include_private=True)
    except NotFoundError as exc:
        errors.print(str(exc))
        raise typer.Exit(1) from exc
    console.print_json(json.dumps(document.meta.__dict__, ensure_ascii=False))
    console.print(document.text, highlight=False, markup=False)


@docs_app.command("rm")
def docs_rm(doc_id: str, store: StoreOption = None) -> None:
    """Remove a document with its chunks and vectors."""
    from assistant.knowledge import KnowledgeBase, writer_lock

    settings = load_settings(store)
    with writer_lock(settings.data_dir):
        kb = KnowledgeBase(settings)
        try:
            removed = kb.remove(doc_id)
        finally:
            kb.close()
    if not removed:
        errors.print(f"no document with id {doc_id!r}")
        raise typer.Exit(1)
    console.print(f"removed {doc_id}")


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str | None, typer.Option(help="Default: RATSINFO_HOST or 127.0.0.1.")] = None,
    port: Annotated[int | None, typer.Option(help="Default: RATSINFO_PORT or 8000.")] = None,
    workers: Annotated[int | None, typer.Option(help="Default: RATSINFO_WORKERS (0 = one per core).")] = None,
) -> None:
    """Serve the API and the chat page, with RATSINFO_WORKERS processes (default: one per core)."""
    import os

    import uvicorn

    settings = load_settings(store, host=host, port=port, workers=workers)
    open_assistant(store, settings).kb.close()  # fail here, with a message, on a bad store or model
    count = settings.workers or os.cpu_count() or 1
    if store is not None:  # each worker reads its settings from the environment
        os.environ["RATSINFO_DATA_DIR"] = str(store)
    errors.print(f"serving on http://{settings.host}:{settings.port}/ with {count} worker(s)")
    uvicorn.run(
        "api.main:create_served_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=count,
        log_level="info",
    )


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets itself to DEBUG on import
    app()


if __name__ == "__main__":
    main()
