"""Press forms of naming a speaker, rewritten to the forms :func:`ingest.extract.speakers.find` reads.

Press and party reports of sessions name people as an office with the name as its apposition ("Der Vorsitzende der
Fraktion von Bündnis 90/Die Grünen, Klaus Elflein, sagte, …"; "…, sagte der Vorsitzende der Grünen, Klaus Elflein.")
or through another person ("Elfleins Fraktionskollege Peter Schabel regte an, …").
"""

from __future__ import annotations

import re

from ingest.extract.person_names import ROLE, WORD

_ROLE_FIRST = re.compile(rf"^(?:Der|Die)\s+(?P<desc>[^,;:.„“\"]{{3,80}}?),\s+(?P<name>{WORD}\s+{WORD}),\s+(?=[a-zäöüß])")
"""An office described first and the person's name as its apposition ("Der Vorsitzende der Fraktion von Bündnis
90/Die Grünen, Klaus Elflein, sagte, …"): the name speaks, the description is the role."""
_ROLE_LAST = re.compile(
    rf",\s+[a-zäöüß]+\s+(?P<article>der|die)\s+(?P<desc>[^,;:.„“\"]{{3,80}}?),\s+(?P<name>{WORD}\s+{WORD})(?P<end>\s*[.!?]?\s*)$"
)
"""The same after what was said ("…, sagte der Vorsitzende der Grünen, Klaus Elflein.")."""
_POSSESSOR = re.compile(
    rf"^(?!(?:Als|Aus|Bis|Das|Des|Dies|Es|Uns|Was)\s){WORD}s\s+(?=\w*(?:[Kk]olleg(?:e|in)|[Pp]arteifreund(?:in)?|[Nn]achfolger(?:in)?|[Vv]orgänger(?:in)?|"
    rf"[Ss]tellvertreter(?:in)?)\s+{WORD}\s)"
)
"""A colleague named by whose colleague they are ("Elfleins Fraktionskollege Peter Schabel regte an, …")."""


def press_form(text: str) -> tuple[str, str, str] | None:
    """``text`` rewritten with the name where the speaker grammar expects it, the name and the office described (both
    empty for a possessor dropped); None when ``text`` is no press form."""
    if (lead := _ROLE_FIRST.match(text)) and re.search(rf"\b(?:{ROLE})\b", lead.group("desc")):
        return f"{lead.group('name')} {text[lead.end() :]}", lead.group("name"), lead.group("desc")
    if (lead := _ROLE_LAST.search(text)) and re.search(rf"\b(?:{ROLE})\b", lead.group("desc")):
        rewritten = f"{text[: lead.start('article')]}{lead.group('name')}{lead.group('end')}"
        return rewritten, lead.group("name"), lead.group("desc")
    if possessor := _POSSESSOR.match(text):
        return text[possessor.end() :], "", ""
    return None
