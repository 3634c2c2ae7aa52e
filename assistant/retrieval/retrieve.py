"""Hybrid retrieval: BM25 (German analysis) and dense vectors, blended, boosted, then quotes picked.

A question runs through four stages, each a function of its own:

1. candidates — the best chunks of each side (and of each municipality the question names);
2. blend — ``dense * cosine + lexical * BM25 / best BM25 among the candidates`` plus boosts for the
   municipality, body and year the question names;
3. features and admissibility — what picks the right chunk inside the right document (a named
   person, the question's words beyond the title, the kind of fact asked for, a task for "what
   next") and whether the chunk may count as evidence at all;
4. rerank (optional cross-encoder) and quote — the best sentences of each chunk, and a step back
   for a passage whose quote lacks the fact asked for.

Every weight is a field of :class:`~assistant.retrieval.weights.RankingWeights`, so an evaluation can sweep them without editing
code; the measurements behind the chosen values are in ``docs/ranking.md``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from assistant.knowledge import KnowledgeBase
from assistant.models import (
    Audience,
    Chunk,
    DocumentMeta,
    Passage,
    Rights,
    SearchFilters,
    audience_of,
)
from assistant.query.admissible import admissible
from assistant.query.analysis import Query, analyse
from assistant.query.coverage import beyond, coverage
from assistant.query.facts import holds_answer_kind, holds_precise_answer
from assistant.query.listing import attendance_sign, is_agenda_listing, is_attendance_list
from assistant.query.next_step import states_task
from assistant.query.reasons import gives_reason
from assistant.query.scope import Scope
from assistant.query.understand import names_in
from assistant.retrieval.dense import DenseIndex, top_indices
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.outcome_follows import outcome_first
from assistant.retrieval.passage_ranker import (
    Candidate,
    PassageRanker,
    RecordKinds,
    candidates_of,
    reorder,
    shipped_ranker,
)
from assistant.retrieval.quoting import placeholder_citation, with_quote
from assistant.retrieval.replies import neighbour, reply_first
from assistant.retrieval.rerank import Reranker, build_reranker, rerank
from assistant.retrieval.weights import DEFAULT_WEIGHTS, RankingWeights
from assistant.stores.cache import VersionedCache


def scope_boost(scope: Scope, meta: DocumentMeta, weights: RankingWeights = DEFAULT_WEIGHTS) -> float:
    """Added to a passage's score when its document matches what the question names."""
    boost = 0.0
    if meta.municipality in scope.municipalities:
        boost += weights.municipality
    if meta.body in scope.bodies:
        boost += weights.body
    if meta.date[:4] in scope.years:
        boost += weights.year
    return boost


@dataclass(frozen=True)
class Candidates:
    """Stage 1's output: chunk positions to rank, with both sides' scores over the whole index."""

    positions: list[int]
    dense: np.ndarray
    lexical: np.ndarray


@dataclass(frozen=True)
class SearchIndex:
    """What a query searches, built once per store version."""

    lexical: LexicalIndex
    dense: DenseIndex | None
    """The vectors in memory; None above ``settings.dense_cache_max_chunks`` (then Chroma is queried)."""
    records: RecordKinds = field(default_factory=dict)
    """The kinds of record extracted from each chunk (a feature of the learned ranker; a decision after its matter's
    passage, :mod:`.outcome_follows`)."""


@dataclass(frozen=True)
class SearchIndexes:
    """One index per audience. The public one is built from public text alone, so its vocabulary,
    term frequencies, compound splits and known places — and with them every ranking, coverage
    and abstention decision — cannot depend on non-public words. Without non-public content the
    two are the same object."""

    full: SearchIndex
    public: SearchIndex
    _scoped: dict[frozenset[str], SearchIndex] = field(default_factory=dict, compare=False, repr=False)
    """Public text plus the non-public text of some municipalities (members scoped to their
    councils), built on first use for each set of municipalities, for this store version."""
    _lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def for_caller(self, include_private: Rights) -> SearchIndex:
        audience = audience_of(include_private)
        if audience.everything or self.public is self.full:  # (nothing non-public: one index for all)
            return self.full
        if audience.public_only:
            return self.public
        with self._lock:
            found = self._scoped.get(audience.municipalities)
            if found is None:
                found = self._scoped[audience.municipalities] = self._only(audience)
            return found

    def _only(self, audience: Audience) -> SearchIndex:
        """An index of what ``audience`` may see, from the full one: its vocabulary and statistics
        come from visible text alone, as the public index's do."""
        lexical, dense = self.full.lexical, self.full.dense
        rows = [int(i) for i in np.flatnonzero(lexical.visible(audience))]
        kept = {lexical.chunks[i].doc_id for i in rows}
        return SearchIndex(
            LexicalIndex([lexical.chunks[i] for i in rows], {d: m for d, m in lexical.metas.items() if d in kept}),
            dense.rows(np.array(rows, dtype=np.int64)) if dense is not None else None,
            self.full.records,
        )


