"""The quote stage of retrieval: each passage's best window of sentences becomes its citation, and
the passage is marked as fitting when that quote holds the kind of fact the question asks for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from assistant.answering.quotes import MIN_QUOTE_CHARS, Quote, backfilled, best_quote, filled, run_on, shifted
from assistant.language.sentences import split_sentences
from assistant.models import Chunk, Citation, DocumentMeta, Passage
from assistant.query.analysis import Query
from assistant.query.facts import decided_in, holds_answer_kind
from assistant.query.reasons import gives_reason
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.replies import TAIL_CHARS
from assistant.vocab import AnswerKind


def placeholder_citation(chunk: Chunk, meta: DocumentMeta) -> Citation:
    """The whole chunk as a citation, before its quote is chosen."""
    return citation_of(chunk, meta, 0, len(chunk.text), 0.0)


def citation_of(
    chunk: Chunk, meta: DocumentMeta, start: int, end: int, score: float, text: str | None = None, origin: int = 0
) -> Citation:
    """``chunk.text[start:end]`` as a citation with its document's place, body, date and offsets; ``text`` is the
    chunk's text run on into the document after it, when the quote goes on past the chunk."""
    return Citation(
        doc_id=chunk.doc_id,
        title=meta.title,
        municipality=meta.municipality,
        body=meta.body,
        date=meta.date,
        agenda_item=chunk.agenda_item,
        page=chunk.page,
        quote=(chunk.text if text is None else text)[start:end],
        char_start=chunk.char_start + origin + start,
        char_end=chunk.char_start + origin + end,
        source=meta.source,
        score=round(score, 4),
    )


def with_quote(
    passage: Passage,
    weights: dict[str, float],
    query: Query,
    index: LexicalIndex,
    beside: Callable[[Chunk, int], str | None] | None = None,
) -> Passage:
    """The passage with its best quote as citation, and whether that quote holds the asked fact
    (with the thing it belongs to, when the question counts something). ``beside`` gives the document's text
    after a chunk through the next one (step 1) or from the one before (step -1): a quote whose core ends the
    chunk is widened into the next, since what a topic's last sentence leads to (a reply, a reason, the vote) often
    opens it. A quote that takes its whole
    (short) chunk and is still shorter than a readable length goes on into the next chunk too, keeping its start
    (:func:`~assistant.answering.quotes.filled`; re-widening it from the core instead cost two tune first hits,
    whose answer stood before the core); one that starts its chunk and is still short takes the sentences of the
    chunk before it in the same agenda item, keeping its end (:func:`~assistant.answering.quotes.backfilled`: a
    vote line, a closing remark ends what was said there)."""
    fact_weight = max(weights.values(), default=0.0)
    expects = query.expects
    pick = partial(
        best_quote,
        weights=weights,
        holds_fact=partial(holds_answer_kind, expects, question=query.text)
        if expects
        else (gives_reason if query.asks_reason else None),
        fact_weight=fact_weight,
        analyse=index.analyse,
    )
    text, quote, origin = passage.chunk.text, pick(passage.chunk.text), 0
    if beside is not None:
        text, quote, origin = _across_chunks(passage.chunk, text, quote, beside)
    citation = citation_of(passage.chunk, passage.meta, quote.start, quote.end, passage.score, text, origin)
    core = text[quote.core_start : quote.core_end]
    fits = holds_answer_kind(expects, core, query.text) or (
        expects == AnswerKind.DECISION and decided_in(core, passage.meta.kind)
    )
    if fits and query.slot:
        fits = _value_with_its_thing(query, text, quote.start, quote.end, index)
    return replace(passage, citation=citation, fits=fits)


def _across_chunks(
    chunk: Chunk, text: str, quote: Quote, beside: Callable[[Chunk, int], str | None]
) -> tuple[str, Quote, int]:
    """``quote`` of ``text`` (the chunk's) run on into the next chunk or back into the one before, with the text it
    now lies in and that text's start relative to the chunk's (negative when run back)."""
    end = len(text.rstrip())
    ends_chunk = end - quote.core_end <= TAIL_CHARS  # (near the chunk's end, as for replies)
    cut_short = quote.end >= end and quote.end - quote.start < MIN_QUOTE_CHARS
    if (ends_chunk or cut_short) and (after := beside(chunk, 1)):
        text += after
        quote = run_on(text, quote) if ends_chunk else filled(text, quote)
    if quote.start == 0 and quote.end - quote.start < MIN_QUOTE_CHARS and (before := beside(chunk, -1)):
        return before + text, backfilled(before + text, shifted(quote, len(before))), -len(before)
    return text, quote, 0


def _value_with_its_thing(query: Query, text: str, start: int, end: int, index: LexicalIndex) -> bool:
    """Whether a sentence of the quote ``text[start:end]`` holds the asked value together with what
    it belongs to (:attr:`Query.slot`), that sentence or the one before it naming the thing."""
    spans = split_sentences(text, start, end)
    previous: set[str] = set()
    for s, e in spans:
        sentence = text[s:e]
        terms = set(index.analyse(sentence))
        if holds_answer_kind(query.expects, sentence, query.text) and any(
            need.met_by(terms | previous) for need in query.slot
        ):
            return True
        previous = terms
    return False
