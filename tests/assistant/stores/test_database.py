"""The one SQLite database: numbered migrations, clear errors, a full disk leaves nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.errors import StoreError
from assistant.knowledge import KnowledgeBase
from assistant.stores.database import MIGRATIONS, Database
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS


def test_a_first_release_database_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "ratsinfo.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])  # what the first releases created, without a version
    old.execute("INSERT INTO records VALUES ('r1', 'decision', 'd1', 0, '', '', '', 1, '', '{}')")
    old.commit()
    old.close()

    db = Database(path)
    assert db.rows("PRAGMA user_version")[0][0] == len(MIGRATIONS)
    assert db.rows("SELECT record_id FROM records") == [("r1",)]  # data kept
    assert db.rows("SELECT count(*) FROM record_versions") == [(0,)]
    db.close()


def test_a_newer_database_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "ratsinfo.sqlite3"
    Database(path).close()
    newer = sqlite3.connect(path)
    newer.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    newer.close()
    with pytest.raises(StoreError, match="newer than this program"):
        Database(path)


def test_a_full_disk_is_reported_and_nothing_half_written_stays(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    """SQLite's page limit gives the same error as a full disk ("database or disk is full")."""
    pages = fresh_kb.db.rows("PRAGMA page_count")[0][0]
    fresh_kb.db.rows(f"PRAGMA max_page_count={pages + 2}")
    with pytest.raises(StoreError, match="disk is full"):
        ingest_paths(fresh_kb, [CORPUS / "musterstadt-2024-02-20-stadtrat.txt"])
    assert fresh_kb.documents.counts() == (0, 0)
    assert fresh_kb.records.decisions(include_private=True) == []
