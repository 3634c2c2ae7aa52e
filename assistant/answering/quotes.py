"""Pick the verbatim quote a citation shows: the sentences of a chunk that carry the question's terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from assistant.language.german import content_terms
from assistant.language.sentences import split_sentences

MAX_QUOTE_CHARS = 600
MIN_QUOTE_CHARS = 500
"""A quote shorter than this is widened by its neighbouring sentences (the answer's key sentence stays the core):
a speaker's point, a reply or a vote and its reason often take the next sentence or two. 300 before session 14;
500 gave 11 more first hits and 2 fewer over the 836 answerable questions of the seven folders (docs/answers.md)."""
HEADING_FACTOR = 0.6
LENGTH_COST = 0.0005
"""Score lost per character of quote: 600 characters weigh as much as a very common term."""


class Quote(NamedTuple):
    """A quote's offsets, and those of its core: the sentences chosen for the question's terms,
    before neighbours were added for context."""

    start: int
    end: int
    core_start: int
    core_end: int


def best_quote(
    text: str,
    weights: dict[str, float],
    limit: int = MAX_QUOTE_CHARS,
    holds_fact: Callable[[str], bool] | None = None,
    fact_weight: float = 0.0,
    analyse: Callable[[str], list[str]] = content_terms,
) -> Quote:
    """Offsets into ``text`` of the best window of whole sentences (≤ ``limit`` chars).

    A window's worth is the summed weight of the distinct terms it contains, so two short
    sentences that together hold the question's subject and the vote beat one long sentence
    holding only the subject. Headings count a little less than running text, and each
    extra character costs a little, so the shortest window with the same terms wins. A
    window shorter than a readable minimum is widened by its neighbours. ``holds_fact`` marks
    sentences with the kind of fact the question asks for (a number, a date, a vote); a window
    containing one gains ``fact_weight`` once.
    """
    spans = split_sentences(text)
    if not spans:
        end = _cut_at_word(text, 0, min(len(text), limit))
        return Quote(0, end, 0, end)
    sentence_terms = [set(analyse(text[s:e])) for s, e in spans]
    factor = [HEADING_FACTOR if _is_heading(text, s, e) else 1.0 for s, e in spans]
    facts = [bool(holds_fact and holds_fact(text[s:e])) for s, e in spans]
    best = (0, 0)
    best_score = float("-inf")
    for i in range(len(spans)):
        seen: dict[str, float] = {}
        fact = 0.0
        for j in range(i, len(spans)):
            if j > i and spans[j][1] - spans[i][0] > limit:
                break
            for term in sentence_terms[j]:
                if term in weights:
                    seen[term] = max(seen.get(term, 0.0), weights[term] * factor[j])
            if facts[j]:
                fact = fact_weight
            score = sum(seen.values()) + fact - LENGTH_COST * (spans[j][1] - spans[i][0])
            if score > best_score + 1e-9:
                best, best_score = (i, j), score
    start, end = _widened(text, spans, *best, limit)
    core_start, core_end = spans[best[0]][0], min(spans[best[1]][1], end)
    return Quote(start, end, core_start, max(core_start, core_end))


def run_on(text: str, quote: Quote, limit: int = MAX_QUOTE_CHARS) -> Quote:
    """``quote``'s core in ``text`` — its chunk's text run on into the next chunk — widened again, now able to take the
    sentences after the chunk's end: what follows a topic's last sentence in a chunk (a reply, a reason, the vote)
    often opens the next chunk."""
    spans = split_sentences(text)
    first = next((i for i, (s, e) in enumerate(spans) if e > quote.core_start), None)
    last = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] < quote.core_end), None)
    if first is None or last is None or last < first:
        return quote
    start, end = _widened(text, spans, first, last, limit)
    start = min(start, quote.core_start)
    return Quote(start, max(end, quote.core_end), quote.core_start, quote.core_end)


def filled(text: str, quote: Quote, limit: int = MAX_QUOTE_CHARS) -> Quote:
    """``quote``, which its chunk's end left shorter than a readable length, taking the sentences that follow in
    ``text`` (its chunk's text run on into the next chunk) until it is long enough; its start stays."""
    end = quote.end
    for s, e in split_sentences(text):
        if end - quote.start >= MIN_QUOTE_CHARS or e - quote.start > limit:
            break
        if s >= quote.end - 1:
            end = e
    return Quote(quote.start, end, quote.core_start, quote.core_end)


def backfilled(text: str, quote: Quote, limit: int = MAX_QUOTE_CHARS) -> Quote:
    """``quote``, which its chunk's start left shorter than a readable length, taking the sentences before it in
    ``text`` (the chunk before run on into its chunk) until it is long enough; its end stays."""
    start = quote.start
    for s, e in reversed(split_sentences(text)):
        if quote.end - start >= MIN_QUOTE_CHARS or quote.end - s > limit:
            break
        if e <= quote.start + 1:
            start = s
    return Quote(start, quote.end, quote.core_start, quote.core_end)


def shifted(quote: Quote, by: int) -> Quote:
    """``quote``'s offsets moved ``by`` characters (text put before its own)."""
    return Quote(quote.start + by, quote.end + by, quote.core_start + by, quote.core_end + by)


def _widened(text: str, spans: list[tuple[int, int]], first: int, last: int, limit: int) -> tuple[int, int]:
    """Offsets of sentences ``first``..``last`` widened to a readable length (:func:`_widen`), cut at a word when
    still over ``limit``."""
    first, last = _widen(spans, first, last, limit)
    start, end = spans[first][0], spans[last][1]
    if end - start > limit:
        end = _cut_at_word(text, start, start + limit)
    return start, end


def _widen(spans: list[tuple[int, int]], first: int, last: int, limit: int) -> tuple[int, int]:
    """Add following (then preceding) sentences while the quote is too short to read on its own."""
    while spans[last][1] - spans[first][0] < MIN_QUOTE_CHARS:
        if last + 1 < len(spans) and spans[last + 1][1] - spans[first][0] <= limit:
            last += 1
        elif first > 0 and spans[last][1] - spans[first - 1][0] <= limit:
            first -= 1
        else:
            break
    return first, last


def _is_heading(text: str, start: int, end: int) -> bool:
    """A line of its own without closing punctuation: an agenda item's title, a label."""
    if end - start > 250 or text[end - 1 : end] in {".", "!", "?", ":"}:
        return False
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _cut_at_word(text: str, start: int, end: int) -> int:
    cut = text.rfind(" ", start, end)
    cut = end if cut <= start else cut
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut
