"""Whether a passage names what a question asks the name of: a person by name ("Frau Dr. Hansen", "Referentin
Meyer"), or, when the question asks a thing's name ("Wie lautet der amtliche Name der neuen Grabform?"), a term
the passage names ("die sog. „Norwegergräber“ (offizielle Bezeichnung: Urnenpartnergrabstätte)")."""

from __future__ import annotations

import re

from assistant.language.german import STOPWORDS, fold
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
_LEGAL_FORM = re.compile(r"\b(?:GmbH|mbH|AG|KG|OHG|GbR|SE|eG|e\.\s?K\.)(?!\w)|&\s*(?:Co\b|Partner\b)")
_FIRM_WORD = re.compile(
    r"\b(?:Firma|Fa\.|[A-ZÄÖÜ]?[\wäöüß]*(?:büro|[Bb]üros?)|Architekt(?:in|en)?|Bauunternehmen|Unternehmen|Planungsgesellschaft"
    r"|Bietergemeinschaft|Arbeitsgemeinschaft|ARGE)\s+(?:Dipl\.-[\w.-]+\s+)?(?P<name>[A-ZÄÖÜ][\w&.-]+|[a-z]{2,5}\b)"
)
"""A firm named by its name after the word for it ("Ingenieurbüro Dippold", "Fa. Strabag", "Büro Planwerk"); "eines
Architekturbüros 17/12" or "das Büro für Stadtplanung" names none; a short name in small letters may ("Büro fks")."""
_FIRM_ELSE = re.compile(r"(?i:planungsgesellschaft|\bstadtwerke?\b|\bunternehmen\s+\w+\s+aus\b)")


def holds_company(text: str, question: str) -> bool:
    """Whether ``text`` names a firm (a legal form, or a name after the word for a firm) that the question does not
    already name."""
    asked = {fold(w) for w in re.findall(r"[A-ZÄÖÜ][\w-]+", question)}
    if _LEGAL_FORM.search(text) or _FIRM_ELSE.search(text):
        return True
    return any(
        fold(name := m.group("name")) not in asked and (name[0].isupper() or fold(name) not in STOPWORDS)
        for m in _FIRM_WORD.finditer(text)
    )


def holds_name(text: str, question: str) -> bool:
    """Whether ``text`` names a person the question does not already name, or a term when it asks no person."""
    if not _ASKS_PERSON.search(fold(question)) and _TERM_NAMED.search(text):
        return True
    asked = {fold(w) for w in re.findall(r"[A-ZÄÖÜ][a-zäöüß]+", question)}
    named = [m.group(0).split()[1:] for m in _NAMED.finditer(text)] + [[m.group(1)] for m in PARTY_NAMED.finditer(text)]
    return any(not {fold(w) for w in words} & asked for words in named)
