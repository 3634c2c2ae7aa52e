"""Pick the verbatim quote a citation shows: the sentences of a chunk that carry the question's terms."""

from __future__ import annotations

from assistant.german import content_terms
from assistant.sentences import split_sentences

MAX_QUOTE_CHARS = 600
MIN_QUOTE_CHARS = 120


def sentence_score(sentence: str, weights: dict[str, float]) -> float:
    """Sum of the rarity weights of the question terms the sentence contains."""
    present = set(content_terms(sentence))
    return sum(w for t, w in weights.items() if t in present)


def best_quote(text: str, weights: dict[str, float], limit: int = MAX_QUOTE_CHARS) -> tuple[int, int]:
    """Offsets ``(start, end)`` into ``text`` of the best sentence window, at most ``limit`` characters.

    The best-scoring sentence is taken, then widened by a neighbour while the quote is
    shorter than a readable minimum or the neighbour also carries question terms, as long
    as it stays within ``limit``. Without any matching sentence the chunk's opening is quoted.
    """
    spans = split_sentences(text)
    if not spans:
        return 0, min(len(text), limit)
    headings = [_is_heading(text, s, e) for s, e in spans]
    scores = [
        sentence_score(text[s:e], weights) * (0.6 if h else 1.0)
        for (s, e), h in zip(spans, headings, strict=False)
    ]
    best = max(range(len(spans)), key=lambda i: (scores[i], -i))
    first = last = best
    if headings[best] and best + 1 < len(spans) and spans[best + 1][1] - spans[best][0] <= limit:
        last = best + 1
    while True:
        grown = False
        for candidate in (last + 1, first - 1):
            if not 0 <= candidate < len(spans):
                continue
            lo, hi = min(first, candidate), max(last, candidate)
            if spans[hi][1] - spans[lo][0] > limit:
                continue
            length = spans[last][1] - spans[first][0]
            if length < MIN_QUOTE_CHARS or scores[candidate] > 0:
                first, last = lo, hi
                grown = True
                break
        if not grown:
            break
    start, end = spans[first][0], spans[last][1]
    if end - start > limit:
        end = _cut_at_word(text, start, start + limit)
    return start, end


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
