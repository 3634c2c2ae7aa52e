"""One contract for the vector store, run against embedded Chroma and against a real Chroma server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError, ModelMismatchError
from assistant.models import Chunk, DocumentMeta, SearchFilters
from assistant.settings import Settings
from assistant.stores.vectors import VectorStore, build_vector_store
from tests.conftest import free_port, make_settings, running_chroma


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on 127.0.0.1 and a free port, for the whole module."""
    with running_chroma(tmp_path_factory.mktemp("chroma-server")) as (url, _):
        yield url


def _chunk(doc_id: str, n: int, public: bool = True) -> Chunk:
    return Chunk(
        f"{doc_id}-{n}", doc_id, f"Text {n} von {doc_id}", n * 10, n * 10 + 9, f"Ö {n}", None, public
    )


def _unit(i: int, dim: int = 8) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    v[i % dim] = 1.0
    return v


META_A = DocumentMeta("doc-a", "A", "a.txt", "Stadt A", "Stadtrat", "2020-05-01", "minutes")
META_B = DocumentMeta("doc-b", "B", "b.txt", "Kreis B", "Kreistag", "2023-01-10", "proposal")


class VectorStoreContract:
    """Behaviour every VectorStore must have. Subclasses provide the ``settings`` fixture."""

    @pytest.fixture()
    def store(self, settings: Settings) -> VectorStore:
        return build_vector_store(settings, "test-model")

    def _fill(self, store: VectorStore) -> None:
        chunks = [_chunk("doc-a", 0), _chunk("doc-a", 1, public=False), _chunk("doc-b", 2)]
        metas = [META_A, META_A, META_B]
        store.upsert(chunks, metas, np.stack([_unit(0), _unit(1), _unit(2)]))

    def test_upsert_is_idempotent(self, store: VectorStore) -> None:
        self._fill(store)
        self._fill(store)
        assert store.count() == 3
        assert store.ids_for_document("doc-a") == {"doc-a-0", "doc-a-1"}

    def test_query_ranks_by_cosine_and_hides_private(self, store: VectorStore) -> None:
        self._fill(store)
        hits = store.query(_unit(1), 3, SearchFilters(), include_private=False)
        assert "doc-a-1" not in [h.chunk_id for h in hits]
        hits = store.query(_unit(1), 3, SearchFilters(), include_private=True)
        assert hits[0].chunk_id == "doc-a-1"
        assert hits[0].similarity == pytest.approx(1.0, abs=1e-4)

    def test_filters(self, store: VectorStore) -> None:
        self._fill(store)
        by_body = store.query(_unit(0), 5, SearchFilters(body="Kreistag"), include_private=True)
        assert {h.doc_id for h in by_body} == {"doc-b"}
        by_date = store.query(_unit(0), 5, SearchFilters(date_to="2021-12-31"), include_private=True)
        assert {h.doc_id for h in by_date} == {"doc-a"}
        by_kind = store.query(_unit(0), 5, SearchFilters(kind="proposal", date_from="2023-01-10"), True)
        assert [h.chunk_id for h in by_kind] == ["doc-b-2"]

    def test_vectors_and_delete(self, store: VectorStore) -> None:
        self._fill(store)
        vectors = store.vectors(["doc-b-2"])
        assert np.allclose(vectors["doc-b-2"], _unit(2))
        store.delete(["doc-a-0", "doc-a-1"])
        assert store.ids_for_document("doc-a") == set()
        assert store.count() == 1

    def test_model_mismatch_is_refused(self, settings: Settings) -> None:
        build_vector_store(settings, "test-model")
        with pytest.raises(ModelMismatchError, match="RATSINFO_EMBEDDING_MODEL"):
            build_vector_store(settings, "another-model")


class TestEmbeddedChroma(VectorStoreContract):
    @pytest.fixture()
    def settings(self, tmp_path: Path) -> Settings:
        return make_settings(tmp_path)


class TestChromaServer(VectorStoreContract):
    @pytest.fixture()
    def settings(self, tmp_path: Path, chroma_server: str, request: pytest.FixtureRequest) -> Settings:
        # one collection per test on the shared server
        name = "t-" + request.node.name.replace("_", "-")[:50]
        return make_settings(tmp_path, chroma_url=chroma_server, collection=name)


def test_unreachable_server_fails_with_the_setting_name(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(ConfigError, match="RATSINFO_CHROMA_URL"):
        build_vector_store(settings, "test-model")
