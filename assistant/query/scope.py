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

from assistant.language.german import STOPWORDS, fold, raw_tokens
from assistant.models import DocumentMeta

GENERIC = frozenset(
    """
    landkreis kreis stadt gemeinde samtgemeinde verbandsgemeinde amt markt hanse und universitaetsstadt
    hansestadt kreisstadt grosse kreisfreie im in der des die den dem am an bei ort orts auszug nicht
    genannt kommune mitgliedsgemeinde ratsinformationssystem fuer zum zur von vom naeher gremium
    ausschuss ausschusses rat rates sitzung stadtrats gemeinderats oeffentliche vorsitz buergermeister
    unknown beratungsfolge ortsbeiraete ausschuesse oldenburg ortsgemeinde landeshauptstadt stadtbezirk
    bezirk marktgemeinde ortsteil verwaltung fragen vermutlich
    gross grossen klein kleine kleines kleinen neue neuen alte alten ober unter nieder mittel hohen sankt
    """.split()
)
"""Words in municipality and body names that do not single one out, among them the adjectives that open place names
("Groß Pankow": "wie groß" names no place, "Kleines Wiesental")."""

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
    """The folded words of a municipality or body name that single it out (not "Stadt", "Ausschuss", nor a function
    word such as the "oder" of "Oder-Spree")."""
    return {
        t for t in raw_tokens(value) if len(t) >= 4 and t not in GENERIC and t not in STOPWORDS and not t[0].isdigit()
    }  # "Oder-Spree": "oder" is a conjunction in any question


def _names(token: str, word: str) -> bool:
    """A question word names a metadata token: equal, or an inflected/adjectival form ("Rostocker",
    "Calwer", "Erlanger", "Dresdner", "Friesländer")."""
    if word == token or (word.startswith(token) and len(word) - len(token) <= 3 and len(token) >= 5):
        return True
    return len(token) >= 4 and word in _adjectives(token)


def _adjectives(token: str) -> set[str]:
    """Adjectives German forms from a place name (folded): Calw → calwer, Erlangen → erlanger,
    Dresden → dresdner, Friesland → frieslaender, Peine → peiner, Neustadt → neustaedter, Mühlhausen → muehlhaeuser."""
    forms = {token + "er", token + "aner"}  # Werder → werderaner
    if token.endswith("e"):  # Peine → peiner, Kleve → klever
        forms.add(token + "r")
    if token.endswith("en"):
        forms |= {token[:-2] + "er", token[:-2] + "ner"}
    if token.endswith("land"):
        forms.add(token[:-4] + "laender")
    if token.endswith("stadt"):  # Prichsenstadt → prichsenstaedter
        forms.add(token[:-5] + "staedter")
    if token.endswith("hausen"):  # Mühlhausen → muehlhaeuser
        forms.add(token[:-6] + "haeuser")
    if len(token) < 7:
        return forms  # "Burg" is no place of the "Bürger"
    return forms | {umlauted for form in forms if (umlauted := _umlaut_last(form, len(token))) != form}


def _umlaut_last(form: str, stem: int) -> str:
    """``form`` with the last a, o or u of its first ``stem`` letters umlauted, folded (Wernigerode → wernigeroeder)."""
    for at in range(min(stem, len(form)) - 1, -1, -1):
        if form[at] in "aou" and not (at and form[at - 1] in "aeiou") and form[at + 1 : at + 2] != "e":
            return form[:at] + form[at] + "e" + form[at + 1 :]
    return form


class MetadataVocabulary:
    """Distinctive words of every municipality and body in the store."""

    def __init__(self, metas: Iterable[DocumentMeta]) -> None:
        values = list(metas)
        self._municipalities = _token_index(m.municipality for m in values)
        """distinctive token → the municipalities whose name has it"""
        self._bodies = _token_index(m.body for m in values)
        self._owners: dict[str, set[str]] = {}
        """body → the municipalities whose documents it holds"""
        for meta in values:
            self._owners.setdefault(meta.body, set()).add(meta.municipality)

    def _places(self, words: set[str], bodies: set[str]) -> set[str]:
        """The municipalities the question's words name, less one whose only naming words spell part of a body of
        other places that the question names by two words or more ("Ortsrat Stadtmitte/Neustadt" of Hildesheim
        names no Neustadt in Holstein)."""
        found = _matching(self._municipalities, words)
        spelled = []  # (question words naming a body, the body's municipalities)
        for body in bodies:
            tokens = distinctive_tokens(body)
            naming = {w for w in words if _named_tokens(w) & tokens}
            if len(naming) >= 2:
                spelled.append((naming, self._owners.get(body, set())))
        kept = set()
        for place in found:
            own = {w for w in words if _named_tokens(w) & distinctive_tokens(place)}
            if not any(own <= naming and place not in owners for naming, owners in spelled):
                kept.add(place)
        return kept

    def scope(self, question: str) -> Scope:
        words = set(raw_tokens(question))
        bodies = _matching(self._bodies, words)
        return Scope(
            municipalities=frozenset(self._places(words, bodies)),
            bodies=frozenset(bodies),
            years=frozenset(_YEAR.findall(fold(question))),
        )


