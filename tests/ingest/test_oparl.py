"""OParl sync against a real HTTP server on 127.0.0.1 serving a council built from ../shared.

What lands in the store, that a second sync does no work, that a changed file is re-ingested,
that deleted objects and changed ids disappear, and that an interrupted sync resumes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.embedding import Embedder
from assistant.service import KnowledgeBase
from ingest.oparl import mapping
from ingest.oparl.client import FetchStats
from ingest.oparl.mapping import doc_id
from ingest.oparl.report import SyncReport
from ingest.oparl.state import SyncState
from ingest.oparl.sync import sync_source
from tests.conftest import make_settings
from tests.ingest.oparl_server import Fault, Tree, council, make_pdf, now, serve

pytestmark = pytest.mark.shared

DOCUMENTS = 12
"""5 meetings with agenda items, 5 protocol files (one shared by two fields), 2 paper main files."""


@pytest.fixture()
def tree(shared_dir: Path) -> Iterator[Tree]:
    with serve(council(shared_dir)) as served:
        yield served


@pytest.fixture()
def kb(tmp_path: Path, embedder: Embedder) -> Iterator[KnowledgeBase]:
    settings = make_settings(tmp_path / "data", oparl_backoff_s=0.01, oparl_rate_per_host=0)
    knowledge = KnowledgeBase(settings, embedder)
    yield knowledge
    knowledge.close()


def protocol_id(tree: Tree, meeting: str) -> str:
    return doc_id("file", tree.objects[meeting]["resultsProtocol"]["id"])


def sync(kb: KnowledgeBase, tree: Tree, **options: Any) -> SyncReport:
    return sync_source(kb, tree.url("/oparl/system"), **options)


def test_first_sync_stores_meetings_files_and_papers(kb: KnowledgeBase, tree: Tree) -> None:
    for name in ("m3", "m4"):  # two files of one page, slow enough to overlap
        tree.faults[f"/files/{name}-niederschrift.pdf"] = Fault(delay=0.3)
    report = sync(kb, tree)
    assert report.ok and report.listed_all, report.failures
    assert report.objects_listed == 3 + 1 + 2 + 5  # organizations, person, papers, meetings
    assert len(report.documents_added) == DOCUMENTS == kb.documents.counts()[0]
    assert kb.documents.counts()[1] == kb.vectors.count() == report.chunks_embedded
    assert {"/oparl/body/1/meetings?page=2", "/oparl/body/1/meetings?page=3"} <= set(tree.requests)
    assert 1 < tree.max_in_flight <= kb.settings.oparl_concurrency  # files in parallel, within the limit
    assert {ua.split("/")[0] for ua in tree.user_agents} == {"ratsinfo-assistant"}

    meeting = kb.documents.get(doc_id("meeting", tree.url("/oparl/meeting/1")))
    assert meeting is not None
    m = meeting.meta
    assert (m.body, m.date, m.kind, m.source) == (
        "Gemeinderat",
        "2024-03-05",
        "minutes",
        "https://pfinztal.test/si0057?__ksinr=1",
    )
    assert m.municipality == "Gemeinde Pfinztal (Testdaten)"
    assert [(s.agenda_item, s.title, s.public) for s in meeting.sections] == [
        ("Ö 1", "Anfrage zur Kindertagesbetreuung", True),
        ("N 2", "Grundstücksangelegenheit", False),
    ]
    assert "Vorlage: 1234/2024" in meeting.text
    secret = meeting.text.index("Flurstücks 12/3")
    assert not meeting.is_public_at(secret, secret + 10)

    protocol = kb.documents.get(protocol_id(tree, "/oparl/meeting/1"))
    assert protocol is not None and protocol.page_starts == [0]
    assert "mehrheitlich auf eine andere Sitzung vertagt" in " ".join(protocol.text.split())
    assert protocol.meta.body == "Gemeinderat" and protocol.meta.date == "2024-03-05"

    served_text = kb.documents.get(doc_id("file", tree.url("/oparl/file/m2")))
    assert served_text is not None and "Der Bürgerantrag wird nicht weiter verfolgt." in served_text.text
    assert not any("never-fetched" in r for r in tree.requests) and report.files_text == 1

    example = kb.documents.get(doc_id("meeting", tree.url("/example/meeting/281")))
    assert example is not None and example.meta.body == "Finanzausschuss"  # referenced Organization fetched
    assert "/example/organization/34" in tree.requests

    state = SyncState(kb.settings.data_dir / "oparl" / "state.sqlite3")
    assert "Dr. Florian Janik" in state.names(tree.url("/oparl/system"), "Person").values()
    state.close()
    quirks = {message for _, message in report.warnings}
    assert {"end is 'N/A'; treated as missing", "type missing; taken as AgendaItem"} <= quirks
    assert "auxiliaryFile is a single dict instead of a list" in quirks


def test_paper_reference_links_open_item_to_its_settlement(kb: KnowledgeBase, tree: Tree) -> None:
    sync(kb, tree)
    later = doc_id("meeting", tree.url("/oparl/meeting/4"))
    decisions = [d for d in kb.records.decisions() if d.doc_id == later]
    assert decisions and all(d.vorlage == "1234/2024" for d in decisions)
    asked = doc_id("meeting", tree.url("/oparl/meeting/1"))
    items = [o for o in kb.records.open_items() if o.doc_id == asked]
    assert items and items[0].vorlage == "1234/2024"
    assert items[0].status == "settled" and items[0].settled_by is not None
    assert items[0].settled_by["doc_id"] == later


def test_second_sync_does_no_work(kb: KnowledgeBase, tree: Tree) -> None:
    sync(kb, tree)
    tree.requests.clear()
    second = sync(kb, tree)
    assert second.ok and second.listed_all
    assert second.chunks_embedded == 0 and second.objects_mapped == 0
    assert second.documents_added == second.documents_replaced == second.documents_removed == []
    assert tree.downloads() == [] and second.files_downloaded == 0
    lists = [r for r in tree.requests if r.startswith("/oparl/body/1/")]
    assert len(lists) == 4 and all("modified_since=" in r for r in lists)
    since = lists[0].split("modified_since=")[1]
    assert "." not in since  # seconds precision (SessionNet rejects microseconds)


def test_changed_file_is_reingested_alone(kb: KnowledgeBase, tree: Tree) -> None:
    sync(kb, tree)
    meeting = tree.objects["/oparl/meeting/1"]
    tree.set_file(
        meeting["resultsProtocol"], make_pdf("Der Gemeinderat vertagt die Sanierung des Freibads.", "Neu")
    )
    tree.touch("/oparl/meeting/1")
    tree.requests.clear()
    report = sync(kb, tree)
    changed = protocol_id(tree, "/oparl/meeting/1")
    assert report.objects_listed == 1  # modified_since really filters
    assert report.documents_replaced == [changed] and report.documents_unchanged == 1
    assert tree.downloads() == ["/files/m1-niederschrift.pdf"]
    stored = kb.documents.get(changed)
    assert stored is not None and "Sanierung des Freibads" in stored.text
    assert kb.vectors.ids_for_document(changed) == kb.documents.chunk_ids(changed)


def test_deleted_meeting_disappears(kb: KnowledgeBase, tree: Tree) -> None:
    sync(kb, tree)
    gone = [doc_id("meeting", tree.url("/oparl/meeting/2")), doc_id("file", tree.url("/oparl/file/m2"))]
    tree.touch("/oparl/meeting/2", deleted=True)
    report = sync(kb, tree)
    assert report.objects_deleted == 1 and sorted(report.documents_removed) == sorted(gone)
    assert all(kb.documents.get(d) is None and not kb.vectors.ids_for_document(d) for d in gone)
    assert kb.documents.counts()[0] == DOCUMENTS - 2


def test_changed_start_and_changed_id(kb: KnowledgeBase, tree: Tree) -> None:
    sync(kb, tree)
    tree.requests.clear()
    tree.touch("/oparl/meeting/4", start="2024-06-12T18:00:00+02:00")
    moved = tree.objects.pop("/oparl/meeting/3")
    tree.lists["/oparl/body/1/meetings"].remove("/oparl/meeting/3")
    tree.add("/oparl/meeting/33", {**moved, "id": tree.url("/oparl/meeting/33"), "modified": now()},
             "/oparl/body/1/meetings")  # fmt: skip
    report = sync(kb, tree)
    later = kb.documents.get(doc_id("meeting", tree.url("/oparl/meeting/4")))
    assert later is not None and later.meta.date == "2024-06-12"
    assert tree.downloads() == [] and report.files_cached == 2  # re-mapped from the local cache
    assert doc_id("meeting", tree.url("/oparl/meeting/33")) in report.documents_added
    assert (
        kb.documents.get(doc_id("meeting", tree.url("/oparl/meeting/3"))) is not None
    )  # not listed any more
    full = sync(kb, tree, full=True)  # a full listing notices what vanished
    assert full.documents_removed == [doc_id("meeting", tree.url("/oparl/meeting/3"))]
    assert full.chunks_embedded == 0 and kb.documents.counts()[0] == DOCUMENTS


def test_full_relisting_revalidates_instead_of_refetching(kb: KnowledgeBase, tree: Tree) -> None:
    sync(kb, tree)
    tree.requests.clear()
    full = sync(kb, tree, full=True)
    assert full.ok and full.objects_unchanged == full.objects_listed == 11 and full.chunks_embedded == 0
    pages = 1 + 1 + 2 + 1 + 1 + 3  # system, bodies, organizations, persons, papers, meetings
    assert tree.not_modified == pages == len(tree.requests)  # every page answered 304 from the cache


def test_new_mapping_rules_remap_from_the_state(
    kb: KnowledgeBase, tree: Tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync(kb, tree)
    tree.requests.clear()
    monkeypatch.setattr(mapping, "MAPPING_VERSION", "next")
    report = sync(kb, tree)
    assert report.objects_listed == 0 and report.objects_mapped == 5 + 2  # meetings and papers
    assert tree.downloads() == [] and report.files_cached == 6 and report.chunks_embedded == 0
    assert sync(kb, tree).objects_mapped == 0


def test_interrupted_sync_resumes_without_duplicates_or_losses(kb: KnowledgeBase, tree: Tree) -> None:
    def kill_midway(report: SyncReport, stats: FetchStats) -> None:
        if report.objects_mapped >= 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sync(kb, tree, progress=kill_midway)
    first = set(
        kb.documents.list_meta(include_private=True) and (m.doc_id for m, _ in kb.documents.list_meta(True))
    )
    assert 0 < len(first) < DOCUMENTS
    tree.requests.clear()
    resumed = sync(kb, tree)
    assert resumed.ok and resumed.since == ""  # the interrupted run did not count as a sync
    assert not set(resumed.documents_added) & first and resumed.documents_replaced == []
    assert kb.documents.counts()[0] == DOCUMENTS
    assert kb.documents.counts()[1] == kb.vectors.count()
    again = sync(kb, tree)
    assert again.chunks_embedded == 0 and again.objects_mapped == 0


def test_command_line_ingest_then_sync(tree: Tree, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from api.cli import app

    runner, store = CliRunner(), str(tmp_path / "cli-store")
    env = {"RATSINFO_OPARL_RATE_PER_HOST": "0", "RATSINFO_CHROMA_URL": ""}
    first = runner.invoke(app, ["ingest", "--oparl", tree.url("/oparl/system"), "--store", store], env=env)
    assert first.exit_code == 0, first.output
    assert f"{DOCUMENTS} added" in first.output and "warning (1×) end is 'N/A'" in first.output
    again = runner.invoke(app, ["sync", "--store", store], env=env)
    assert again.exit_code == 0, again.output
    assert "0 added, 0 replaced" in again.output and "chunks embedded: 0" in again.output
    wrong = runner.invoke(
        app, ["ingest", "--oparl", tree.url("/oparl/system"), "--since", "gestern"], env=env
    )
    assert wrong.exit_code == 2 and "--since needs an ISO date" in wrong.output


def test_killed_sync_resumes_without_duplicates_or_losses(
    tree: Tree, tmp_path: Path, embedder: Embedder
) -> None:
    """A real ``ratsinfo ingest --oparl`` process, killed (SIGKILL) while it waits for a slow file."""
    tree.faults["/files/m4-niederschrift.pdf"] = Fault(delay=20, times=1)
    store = tmp_path / "killed"
    env = {
        **os.environ,
        "RATSINFO_DATA_DIR": str(store),
        "RATSINFO_CHROMA_URL": "",
        "RATSINFO_OPARL_RATE_PER_HOST": "0",
    }
    ratsinfo = str(Path(sys.executable).parent / "ratsinfo")
    run = subprocess.Popen([ratsinfo, "ingest", "--oparl", tree.url("/oparl/system")], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 180
    while "/files/m4-niederschrift.pdf" not in tree.requests:
        assert run.poll() is None and time.monotonic() < deadline, "the sync ended before the slow file"
        time.sleep(0.05)
    run.kill()
    run.wait(timeout=30)

    kb = KnowledgeBase(make_settings(store, oparl_rate_per_host=0), embedder)
    try:
        before = {meta.doc_id for meta, _ in kb.documents.list_meta(include_private=True)}
        assert doc_id("meeting", tree.url("/oparl/meeting/1")) in before  # the first page was done
        assert kb.documents.counts()[1] == kb.vectors.count()  # nothing half-written
        resumed = sync_source(kb, tree.url("/oparl/system"))
        assert resumed.ok and not set(resumed.documents_added) & before
        assert len(before) + len(resumed.documents_added) == DOCUMENTS == kb.documents.counts()[0]
        assert kb.documents.counts()[1] == kb.vectors.count()
    finally:
        kb.close()
