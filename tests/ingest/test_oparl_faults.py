"""OParl sync when servers misbehave: each fault is retried, reported or survived, never a crash."""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.embedding import Embedder
from assistant.service import KnowledgeBase
from ingest.oparl.mapping import doc_id
from ingest.oparl.sync import sync_source
from tests.conftest import make_settings
from tests.ingest.oparl_server import OLD, Fault, Tree, council, serve

pytestmark = pytest.mark.shared
T = "https://schema.oparl.org/1.1/"


def protocol_id(tree: Tree, meeting: str) -> str:
    return doc_id("file", tree.objects[meeting]["resultsProtocol"]["id"])


@pytest.fixture()
def tree(shared_dir: Path) -> Iterator[Tree]:
    with serve(council(shared_dir)) as served:
        yield served


@pytest.fixture()
def kb(tmp_path: Path, embedder: Embedder) -> Iterator[KnowledgeBase]:
    settings = make_settings(
        tmp_path / "data", oparl_backoff_s=0.01, oparl_rate_per_host=0, oparl_timeout_s=0.5, oparl_retries=2
    )
    knowledge = KnowledgeBase(settings, embedder)
    yield knowledge
    knowledge.close()


def test_faults_are_retried_reported_or_survived(kb: KnowledgeBase, tree: Tree) -> None:
    meetings = "/oparl/body/1/meetings"
    tree.faults[meetings] = Fault(status=500, times=1)  # SessionNet: recovers on retry
    tree.faults[meetings + "?page=3"] = Fault(status=500)  # a next link that fails for good
    tree.objects["/oparl/meeting/bad"] = {"type": T + "Meeting", "name": "ohne id", "modified": OLD}
    tree.lists[meetings].insert(1, "/oparl/meeting/bad")  # fails the schema: reported, skipped
    tree.faults["/files/m1-niederschrift.pdf"] = Fault(status=404)  # permanent
    tree.faults["/files/m3-niederschrift.pdf"] = Fault(delay=1.5)  # slower than the timeout, every time
    tree.faults["/oparl/body/1/persons"] = Fault(body=b'{"data": [{"id": "x", "name": "Unvollst')
    tree.faults["/oparl/body/1/organizations"] = Fault(
        body=b'{"data": [{"id": "%s", "type": "https://schema.oparl.org/1.1/Organization", '
        b'"name": "Gemeinde\x0brat"}], "links": {}}' % tree.url("/oparl/organization/1").encode()
    )  # ALLRIS: an unescaped control character
    tree.next_overrides[("/oparl/body/1/papers", 1)] = tree.url("/oparl/body/1/papers")  # a cycle
    html = b"<!DOCTYPE html><html><body>Fehler: Datei nicht gefunden</body></html>"
    tree.faults["/example/files/57737.pdf"] = Fault(body=html, content_type="text/html")  # sent with 200

    report = sync_source(kb, tree.url("/oparl/system"))

    assert report.retries >= 1 + 2 + 2  # the first page once, the slow file and the broken next link twice

    def reason(url: str) -> str:
        return " | ".join(r for u, r in report.failures if u == url)

    assert "HTTP 404" in reason(tree.url("/files/m1-niederschrift.pdf"))
    assert "timed out" in reason(tree.url("/files/m3-niederschrift.pdf"))
    assert "malformed JSON" in reason(tree.url("/oparl/body/1/persons"))
    assert "pagination loop" in reason(tree.url("/oparl/body/1/papers"))
    assert "?page=3: list page failed: HTTP 500" in reason(tree.url(meetings))
    assert "Meeting without a string id" in reason(tree.url(meetings))
    assert "HTML page instead of" in reason(tree.url("/example/files/57737.pdf"))
    assert any("control characters" in message for _, message in report.warnings)
    assert not report.listed_all  # the next run lists from the old time again

    stored = {meta.doc_id for meta, _ in kb.documents.list_meta(True)}
    for path in ("/oparl/meeting/1", "/oparl/meeting/2", "/oparl/meeting/3"):
        assert doc_id("meeting", tree.url(path)) in stored  # the pages before the broken link
    for path in ("/oparl/meeting/4", "/example/meeting/281"):
        assert doc_id("meeting", tree.url(path)) not in stored
    assert protocol_id(tree, "/oparl/meeting/1") not in stored
    assert kb.documents.counts()[1] == kb.vectors.count()

    tree.faults.clear()
    tree.next_overrides.clear()
    tree.lists[meetings].remove("/oparl/meeting/bad")
    healed = sync_source(kb, tree.url("/oparl/system"))
    assert healed.ok and healed.listed_all, healed.failures
    assert protocol_id(tree, "/oparl/meeting/1") in healed.documents_added
    assert kb.documents.counts()[0] == 12


def test_sdnet_answers_are_warnings(kb: KnowledgeBase, tree: Tree) -> None:
    sync_source(kb, tree.url("/oparl/system"))
    tree.sdnet_since_404 = True  # error 802 whenever modified_since is set
    body = tree.objects["/oparl/body/1"]
    tree.faults["/oparl/bodies"] = Fault(body=json.dumps(body).encode())  # one object, no list
    again = sync_source(kb, tree.url("/oparl/system"))
    assert again.ok and again.chunks_embedded == 0 and again.objects_mapped == 0
    quirks = {message for _, message in again.warnings}
    assert "list answered a single object instead of a list" in quirks
    assert any("rejects modified_since (HTTP 404)" in message for message in quirks)

    tree.sdnet_since_404 = False
    tree.faults["/oparl/body/1/persons"] = Fault(body=b"[]")
    third = sync_source(kb, tree.url("/oparl/system"))
    assert third.ok and "list answered [] instead of an empty list page" in {m for _, m in third.warnings}


@pytest.fixture()
def tls_context(tmp_path: Path) -> ssl.SSLContext:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def test_broken_tls_names_the_host_and_can_be_allowed(
    tmp_path: Path, embedder: Embedder, shared_dir: Path, tls_context: ssl.SSLContext
) -> None:
    with serve(council(shared_dir), tls=tls_context) as secure:
        strict = KnowledgeBase(make_settings(tmp_path / "strict", oparl_retries=0), embedder)
        refused = sync_source(strict, secure.url("/oparl/system"))
        strict.close()
        assert not refused.ok and refused.documents_added == []
        reason = refused.failures[0][1]
        assert (
            "TLS error with host 127.0.0.1" in reason and "RATSINFO_OPARL_INSECURE_HOSTS=127.0.0.1" in reason
        )

        allowed = make_settings(tmp_path / "allowed", oparl_insecure_hosts="127.0.0.1", oparl_rate_per_host=0)
        lenient = KnowledgeBase(allowed, embedder)
        report = sync_source(lenient, secure.url("/oparl/system"), body_filter="Pfinztal")
        lenient.close()
        assert report.ok and len(report.documents_added) == 12
