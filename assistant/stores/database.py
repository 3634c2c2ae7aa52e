"""The one SQLite database next to the vector store: documents, chunks and records.

One handle per process, shared by the document store and the record store: one lock, one way
to write (``transaction``), one way to read (``rows``), and a schema that is versioned by
numbered migrations (``PRAGMA user_version``). Errors leave this module as :class:`StoreError`
with the file name and, for a full disk or a read-only store, what to do about it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.errors import StoreError
from assistant.stores.cache import StoreVersion

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another process's write transaction (two ingests at once)."""

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, chunks and records (the schema of the first releases, kept as it was)
    """
    CREATE TABLE IF NOT EXISTS documents (
        doc_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        meta TEXT NOT NULL,
        text TEXT NOT NULL,
        page_starts TEXT NOT NULL,
        private_spans TEXT NOT NULL,
        sections TEXT NOT NULL,
        public INTEGER NOT NULL,
        chunk_count INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS chunks (
        chunk_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        agenda_item TEXT NOT NULL,
        page INTEGER,
        public INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
    CREATE TABLE IF NOT EXISTS records (
        record_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        municipality TEXT NOT NULL,
        body TEXT NOT NULL,
        date TEXT NOT NULL,
        public INTEGER NOT NULL,
        person TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS records_doc ON records(doc_id);
    CREATE INDEX IF NOT EXISTS records_kind ON records(kind, date);
    """,
    # 2: which extractor wrote a document's records, so unchanged files are not re-extracted
    """
    CREATE TABLE IF NOT EXISTS record_versions (
        doc_id TEXT PRIMARY KEY,
        version TEXT NOT NULL
    );
    """,
    # 3: readers' feedback on answers (helpful, wrong, wrong sources), listed for admins
    """
    CREATE TABLE IF NOT EXISTS feedback (
        feedback_id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        rating TEXT NOT NULL,
        comment TEXT NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        citations TEXT NOT NULL,
        role TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS feedback_created ON feedback(created);
    """,
    # 4: whose non-public content the giver of feedback could see (JSON list of municipalities;
    # NULL: everybody's), so an admin scoped to some councils lists only what they may read
    """
    ALTER TABLE feedback ADD COLUMN audience TEXT;
    """,
)
"""Migration ``n`` (1-based) brings the schema from version ``n - 1`` to ``n``. Append, never edit."""


class Database:
    """A thread-safe SQLite handle with numbered migrations. Read-only when the file cannot be
    written (a store copied to read-only media is still searchable)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._writes = 0
        try:
            self._conn, self.read_only = self._connect(path)
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database {path}: {exc}{_hint(exc)}") from exc

    @staticmethod
    def _connect(path: Path) -> tuple[sqlite3.Connection, bool]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            return conn, False
        except (sqlite3.OperationalError, OSError) as exc:
            if not path.exists():
                raise sqlite3.OperationalError(str(exc)) from exc
        # A read-only file: read it under the usual locks if SQLite can, else as immutable (on
        # read-only media the WAL's shared-memory file cannot be made; nothing writes there anyway).
        for mode in ("mode=ro", "immutable=1"):
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, check_same_thread=False)
            try:
                conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA user_version").fetchone()
                return conn, True
            except sqlite3.OperationalError:
                conn.close()
        raise sqlite3.OperationalError("unable to open the database read-only")

    def _migrate(self) -> None:
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreError(
                f"the database {self.path} has schema version {version}, newer than this program's "
                f"{len(MIGRATIONS)}; update ratsinfo-assistant"
            )
        if version == len(MIGRATIONS) or self.read_only:
            return
        with self.transaction() as conn:
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])  # another process may have won
            for number in range(current + 1, len(MIGRATIONS) + 1):
                for statement in filter(str.strip, MIGRATIONS[number - 1].split(";")):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self, content: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction; errors roll back and become :class:`StoreError`. ``content=False``
        for writes no search index depends on (feedback): they leave :attr:`version` unchanged."""
        if self.read_only:
            raise StoreError(f"the database {self.path} is read-only: searching works, changing does not")
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to {self.path}: {exc}{_hint(exc)}") from exc
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StoreError(f"writing to {self.path} failed: {exc}{_hint(exc)}") from exc
            except BaseException:
                self._rollback()
                raise
            self._writes += int(content)

    def _rollback(self) -> None:
        """Roll back, unless SQLite already did (it does after a full disk)."""
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """All rows of one query, read under the handle's lock."""
        with self._lock:
            try:
                return list(self._conn.execute(sql, params).fetchall())
            except sqlite3.Error as exc:
                raise StoreError(f"reading {self.path} failed: {exc}{_hint(exc)}") from exc

    @property
    def version(self) -> StoreVersion:
        """Changes with every write, through this handle (``local``) or another process's."""
        external = self.rows("PRAGMA data_version")[0][0]
        return StoreVersion(self._writes, int(external))

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _hint(exc: sqlite3.Error) -> str:
    message = str(exc).lower()
    if "full" in message:
        return " (the disk is full: free space, then run the ingest again; nothing half-written was kept)"
    if "readonly" in message or "read-only" in message:
        return " (the store is read-only: point RATSINFO_DATA_DIR to a writable folder to change it)"
    if "locked" in message or "busy" in message:
        return " (another process kept the database busy for 30 s; try again)"
    return ""
