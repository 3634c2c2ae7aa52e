"""The asked slot: what a value question wants a value *of*.

"Wie hoch ist der Hebesatz der Grundsteuer B?", "Was kostet der Ausbau der Hortbetreuung?", "Wie viele
Haushalte …?", "Wann wurde der Grundsatzbeschluss zum Integrationskonzept gefasst?": each asks for a value
of one kind (money, a number with its unit, a date) that belongs to one thing, the *head* of the slot:
the first noun after the question word that is neither a word for a value ("Kosten", "Betrag", "Höhe")
nor a place, a body or a person, together with the nouns attached to it ("der Ausbau *der
Hortbetreuung*"). A passage answers only where a value of that kind stands in one sentence with the head
(see :attr:`assistant.query.analysis.Query.slot`); a figure of something else in the same minutes does
not ("Die Gemeinde erhält 12.000 € Fördermittel" does not say what the Hort costs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.language.german import STOPWORDS, fold, raw_tokens, terms_of_tokens
from assistant.language.words import MONTHS_FOLDED
from assistant.query.coverage import Need
from assistant.vocab import AnswerKind


@dataclass(frozen=True)
class AskedSlot:
    """A value question's slot: the kind of value and the thing it belongs to."""

    kind: AnswerKind
    """The kind of value asked (money, a rate, a number with its unit, a date)."""
    head: str
    """The head noun phrase as written ("Ausbau Hortbetreuung"): see :func:`slot_head`."""
    needs: tuple[Need, ...]
    """The head's nouns as the index knows them (lemmas, compound parts, the lexicon's alternatives);
    a sentence names the head when it meets one of them (:meth:`named_in`)."""
    money: frozenset[str] = frozenset()
    """The kinds of money the head itself names ("Fördergeld": a grant, see
    :func:`assistant.query.facts.money_kinds`): a sentence naming the same kind in a plain word
    ("ein Zuschuss von 850.000 €", "Kosten in Höhe von …") names the head; one naming another thing of
    that kind ("Kindergartengebühren" for the "Krippengebühr") does not."""

    def named_in(self, sentence: str) -> bool:
        """Whether ``sentence`` names the head: one of its needs, each stem of an option a word of the
        sentence or the first or last part of one (a compound: "Gewerbesteuer" in "Gewerbesteuersätze"),
        or the kind of money the head is."""
        stems = set(terms_of_tokens(raw_tokens(sentence)))
        if any(_option_in(option, stems) for need in self.needs for option in need.options):
            return True
        if (last := self._last_part()) and last in stems:
            return True
        words = raw_tokens(sentence)
        return any(
            word.removeprefix("gesamt").startswith(_PLAIN_MONEY[kind])
            for kind in self.money
            for word in words
        )

    def _last_part(self) -> str:
        """The last part of a compound head as a word of its own ("Leuchten" of the "Straßenleuchten"): a sentence
        that counts "235 Leuchten" under the matter names the head; the part inside another compound
        ("Parkplätze" for the "Kita-Plätze") does not."""
        words = raw_tokens(self.head)
        if not words:
            return ""
        head = fold(words[-1])
        parts = [stem for need in self.needs for option in need.options if len(option) > 1 for stem in option]
        ends = [stem for stem in parts if len(stem) >= MIN_INSIDE and stem in head and head.rfind(stem) > 0]
        return max(ends, key=head.rfind, default="")

    def part_named(self, word: str) -> bool:
        """Whether ``word`` is a part of the head ("Konzept" of the "Hochwasserkonzept"): with a demonstrative
        before it ("dieses Konzept") it names the head named before."""
        stems = set(terms_of_tokens(raw_tokens(word)))
        return any(stem in option for need in self.needs for option in need.options for stem in stems)


