"""Vector store protocol and its Chroma implementation (embedded PersistentClient or a Chroma server)."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlparse

import numpy as np

from assistant.errors import ConfigError, ModelMismatchError, StoreError
from assistant.models import Chunk, DocumentMeta, Rights, SearchFilters, audience_of
from assistant.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class VectorHit:
    """One nearest-neighbour result: the chunk id and its cosine similarity to the query."""

    chunk_id: str
    doc_id: str
    similarity: float


class VectorStore(Protocol):
    """What the rest of the code needs from a vector database."""

    def upsert(self, chunks: Sequence[Chunk], metas: Sequence[DocumentMeta], vectors: np.ndarray) -> None: ...

    def delete(self, chunk_ids: Sequence[str]) -> None: ...

    def ids_for_document(self, doc_id: str) -> set[str]: ...

    def query(
        self, vector: np.ndarray, k: int, filters: SearchFilters, include_private: Rights
    ) -> list[VectorHit]: ...

    def vectors(self, chunk_ids: Sequence[str]) -> dict[str, np.ndarray]: ...

    def count(self) -> int: ...

    def ping(self) -> None: ...

    def refresh(self) -> None:
        """See writes of other processes (an embedded store caches what it read)."""
        ...

    def close(self) -> None: ...


def date_number(iso_date: str) -> int:
    """``2017-02-01`` → 20170201; 0 when unknown (so date filters exclude undated chunks)."""
    digits = iso_date.replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else 0


def chroma_where(filters: SearchFilters, include_private: Rights) -> dict[str, Any] | None:
    """Translate our filters into a Chroma ``where`` clause."""
    clauses: list[dict[str, Any]] = []
    audience = audience_of(include_private)
    if audience.public_only:
        clauses.append({"public": True})
    elif audience.scoped:
        tenants = sorted(audience.municipalities)
        clauses.append({"$or": [{"public": True}, {"municipality": {"$in": tenants}}]})
    for key in ("municipality", "body", "kind"):
        value = getattr(filters, key)
        if value:
            clauses.append({key: value})
    if filters.documents:
        clauses.append({"doc_id": {"$in": list(filters.documents)}})
    if filters.date_from:
        clauses.append({"date_num": {"$gte": date_number(filters.date_from)}})
    if filters.date_to:
        clauses.append({"date_num": {"$lte": date_number(filters.date_to)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def chunk_metadata(chunk: Chunk, meta: DocumentMeta) -> dict[str, str | int | bool]:
    return {
        "doc_id": chunk.doc_id,
        "agenda_item": chunk.agenda_item,
        "page": chunk.page if chunk.page is not None else -1,
        "char_start": chunk.char_start,
        "char_end": chunk.char_end,
        "public": chunk.public,
        "title": meta.title,
        "municipality": meta.municipality,
        "body": meta.body,
        "kind": meta.kind,
        "date": meta.date,
        "date_num": date_number(meta.date),
        "source": meta.source,
    }


class ChromaStore:
    """Chunks and their vectors in one Chroma collection (cosine space).

    The collection records the embedding model it was built with; opening it with
    another model raises :class:`ModelMismatchError` instead of mixing vector spaces.
    """

    def __init__(
        self,
        connect: Callable[[], Any],
        collection: str,
        model_name: str,
        embedded: bool = False,
        temporary: Path | None = None,
    ) -> None:
        self._connect = connect
        self._name = collection
        self._model_name = model_name
        self._embedded = embedded
        self._temporary = temporary
        """A folder of our own (the copy of a read-only store), removed on close."""
        self._reopen_lock = threading.Lock()
        self._client, self._collection = self._open()
        stored = (self._collection.metadata or {}).get("embedding_model")
        if stored and stored != model_name:
            raise ModelMismatchError(
                f"the store was built with embedding model {stored!r} but RATSINFO_EMBEDDING_MODEL is "
                f"{model_name!r}; set it back, or use another RATSINFO_DATA_DIR / RATSINFO_COLLECTION "
                "and re-ingest"
            )

    def _open(self) -> tuple[Any, Any]:
        try:
            client = self._connect()
        except Exception as exc:  # chromadb raises many types; report them at this boundary
            raise StoreError(f"cannot open Chroma: {exc}") from exc
        try:
            collection = client.get_or_create_collection(
                self._name,
                metadata={"hnsw:space": "cosine", "embedding_model": self._model_name},
                embedding_function=None,
            )
        except Exception as exc:
            if "readonly" not in str(exc).lower():
                raise StoreError(f"cannot open Chroma collection {self._name!r}: {exc}") from exc
            try:  # a read-only store: an existing collection can still be read
                collection = client.get_collection(self._name, embedding_function=None)
            except Exception as missing:
                raise StoreError(f"cannot open Chroma collection {self._name!r}: {missing}") from missing
        return client, collection

    def refresh(self) -> None:
        """Reopen an embedded store: its client keeps the id map it read at start, and asking it
        for vectors another process wrote since fails with "Error finding id"."""
        if self._embedded:
            with self._reopen_lock:
                self._client.close()
                self._client, self._collection = self._open()

    def _call(self, operation: str, action: Callable[[Any], T]) -> T:
        """Run ``action`` on the collection; errors become :class:`StoreError` naming the operation.
        An embedded store is reopened and asked once more first (see :meth:`refresh`)."""
        try:
            return action(self._collection)
        except Exception as first:  # chromadb raises many types; report them at this boundary
            if not self._embedded:
                raise StoreError(f"Chroma {operation} failed: {first}") from first
            try:
                self.refresh()
                return action(self._collection)
            except Exception as exc:
                raise StoreError(f"Chroma {operation} failed: {exc}") from exc

    def upsert(self, chunks: Sequence[Chunk], metas: Sequence[DocumentMeta], vectors: np.ndarray) -> None:
        if not chunks:
            return
        self._call("upsert", lambda c: c.upsert(
            ids=[c.chunk_id for c in chunks],
            embeddings=np.asarray(vectors, dtype=np.float32),
            documents=[c.text for c in chunks],
            metadatas=[chunk_metadata(c, m) for c, m in zip(chunks, metas, strict=True)],
        ))

    def delete(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            self._call("delete", lambda c: c.delete(ids=list(chunk_ids)))

    def ids_for_document(self, doc_id: str) -> set[str]:
        result = self._call("get", lambda c: c.get(where={"doc_id": doc_id}, include=[]))
        return set(result["ids"])

    def query(
        self, vector: np.ndarray, k: int, filters: SearchFilters, include_private: Rights
    ) -> list[VectorHit]:
        total = self.count()
        if total == 0 or k <= 0:
            return []
        result = self._call(
            "query",
            lambda c: c.query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=min(k, total),
                where=chroma_where(filters, include_private),
                include=["distances", "metadatas"],
            ),
        )
        hits = []
        metadatas = (result.get("metadatas") or [[]])[0]
        distances = (result.get("distances") or [[]])[0]
        for chunk_id, meta, distance in zip(result["ids"][0], metadatas, distances, strict=True):
            hits.append(VectorHit(chunk_id, str(meta["doc_id"]), 1.0 - float(distance)))
        return hits

    def vectors(self, chunk_ids: Sequence[str]) -> dict[str, np.ndarray]:
        if not chunk_ids:
            return {}
        result = self._call("get", lambda c: c.get(ids=list(chunk_ids), include=["embeddings"]))
        embeddings = result.get("embeddings")
        if embeddings is None:
            return {}
        return {
            cid: np.asarray(vec, dtype=np.float32) for cid, vec in zip(result["ids"], embeddings, strict=True)
        }

    def count(self) -> int:
        return int(self._call("count", lambda c: c.count()))

    def close(self) -> None:
        self._client.close()
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)

    def ping(self) -> None:
        try:
            self._client.heartbeat()
        except Exception as exc:  # network errors of several kinds
            raise StoreError(f"Chroma is not reachable: {exc}") from exc


def _writable_copy(path: Path) -> Path:
    """Embedded Chroma writes when it opens (even to read); a store on read-only media is read
    from a temporary copy, so searching it still works. Changes to it are refused by the database."""
    copy = Path(tempfile.mkdtemp(prefix="ratsinfo-readonly-")) / "chroma"
    log.warning("the vector store is read-only; reading a temporary copy", extra={"store": str(path)})
    try:
        shutil.copytree(path, copy)
    except OSError as exc:
        raise StoreError(f"the vector store {path} is read-only and cannot be copied to read it: {exc}") from exc
    return copy


def build_vector_store(settings: Settings, model_name: str) -> VectorStore:
    """Embedded Chroma in ``data_dir`` or a Chroma server, as the settings say."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    match settings.store_mode:
        case "embedded":
            path = settings.chroma_path
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the vector store folder {path}: {exc}") from exc
            temporary = None
            if not os.access(path, os.W_OK):
                path = _writable_copy(path)
                temporary = path.parent
            return ChromaStore(
                partial(chromadb.PersistentClient, path=str(path), settings=chroma_settings),
                settings.collection,
                model_name,
                embedded=True,
                temporary=temporary,
            )
        case "server":
            url = urlparse(settings.chroma_url)
            try:
                client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
                client.heartbeat()
            except Exception as exc:  # connection errors surface in several types
                raise ConfigError(
                    f"cannot reach the Chroma server at RATSINFO_CHROMA_URL={settings.chroma_url!r}: {exc}"
                ) from exc
            return ChromaStore(lambda: client, settings.collection, model_name)
