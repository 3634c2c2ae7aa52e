"""People a document introduces once and then writes by surname alone.

A document names a person with an address, an office or a party once ("Herr Kotzur", "Bürgermeisterin
Tausendfreund", "Vennekold (WIP):", "Patricia Dillinger (Linke)"); afterwards the surname alone may lead a
transcript's line ("Kotzur: Die Anlagen wurden …") or a sentence before a verb of speech ("Dillinger wies darauf
hin, dass …"). :func:`named_in` collects those surnames once per document; :func:`labelled` and
:func:`known_subject` and :func:`known_postposed` read a sentence against them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.language.sentences import split_sentences
from ingest.extract.person_names import (
    ADDRESS,
    FACTIONS,
    NOT_NAMES,
    NOUN_END,
    PARTY_PAREN,
    ROLE,
    TITLE,
    WORD,
)
from ingest.extract.speakers import (
    CLOSING_PARTICLE,
    GOING_ON,
    Found,
    Speaker,
    find,
)
from ingest.extract.speech_reading import SPEECH, speech_lemma
from ingest.extract.speech_signals import names_someone, singular_speech

_NAMED = re.compile(
    rf"(?:{ADDRESS}|{ROLE})\s+(?:{TITLE}\s*)*(?:{WORD}\s+)?(?P<surname>{WORD})\b"
    rf"|\b[A-ZÄÖÜ][a-zäöüß]+\s+(?P<party_named>{WORD})\s*\((?:{FACTIONS})\s*\)"
    rf"|^(?P<labelled>{WORD})\s*\((?:{PARTY_PAREN.pattern})\)\s*:",
    re.MULTILINE,
)
_LABEL = re.compile(rf"(?P<name>{WORD})\s*:\s*(?P<rest>\S.*)$", re.S)
_NAMED_PAIR = re.compile(
    r"\b(?:[A-ZÄÖÜ][\w]*-)?(?:(?:Gemeinde|Stadt|Kreis|Markt|Orts|Ortschafts)rät(?:e|innen)|Räte|Ratsmitglieder|Ratsherren|"
    r"Stadtverordneten|Kreistagsmitglieder|Gemeindevertreter|Fraktionsmitglieder)"
    rf"\s+{WORD}\s+(?P<first>{WORD})\s+und\s+{WORD}\s+(?P<second>{WORD})\b"
)
"""Two people named by first and last name after their office in the plural ("die beiden CSU-Gemeinderäte Helfried
Schreiner und Gregor Matthe"): both may speak by surname alone afterwards."""



_BARE_LABEL = re.compile(rf"^(?P<name>{WORD})\s*:\s", re.MULTILINE)
_LABEL_WORDS = frozenset(
    "Frage Fragen Antwort Hinweis Anmerkung Fazit Zusammenfassung Termin Ort Beginn Ende Uhrzeit Datum Anwesend "
    "Entschuldigt Gäste Zuhörer Presse Thema Betreff Sachstand Diskussion Aussprache Wortmeldung Wortmeldungen "
    "Begründung Sachverhalt Beschlussvorschlag Update Nachtrag Fortsetzung".split()
)


_HEADER_LABEL = re.compile(r"(?:termin|datum)$")
"""Labels of a minute's header that follow an office on the line before ("Gremium: Gemeinderat" / "Sitzungstermin:
Montag, …"): no surname."""


@lru_cache(maxsize=8)
def named_in(text: str) -> frozenset[str]:
    """Surnames a document writes with an address, an office or a party ("Herr Kotzur", "Bürgermeisterin
    Tausendfreund", "Vennekold (WIP):", "Patricia Dillinger (Linke)"): the people who may speak by surname alone. In a
    transcript (two lines or more led by "Name (PARTY):") every line-leading "Name:" is a speaker too, but for the words
    of a form."""
    matches = list(_NAMED.finditer(text))
    names = {
        name
        for m in matches
        if (name := m.group("surname") or m.group("party_named") or m.group("labelled")) not in NOT_NAMES
        and not _HEADER_LABEL.search(name)
    }
    names |= {name for m in _NAMED_PAIR.finditer(text) for name in m.group("first", "second") if name not in NOT_NAMES}
    if sum(1 for m in matches if m.group("labelled")) >= 2:
        names |= {
            name
            for m in _BARE_LABEL.finditer(text)
            if (name := m.group("name")) not in NOT_NAMES and name not in _LABEL_WORDS and not NOUN_END.search(name)
        }
    return frozenset(names)


@lru_cache(maxsize=8)
def first_named(text: str, lexicon: frozenset[str], lemma_of) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Surnames of people a document lets speak by first and last name ("Willi Köhler hob … hervor", "…, entgegnet
    Steffen Iffland."): the press style writes them by surname alone afterwards ("Köhler hielt entgegen: …")."""
    names = set()
    for start, end in split_sentences(text):
        found = find(text[start:end], lexicon, lemma_of)
        if found is None or found.how not in ("opening", "inverted", "aside"):
            continue
        for speaker in found.speakers:
            words = speaker.person.split()
            if len(words) == 2 and words[1] not in NOT_NAMES:
                names.add(words[1])
    return frozenset(names)


_BARE_SUBJECT = re.compile(rf"(?P<name>{WORD})\s+(?P<rest>[a-zäöüß].*)$", re.S)


def known_subject(text: str, known: frozenset[str], lexicon: frozenset[str], lemma_of) -> Found | None:  # type: ignore[no-untyped-def]
    """A sentence led by a surname alone that the document names elsewhere with an address or office, before a
    verb of speech ("Dillinger wies darauf hin, dass …" after "Ortsratsmitglied Patricia Dillinger (SPD)")."""
    match = _BARE_SUBJECT.match(text)
    if match is None or match.group("name") not in known:
        return None
    if not singular_speech(match.group("rest"), lexicon, lemma_of):
        return None
    return Found((Speaker(match.group("name")),), match.group("rest"), how="opening")


_BARE_POSTPOSED = re.compile(
    rf"(?:,|[?!]?[\"“”»])\s+(?P<verb>[a-zäöüß]+)\s+(?P<name>{WORD})(?:\s+(?P<particle>{CLOSING_PARTICLE}))?"
    rf"{GOING_ON}(?:\s*[.!]?\s*$|,\s+und\s+(?=\w))"
)


def known_postposed(text: str, known: frozenset[str], lexicon: frozenset[str], lemma_of) -> Found | None:  # type: ignore[no-untyped-def]
    """A surname the document named before, after what they said ("„…“, sagte Bernshausen.", "…, meint Spehr.", "…,
    erklärte Spehr, und …": the reported speech goes on)."""
    match = _BARE_POSTPOSED.search(text)
    if match is None or match.group("name") not in known:
        return None
    said = text[: match.start()]
    if lemma_of(match.group("verb"), match.group("particle") or "") not in lexicon or names_someone(said):
        return None
    return Found((Speaker(match.group("name")),), said, verb=match.group("verb"), how="aside")


def labelled(text: str, known: frozenset[str]) -> Found | None:
    """A transcript's line led by a surname the document names elsewhere ("Kotzur: Die Anlagen wurden …")."""
    match = _LABEL.match(text)
    if match is None or match.group("name") not in known:
        return None
    return Found((Speaker(match.group("name")),), match.group("rest"), how="colon")


_BARE_INVERTED = re.compile(
    rf"^(?P<fronted>(?:[A-ZÄÖÜ][a-zäöüß]+)(?:\s+[a-zäöüß]+){{0,2}}?)\s+(?P<verb>[a-zäöüß]+)\s+(?P<name>{WORD})"
    rf"(?P<rest>[\s,:].*)$",
    re.S,
)


def known_inverted(text: str, known: frozenset[str], lexicon: frozenset[str], lemma_of) -> Found | None:  # type: ignore[no-untyped-def]
    """A surname the document named before, after a fronted adverb and the verb ("Dann gab Tremmel bekannt, dass …"
    after "Bürgermeister Johann Tremmel")."""
    match = _BARE_INVERTED.match(text)
    if match is None or match.group("name") not in known or match.group("verb").endswith("en"):
        return None
    rest = match.group("rest")
    particle = re.match(rf"\s*(?:[^,.;]*\s)?(?P<particle>{CLOSING_PARTICLE}|bekannt|vor|ein)\s*(?:[,.:;]|$)", rest)
    if lemma_of(match.group("verb"), particle.group("particle") if particle else "") not in lexicon:
        return None
    return Found((Speaker(match.group("name")),), rest, verb=match.group("verb"), how="inverted")


def known_speaker(document_text: str, text: str) -> Found | None:
    """The speaker of ``text`` by a surname ``document_text`` named before, leading the sentence or after a fronted
    adverb and the verb ("Brandes sagte zu, …" after "Landrat Dr. Heiko Brandes"): for readers other than the positions'
    (an owner of a promise)."""
    known, lexicon = named_in(document_text), SPEECH | _PROMISES
    found = known_subject(text, known, lexicon, speech_lemma) or known_inverted(text, known, lexicon, speech_lemma)
    if found is None and (match := _BARE_SUBJECT.match(text)) and match.group("name") in known:
        for joined in list(re.finditer(r",\s+(?=[a-zäöüß])|\s+und\s+(?=[a-zäöüß])", match.group("rest")))[:3]:
            then = match.group("rest")[joined.end() :]  # "Stipp nahm die Anregung auf, sagte zu, dass …": the next verb
            if re.match(r"[a-zäöüß]+\s", then) and singular_speech(then, lexicon, speech_lemma):
                return Found((Speaker(match.group("name")),), then, how="opening")
    return found


_PROMISES = frozenset({"zusagen", "zusichern", "ankündigen", "versprechen"})