class Retriever:
    def __init__(
        self,
        kb: KnowledgeBase,
        reranker: Reranker | None = None,
        weights: RankingWeights = DEFAULT_WEIGHTS,
        ranker: PassageRanker | None = None,
    ) -> None:
        self.kb = kb
        self.reranker = reranker if reranker is not None else build_reranker(kb.settings)
        self.weights = weights
        self.ranker = ranker if ranker is not None else shipped_ranker()
        self._cache: VersionedCache[SearchIndexes] = VersionedCache(self._build)

    def _build(self) -> SearchIndexes:
        self.kb.vectors.refresh()  # another process may have written since the store was opened
        metas = {m.doc_id: m for m, _ in self.kb.documents.list_meta(include_private=True)}
        chunks = [c for c in self.kb.documents.all_chunks() if c.doc_id in metas]
        lexical = LexicalIndex(chunks, metas)
        dense = None
        if len(chunks) <= self.kb.settings.dense_cache_max_chunks:
            ids = [c.chunk_id for c in lexical.chunks]
            dense = DenseIndex.load(self.kb.vectors, ids, self.kb.embedder.dimension)
        records = record_kinds(self.kb)  # (the learned ranker's feature; where a vote follows its matter)
        full = SearchIndex(lexical, dense, records)
        public_metas = {d: m for d, m in metas.items() if m.public}
        rows = [i for i, c in enumerate(lexical.chunks) if c.public and c.doc_id in public_metas]
        if len(rows) == len(lexical.chunks) and len(public_metas) == len(metas):
            return SearchIndexes(full, full)
        public = SearchIndex(
            LexicalIndex([lexical.chunks[i] for i in rows], public_metas),
            dense.rows(np.array(rows, dtype=np.int64)) if dense is not None else None,
            records,
        )
        indexes = SearchIndexes(full, public)
        for scope in set(self.kb.settings.token_scopes.values()):
            # built here, with the version, not on a scoped member's first request (minutes at 1M chunks)
            indexes.for_caller(Audience(municipalities=scope))
        return indexes

    def index(self, include_private: Rights = False) -> SearchIndex:
        """The index of what the caller may see, for the store's current version."""
        return self._cache.get(self.kb.documents.version).for_caller(include_private)

    def wait_for_refresh(self, timeout: float | None = None) -> None:
        """Block until a background rebuild (after another process wrote) has finished."""
        self._cache.wait(timeout)

    def analyse(self, question: str, include_private: Rights) -> tuple[Query, SearchIndex]:
        """The question analysed against the index of what the caller may see, and that index."""
        search = self.index(include_private)
        return analyse(question, search.lexical), search

    def passages(self, question: str, k: int, filters: SearchFilters, include_private: Rights) -> list[Passage]:
        """Analyse and retrieve in one step (search, evaluation)."""
        query, search = self.analyse(question, include_private)
        return self.retrieve(query, search, k, filters, include_private)

    def retrieve(
        self, query: Query, search: SearchIndex, k: int, filters: SearchFilters, include_private: Rights
    ) -> list[Passage]:
        """The ``2 k`` best passages for ``query`` in ``search`` (the index it was analysed against)."""
        index = search.lexical
        if not len(index):
            return []
        allowed = index.mask(filters, include_private)
        if not allowed.any():
            return []
        found = self._candidates(query, search, allowed, filters, include_private)
        if not found.positions:
            return []
        ranked = self._blend(query, index, found)
        if self.reranker is not None:
            ranked = rerank(query.text, ranked, self.reranker)
        depth = max(k, 1) * 2
        if self.ranker is None or not self._learns():
            quoted = self._quote(query, index, ranked[:depth])
        else:
            quoted = self._quote(query, index, ranked[: max(depth, self.weights.pool)])
            quoted = self._learned(query, search, quoted, self.ranker)
        if self.weights.replies:
            quoted = reply_first(query, quoted, index)
        if self.weights.outcome_follows:
            scale, attendance = lexical_scale(found), attendance_sign(query.wording)

            def passage_of(chunk: Chunk) -> Passage:
                position = index.position[chunk.chunk_id]
                return self._quote(query, index, [self._passage(query, index, found, position, scale, attendance)])[0]

            decided = lambda chunk: "decision" in search.records.get(chunk.chunk_id, ())  # noqa: E731
            quoted = outcome_first(query, quoted, index, decided, passage_of)
        return quoted[:depth]

    def _learns(self) -> bool:
        """Whether the learned ranker orders the passages (see :attr:`RankingWeights.learned`)."""
        return self.weights.learned and self.ranker is not None and self.reranker is None

    def _candidates(
        self, query: Query, search: SearchIndex, allowed: np.ndarray, filters: SearchFilters, include_private: Rights
    ) -> Candidates:
        """Stage 1: the best chunks of both sides, and both sides' scores."""
        index, w = search.lexical, self.weights
        term_scores = index.scores(query.search_terms)
        lexical_all = term_scores
        if query.understanding.cues:
            lexical_all = lexical_all + w.cue * index.scores(query.understanding.cues)
        lexical_all = np.where(allowed, lexical_all, 0.0)
        query_vector = self.kb.embedder.embed_query(query.wording)
        scope = query.scope
        municipalities = [] if filters.municipality else sorted(scope.municipalities)[: w.scoped_queries]
        dense_all: np.ndarray | None = None
        if search.dense is not None:
            dense_all = search.dense.similarities(query_vector)
            candidates = top_indices(dense_all, allowed, w.candidates)
            for municipality in municipalities:
                scoped = allowed & index.municipality_mask(municipality)
                candidates += top_indices(dense_all, scoped, w.scoped_candidates)
        else:
            candidates = self._dense_from_store(
                index, query_vector, filters, include_private, allowed, municipalities
            )
        candidates += [i for i, _ in index.top(query.search_terms, w.candidates, allowed, term_scores)]
        if dense_all is None:
            dense_all = self._rescore(index, candidates, query_vector)
        return Candidates(list(dict.fromkeys(candidates)), dense_all, lexical_all)

    def _blend(self, query: Query, index: LexicalIndex, found: Candidates) -> list[Passage]:
        """Stages 2 and 3: blended score, passage features and admissibility, best first."""
        scale = lexical_scale(found)
        attendance = attendance_sign(query.wording)  # "Wer fehlte …?" lifts the list, any other question lowers it
        ranked = [self._passage(query, index, found, pos, scale, attendance) for pos in found.positions]
        ranked.sort(key=lambda p: p.score, reverse=True)
        return ranked

    def _passage(
        self, query: Query, index: LexicalIndex, found: Candidates, pos: int, scale: float, attendance: int
    ) -> Passage:
        """The chunk at ``pos`` as a passage: blended score (lexical scores divided by ``scale``; an attendance list
        moved by ``attendance``, :func:`attendance_sign`), features, coverage and admissibility."""
        w = self.weights
        sim = float(found.dense[pos])
        chunk = index.chunks[pos]
        meta = index.metas[chunk.doc_id]
        listing = is_agenda_listing(chunk.text)
        score = w.dense * sim + w.lexical * float(found.lexical[pos]) / scale + scope_boost(query.scope, meta, w)
        score += passage_features(query, chunk.text, index.terms[pos], index.metadata_terms(pos), w)
        if listing and not query.evidence.agenda_question:
            score -= w.listing_penalty
        if attendance and is_attendance_list(chunk.text):
            score += attendance * w.attendance_penalty
        return Passage(
            citation=placeholder_citation(chunk, meta),
            chunk=chunk,
            meta=meta,
            score=score,
            dense=sim,
            lexical=float(found.lexical[pos]),
            coverage=coverage(query.needs, index.terms[pos]),
            admissible=admissible(query.evidence, meta, chunk.text, listing),
        )

    def _quote(self, query: Query, index: LexicalIndex, ranked: list[Passage]) -> list[Passage]:
        """Stage 4: the best quote of each passage; without the asked-for fact it steps back."""
        weights = {t: index.idf(t) for t in set(query.search_terms)}
        quote_weights = dict(weights)
        cue_weight = self.weights.cue * (float(np.median(list(weights.values()))) if weights else 1.0)
        for cue in query.understanding.cues:
            quote_weights.setdefault(cue, cue_weight)
        beside = self._beside(index) if self.weights.run_on else None
        quoted = [with_quote(p, quote_weights, query, index, beside) for p in ranked]
        if query.expects:
            penalty = self.weights.quote_fact_penalty
            quoted.sort(key=lambda p: p.score - (0.0 if p.fits else penalty), reverse=True)
        return quoted

    def _beside(self, index: LexicalIndex) -> Callable[[Chunk, int], str | None]:
        """The document's text after a chunk up to the end of the next chunk of its agenda item in ``index`` (what
        the caller may see), when only whitespace lies between the two; with step -1 the text before it from the
        start of the chunk before."""

        def beside(chunk: Chunk, step: int = 1) -> str | None:
            other = neighbour(index, chunk, step)
            if other is None:
                return None
            first, second = (chunk, other) if step > 0 else (other, chunk)
            gap = self.kb.documents.text_between(chunk.doc_id, first.char_end, second.char_start)
            if gap is None or gap.strip() or len(gap) != second.char_start - first.char_end:
                return None  # (a stored text that does not match its chunks' offsets runs on nowhere)
            return gap + other.text if step > 0 else other.text + gap

        return beside

    def _learned(self, query: Query, search: SearchIndex, quoted: list[Passage], ranker: PassageRanker) -> list[Passage]:
        """Stage 5: the quoted candidates in the learned ranker's order."""
        return reorder(ranker, query, candidates(search, quoted))

    def _dense_from_store(
        self,
        index: LexicalIndex,
        query_vector: np.ndarray,
        filters: SearchFilters,
        include_private: Rights,
        allowed: np.ndarray,
        municipalities: list[str],
    ) -> list[int]:
        """Dense candidates from the vector store's own search (stores too large to hold in memory)."""
        hits = self.kb.vectors.query(query_vector, self.weights.candidates, filters, include_private)
        for municipality in municipalities:
            scoped = replace(filters, municipality=municipality)
            hits += self.kb.vectors.query(query_vector, self.weights.scoped_candidates, scoped, include_private)
        positions = [index.position[h.chunk_id] for h in hits if h.chunk_id in index.position]
        return [p for p in positions if allowed[p]]

    def _rescore(self, index: LexicalIndex, positions: list[int], query_vector: np.ndarray) -> np.ndarray:
        """Cosine similarities of the candidates (others stay 0), from vectors read back from the store."""
        scores = np.zeros(len(index), dtype=np.float32)
        found = self.kb.vectors.vectors([index.chunks[p].chunk_id for p in set(positions)])
        for chunk_id, vector in found.items():
            scores[index.position[chunk_id]] = float(np.dot(vector, query_vector))
        return scores


