"""Reference systems the assistant is compared with, behind one small protocol.

* ``bm25-paragraphs``: BM25 (bm25s) over the blank-line-separated paragraphs of each document,
  lower-cased, German stop words dropped, German Snowball stems (PyStemmer).
* ``langchain-default``: what a LangChain tutorial builds: ``RecursiveCharacterTextSplitter``
  (1000/200) and a Chroma collection queried by similarity, with our embedding model.

Both read documents through :func:`ingest.readers.read_file`, so every system sees the same
text (the body, front matter excluded). Neither ever abstains.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from langchain_core.embeddings import Embeddings

from assistant.embedding import Embedder
from assistant.errors import IngestError

log = logging.getLogger(__name__)

LANGCHAIN_CHUNK_SIZE = 1000
LANGCHAIN_CHUNK_OVERLAP = 200
ADD_GROUP = 1000
"""Chunks per Chroma upsert (Chroma caps the batch size)."""
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class SystemResult:
    """Ranked citations as ``(doc_id, quoted text)`` and whether the system declined to answer."""

    citations: list[tuple[str, str]] = field(default_factory=list)
    abstained: bool = False


class System(Protocol):
    """Anything that answers a question with ranked citations."""

    name: str

    def ask(self, question: str, k: int) -> SystemResult: ...


@dataclass(frozen=True)
class SourceDocument:
    """A document's id and body text exactly as the readers return it."""

    doc_id: str
    text: str


def load_sources(paths: Sequence[Path]) -> tuple[list[SourceDocument], list[tuple[str, str]]]:
    """The documents under ``paths`` as the ingest pipeline finds and reads them, and the failures."""
    from ingest.documents import document_meta
    from ingest.pipeline import discover
    from ingest.readers import read_file

    files, failures = discover(paths)
    documents: list[SourceDocument] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            read = read_file(path)
        except (IngestError, OSError, UnicodeError, ValueError) as exc:
            failures.append((str(path), str(exc)))
            continue
        doc_id = document_meta(path, read).doc_id
        if doc_id in seen:
            failures.append((str(path), f"document id {doc_id!r} is already used by {seen[doc_id]}"))
            continue
        seen[doc_id] = path
        documents.append(SourceDocument(doc_id, read.text))
    return documents, failures


def paragraphs(text: str) -> list[str]:
    """Blank-line-separated blocks (lines of only whitespace, no-break spaces included, are blank)."""
    return [block.strip() for block in _PARAGRAPH_BREAK.split(text) if block.strip()]


class BM25Paragraphs:
    """BM25 over paragraphs with German stemming; the citation is the whole paragraph."""

    name = "bm25-paragraphs"

    def __init__(self, documents: Sequence[SourceDocument]) -> None:
        import bm25s
        import Stemmer
        from bm25s.tokenization import Tokenizer

        self.units = [(d.doc_id, p) for d in documents for p in paragraphs(d.text)]
        stemmer = Stemmer.Stemmer("german")
        self._tokenizer = Tokenizer(lower=True, stopwords="de", stemmer=stemmer.stemWord)
        tokens = self._tokenizer.tokenize([text for _, text in self.units], show_progress=False)
        self._index = bm25s.BM25()
        self._index.index(tokens, show_progress=False)

    def ask(self, question: str, k: int) -> SystemResult:
        if not self.units:
            return SystemResult()
        query = self._tokenizer.tokenize([question], update_vocab=False, show_progress=False)
        found, _ = self._index.retrieve(query, k=min(k, len(self.units)), show_progress=False)
        return SystemResult([self.units[int(i)] for i in found[0]])


class EmbedderEmbeddings(Embeddings):
    """Our :class:`Embedder` seen as a LangChain ``Embeddings`` (queries and passages kept apart)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts).tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()  # type: ignore[no-any-return]


def collection_name(model: str) -> str:
    """A Chroma collection name for the LangChain baseline, one per embedding model."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", model).strip("-._")[:40] or "model"
    return f"langchain-default-{slug}"


class LangChainDefault:
    """Fixed-size character chunks in their own Chroma collection; the citation is the chunk.

    With ``persist_dir`` the collection is kept on disk: chunks already stored (same document,
    position and text) are not embedded again and chunks no longer produced are deleted.
    """

    name = "langchain-default"

    def __init__(
        self, documents: Sequence[SourceDocument], embedder: Embedder, persist_dir: Path | None = None
    ) -> None:
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(
            chunk_size=LANGCHAIN_CHUNK_SIZE, chunk_overlap=LANGCHAIN_CHUNK_OVERLAP
        )
        chunks = []
        ids = []
        for document in documents:
            for number, piece in enumerate(
                splitter.create_documents([document.text], metadatas=[{"doc_id": document.doc_id}])
            ):
                key = f"{document.doc_id}\x00{number}\x00{piece.page_content}"
                ids.append(hashlib.sha1(key.encode()).hexdigest())
                chunks.append(piece)
        self.store: Any = Chroma(
            collection_name=collection_name(embedder.name),
            embedding_function=EmbedderEmbeddings(embedder),
            persist_directory=str(persist_dir) if persist_dir is not None else None,
        )
        wanted = set(ids)
        stored = set(self.store.get(include=[])["ids"])
        stale = sorted(stored - wanted)
        if stale:
            self.store.delete(ids=stale)
        new = [(i, c) for i, c in zip(ids, chunks, strict=True) if i not in stored]
        for start in range(0, len(new), ADD_GROUP):
            group = new[start : start + ADD_GROUP]
            self.store.add_documents([c for _, c in group], ids=[i for i, _ in group])
        self.chunks = len(chunks)
        self.embedded = len(new)
        log.info("langchain baseline ready", extra={"chunks": self.chunks, "embedded": self.embedded})

    def ask(self, question: str, k: int) -> SystemResult:
        found = self.store.similarity_search(question, k=k)
        return SystemResult([(str(d.metadata.get("doc_id", "")), d.page_content) for d in found])
