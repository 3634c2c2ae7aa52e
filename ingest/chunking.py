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

from assistant.models import Section

Span = tuple[int, int]

# Words that end with a period without ending the sentence (compared lower-case, without the dot).
ABBREVIATIONS = frozenset(
    {
        "abs",
        "abschn",
        "abt",
        "allg",
        "anl",
        "anm",
        "art",
        "az",
        "bd",
        "bes",
        "beschl",
        "bgm",
        "bspw",
        "bzgl",
        "bzw",
        "ca",
        "co",
        "dgl",
        "dipl",
        "dr",
        "drs",
        "ds",
        "dt",
        "ebd",
        "einschl",
        "etc",
        "evtl",
        "fa",
        "gem",
        "gez",
        "ggf",
        "ggfs",
        "grds",
        "hr",
        "hrn",
        "hrsg",
        "i.a",
        "i.d.f",
        "i.d.r",
        "i.s.d",
        "i.v",
        "inkl",
        "ing",
        "jh",
        "jhd",
        "kap",
        "kfz",
        "lfd",
        "lit",
        "lt",
        "max",
        "mdb",
        "mdl",
        "min",
        "mio",
        "mrd",
        "mwst",
        "nachf",
        "nr",
        "nrn",
        "o.a",
        "o.g",
        "o.ä",
        "pkt",
        "prof",
        "rd",
        "rel",
        "s",
        "sen",
        "sog",
        "st",
        "stv",
        "stellv",
        "str",
        "tel",
        "tsd",
        "u.a",
        "u.ä",
        "u.u",
        "usw",
        "v.a",
        "vgl",
        "vors",
        "z.b",
        "z.t",
        "z.z",
        "zt",
        "ziff",
        "zzgl",
    }
)
# A sentence end: terminal punctuation (plus closing quotes/brackets), whitespace, then a
# plausible sentence start.
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'“”»«)\]]*(?=\s+[\"'„“»«(\[]?[A-ZÄÖÜ0-9§])")
_PARAGRAPH_RE = re.compile(r"\n[^\S\n]*\n\s*")
_SPEAKER_RE = re.compile(
    r"\n(?=[ \t]*(?:Herr|Frau|Ratsherr|Ratsfrau|Stadtrat|Stadträtin|Stadtverordnete[rn]?|"
    r"Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Landrat|Landrätin|Vorsitzende[r]?|"
    r"Gemeinderat|Gemeinderätin|Ortsvorsteher(?:in)?|Bgm\.?|Dr\.)\s+[A-ZÄÖÜ])"
)
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True)
class ChunkSpan:
    """A chunk's place in the document: ``text[char_start:char_end]`` is the chunk text."""

    char_start: int
    char_end: int
    agenda_item: str
    public: bool


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_false_boundary(text: str, punct_start: int) -> bool:
    """True when the period at ``punct_start`` belongs to an abbreviation or an ordinal number."""
    if text[punct_start] != "." or text[punct_start : punct_start + 2] == "..":
        return False
    word_start = punct_start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:punct_start].lstrip("(\"'„“[").lower()
    if not word:
        return False
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    if re.fullmatch(r"(?:[a-zäöü]\.)+[a-zäöü]", word):  # u.a. / d.h. / i.d.R. style
        return True
    # "12. März", "1. Lesung", "3. Änderungssatzung", "01.02. 2017": German ordinals and dates are
    # far more common than sentences ending in a one- or two-digit number.
    return re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", word) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans ``(s, e)`` (offsets into ``text``) within ``[start, end)``, stripped.

    Blank lines always end a sentence; single line breaks (PDF layout) do not. A final piece
    without terminal punctuation is a sentence too.
    """
    end = len(text) if end is None else min(end, len(text))
    spans: list[Span] = []
    for block_start, block_end in _split_at(text, start, end, _PARAGRAPH_RE):
        cursor = block_start
        for match in _BOUNDARY_RE.finditer(text, block_start, block_end):
            if _is_false_boundary(text, match.start()):
                continue
            if (span := _strip(text, cursor, match.end())) is not None:
                spans.append(span)
            cursor = match.end()
        if (span := _strip(text, cursor, block_end)) is not None:
            spans.append(span)
    return spans


def _split_at(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[Span]:
    """Stripped, non-empty pieces of ``text[start:end]`` between matches of ``pattern``."""
    pieces: list[Span] = []
    cursor = start
    for match in pattern.finditer(text, start, end):
        if (span := _strip(text, cursor, match.start())) is not None:
            pieces.append(span)
        cursor = match.end()
    if (span := _strip(text, cursor, end)) is not None:
        pieces.append(span)
    return pieces


def _paragraphs(text: str, start: int, end: int) -> list[Span]:
    pieces: list[Span] = []
    for block in _split_at(text, start, end, _PARAGRAPH_RE):
        pieces.extend(_split_at(text, block[0], block[1], _SPEAKER_RE))
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

    chunks: list[ChunkSpan] = []
    for section in sections:
        paragraphs = _paragraphs(text, section.char_start, min(section.char_end, len(text)))
        for piece in _pack(paragraphs, fits):
            for start, end in _fit(text, piece, count_tokens, max_tokens, target_chars):
                if (span := _strip(text, start, end)) is not None:
                    chunks.append(ChunkSpan(span[0], span[1], section.agenda_item, section.public))
    return chunks