GROUNDED_KINDS = frozenset({AnswerKind.MONEY, AnswerKind.AMOUNT, AnswerKind.RATE, AnswerKind.DATE})
"""Kinds of value whose sentence must name the head of the slot."""
_PLAIN_MONEY = {
    "cost": ("kosten", "aufwand", "aufwendung", "ausgabe", "schaden", "schaeden"),
    "grant": (
        "zuschuss",
        "zuschuesse",
        "foerdermittel",
        "foerderung",
        "foerdergeld",
        "zuwendung",
        "beihilfe",
    ),
    "price": ("preis", "kaufpreis", "verkaufspreis", "erloes"),
    "fee": ("gebuehr", "beitrag", "beitraege", "entgelt", "miete", "pacht"),
}
"""Words that name a kind of money and nothing else (a compound with "Gesamt-" too)."""
MIN_INSIDE = 4
"""Shortest stem looked for as the first or last part of a longer word of a sentence (a compound:
"Gewerbesteuer" in "Gewerbesteuersätze", "Stellen" in "Planstellen", not in "festgestellt")."""


def _option_in(option: frozenset[str], stems: set[str]) -> bool:
    return all(
        s in stems or (len(s) >= MIN_INSIDE and any(t.startswith(s) or t.endswith(s) for t in stems))
        for s in option
    )


_SECOND = re.compile(
    r",?\s+(?:und|sowie|oder)\s+(?=(?:wer|wie|was|welche[nrsm]?|wann|wo|wohin|warum|weshalb|wieso|mit welche[mnr]?"
    r"|auf welche[nmr]?|in welche[nmr]?|an wen|von wem|wurde|wurden|hat|haben|ist|gab|gibt)\b)",
    re.IGNORECASE,
)
"""Where a two-part question starts its second part (as :func:`assistant.query.facts.first_part`)."""

_DATE_CUE = re.compile(
    r"\b(?:(?:seit|bis|ab)\s+wann|wann|zu\s+welche[mr]\s+(?:zeitpunkt|termin)|in\s+welchem\s+jahr"
    r"|an\s+welchem\s+(?:tag|datum))\b",
    re.IGNORECASE,
)
_VALUE_CUE = re.compile(
    r"\b(?:wie\s?viele?[nrs]?|wie\s+(?:hoch|teuer|gro(?:ß|ss)|lange?|weit|breit|alt|tief|schwer|schnell)"
    r"|was\s+koste(?:t|n|te|ten)|(?:in|bis zu|mit|auf|um)\s+welche[mnr]?|welche[nrsm]?"
    r"|was\s+(?:hat|haben|hatte|hatten|wird|werden|soll|sollen|w(?:ü|ue)rden?)(?=[^?]*\b(?:gekostet|kosten)\b)"
    r"|was\s+(?:zahlt|zahlen|bezahlt|bezahlen|bekommt|bekommen|erh(?:ä|ae)lt|erhalten|kriegt|kriegen))\b",
    re.IGNORECASE,
)
"""Openings of date and of other value questions; the head is looked for after the first of them."""

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[,;:?!()]")

VALUE_NOUNS = frozenset(
    """
    kosten gesamtkosten betrag gesamtbetrag summe gesamtsumme hoehe wert zahl anzahl gesamtzahl geld euro prozent
    mittel preis zeitpunkt datum termin jahr jahre tag uhr uhrzeit ergebnis umfang groesse dauer menge anteil
    eigenanteil monat monats woche quartal
    """.split()
)
"""Nouns that name the value asked, not the thing it belongs to ("die Kosten des Ausbaus": the Ausbau)."""

_INSTITUTION = re.compile(
    r"(vertretung|versammlung|parlament|gremium|gremien|beirat|rat|raete|ausschuss|ausschuesse|verwaltung"
    r"|behoerde|amt|aemter|fraktion|vorstand|kommission|senat|kreistag|buergerschaft)(?:en|n|s|es)?$"
)
_PLACE_NOUNS = frozenset(
    """
    gemeinde stadt landkreis landkreises kreis kreises samtgemeinde verbandsgemeinde ortsgemeinde markt bezirk
    hansestadt ortsteil ortschaft herr herrn frau dr prof buergermeister buergermeisterin landrat landraetin
    eltern buerger buergerinnen einwohner anwohner grund gruende gruenden begruendung
    """.split()
)
"""Words for the municipality or a person, which tell where or who, not what."""
_LIGHT_NOUNS = frozenset("thema themen punkt sache angelegenheit".split())
"""Nouns that only announce the thing named next ("das Thema Kita-Gebühren")."""
_ASIDE = frozenset("beginn anfang ende mitte laufe rahmen laut nach gemaess".split())
"""Words after which the nouns name a time or a source, not the thing ("zu Beginn der Amtszeit", "laut dem
Bericht")."""
_LINKS = frozenset(
    """
    des der von vom fuer zum zur am im beim bei an auf in ueber einer eines und fuers ins ans aufs uebers ums
    """.split()
)
"""Words that attach a noun to the head ("der Ausbau *der* Hortbetreuung", "die Sanierung *des* Daches")."""
_ATTACHED = 2
"""How many nouns may be attached to the head."""


