"""Structure-aware chunks with exact character offsets, and a German-aware sentence splitter.

A chunk never straddles two sections (agenda items). Inside a section the text is cut into
paragraphs (blank lines, and lines that open a speaker turn such as "Herr Meier …"); small
consecutive paragraphs are merged up to ``target_chars``. A piece that still has more than
``max_tokens`` tokens is cut at sentence boundaries, then at word boundaries, and as a last
resort at character positions. Every span is stripped of surrounding whitespace, so
``text[char_start:char_end]`` is the chunk text exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.language.sentences import PARAGRAPH_RE, Span, split_at, split_sentences, strip_span
from assistant.models import Section

_SPEAKER_RE = re.compile(
    r"\n(?=[ \t]*(?:Herr|Frau|Ratsherr|Ratsfrau|Stadtrat|Stadträtin|Stadtverordnete[rn]?|"
    r"Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Landrat|Landrätin|Vorsitzende[r]?|"
    r"Gemeinderat|Gemeinderätin|Ortsvorsteher(?:in)?|Bgm\.?|Dr\.)\s+[A-ZÄÖÜ])"
)
_WORD_RE = re.compile(r"\S+")


MIN_CHUNK_CHARS = 120
"""Chunks shorter than this are joined to a neighbour in the same section when they fit."""


@dataclass(frozen=True)
class ChunkSpan:
    """A chunk's place in the document: ``text[char_start:char_end]`` is the chunk text."""

    char_start: int
    char_end: int
    agenda_item: str
    public: bool


def _paragraphs(text: str, start: int, end: int) -> list[Span]:
    pieces: list[Span] = []
    for block in split_at(text, start, end, PARAGRAPH_RE):
        pieces.extend(split_at(text, block[0], block[1], _SPEAKER_RE))
    return pieces


def _pack(units: list[Span], fits: Callable[[int, int], bool]) -> list[Span]:
    """Greedily merge consecutive units while ``fits(start, end)``; a lone unit is kept as is.

    ``fits`` must be monotone in ``end``, so the longest fitting run is found by bisection.
    """
    packed: list[Span] = []
    i = 0
    while i < len(units):
        lo, hi = i, len(units) - 1  # invariant: units[i..lo] fits (or lo == i)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(units[i][0], units[mid][1]):
                lo = mid
            else:
                hi = mid - 1
        packed.append((units[i][0], units[lo][1]))
        i = lo + 1
    return packed


def _hard_cut(text: str, start: int, end: int, too_big: Callable[[int, int], bool]) -> list[Span]:
    """Character cuts for a single "word" that alone exceeds the token limit."""
    pieces: list[Span] = []
    while start < end:
        lo, hi = start + 1, end
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if too_big(start, mid):
                hi = mid - 1
            else:
                lo = mid
        pieces.append((start, lo))
        start = lo
    return pieces


def _fit(
    text: str, span: Span, count_tokens: Callable[[str], int], max_tokens: int, target_chars: int
) -> list[Span]:
    """Cut ``span`` until every piece has at most ``max_tokens`` tokens."""

    def too_big(s: int, e: int) -> bool:
        return count_tokens(text[s:e]) > max_tokens

    def fits(s: int, e: int) -> bool:
        return e - s <= target_chars and not too_big(s, e)

    if not too_big(*span):
        return [span]
    sentences = split_sentences(text, *span)
    pieces = _pack(sentences, fits) if len(sentences) > 1 else []
    if len(pieces) > 1:
        return [p for piece in pieces for p in _fit(text, piece, count_tokens, max_tokens, target_chars)]
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, *span)]
    pieces = _pack(words, lambda s, e: not too_big(s, e)) if len(words) > 1 else []
    if len(pieces) > 1:
        return [p for piece in pieces for p in _fit(text, piece, count_tokens, max_tokens, target_chars)]
    return _hard_cut(text, span[0], span[1], too_big)


def chunk_sections(
    text: str,
    sections: list[Section],
    count_tokens: Callable[[str], int],
    max_tokens: int,
    target_chars: int = 900,
) -> list[ChunkSpan]:
    """Chunks of ``text`` inside each section, in order; none is empty or over ``max_tokens``."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")

    def fits(s: int, e: int) -> bool:
        return e - s <= target_chars and count_tokens(text[s:e]) <= max_tokens

    def within_window(s: int, e: int) -> bool:
        return count_tokens(text[s:e]) <= max_tokens

    chunks: list[ChunkSpan] = []
    for section in sections:
        paragraphs = _paragraphs(text, section.char_start, min(section.char_end, len(text)))
        spans: list[Span] = []
        for piece in _pack(paragraphs, fits):
            for start, end in _fit(text, piece, count_tokens, max_tokens, target_chars):
                if (span := strip_span(text, start, end)) is not None:
                    spans.append(span)
        for start, end in _absorb_small(spans, within_window):
            chunks.append(ChunkSpan(start, end, section.agenda_item, section.public))
    return chunks


def _absorb_small(spans: list[Span], fits: Callable[[int, int], bool]) -> list[Span]:
    """Join a chunk too small to stand alone ("Beschlussvorschlag:", "Abstimmungsergebnis:") to its
    following neighbour, or to the previous one at the end of a section, when the model window allows."""
    result: list[Span] = []
    pending: Span | None = None
    for span in spans:
        if pending is not None:
            if fits(pending[0], span[1]):
                span = (pending[0], span[1])
            else:
                result.append(pending)
            pending = None
        if span[1] - span[0] < MIN_CHUNK_CHARS:
            pending = span
        else:
            result.append(span)
    if pending is not None:
        if result and fits(result[-1][0], pending[1]):
            result[-1] = (result[-1][0], pending[1])
        else:
            result.append(pending)
    return result
