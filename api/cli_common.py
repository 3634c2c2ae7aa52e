"""What every ``ratsinfo`` command shares: the --store option, settings loading, the Assistant."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console

from assistant.errors import RatsinfoError
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.service import Assistant

console = Console()
errors = Console(stderr=True)

StoreOption = Annotated[
    Path | None, typer.Option("--store", help="Data directory (default: RATSINFO_DATA_DIR or ./data).")
]


def load_settings(store: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the environment, with command-line overrides; exits with a clear message when invalid."""
    values = {k: v for k, v in overrides.items() if v is not None}
    if store is not None:
        values["data_dir"] = store
    try:
        return Settings(**values)
    except ValidationError as exc:
        for error in exc.errors():
            name = "RATSINFO_" + "_".join(str(p) for p in error["loc"]).upper()
            errors.print(f"[red]invalid setting {name}[/red]: {error['msg']}")
        raise typer.Exit(2) from exc


def open_assistant(store: Path | None, settings: Settings | None = None) -> Assistant:
    from assistant.service import Assistant

    try:
        return Assistant(settings or load_settings(store))
    except RatsinfoError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