_GENITIVE = frozenset({"der", "des", "von", "vom", "eines", "einer"})
_ARTICLES = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})
"""An aside's nouns go on after a genitive ("zu Beginn der Amtszeit des …"); an article opens the next
phrase ("… die Abgabe der Betriebe")."""


def first_part_text(question: str) -> str:
    """The first part of a two-part question, as written."""
    return _SECOND.split(question, maxsplit=1)[0]


def slot_head(question: str, places: Iterable[str] = (), kind: AnswerKind = AnswerKind.AMOUNT) -> str:
    """The head noun phrase of a value question's slot, as its nouns joined by spaces ("Ausbau
    Hortbetreuung"), or ``""`` when the question opens no value slot or names nothing after it.
    ``places``: folded words of the municipalities the question names (left out of the head);
    ``kind``: the kind of value asked (a date is asked by "wann", "zu welchem Zeitpunkt" …)."""
    text = first_part_text(question)
    cue = _cue(text, kind)
    if cue < 0:
        return ""
    skip = {part for p in places for part in re.split(r"[^a-z]+", fold(p)) if len(part) > 2}
    tokens = _WORD.findall(text[cue:])
    head = _head(tokens, skip, bodies=False)
    subject = _subject_after_phrase(tokens, head, skip)
    head = f"{head} {subject}" if subject else head
    return head or (_head(tokens, skip, bodies=True) if kind == AnswerKind.DATE else "")


_PREPOSITIONS = frozenset(
    "im am beim zum zur vom in an auf bei mit nach fuer ueber unter vor aus von seit".split()
)
_SUBJECT_ARTICLES = frozenset({"die", "das", "den", "ein", "eine", "einen"})


def _subject_after_phrase(tokens: list[str], head: str, skip: set[str]) -> str:
    """The noun phrase after a prepositional phrase that gave the head ("In welchem Jahr fanden im Verfahren
    zur 79. Änderung … die frühzeitige Beteiligung statt?": "Beteiligung"); the value may belong to either,
    so both name the slot. ``""`` when the head is not in such a phrase or no article opens another phrase."""
    if not head:
        return ""
    first = head.split()[0]
    at = tokens.index(first) if first in tokens else -1
    before = [fold(t) for t in tokens[max(at - 2, 0) : max(at, 0)]]
    in_phrase = bool(before) and (
        before[-1] in _PREPOSITIONS
        or (len(before) == 2 and before[0] in _PREPOSITIONS and before[1] in _ARTICLES | _GENITIVE)
    )
    if not in_phrase:
        return ""
    for n in range(at + 1, len(tokens)):
        if tokens[n] in ",;:?!":
            return ""
        if fold(tokens[n]) in _SUBJECT_ARTICLES:
            return _head(tokens[n + 1 :], skip, bodies=False)
    return ""


def _head(tokens: list[str], skip: set[str], bodies: bool) -> str:
    """The head among ``tokens`` (see :func:`slot_head`); with ``bodies``, a body may be it: a date
    question that names nothing else asks about the body ("Ab wann gibt es Stadtteilvertretungen?").
    (For other values a body is where the value is given: "Wie lange dürfen Bürger in der AG Ortsbeiräte
    reden?")"""
    head: list[str] = []
    linked = aside = bracket = False
    for n, token in enumerate(tokens):
        folded = fold(token)
        if token in "()":
            bracket = token == "("
            continue
        if token in ",;:?!":
            break
        capital = any(c.isupper() for c in token)
        after = tokens[n + 1] if n + 1 < len(tokens) else ""
        noun = capital and not bracket and _is_thing(token, skip, tokens[n - 1] if n else "", after, bodies)
        if folded in _ASIDE:
            aside = True
            continue
        if aside:  # the nouns of "zu Beginn der Amtszeit des Stadtoberhaupts" are no head
            aside = (
                folded in _GENITIVE
                or capital
                or (_ADJECTIVE.search(folded) is not None and folded not in _ARTICLES)
            )
            if aside:
                continue
        if head:
            if noun and linked:
                head.append(token)
                if len(head) > _ATTACHED:
                    break
                linked = False
                continue
            if folded in _LINKS or (capital and not noun) or (linked and _ADJECTIVE.search(folded)):
                linked = linked or folded in _LINKS
                continue
            break
        if noun:
            head.append(token)
    return " ".join(head)


