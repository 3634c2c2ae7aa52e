"""One sync of one OParl source: System → Bodies → lists → documents, incremental and resumable.

Lists are read in the order Organization, Person, Paper, Meeting (names and Vorlage numbers are
known before meetings are mapped) with ``modified_since`` = the last successful sync minus a
safety overlap. An object whose ``modified`` equals the stored one is skipped; a deleted one
loses its documents. Each object's state row is written after its documents, so a killed run
resumes where it stopped. A full listing also removes what the server no longer lists
(e.g. a meeting whose id changed).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from assistant.errors import IngestError
from assistant.knowledge import KnowledgeBase
from ingest.documents import pipeline_key
from ingest.extract.fingerprint import EXTRACTOR_VERSION
from ingest.oparl import kb_writer, mapping
from ingest.oparl.cache import ResponseCache
from ingest.oparl.client import FetchError, FetchStats, OParlHttp
from ingest.oparl.files import fetch_bytes, read_bytes, server_text
from ingest.oparl.listing import Listing
from ingest.oparl.objects import (
    OFile,
    OMeeting,
    OPaper,
    SchemaError,
    display_name,
    kind_of,
    normalise,
    parse_meeting,
    parse_paper,
    references,
)
from ingest.oparl.report import SyncReport
from ingest.oparl.state import Seen, SyncState
from ingest.oparl.writer import Contents, DocumentWriter
from ingest.readers import ReadResult

log = logging.getLogger(__name__)

LISTS = (("organization", "Organization"), ("person", "Person"), ("paper", "Paper"), ("meeting", "Meeting"))
OVERLAP = timedelta(minutes=10)
"""Subtracted from the last sync time: clocks of server and client differ."""
REFERENCE_KINDS = {
    "agendaItem": "AgendaItem",
    "resultsProtocol": "File",
    "verbatimProtocol": "File",
    "mainFile": "File",
    "consultation": "Consultation",
}
Progress = Callable[[SyncReport, FetchStats], None]


def since_param(value: str | datetime) -> str:
    """ISO time with seconds precision (SessionNet rejects microseconds); a date means midnight UTC."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.replace(microsecond=0).isoformat()


def sync_source(
    kb: KnowledgeBase,
    url: str,
    body_filter: str = "",
    since: str = "",
    progress: Progress | None = None,
    full: bool = False,
) -> SyncReport:
    """Sync one OParl endpoint (a System or a Body URL) into ``kb``; see :class:`SyncReport`.

    ``since`` overrides the stored last sync time; ``full`` lists everything, which also removes
    what the server no longer lists (a meeting whose id changed).
    """
    run = SyncRun(kb, url, progress)
    try:
        return run.run(body_filter, since, full)
    finally:
        run.close()


