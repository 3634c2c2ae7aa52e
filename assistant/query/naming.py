"""Whether a passage names what a question asks the name of: a person by name ("Frau Dr. Hansen", "Referentin
Meyer"), or, when the question asks a thing's name ("Wie lautet der amtliche Name der neuen Grabform?"), a term
the passage names ("die sog. „Norwegergräber“ (offizielle Bezeichnung: Urnenpartnergrabstätte)")."""

from __future__ import annotations

import re

from assistant.language.german import fold
from assistant.language.persons import PARTY_NAMED

_NAMED = re.compile(
    r"\b(?:Herrn?|Frau|Dr\.|Prof\.|Bürgermeister(?:in)?|Landrat|Landrätin|Ratsherr|Ratsfrau|Stadträtin|Stadtrat"
    r"|Kreisrätin|Kreisrat|Beigeordnete[r]?|Referent(?:in)?|Mitarbeiter(?:in)?)\s+(?:Dr\.\s+)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?"
)
"""A person named by name: "Frau Dr. Hansen", "Referentin Meyer", "Frau Katja Reck" (on the unfolded
text: capitals matter; "Horst Marzi (Grüne)" by :data:`assistant.language.persons.PARTY_NAMED`). A person the question itself names ("Wer rückt für Frau Reck nach?") is no
answer."""
_TERM_NAMED = re.compile(r"„[^“”]{2,60}[“”]|\bsog(?:enannte[nmrs]?|\.)\s|\bBezeichnung\b|\bgenannt\b|\bbenannt\b")
"""A thing named: a quoted term, "sog. X", "(offizielle Bezeichnung: X)", "… genannt"."""
_ASKS_PERSON = re.compile(
    r"^wer\b|\b(?:referent|redner|sprecher|mitarbeiter|person|nachfolger|kandidat|bewerber|gutachter|vorsitzend"
    r"|buergermeister|ortsvorsteher|leiter|beigeordnet|vertreter|mitglied)\w*"
)
"""A question after a person's name (not a thing's)."""


def holds_name(text: str, question: str) -> bool:
    """Whether ``text`` names a person the question does not already name, or a term when it asks no person."""
    if not _ASKS_PERSON.search(fold(question)) and _TERM_NAMED.search(text):
        return True
    asked = {fold(w) for w in re.findall(r"[A-ZÄÖÜ][a-zäöüß]+", question)}
    named = [m.group(0).split()[1:] for m in _NAMED.finditer(text)] + [[m.group(1)] for m in PARTY_NAMED.finditer(text)]
    return any(not {fold(w) for w in words} & asked for words in named)
