"""How much of what a question asks about a passage mentions: the evidence share behind ranking and
abstention.

A question word is a *need*. A passage meets it when it holds the word, one of the word's other
forms the corpus uses (a participle's verb or noun: "fortgeschrieben" ~ "Fortschreibung"), or —
for a compound the corpus never uses as a whole — all of its parts together: "Hundesteuer" is not
met by a passage about some other "Steuer", nor "Friedhofsgebühren" by the Kita "Gebühren".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    """One thing a passage should mention, with its weight (the rarity of the word)."""

    weight: float
    options: tuple[frozenset[str], ...]
    """Any one of these sets of stems, all of it present, meets the need (none: it cannot be met)."""

    def met_by(self, terms: set[str] | frozenset[str]) -> bool:
        return any(option <= terms for option in self.options)


def coverage(needs: Iterable[Need], terms: set[str] | frozenset[str]) -> float:
    """Weighted share of ``needs`` that a passage with stems ``terms`` meets, 0..1."""
    total = held = 0.0
    for need in needs:
        total += need.weight
        if need.met_by(terms):
            held += need.weight
    return held / total if total > 0 else 0.0


def beyond(needs: Iterable[Need], known: frozenset[str]) -> list[Need]:
    """The needs that ``known`` (e.g. a document's title and agenda item) does not already meet."""
    return [need for need in needs if not need.met_by(known)]


def search_terms(needs: Iterable[Need]) -> list[str]:
    """The stems the lexical search looks for: every stem that can meet one of ``needs`` (a word,
    its verb forms, the parts of a compound, the long form of an abbreviation), each once."""
    return list(dict.fromkeys(t for need in needs for option in need.options for t in sorted(option)))
