"""Runs every system over the same documents and questions, times them and aggregates the numbers."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.answering.answer import confidence, distinct
from assistant.embedding import CachedQueryEmbedder, Embedder
from assistant.evaluation.baselines import (
    BM25Paragraphs,
    LangChainDefault,
    System,
    SystemResult,
    load_sources,
)
from assistant.evaluation.metrics import Outcome, Summary, ThresholdRow, outcome, summarise, threshold_sweep
from assistant.evaluation.qa import QUESTION_TYPES, QAItem
from assistant.knowledge import KnowledgeBase
from assistant.models import SearchFilters
from assistant.service import Assistant
from assistant.settings import Settings

log = logging.getLogger(__name__)

THRESHOLDS = tuple(round(0.20 + 0.05 * i, 2) for i in range(9))
"""Evidence-strength thresholds of the abstention trade-off table (0.20 … 0.60)."""

LANGCHAIN_DIR = "baseline-langchain"
"""Sub-folder of the data directory holding the LangChain baseline's own Chroma store."""

WARM_UP_QUESTION = "Welche Tagesordnung hatte die Sitzung?"
"""Asked once, untimed, before the timed questions (loads indexes; not one of the evaluated questions)."""

Notify = Callable[[str], None]


@dataclass(frozen=True)
class IngestStats:
    """The ingest run into the evaluation store, and the bare model's speed on the same texts."""

    documents: int
    failures: list[tuple[str, str]]
    chunks_total: int
    chunks_embedded: int
    seconds: float
    chunks_per_s: float | None
    """Embedded chunks per second of the whole ingest (None when nothing needed embedding)."""
    bare_chunks: int
    bare_seconds: float
    bare_chunks_per_s: float | None
    """``embed_passages`` alone on the embedding texts of the chunks this run embedded."""
    ratio: float | None
    """chunks_per_s / bare_chunks_per_s: the share of the model's speed the pipeline keeps."""


@dataclass(frozen=True)
class BuildStats:
    """How long a baseline took to index, and how many units it holds."""

    name: str
    units: int
    embedded: int
    seconds: float


@dataclass
class SystemReport:
    name: str
    overall: Summary
    by_type: dict[str, Summary]
    by_origin: dict[str, Summary]
    outcomes: list[Outcome] = field(default_factory=list)
    by_style: dict[str, Summary] = field(default_factory=dict)
    """User-style questions by ``part/style`` (``all/colloquial``, ``tune/colloquial``, ``test/…``)."""
    by_kind: dict[str, Summary] = field(default_factory=dict)
    """Unanswerable user-style questions by ``part/kind``."""
    diagnostic: bool = False
    """True for rows that are not a system of their own (ratsinfo with abstention switched off)."""


@dataclass
class EvalReport:
    model: str
    top_k: int
    min_score: float
    questions: int
    ingest: IngestStats
    builds: list[BuildStats]
    systems: list[SystemReport]
    thresholds: list[ThresholdRow]
    missing_gold_docs: list[str]

    def system(self, name: str) -> SystemReport:
        return next(s for s in self.systems if s.name == name)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RatsinfoResult(SystemResult):
    premise_contradicted: bool = False
    """Whether the answer corrected the question's premise (see :attr:`assistant.models.Answer.premise_contradicted`)."""


class RatsinfoSystem:
    """The assistant itself: ``Assistant.ask`` (private content included, as the CLI does)."""

    name = "ratsinfo"

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def ask(self, question: str, k: int) -> SystemResult:
        answer = self.assistant.ask(question, top_k=k, include_private=True)
        citations = [(c.doc_id, c.quote) for c in answer.citations]
        return RatsinfoResult(citations, answer.abstained, answer.premise_contradicted)

    def diagnose(self, question: str, k: int) -> tuple[float, SystemResult]:
        """The confidence ``ask`` compares with its threshold, and the citations it would give without one.

        ``compose_answer`` abstains exactly when :func:`assistant.answering.answer.confidence` of the
        distinct passages is below ``answer_min_score`` (or 0), so that is the figure recorded.
        """
        retriever = self.assistant.retriever
        query, search = retriever.analyse(question, include_private=True)
        passages = distinct(retriever.retrieve(query, search, k, SearchFilters(), include_private=True))
        citations = [(p.citation.doc_id, p.citation.quote) for p in passages[:k]]
        return confidence(passages, query.understanding.required), SystemResult(citations, False)


def measure_ingest(kb: KnowledgeBase, doc_paths: Sequence[Path], notify: Notify) -> IngestStats:
    """Ingest (timed), then time the bare embedder on the embedding texts of what was embedded."""
    from ingest.documents import embedding_text
    from ingest.pipeline import ingest_paths

    kb.embedder.embed_passages(["Aufwärmen des Modells"])
    notify("ingesting documents")
    started = time.perf_counter()
    report = ingest_paths(kb, doc_paths)
    seconds = time.perf_counter() - started
    fresh = set(report.added) | set(report.replaced)
    metas = {m.doc_id: m for m, _ in kb.documents.list_meta(include_private=True)}
    texts = [embedding_text(c, metas[c.doc_id]) for c in kb.documents.all_chunks() if c.doc_id in fresh]
    bare_seconds = 0.0
    if texts:
        notify(f"embedding {len(texts)} chunk texts with the bare model")
        started = time.perf_counter()
        kb.embedder.embed_passages(texts)
        bare_seconds = time.perf_counter() - started
    rate = report.chunks_embedded / seconds if report.chunks_embedded and seconds > 0 else None
    bare_rate = len(texts) / bare_seconds if texts and bare_seconds > 0 else None
    return IngestStats(
        documents=report.documents,
        failures=list(report.failures),
        chunks_total=report.chunks_total,
        chunks_embedded=report.chunks_embedded,
        seconds=seconds,
        chunks_per_s=rate,
        bare_chunks=len(texts),
        bare_seconds=bare_seconds,
        bare_chunks_per_s=bare_rate,
        ratio=rate / bare_rate if rate and bare_rate else None,
    )


