"""Who set in motion what a sentence reports without speaking in it: the asker whose question is answered, the mover
of a motion the body takes up, the proposer of what is done ("Auf Nachfrage des Ratsherrn Grimm erklärt …", "… wird auf
Antrag von Frau BMin Dr. Preuß zurückgestellt", "Auf Anregung von Frau X wird …")."""

from __future__ import annotations

import re

from ingest.extract.person_names import SPEAKER
from ingest.extract.speakers import Speaker, only_abbreviated, speaker_of

_ASKER = re.compile(
    rf"(?:\bAuf (?:\w+ )?|^(?:[a-z]\)\s*)?(?:Die|Der) )(?:(?:Nach|An|Rück)?[Ff]rage|Hinweis) (?:von |des |der )?{SPEAKER}"
)
"""The asker whose question or remark a sentence answers ("Auf Anfrage von Herrn Speer erklärt Bürgermeister T., …",
"Auf den Hinweis von Herrn S. erklärt Frau E., …", "Die Frage von RM Uden, ob …, wird von RM Siebelts verneint")."""
_MOVER = re.compile(rf"\b(?:[Aa]uf|über den|[Dd]em|[Gg]egen den|für den) (?:\w+ )?Antrag (?:von |des |der )?{SPEAKER}")
"""The mover of a motion the body takes up or turns down ("… wird auf Antrag von Frau BMin Dr. Preuß … zurückgestellt",
"Gegen den Antrag von X wurde …")."""
_SUBMITTED = re.compile(
    rf"\b(?:von|vom) {SPEAKER} (?:\w+ )?(?:eingereichte|gestellte|vorgelegte|eingebrachte)n? (?:[\w-]*Antrag|[\w-]*[Vv]orschlag)\b"
)
"""The mover before the motion ("der spontan von X eingereichte Kompromissvorschlag")."""
_JOINED = re.compile(rf"\s+(?:und|sowie)\s+{SPEAKER}")
"""A second mover joined to the first ("für den Antrag von X (FDP) und Y (Grüne)")."""
_SUGGESTER = re.compile(
    rf"\b(?:[Aa]uf|[Nn]ach) (?:den |die |dem )?(?:\w+ )?(?:Vorschlag|Anregung|Wunsch|Bitte) (?:von |des |der )?{SPEAKER}"
)
"""Who proposed what the sentence acts on ("Auf den Vorschlag von Ratsmitglied Roßmann …, verweist dieser …")."""


def asker(text: str) -> Speaker | None:
    """The person whose question a sentence answers ("Auf Nachfrage des Ratsherrn Grimm erklärt …")."""
    match = _ASKER.search(text)
    return speaker_of(match) if match else None


def movers(text: str) -> list[Speaker]:
    """The people on whose motion something is done ("auf Antrag von Frau BMin Dr. Preuß")."""
    match = _MOVER.search(text) or _SUBMITTED.search(text)
    if match is None or only_abbreviated(match):
        return []  # "über den Antrag des KTSV Hößlinswart": a club's short name, no office
    found = [speaker_of(match)]
    if match.re is _MOVER and (joined := _JOINED.match(text, match.end())) is not None and not only_abbreviated(joined):
        found.append(speaker_of(joined))
    return [speaker for speaker in found if speaker is not None]


def suggester(text: str) -> Speaker | None:
    """The person on whose proposal something is done ("Auf Anregung von Frau X wird …")."""
    match = _SUGGESTER.search(text)
    return None if match is None or only_abbreviated(match) else speaker_of(match)