def _cue(text: str, kind: AnswerKind) -> int:
    """Where the head may start: after the first opening of a question for ``kind``; an opening with
    "welche" counts only before a word for a value ("Welchen Betrag …", not "Welchen Auftrag …, und zu
    welchem Preis?"), and the head starts after that word. -1: none."""
    for match in (_DATE_CUE if kind == AnswerKind.DATE else _VALUE_CUE).finditer(text):
        if not re.search(r"welche[nrsm]?$", match.group(0), re.IGNORECASE):
            return match.end()
        value = _VALUE_WORD.match(text, match.end())
        if value is not None:
            return value.end()
    return -1


_VALUE_WORD = re.compile(
    r"(?:\s+[a-zäöüß]+(?:e|en|er|es|em))*\s+(?=[A-ZÄÖÜ])[A-Za-zÄÖÜäöüß-]*?(?i:betrag|summe|h(?:ö|oe)he|satz|s(?:ä|ae)tze|quote|wert"
    r"|zuschuss|preis|geb(?:ü|ue)hr|geb(?:ü|ue)hren|miete|pacht|kosten|anteil|zahl|anzahl|umfang|gr(?:ö|oe)(?:ß|ss)e"
    r"|dauer|zeitraum|frist|zeitpunkt|termin|datum|stand|pegel|fl(?:ä|ae)che|l(?:ä|ae)nge|breite|menge)\b",
)
"""The word for a value after "welche" (compounds too: "Welche Fördersumme …", "Welchen Hebesatz …")."""


def things(question: str, places: Iterable[str] = ()) -> tuple[str, ...]:
    """The nouns a question asks about (folded): its capitalised words after the first that name a thing
    (not a word for a value, a place, a body, a person or a party), in order, each once."""
    skip = {part for p in places for part in re.split(r"[^a-z]+", fold(p)) if len(part) > 2}
    tokens = _WORD.findall(question)
    found: list[str] = []
    for n, token in enumerate(tokens[1:], start=1):
        after = tokens[n + 1] if n + 1 < len(tokens) else ""
        if (
            token[:1].isupper()
            and tokens[n - 1] not in "?!."
            and _is_thing(token, skip, tokens[n - 1], after)
        ):
            found.append(fold(token))
    return tuple(dict.fromkeys(found))


_ADJECTIVE = re.compile(r"^[a-z]+(?:e|en|er|es|em)$")
"""A lower-case word that may be an adjective between an attaching word and its noun."""


def _is_thing(token: str, places: set[str], before: str, after: str, bodies: bool = False) -> bool:
    """Whether a capitalised word names a thing a value may belong to: not a word for a value, a
    place, a body, a person or a party (an acronym), nor a place adjective ("Rostocker Bürgerschaft")."""
    folded = fold(token)
    if (
        folded in VALUE_NOUNS
        or folded in _PLACE_NOUNS
        or folded in places
        or folded in STOPWORDS
        or folded in MONTHS_FOLDED
        or folded in _LIGHT_NOUNS
    ):
        return False
    if _INSTITUTION.search(folded) and not bodies:
        return False
    if fold(before) in {"herr", "herrn", "frau", "dr", "dr."} or (token.isupper() and len(token) > 1):
        return False  # a name, a party
    if len(token) < 2:
        return False
    if folded.endswith("er") and after[:1].isupper() and len(after) > 2:
        return False  # "Rostocker Bürgerschaft", "Berliner Bezirke"
    return not any(part in places for part in re.split(r"[^a-z]+", folded) if part)