class SyncRun:
    def __init__(self, kb: KnowledgeBase, url: str, progress: Progress | None = None) -> None:
        folder = kb.settings.data_dir / "oparl"
        self.kb = kb
        self.url = url
        self.progress = progress
        self.report = SyncReport(url)
        self.state = SyncState(folder / "state.sqlite3")
        self.http = OParlHttp(kb.settings, ResponseCache(folder / "cache"), self._warn)
        self.key = pipeline_key(kb.settings, kb.embedder.name)
        self.mapping_key = f"{self.key}|{EXTRACTOR_VERSION}|{mapping.MAPPING_VERSION}"
        self.remap = False
        """True when the source's documents were made by other rules: every object is re-mapped."""
        self.ctx = mapping.Context("", {}, self.key)
        self.done: set[str] = set()
        self.writer = DocumentWriter(kb, self.state, url, self.report)

    def close(self) -> None:
        self.http.close()
        self.state.close()

    def _warn(self, url: str, message: str) -> None:
        self.report.warnings.append((url, message))
        log.info("oparl server quirk", extra={"url": url, "reason": message})

    def _fail(self, url: str, reason: str) -> None:
        self.report.failures.append((url, reason))
        log.info("oparl failure", extra={"url": url, "reason": reason})

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.report, self.http.stats)

    def run(self, body_filter: str, since: str, full: bool = False) -> SyncReport:
        started = datetime.now(UTC)
        clock = time.monotonic()
        self.state.register(self.url, body_filter)
        source = self.state.source(self.url)
        last = source.last_sync if source else ""
        effective = _since(since, "" if full else last)
        self.report.since = effective
        self.remap = self.state.mapping(self.url) not in ("", self.mapping_key)
        finished = False
        try:
            with kb_writer.writing(self.kb):
                for body in self._bodies(body_filter):
                    self._sync_body(body, effective)
                kb_writer.link_settlements(self.kb)
            self.state.set_mapping(self.url, self.mapping_key)
            finished = True
        except FetchError as exc:
            self._fail(exc.url, exc.reason)
            self.report.listed_all = False
            finished = True
        finally:  # an interrupted run (KeyboardInterrupt, a store error) never moves last_sync
            self.report.listed_all &= finished
            stats = self.http.stats
            self.report.requests, self.report.retries, self.report.bytes = (
                stats.requests,
                stats.retries,
                stats.bytes,
            )
            self.report.seconds = time.monotonic() - clock
            advance = self.report.listed_all and (not since or not last or effective <= last)
            self.state.finish_run(self.url, since_param(started), self.report.summary(), advance)
            self._tick()
        return self.report

    def _bodies(self, body_filter: str) -> list[dict[str, Any]]:
        root = self.http.get_json(self.url)
        if not isinstance(root, dict):
            raise FetchError(self.url, f"expected a System or Body object, got {type(root).__name__}")
        if kind_of(root) == "Body":
            bodies: list[Any] = [root]
        elif isinstance(root.get("body"), str):
            listing = Listing(self.http, root["body"], max_pages=self.kb.settings.oparl_max_pages)
            bodies = [obj for page in listing.objects() for obj in page]
            if not listing.complete:
                raise FetchError(root["body"], listing.failure)
        else:
            raise FetchError(self.url, "neither a Body nor a System with a body list")
        result = []
        for raw in bodies:
            try:
                body = normalise(raw, "Body", self._warn, self.url)
            except SchemaError as exc:
                self._fail(self.url, str(exc))
                continue
            names = (body["id"], str(body.get("name", "")), str(body.get("shortName", "")))
            if not body_filter or any(body_filter.casefold() in n.casefold() for n in names):
                result.append(body)
        if not result:
            raise FetchError(self.url, f"no body matches {body_filter!r}" if body_filter else "no bodies")
        return result

    def _sync_body(self, body: dict[str, Any], since: str) -> None:
        settings = self.kb.settings
        self.ctx = mapping.Context(display_name(body), {}, self.key)
        for field, kind in LISTS:
            if kind == "Meeting" or (kind == "Paper" and not self.ctx.organizations):
                self.ctx = mapping.Context(
                    self.ctx.municipality, self.state.names(self.url, "Organization"), self.key
                )
            url = body.get(field)
            if not isinstance(url, str):
                self._warn(body["id"], f"Body has no {field} list")
                continue
            listing = Listing(self.http, url, since, settings.oparl_page_limit, settings.oparl_max_pages)
            listed: set[str] = set()
            for page in listing.objects():
                self._page(body["id"], kind, page, listed, url)
                self._tick()
            if not listing.complete:
                self._fail(url, listing.failure)
                self.report.listed_all = False
            elif listing.full and kind in ("Meeting", "Paper"):
                self._collect_garbage(body["id"], kind, listed)
        self._redo(
            body["id"],
            [
                s
                for s in self.state.all_seen(self.url, body["id"], ("Meeting", "Paper"))
                if s.id not in self.done and (self.remap or not s.complete or s.id in self.writer.affected)
            ],
        )

    def _page(self, body: str, kind: str, raws: list[Any], listed: set[str], list_url: str) -> None:
        todo: list[dict[str, Any]] = []
        for raw in raws:
            self.report.objects_listed += 1
            try:
                obj = normalise(raw, kind, self._warn)
            except SchemaError as exc:
                where = raw.get("id") if isinstance(raw, dict) else None
                self._fail(where if isinstance(where, str) and where else list_url, str(exc))
                continue
            listed.add(obj["id"])
            previous = self.state.seen(self.url, obj["id"])
            if obj.get("deleted") is True:
                self._delete(obj["id"], previous)
            elif (
                previous
                and previous.complete
                and obj.get("modified")
                and previous.modified == obj["modified"]
            ):
                self.report.objects_unchanged += 1
            else:
                todo.append(obj)
        if kind in ("Organization", "Person"):
            for obj in todo:
                self.state.save(
                    self.url, body, Seen(obj["id"], kind, str(obj.get("modified", "")), obj, (), True)
                )
                self.report.objects_mapped += 1
        else:
            self._map(body, kind, todo)

    def _redo(self, body: str, rows: list[Seen]) -> None:
        """Re-map from the state (no listing): objects left incomplete by an earlier run, meetings whose
        Vorlage links changed, and everything when the mapping rules changed (see ``mapping_key``)."""
        for kind in ("Paper", "Meeting"):
            self._map(body, kind, [s.raw for s in rows if s.kind == kind])

    def _map(self, body: str, kind: str, objects: list[dict[str, Any]]) -> None:
        parsed: list[tuple[dict[str, Any], OMeeting | OPaper]] = []
        for obj in objects:
            try:
                obj = self._resolve(obj)
                parsed.append(
                    (
                        obj,
                        parse_meeting(obj, self._warn) if kind == "Meeting" else parse_paper(obj, self._warn),
                    )
                )
            except (FetchError, SchemaError) as exc:
                self._fail(obj["id"], str(exc))
                self._save(body, kind, obj, self._previous_docs(obj["id"]), complete=False)
        self._organizations(body, [m for _, m in parsed if isinstance(m, OMeeting)])
        contents = self._download([f for _, o in parsed for f in _files(o)])
        for obj, item in parsed:
            self.done.add(obj["id"])
            if isinstance(item, OMeeting):
                docs, complete = self.writer.meeting(item, self.ctx, contents)
            else:
                docs, complete = self.writer.paper(item, self.ctx, contents)
            self.writer.remove(obj["id"], set(self._previous_docs(obj["id"])) - set(docs))
            self._save(body, kind, obj, docs, complete)
            self.report.objects_mapped += 1
            self._tick()

    def _organizations(self, body: str, meetings: list[OMeeting]) -> None:
        """Fetch the Organizations meetings name that the organization list did not hold."""
        names = dict(self.ctx.organizations)
        for url in sorted({o for m in meetings for o in m.organizations} - names.keys()):
            names[url] = ""
            try:
                obj = normalise(self.http.get_json(url), "Organization", self._warn, url)
            except (FetchError, SchemaError) as exc:
                self._warn(url, f"organization not available, body name missing: {exc}")
                continue
            self.state.save(
                self.url, body, Seen(url, "Organization", str(obj.get("modified", "")), obj, (), True)
            )
            names[url] = display_name(obj)
        self.ctx = replace(self.ctx, organizations=names)

    def _resolve(self, obj: dict[str, Any]) -> dict[str, Any]:
        """``obj`` with referenced (URL-only) agenda items, files and consultations fetched and embedded."""
        result = dict(obj)
        for field, index, url in references(obj, tuple(REFERENCE_KINDS)):
            fetched = normalise(self.http.get_json(url), REFERENCE_KINDS[field], self._warn, url)
            if index is None:
                result[field] = fetched
            else:
                result[field] = [*result[field]]
                result[field][index] = fetched
        return result

    def _download(self, files: list[OFile]) -> Contents:
        """File id → text (or the error); downloads run in parallel up to the concurrency limit."""
        wanted = list({f.id: f for f in files}.values())
        contents: Contents = {}
        with ThreadPoolExecutor(self.kb.settings.oparl_concurrency) as pool:
            for file, (result, origin) in zip(wanted, pool.map(self._file_text, wanted), strict=True):
                contents[file.id] = result
                if origin == "text":
                    self.report.files_text += 1
                elif origin == "cache":
                    self.report.files_cached += 1
                elif origin == "download":
                    self.report.files_downloaded += 1
        return contents

    def _file_text(self, file: OFile) -> tuple[ReadResult | Exception, str]:
        """Runs in a worker thread: touches only the HTTP client and the cache."""
        if file.text:
            return server_text(file), "text"
        try:
            data, cached = fetch_bytes(self.http, file)
            return read_bytes(file, data), "cache" if cached else "download"
        except IngestError as exc:
            return exc, "failed"

    def _delete(self, oid: str, previous: Seen | None) -> None:
        self.report.objects_deleted += 1
        self.done.add(oid)
        self.writer.remove(oid, set(previous.docs) if previous else set())
        if previous is not None and previous.kind == "Paper":
            self.writer.affected |= self.state.set_paper_refs(self.url, oid, [])
        self.state.forget(self.url, oid)

    def _collect_garbage(self, body: str, kind: str, listed: set[str]) -> None:
        """After a full listing: what the server no longer lists is gone (an id changed, deleted unseen)."""
        for seen in self.state.all_seen(self.url, body, (kind,)):
            if seen.id not in listed:
                self._warn(seen.id, f"{kind} no longer listed; its documents are removed")
                self._delete(seen.id, seen)

    def _previous_docs(self, oid: str) -> tuple[str, ...]:
        seen = self.state.seen(self.url, oid)
        return seen.docs if seen else ()

    def _save(self, body: str, kind: str, obj: dict[str, Any], docs: Iterable[str], complete: bool) -> None:
        seen = Seen(obj["id"], kind, str(obj.get("modified", "")), obj, tuple(docs), complete)
        self.state.save(self.url, body, seen)


def _since(explicit: str, last: str) -> str:
    if explicit:
        return since_param(explicit)
    return since_param(datetime.fromisoformat(last) - OVERLAP) if last else ""


def _files(obj: OMeeting | OPaper) -> list[OFile]:
    if isinstance(obj, OMeeting):
        return [f for _, f in obj.protocols]
    return [obj.main_file] if obj.main_file is not None else []
