"""A store on read-only media can be searched; changing it fails with a message that says why."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.embedding import Embedder
from assistant.errors import StoreError
from assistant.knowledge import KnowledgeBase
from assistant.service import Assistant
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS, make_settings


@pytest.fixture()
def read_only_store(tmp_path: Path, embedder: Embedder) -> Iterator[Path]:
    """A real store, bind-mounted read-only (needs root and mount; skipped elsewhere)."""
    source, mounted = tmp_path / "store", tmp_path / "read-only"
    mounted.mkdir()
    kb = KnowledgeBase(make_settings(source), embedder)
    assert ingest_paths(kb, [CORPUS / "boerde-2017-02-01-integrationskonzept.txt"]).ok
    kb.close()
    bind = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("a read-only bind mount needs root and the mount command")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], check=True, capture_output=True)
        yield mounted
    finally:
        subprocess.run(["umount", "-l", str(mounted)], capture_output=True)


def test_read_only_store_answers_and_refuses_changes(read_only_store: Path, embedder: Embedder) -> None:
    with pytest.raises(OSError):
        (read_only_store / "probe").write_text("x")  # the store really is read-only
    copies_before = set(Path(tempfile.gettempdir()).glob("ratsinfo-readonly-*"))
    settings = make_settings(read_only_store)
    assistant = Assistant(settings, KnowledgeBase(settings, embedder))
    assert set(Path(tempfile.gettempdir()).glob("ratsinfo-readonly-*")) > copies_before  # read from a copy
    try:
        answer = assistant.ask("Welche Variante favorisierte Herr Czernitzki?")
        assert not answer.abstained and "Czernitzki" in answer.citations[0].quote
        with pytest.raises(StoreError, match=r"[Rr]ead-only"):
            ingest_paths(assistant.kb, [CORPUS / "musterstadt-2024-03-12-bauausschuss.txt"])
    finally:
        assistant.kb.close()
    assert set(Path(tempfile.gettempdir()).glob("ratsinfo-readonly-*")) == copies_before  # and it is gone
