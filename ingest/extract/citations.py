"""Whom a sentence cites inside it or at its end, the way reports of sessions attribute what was said.

The speaker grammar (:mod:`ingest.extract.speakers`) reads a citation that opens a sentence ("Laut Amtsleiter X …").
Reports also cite in the middle ("Das ändert laut Steffen Ernst nichts daran, …", "Bisher kostete laut Auskunft von
Bürgermeister Oskar Schuster der erste Hund 30 Euro"), after a quote in the perfect ("„…“, hat Bürgermeister X
informiert."), in a clause of comparison ("…, wie Volker Bade (CDU) sagte.",
"…, wie FWG-Fraktionsvorsitzender Arno Krauß erläuterte.") or by a postposition ("Dem Kämmerer Josef Huber zufolge
…"). The cited person is marked as a person (address, office, first name) or is a surname the document named before
("Laut Krause sind …" after "Bürgermeister Krause").
"""

from __future__ import annotations

import re

from assistant.vocab import Stance
from ingest.extract.person_names import NOT_NAMES, SPEAKER, WORD
from ingest.extract.speakers import CLOSING_PARTICLE, Found, Speaker, speaker_of
from ingest.extract.stances import STANCE_OF

_SOURCE = r"(?:Auskunft|Aussage|Aussagen|Angaben|Worten|Ansicht|Auffassung|Einschätzung|Meinung|Darstellung)"
_BY = rf"(?:\b[Ll]aut\s+(?:{_SOURCE}\s+(?:von\s+|des\s+|der\s+))?|\b[Nn]ach\s+{_SOURCE}\s+(?:von\s+|des\s+|der\s+))"
_LAUT = re.compile(rf"{_BY}(?:(?:dem|der|des)\s+)?{SPEAKER}")
_LAUT_KNOWN = re.compile(rf"{_BY}(?P<surname>{WORD})\b(?!\s*[-(])")
_ZUFOLGE = re.compile(rf"(?:^|,\s+)(?:(?:Dem|Der|dem|der)\s+)?{SPEAKER}\s+zufolge\b")
_WIE = re.compile(
    rf",\s+wie\s+(?:(?:der|die)\s+)?{SPEAKER}\s+(?:[a-zäöüß]+\s+){{0,4}}?(?P<verb>[a-zäöüß]{{3,}})"
    rf"(?:\s+(?P<particle>{CLOSING_PARTICLE}))?\s*(?=[.,;!:]|$)"
)
_PERFECT_AFTER = re.compile(
    rf"(?:,|[?!]?[\"“”»])\s+(?:hat|hatte)\s+(?:(?:der|die)\s+)?{SPEAKER}\s+(?:[^.!?„“\"]{{0,80}}?\s)?"
    rf"(?P<verb>[a-zäöüß]{{4,}}(?:t|en))\s*[.!]?\s*$"
)
"""The speaker after what they said, in the perfect ("„…“, hat Bürgermeister X in der Sitzung informiert.")."""
_GATHERED = re.compile(
    rf"^(?:Den|Der|Dem)\s+(?:Ausführungen|Worten|Angaben|Darstellung|Erläuterungen|Stellungnahme)\s+(?:von\s+|des\s+|der\s+)?"
    rf"{SPEAKER}\s+(?:ist|war)\s+zu\s+entnehmen\b"
)
"""What the minutes gather from someone's words ("Den Ausführungen von Ratsmitglied X ist zu entnehmen, dass …")."""
_WIE_KNOWN = re.compile(
    rf",\s+wie\s+(?P<surname>{WORD})\s+(?:[a-zäöüß]+\s+){{0,4}}?(?P<verb>[a-zäöüß]{{3,}})"
    rf"(?:\s+(?P<particle>{CLOSING_PARTICLE}))?\s*(?=[.,;!:]|$)"
)


def cited(text: str, known: frozenset[str], lexicon: frozenset[str], lemma_of) -> Found | None:  # type: ignore[no-untyped-def]
    """The person ``text`` cites inside it or at its end and the sentence without the citation, or None.

    ``known`` are surnames the document named before with a marker; ``lexicon``/``lemma_of`` decide whether the verb
    of a clause of comparison is one of speech ("wie X betonte"; "wie X es gewohnt ist" cites no one).
    """
    after = _PERFECT_AFTER.search(text)
    if after and (speaker := speaker_of(after)) is not None and lemma_of(after.group("verb"), "") in lexicon:
        return Found((speaker,), text[: after.start()], verb=after.group("verb"), how="aside")
    for pattern in (_WIE, _WIE_KNOWN):
        for match in pattern.finditer(text):
            speaker = _speaker(match, known)
            verb = lemma_of(match.group("verb"), match.group("particle") or "")
            if speaker is None or verb not in lexicon:
                continue
            rest = text[: match.start()] + text[match.end() :]
            telling = STANCE_OF.get(verb) not in (None, Stance.INFORMS)  # "wie X betonte"; "wie X sagte" lets the words tell
            return Found((speaker,), rest, verb=match.group("verb") if telling else "", how="cited")
    if (gathered := _GATHERED.match(text)) and (speaker := speaker_of(gathered)) is not None:
        return Found((speaker,), text[gathered.end() :], verb="erklären", how="cited")
    for pattern in (_LAUT, _LAUT_KNOWN, _ZUFOLGE):
        if (by := pattern.search(text)) and (speaker := _speaker(by, known)) is not None:
            rest = (text[: by.start()] + text[by.end() :]).strip()
            return Found((speaker,), rest, how="cited")
    return None


_MEDIA = re.compile(
    r"(?:Zeitung|Anzeiger|Kurier|Rundschau|Bote|Nachrichten|Tageblatt|Tagblatt|Presse|Allgemeine|Post|Echo|Journal|"
    r"Magazin|Rundfunk|Fernsehen|Radio|Online|Blatt)$"
)
"""A newspaper or broadcaster ("wie die Saarbrücker Zeitung berichtete"): a source, not a speaker of the session."""


def _speaker(match: re.Match[str], known: frozenset[str]) -> Speaker | None:
    if "surname" in match.re.groupindex:
        surname = match.group("surname")
        return Speaker(surname) if surname in known and surname not in NOT_NAMES else None
    speaker = speaker_of(match)
    return None if speaker is None or _MEDIA.search(speaker.person) else speaker
