"""``ratsinfo ingest --oparl URL`` and ``ratsinfo sync``: index councils from their OParl API and keep them current."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.live import Live
from rich.text import Text

from api.cli_common import StoreOption, console, errors, load_settings
from assistant.errors import RatsinfoError
from ingest.oparl.client import FetchStats
from ingest.oparl.report import SyncReport

if TYPE_CHECKING:
    from ingest.oparl.sync import Progress

SHOWN_FAILURES = 50
OParlOption = Annotated[
    str, typer.Option("--oparl", help="OParl System (or Body) URL to index instead of files.")
]
BodyOption = Annotated[
    str, typer.Option("--body", help="With --oparl: only bodies whose id, name or short name contains this.")
]
SinceOption = Annotated[
    str, typer.Option("--since", help="With --oparl: only objects modified since this ISO date or time.")
]
FullOption = Annotated[
    bool, typer.Option("--full", help="List everything (also removes what the server no longer lists).")
]


def _line(report: SyncReport, stats: FetchStats) -> Text:
    files = report.files_downloaded + report.files_cached + report.files_text
    return Text.assemble(
        ("OParl ", "bold"),
        f"{report.source}  objects {report.objects_listed} listed / {report.objects_mapped} mapped  "
        f"files {files}  {stats.bytes / 1_048_576:.1f} MB in {stats.requests} requests  "
        f"retries {stats.retries}  warnings {len(report.warnings)}  ",
        (f"errors {len(report.failures)}", "red" if report.failures else ""),
    )


@contextmanager
def _progress() -> Iterator[Progress | None]:
    """A live status line on the terminal (nothing when stderr is not a terminal, e.g. under cron)."""
    if not sys.stderr.isatty():
        yield None
        return
    with Live(Text(""), console=errors, refresh_per_second=4, transient=True) as live:
        yield lambda report, stats: live.update(_line(report, stats))


def _print(report: SyncReport) -> None:
    console.print(report.summary(), soft_wrap=True, highlight=False)  # one line per run in a log
    for message, count in report.warning_counts():
        errors.print(f"[yellow]warning[/yellow] ({count}×) {message}", highlight=False)
    for url, reason in report.failures[:SHOWN_FAILURES]:
        errors.print(f"[red]failed[/red] {url}: {reason}", highlight=False)
    if len(report.failures) > SHOWN_FAILURES:
        errors.print(f"… and {len(report.failures) - SHOWN_FAILURES} more failures")
    if not report.listed_all:
        errors.print("not every list could be read to its end; the next sync lists from the previous time")


def _run(store: Path | None, sources: list[tuple[str, str]], since: str, full: bool) -> list[SyncReport]:
    from assistant.service import KnowledgeBase
    from ingest.oparl.sync import sync_source

    reports = []
    try:
        kb = KnowledgeBase(load_settings(store))
        for url, body in sources:
            with _progress() as progress:
                report = sync_source(kb, url, body, since, progress, full)
            _print(report)
            reports.append(report)
    except RatsinfoError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    return reports


def ingest_oparl(url: str, body: str, since: str, full: bool, store: Path | None) -> None:
    """Index one OParl endpoint and remember it for ``ratsinfo sync``. Exit code 1 when anything failed."""
    from ingest.oparl.sync import since_param

    if not url:
        errors.print("[red]error:[/red] give files or folders to ingest, or --oparl URL")
        raise typer.Exit(2)
    if not url.startswith(("http://", "https://")):
        errors.print(f"[red]error:[/red] --oparl needs an http(s) URL, got {url!r}")
        raise typer.Exit(2)
    try:
        since = since_param(since) if since else ""
    except ValueError as exc:
        errors.print(f"[red]error:[/red] --since needs an ISO date or time (2024-01-31), got {since!r}")
        raise typer.Exit(2) from exc
    if not all(r.ok for r in _run(store, [(url, body)], since, full)):
        raise typer.Exit(1)


def sync_command(store: StoreOption = None, full: FullOption = False) -> None:
    """Re-run every OParl source added with `ingest --oparl`, fetching only what changed."""
    from ingest.oparl.state import SyncState

    state = SyncState(load_settings(store).data_dir / "oparl" / "state.sqlite3")
    sources = [(s.url, s.body_filter) for s in state.sources()]
    state.close()
    if not sources:
        errors.print("no OParl source configured; add one with: ratsinfo ingest --oparl URL")
        raise typer.Exit(1)
    if not all(r.ok for r in _run(store, sources, "", full)):
        raise typer.Exit(1)
