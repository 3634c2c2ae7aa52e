"""Faults an operator meets: the Chroma server goes away while the index must be rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from assistant.embedding import Embedder
from assistant.knowledge import KnowledgeBase
from assistant.models import Chunk, Document, DocumentMeta
from assistant.service import Assistant
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS, make_settings, running_chroma

pytestmark = pytest.mark.slow


def test_chroma_server_down_during_a_rebuild_gives_json_503(tmp_path: Path, embedder: Embedder) -> None:
    with running_chroma(tmp_path / "chroma") as (url, server):
        settings = make_settings(tmp_path / "data", chroma_url=url)
        kb = KnowledgeBase(settings, embedder)
        assert ingest_paths(kb, [CORPUS / "boerde-2017-02-01-integrationskonzept.txt"]).ok
        client = TestClient(create_app(settings, Assistant(settings, kb)))
        assert client.get("/v1/search", params={"q": "Variante"}).status_code == 200

        server.terminate()
        server.wait(timeout=20)
        # a new document row: the next request must rebuild the index, which reads vectors from Chroma
        meta = DocumentMeta(doc_id="added-while-down", title="Nachtrag")
        kb.documents.save(Document(meta=meta, text="Nachtrag"), [Chunk("c-added", "added-while-down", "Nachtrag", 0, 8)])

        for path in ("/v1/search?q=Variante", "/healthz"):
            response = client.get(path)
            assert response.status_code == 503, response.text
            assert response.headers["content-type"] == "application/json"
            assert "Chroma" in response.text
        response = client.post("/v1/ask", json={"question": "Welche Variante?"})
        assert response.status_code == 503 and response.json()["detail"].startswith("service unavailable")
        kb.close()
