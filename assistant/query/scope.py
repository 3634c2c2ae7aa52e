"""Metadata a question names: a municipality, a body, a year — matched against what the store holds.

"Was hat der Bauausschuss 2019 zum Schulstandort beschlossen?" names a body and a year;
"Wie hoch ist der Rostocker Doppelhaushalt?" names a municipality through an adjective.
Matches become boosts in ranking (never hard filters: a question may name a place only in
passing), and the municipality also widens the dense candidate search to that place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.language.german import fold, raw_tokens
from assistant.models import DocumentMeta

GENERIC = frozenset(
    """
    landkreis kreis stadt gemeinde samtgemeinde verbandsgemeinde amt markt hanse und universitaetsstadt
    hansestadt kreisstadt grosse kreisfreie im in der des die den dem am an bei ort orts auszug nicht
    genannt kommune mitgliedsgemeinde ratsinformationssystem fuer zum zur von vom naeher gremium
    ausschuss ausschusses rat rates sitzung stadtrats gemeinderats oeffentliche vorsitz buergermeister
    unknown beratungsfolge ortsbeiraete ausschuesse oldenburg ortsgemeinde landeshauptstadt stadtbezirk
    bezirk marktgemeinde ortsteil
    """.split()
)
"""Words in municipality and body names that do not single one out."""

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class Scope:
    """What a question names, as metadata values present in the store."""

    municipalities: frozenset[str] = field(default_factory=frozenset)
    bodies: frozenset[str] = field(default_factory=frozenset)
    years: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.municipalities or self.bodies or self.years)


def distinctive_tokens(value: str) -> set[str]:
    """The folded words of a municipality or body name that single it out (not "Stadt", "Ausschuss")."""
    return {t for t in raw_tokens(value) if len(t) >= 4 and t not in GENERIC and not t[0].isdigit()}


def _names(token: str, word: str) -> bool:
    """A question word names a metadata token: equal, or an inflected/adjectival form ("Rostocker",
    "Calwer", "Erlanger", "Dresdner", "Friesländer")."""
    if word == token or (word.startswith(token) and len(word) - len(token) <= 3 and len(token) >= 5):
        return True
    return len(token) >= 4 and word in _adjectives(token)


def _adjectives(token: str) -> set[str]:
    """Adjectives German forms from a place name (folded): Calw → calwer, Erlangen → erlanger,
    Dresden → dresdner, Friesland → frieslaender."""
    forms = {token + "er"}
    if token.endswith("en"):
        forms |= {token[:-2] + "er", token[:-2] + "ner"}
    if token.endswith("land"):
        forms.add(token[:-4] + "laender")
    return forms


class MetadataVocabulary:
    """Distinctive words of every municipality and body in the store."""

    def __init__(self, metas: Iterable[DocumentMeta]) -> None:
        self._municipalities: dict[str, set[str]] = {}
        self._bodies: dict[str, set[str]] = {}
        for meta in metas:
            if meta.municipality and meta.municipality not in self._municipalities:
                self._municipalities[meta.municipality] = distinctive_tokens(meta.municipality)
            if meta.body and meta.body not in self._bodies:
                self._bodies[meta.body] = distinctive_tokens(meta.body)

    def scope(self, question: str) -> Scope:
        words = set(raw_tokens(question))
        return Scope(
            municipalities=frozenset(_matching(self._municipalities, words)),
            bodies=frozenset(_matching(self._bodies, words)),
            years=frozenset(_YEAR.findall(fold(question))),
        )


def _matching(values: dict[str, set[str]], words: set[str]) -> set[str]:
    return {
        value
        for value, tokens in values.items()
        if tokens and any(_names(token, word) for token in tokens for word in words)
    }
