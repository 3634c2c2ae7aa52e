"""BM25 over chunks with German analysis, built once per store version and reused by every query."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import bm25s
import numpy as np

from assistant.compounds import CompoundSplitter
from assistant.german import content_terms, raw_tokens
from assistant.models import Chunk, DocumentMeta, SearchFilters
from assistant.scope import MetadataVocabulary
from assistant.store import date_number


def lexical_text(chunk: Chunk, meta: DocumentMeta) -> str:
    """What the lexical index sees: the chunk plus the metadata a question may name."""
    return " ".join((meta.municipality, meta.body, meta.title, chunk.agenda_item, chunk.text))


class LexicalIndex:
    """An immutable BM25 index with per-chunk metadata arrays for filtering."""

    def __init__(self, chunks: Sequence[Chunk], metas: dict[str, DocumentMeta]) -> None:
        self.chunks = list(chunks)
        self.metas = metas
        self.position = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        texts = [lexical_text(c, metas[c.doc_id]) for c in self.chunks]
        self.splitter = CompoundSplitter(token for text in texts for token in raw_tokens(text))
        corpus = [self.analyse(text) or ["_"] for text in texts]
        self.terms = [set(t) for t in corpus]
        if corpus:
            self._bm25.index(corpus, show_progress=False)
        self._vocab = set(self._bm25.vocab_dict) if corpus else set()
        self._public = np.array([c.public for c in self.chunks], dtype=bool)
        self._doc_ids = np.array([c.doc_id for c in self.chunks], dtype=object)
        self.vocabulary = MetadataVocabulary(metas.values())
        self._df = {term: 0 for term in self._vocab}
        for terms in self.terms:
            for term in terms:
                self._df[term] = self._df.get(term, 0) + 1

    def analyse(self, text: str) -> list[str]:
        """Stemmed content terms of ``text``, compounds split against this index's vocabulary."""
        return content_terms(text, self.splitter.split)

    def __len__(self) -> int:
        return len(self.chunks)

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term over chunks; unknown terms count as rarest."""
        df = self._df.get(term, 0)
        return float(np.log(1.0 + (len(self.chunks) - df + 0.5) / (df + 0.5)))

    def mask(self, filters: SearchFilters, include_private: bool) -> np.ndarray:
        """Boolean array: which chunks the filters and the caller's rights allow."""
        allowed = np.ones(len(self.chunks), dtype=bool)
        if not include_private:
            allowed &= self._public
        predicates: list[Callable[[DocumentMeta], bool]] = []
        for key in ("municipality", "body", "kind"):
            if getattr(filters, key):
                predicates.append(_equals(key, getattr(filters, key)))
        if filters.date_from:
            low = date_number(filters.date_from)
            predicates.append(lambda m: date_number(m.date) >= low)
        if filters.date_to:
            high = date_number(filters.date_to)
            predicates.append(lambda m: 0 < date_number(m.date) <= high)
        if predicates:
            ok_docs = {d for d, m in self.metas.items() if all(p(m) for p in predicates)}
            allowed &= np.array([d in ok_docs for d in self._doc_ids], dtype=bool)
        return allowed

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        known = [t for t in terms if t in self._vocab]
        if not known or not self.chunks:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def top(self, terms: Sequence[str], n: int, allowed: np.ndarray) -> list[tuple[int, float]]:
        """Indices and BM25 scores of the ``n`` best allowed chunks with a positive score."""
        scores = np.where(allowed, self.scores(terms), 0.0)
        if n <= 0 or not len(scores):
            return []
        n = min(n, len(scores))
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best])]
        return [(int(i), float(scores[i])) for i in best if scores[i] > 0]


def _equals(key: str, value: str) -> Callable[[DocumentMeta], bool]:
    return lambda meta: bool(getattr(meta, key) == value)


class LexicalIndexCache:
    """Holds the current index and rebuilds it only when the store's version changes."""

    def __init__(self, load: Callable[[], tuple[list[Chunk], dict[str, DocumentMeta]]]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._index: LexicalIndex | None = None
        self._version: object = None

    def get(self, version: object) -> LexicalIndex:
        with self._lock:
            if self._index is None or version != self._version:
                chunks, metas = self._load()
                self._index = LexicalIndex(chunks, metas)
                self._version = version
            return self._index