def ask_all(
    system: System, questions: Sequence[QAItem], k: int, diagnose: RatsinfoSystem | None = None
) -> tuple[list[Outcome], list[Outcome]]:
    """Every question once (after one untimed warm-up); with ``diagnose`` also the open-answer outcomes."""
    system.ask(WARM_UP_QUESTION, k)
    timed: list[Outcome] = []
    open_answers: list[Outcome] = []
    for item in questions:
        started = time.perf_counter()
        result = system.ask(item.question, k)
        latency = (time.perf_counter() - started) * 1000
        strength = None
        if diagnose is not None:
            strength, unconditional = diagnose.diagnose(item.question, k)
            open_answers.append(outcome(item, unconditional.citations, False, k, None, strength))
        corrected = bool(getattr(result, "premise_contradicted", False))
        timed.append(outcome(item, result.citations, result.abstained, k, latency, strength, corrected))
    return timed, open_answers


def report_for(name: str, outcomes: list[Outcome], diagnostic: bool = False) -> SystemReport:
    types = [t for t in QUESTION_TYPES if any(o.type == t for o in outcomes)]
    origins = sorted({o.origin for o in outcomes})
    shared = [o for o in outcomes if not o.part]  # user-style sets have tables of their own
    return SystemReport(
        name=name,
        overall=summarise(shared or outcomes),
        by_type={t: summarise([o for o in outcomes if o.type == t]) for t in types},
        by_origin={g: summarise([o for o in outcomes if o.origin == g]) for g in origins},
        outcomes=outcomes,
        diagnostic=diagnostic,
        by_style=_by_part(outcomes, "style"),
        by_kind=_by_part([o for o in outcomes if not o.answerable], "kind"),
    )


PARTS = ("all", "tune", "test")


def _by_part(outcomes: list[Outcome], attribute: str) -> dict[str, Summary]:
    """Summaries of user-style outcomes per ``part/value`` of ``attribute`` (``all/…`` first), and
    per ``part/all``."""
    styled = [o for o in outcomes if o.part]
    values = sorted({getattr(o, attribute) for o in styled} - {""})
    found: dict[str, Summary] = {}
    for part in PARTS:
        inside = [o for o in styled if part in ("all", o.part)]
        for value in [*values, "all"]:
            chosen = [o for o in inside if value in ("all", getattr(o, attribute))]
            if chosen:
                found[f"{part}/{value}"] = summarise(chosen)
    return found


def _timed(build: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    value = build()
    return value, time.perf_counter() - started


def run_evaluation(
    settings: Settings,
    doc_paths: Sequence[Path],
    questions: Sequence[QAItem],
    top_k: int = 5,
    embedder: Embedder | None = None,
    notify: Notify | None = None,
    baselines: bool = True,
    learned: bool = False,
) -> EvalReport:
    """Ingest ``doc_paths`` into ``settings.data_dir``, build the baselines (unless ``baselines`` is
    False), ask every question (``learned``: with the learned passage ranker, else the hand ranking, the default)."""
    say: Notify = notify or (lambda message: log.info(message))
    kb = KnowledgeBase(settings, embedder)
    try:
        ingest = measure_ingest(kb, doc_paths, say)
        sources, _ = load_sources(doc_paths)
        systems: list[System] = []
        builds: list[BuildStats] = []
        if baselines:
            say("building the baselines")
            bm25, bm25_seconds = _timed(lambda: BM25Paragraphs(sources))
            # The bare embedder: the assistant's query cache must not speed up the baseline's queries.
            bare = kb.embedder.inner if isinstance(kb.embedder, CachedQueryEmbedder) else kb.embedder
            langchain, lc_seconds = _timed(
                lambda: LangChainDefault(sources, bare, settings.data_dir / LANGCHAIN_DIR)
            )
            systems = [bm25, langchain]
            builds = [
                BuildStats(bm25.name, len(bm25.units), 0, bm25_seconds),
                BuildStats(langchain.name, langchain.chunks, langchain.embedded, lc_seconds),
            ]
        assistant = Assistant(settings, kb)
        assistant.retriever.weights = replace(assistant.retriever.weights, learned=learned)
        ratsinfo = RatsinfoSystem(assistant)
        reports: list[SystemReport] = []
        say(f"asking {len(questions)} questions: {ratsinfo.name}")
        timed, open_answers = ask_all(ratsinfo, questions, top_k, diagnose=ratsinfo)
        reports.append(report_for(ratsinfo.name, timed))
        reports.append(report_for(f"{ratsinfo.name} (no abstention)", open_answers, diagnostic=True))
        for system in systems:
            say(f"asking {len(questions)} questions: {system.name}")
            reports.append(report_for(system.name, ask_all(system, questions, top_k)[0]))
    finally:
        kb.close()
    known = {s.doc_id for s in sources}
    return EvalReport(
        model=kb.embedder.name,
        top_k=top_k,
        min_score=settings.answer_min_score,
        questions=len(questions),
        ingest=ingest,
        builds=builds,
        systems=reports,
        thresholds=threshold_sweep([o for o in timed if not o.part] or timed, THRESHOLDS),
        missing_gold_docs=sorted({q.doc_id for q in questions if q.doc_id and q.doc_id not in known}),
    )
