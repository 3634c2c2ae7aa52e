"""Whether the best document holds the topic a keyword search names.

A keyword search names a place, a body and a topic ("Stadt Wedel Baumschutzsatzung Beschluss"). When
the place's only document is about something else, its passages still cover the place, the body and
the council words, and the search would be answered from them. The topic is what is left of the
search's nouns beyond the document's metadata (place, body, title, agenda item), the council vocabulary
of deciding and voting (:data:`COUNCIL_STEMS`), the nouns of the asked value ("Anzahl") and dates: when
none of it stands anywhere in the best document, and at least one of those words is rare in the store (a word
of a topic, not "Jahr" or "Mitglieder"; a word the store never uses does not count, as a compound splitter may
miss its parts), the documents hold no answer.

Only keyword searches are read so: a sentence's own words ("stänkern", "Gemeindeoberhaupt") are often
not the documents' words, while a keyword search names its topic in the words it is looking for.
Measured in docs/answers.md, twenty-fourth pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.language.words import MONTHS_FOLDED
from assistant.query.coverage import Need
from assistant.query.scope import GENERIC

COUNCIL_STEMS = (
    "beschl",
    "beschluss",
    "entschied",
    "entscheid",
    "ergebnis",
    "antrag",
    "sitzung",
    "abstimm",
    "stimm",
    "gegenstimm",
    "enthalt",
    "einstimm",
    "mehrheit",
    "angenomm",
    "abgelehnt",
    "ablehn",
    "vertag",
    "verwies",
    "verweis",
    "zugestimmt",
    "zustimm",
    "genehmig",
    "kost",
    "frag",
    "position",
    "meinung",
    "haltung",
    "standpunkt",
    "argument",
    "begrund",
    "anwes",
)
"""Stem beginnings of the words of deciding, voting, asking, arguing and costing, which any minutes use ("Argument":
the minutes say "argumentierte")."""

RARE_SHARE = 0.008
"""A topic word is rare when at most this share of the store's chunks holds it. Chosen on the tune side: the words of
the answers a commoner word lost ("Zeitraum" 0.9 %, "Einrichtung", "Jahr", "Mitglieder" 2–5 % of the chunks) are
common, those of caught searches ("Parkgebühren" 0.75 %, "Glasfaserausbau", "Umbenennung") rare."""


SLOT_NOUNS = frozenset("anzahl zahl hoh summ betrag termin datum nam".split())
"""Stems of the nouns that name the asked value, not the topic ("Anzahl", "Höhe", "Termin", "Name")."""


def capitalised(search: str) -> str:
    """The capitalised words of a search, its nouns and names ("fehlende" is no topic), to be analysed as the index
    analyses text (stems, compound parts)."""
    return " ".join(re.findall(r"\b[A-ZÄÖÜ][\w-]+", search))


def _stated(term: str, nouns: frozenset[str]) -> bool:
    """Whether a noun of the search states ``term``: as it is, or as the first or last part of a compound ("bad" of
    the "Freibad" a lexicon bridges to "Hallenbad", "eintritt" of the "Eintrittspreise")."""
    return term in nouns or (len(term) >= 3 and any(noun.startswith(term) or noun.endswith(term) for noun in nouns))


def topic_needs(
    needs: Iterable[Need], metadata_terms: frozenset[str], nouns: frozenset[str] | None = None
) -> list[Need]:
    """The needs of a search beyond the document's metadata, the council vocabulary, the nouns of the asked value,
    place words and dates; with ``nouns``, only those a noun of the search states."""
    return [
        need
        for need in needs
        if not need.met_by(metadata_terms)
        and (nouns is None or any(_stated(term, nouns) for option in need.options for term in option))
        and not any(
            term.startswith(COUNCIL_STEMS) or term in GENERIC or term in SLOT_NOUNS or term.isdigit()
            or term[:4] in _MONTH_STEMS
            for option in need.options
            for term in option
        )
    ]


_MONTH_STEMS = frozenset(month[:4] for month in MONTHS_FOLDED)


def topic_absent(
    needs: Iterable[Need],
    metadata_terms: frozenset[str],
    document_terms: frozenset[str],
    rare: float,
    nouns: frozenset[str] | None = None,
) -> bool:
    """Whether a search's topic (:func:`topic_needs`) holds a word weighing at least ``rare`` and none of it stands
    in the document (its stems ``document_terms``)."""
    topic = topic_needs(needs, metadata_terms, nouns)
    known = [need for need in topic if need.options]  # (a word the store never uses may be one a splitter misses)
    return any(need.weight >= rare for need in known) and not any(need.met_by(document_terms) for need in topic)