def _token_index(names: Iterable[str]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for name in set(names):
        for token in distinctive_tokens(name):
            index.setdefault(token, set()).add(name)
    return index


def _matching(index: dict[str, set[str]], words: set[str]) -> set[str]:
    """The values one of whose tokens a question word names (see :func:`_names`). The tokens a word
    could name are derived from the word and looked up, so a question costs a few dictionary
    lookups however many municipalities and bodies the store holds."""
    found: set[str] = set()
    for word in words:
        for token in _named_tokens(word):
            found |= index.get(token, set())
    return found


_ENDINGS = frozenset({"s", "e", "n", "en", "es", "er", "em", "ns", "ern", "ers", "ens"})
"""Inflectional endings a question may add to a name ("Potsdams", "Bonner"): "Mittel" does not name
"Mitte"."""


def _named_tokens(word: str) -> set[str]:
    """Every token ``word`` names by :func:`_names`: itself, itself less an inflectional ending of up
    to three letters (at least five left), and the place names it is an adjective of."""
    tokens = {word}
    tokens |= {
        word[: len(word) - cut] for cut in (1, 2, 3) if len(word) - cut >= 5 and word[-cut:] in _ENDINGS
    }
    if word.endswith("er"):
        tokens |= {word[:-2], word[:-2] + "en", word[:-1]}
    if word.endswith("ner"):
        tokens.add(word[:-3] + "en")
    if word.endswith("aner"):
        tokens.add(word[:-4])  # "Werderaner" → "werder"
    if word.endswith("laender"):
        tokens.add(word[:-7] + "land")
    if word.endswith("staedter"):
        tokens.add(word[:-8] + "stadt")  # "Prichsenstädter" → "prichsenstadt"
    if word.endswith("haeuser"):
        tokens.add(word[:-7] + "hausen")  # "Mühlhäuser" → "muehlhausen"
    if word.endswith("er") and (plain := re.sub(r"([aou])e(?=[^aeiou]*$)", r"\1", word[:-2])) != word[:-2]:
        tokens |= {plain, plain + "e", plain + "en"}  # "Wernigeröder" → "wernigerode"
    return {t for t in tokens if _names(t, word)}


def place_names_of(adjective: str) -> set[str]:
    """The place names a folded adjective may be formed from ("aper" → "apen", "prichsenstaedter" →
    "prichsenstadt"), less the adjective itself."""
    return {t for t in _named_tokens(adjective) if t != adjective}


_NAMED_PLACE = re.compile(
    r"\b(?:[A-ZÄÖÜ][a-zäöüß]*(?:rat|tag|meister|meisterin|gemeinde|stadt|kreis|verwaltung|parlament)\s+von"
    r"|Ortsrat|Ortsgemeinderat|Marktgemeinderat|Verbandsgemeinderat|Samtgemeinderat|Stadtbezirksrat|Bezirksrat"
    r"|Kreisausschuss|Stadtparlament"
    r"|Kreisparlament|Rat der (?:Stadt|Gemeinde))\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
    r"|^(?:Hat|Hatte|Haben|Plant|Will|Wird|Baut|Bekommt|Kriegt|Macht|Gibt|Erhöht|Senkt|Führt|Schafft|Verbietet)"
    r"\s+(?P<subject>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+(?!der\b|die\b|das\b|den\b|dem\b)"
)
"""Places named where the retriever's place patterns do not look: "der Gemeinderat von Tübingen", "der
Bürgermeister von Heidelberg" (after a body or an office only: "Entwürfe von Abfall- und …" name none), "der
Ortsrat Musterhausen", "Hat Gütersloh …?" (a name right after the verb that opens the question)."""


def named_places(question: str) -> list[str]:
    """Words in the positions of :data:`_NAMED_PLACE` ("Tübingen", "Gütersloh"), as written; whether
    any document mentions them is for the index to say."""
    found = (m.group("name") or m.group("subject") for m in _NAMED_PLACE.finditer(question))
    return [name for name in found if fold(name) not in STOPWORDS]  # "Ortsrat Auf dem Berge"