def lexical_scale(found: Candidates) -> float:
    """What the candidates' lexical scores are divided by: the best of them (1 when none scores)."""
    lexical = found.lexical[found.positions]
    top = float(lexical.max()) if len(lexical) else 0.0
    return top if top > 0 else 1.0


def record_kinds(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """The kinds of record extracted from each chunk, by chunk id (read once per store version)."""
    kinds: dict[str, set[str]] = {}
    for kind, records in (
        ("decision", kb.records.decisions(include_private=True)),
        ("position", kb.records.positions(include_private=True)),
        ("open_item", kb.records.open_items(include_private=True)),
    ):
        for record in records:
            kinds.setdefault(record.chunk_id, set()).add(kind)
    return {chunk_id: frozenset(found) for chunk_id, found in kinds.items()}


def candidates(search: SearchIndex, passages: list[Passage]) -> list[Candidate]:
    """What the learned ranker's features need of each passage, from the index it was found in."""
    index = search.lexical
    return candidates_of(
        passages,
        lambda p: frozenset(index.terms[index.position[p.chunk.chunk_id]]),
        lambda p: index.metadata_terms(index.position[p.chunk.chunk_id]),
        index.analyse,
        search.records,
    )


def passage_features(
    query: Query, text: str, terms: set[str], metadata_terms: frozenset[str], w: RankingWeights = DEFAULT_WEIGHTS
) -> float:
    """What a chunk gains or loses beyond its blended score (see :class:`RankingWeights`)."""
    score = 0.0
    names = query.understanding.names
    if names and not names_in(text).isdisjoint(names):
        score += w.person
    score += w.specific * coverage(beyond(query.needs, metadata_terms), terms)
    if query.asks_next_step and states_task(text):
        score += w.task
    if query.asks_reason and gives_reason(text):
        score += w.reason
    if query.expects and holds_answer_kind(query.expects, text, query.text):
        score += w.fact
        if holds_precise_answer(query.expects, text):
            score += w.precise
    return score - w.short_penalty * max(0.0, 1.0 - len(text) / w.short_chars)
