"""One person, one identity: the key under which "Herr Becker", "Stadtrat Becker", "Becker (CDU)" and
"Dr. Becker" of one council are the same speaker.

Minutes write a person with a form of address, an office, academic titles, a first name or a party in
brackets; none of these is stable across documents, the surname is. Two people of one surname in
different councils stay apart because the key also holds the municipality.
"""

from __future__ import annotations

import re

from assistant.language.german import fold

_ADDRESS = frozenset(
    {"herr", "herrn", "frau", "hr.", "fr.", "dr.", "prof.", "dipl.-ing.", "med.", "rer.", "nat."}
)
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "di", "da", "del", "la", "le", "ten", "vom"})


def surname(name: str) -> str:
    """The surname of a written name, with its particles: "Frau von Stritzky" → "von Stritzky",
    "Frau Bezirksbürgermeisterin Di Padova" → "Di Padova", "Stadtrat Becker (CDU)" → "Becker"."""
    bare = re.sub(r"\([^)]*\)", " ", name).split(",")[0]
    words = [w for w in bare.split() if w.casefold() not in _ADDRESS]
    if not words:
        return ""
    start = len(words) - 1
    while start > 0 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def person_key(name: str, municipality: str = "") -> str:
    """``surname|municipality``, case-folded: equal keys are one person."""
    return f"{surname(name).casefold()}|{' '.join(municipality.split()).casefold()}"


def same_person(query: str, key: str) -> bool:
    """True when a name as asked for ("Stadtrat Becker", "becker") names the person of ``key``."""
    wanted = surname(query).casefold()
    return bool(wanted) and key.split("|", 1)[0] == wanted


_ADDRESSED_NAME = re.compile(
    r"\b(?:Herrn?|Frau)\s+(?:(?:Dr|Prof)\.\s+)*(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
_OFFICE_ENDINGS = re.compile(
    r"(?:meister|meisterin|vorsitzende[rn]?|rat|rätin|räte|vorsteher|vorsteherin|präsident|präsidentin|leiter|leiterin|"
    r"kollege|kollegin|abgeordnete[rn]?|beigeordnete[rn]?|dezernent|dezernentin|direktor|direktorin|stellvertreter|"
    r"stellvertreterin|referent|referentin|sprecher|sprecherin|kämmerer|kämmerin|verordnete[rn]?|vertreter|vertreterin|"
    r"mitglied|landrätin|landrat)$"
)
"""Offices written after a form of address ("Herr Bürgermeister", "Frau Vorsitzende"): no surname."""


PARTIES = r"SPD|CDU|CSU|FDP|AfD|Grüne|GRÜNE|Linke|LINKE|FW|FWG|UWG|ÖDP|BSW|Freie Wähler"
"""Parties as minutes write them in brackets after a member's name."""
PARTY_NAMED = re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s*\((?:{PARTIES})\)")
"""A first name and a surname with the party in brackets ("Ulrike Gering (SPD)"): the press style of naming members."""


def addressed_surnames(text: str) -> set[str]:
    """Surnames that ``text`` writes after "Herr", "Herrn" or "Frau" (a first name or a title between them
    allowed: "Frau Carmen Schommers", "Herr Dr. Kunze") or with a party in brackets after the first name ("Ulrike
    Gering (SPD)"), folded as :func:`assistant.language.german.fold` writes them; offices ("Herr Bürgermeister")
    left out."""
    names = _ADDRESSED_NAME.findall(text) + PARTY_NAMED.findall(text)
    return {fold(name) for name in names if not _OFFICE_ENDINGS.search(name.casefold())}
