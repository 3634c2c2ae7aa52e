"""Splitting German compounds against the corpus's own vocabulary.

"Kreisumlageerhebung" should match a question about the "Kreisumlage", and
"Abstimmungsergebnis" one about an "Abstimmung". A long word is split where both the head
(optionally without a linking "s", "n", "es" or "en"; or an inflected form of one:
"Flüchtlings|unterbringung" when the corpus says "Flüchtlinge") and the tail are words the corpus
itself uses; the parts are indexed next to the whole word. No dictionary is shipped: the
documents are the dictionary, so new place names and technical terms split too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

MIN_PART = 4
MIN_WORD = 9
LINKING = ("s", "es", "n", "en", "e")


class CompoundSplitter:
    """Splits folded, lower-case words into two parts, each known or itself a compound of known
    parts ("gesamtbaukosten" → "gesamtbau" | "kosten", "gesamtbau" → "gesamt" | "bau").

    ``split`` returns the two halves first, then the parts of each half."""

    def __init__(self, words: Iterable[str], min_count: int = 2) -> None:
        counts = Counter(w for w in words if len(w) >= MIN_PART and w.isalpha())
        self._known = frozenset(w for w, n in counts.items() if n >= min_count)
        self._stemmer = Stemmer.Stemmer("german")
        self._stems = frozenset(self._stemmer.stemWords(list(self._known)))
        self.split = lru_cache(maxsize=200_000)(self._split)

    def __contains__(self, word: str) -> bool:
        return word in self._known

    def _head_known(self, head: str) -> str | None:
        if head in self._known:
            return head
        for suffix in LINKING:
            if (
                head.endswith(suffix)
                and head[: -len(suffix)] in self._known
                and len(head) - len(suffix) >= MIN_PART
            ):
                return head[: -len(suffix)]
        for candidate in (head, *(head[: -len(s)] for s in LINKING if head.endswith(s))):
            if len(candidate) >= MIN_PART and self._stemmer.stemWord(candidate) in self._stems:
                return candidate
        return None

    def _split(self, word: str) -> tuple[str, ...]:
        """Parts of ``word`` (not including the word itself); empty when it is no known compound."""
        if len(word) < MIN_WORD or not word.isalpha():
            return ()
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            tail = word[cut:]
            if tail not in self._known:
                continue
            head = self._head_known(word[:cut])
            if head is not None:
                return (head, tail, *self.split(tail))
        for cut in range(MIN_WORD, len(word) - MIN_PART + 1):  # a head that is a compound itself
            tail = word[cut:]
            if tail not in self._known:
                continue
            head = word[:cut]
            for candidate in (head, *(head[: -len(s)] for s in LINKING if head.endswith(s))):
                if head_parts := self.split(candidate):
                    return (candidate, tail, *head_parts, *self.split(tail))
        return ()
