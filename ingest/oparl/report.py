"""What one OParl sync did: objects, files, documents, warnings and failures, with reasons."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class SyncReport:
    source: str
    since: str = ""
    """The ``modified_since`` sent ('' = full listing)."""
    objects_listed: int = 0
    objects_unchanged: int = 0
    objects_mapped: int = 0
    objects_deleted: int = 0
    files_downloaded: int = 0
    files_cached: int = 0
    files_text: int = 0
    """Files whose ``text`` the server provided (nothing downloaded)."""
    documents_added: list[str] = field(default_factory=list)
    documents_replaced: list[str] = field(default_factory=list)
    documents_unchanged: int = 0
    documents_removed: list[str] = field(default_factory=list)
    chunks_embedded: int = 0
    requests: int = 0
    retries: int = 0
    bytes: int = 0
    seconds: float = 0.0
    listed_all: bool = True
    """False when a list could not be read to its end (then the next run lists from the old time)."""
    warnings: list[tuple[str, str]] = field(default_factory=list)
    """(URL, what the server did wrong) — survived."""
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(URL, reason) of objects and files that could not be ingested; retried next run."""

    @property
    def ok(self) -> bool:
        return not self.failures

    def warning_counts(self) -> list[tuple[str, int]]:
        """Warnings grouped by message (URLs dropped), most frequent first."""
        return Counter(message for _, message in self.warnings).most_common()

    def summary(self) -> str:
        return (
            f"objects: {self.objects_listed} listed, {self.objects_mapped} mapped, "
            f"{self.objects_unchanged} unchanged, {self.objects_deleted} deleted; "
            f"files: {self.files_downloaded} downloaded, {self.files_cached} from cache, "
            f"{self.files_text} as text; documents: {len(self.documents_added)} added, "
            f"{len(self.documents_replaced)} replaced, {self.documents_unchanged} unchanged, "
            f"{len(self.documents_removed)} removed; chunks embedded: {self.chunks_embedded}; "
            f"requests: {self.requests} ({self.retries} retries, {self.bytes} bytes) in {self.seconds:.1f} s"
        )
