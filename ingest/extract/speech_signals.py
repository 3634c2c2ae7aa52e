"""What the words around a speaker say about the speech: a verb of speech in the singular after a name ("kritisierte",
not "finden"), a person named in a phrase, a colon opening the words, an unnamed citizen as the subject, a question
asked. Read by the speaker grammar (:mod:`ingest.extract.speakers`) and by the readers of what was said."""

from __future__ import annotations

import re

from ingest.extract.person_names import ADDRESS, ROLE

INTRODUCES = re.compile(r"[a-zäöüß][^,.;:\"„“]{0,50}:")
"""A verb of speech opening a speaker's words after a colon ("antwortet zu 3:", "erklärt hierzu:"): theirs, with stance."""
UNNAMED = re.compile(
    r"^(?:(?:Ein|Eine|Der|Die)\s+|[A-ZÄÖÜ][^,.;:]{0,60}?\s[a-zäöüß]+(?:te|ten)\s+(?:der|ein|die|eine)\s+)"
    r"(?P<who>Bürger(?:in)?|Einwohner(?:in)?|Anwohner(?:in)?|Zuhörer(?:in)?|Fragesteller(?:in)?)\b"
)
"""An unnamed citizen as the subject ("Ein Bürger wollte wissen …", "Weiter kritisierte der Bürger …")."""
ASKED_IN_SPEECH = re.compile(r"\?(?=\s|[“\"»]|$)|\b(?:[Mm]ich|[Uu]ns)\s+(?:würde|würden|interessiert)\b")


def singular_speech(rest: str, lexicon: frozenset[str] | None, lemma_of) -> bool:  # type: ignore[no-untyped-def]
    """True when ``rest`` opens with a verb of speech in the singular ("kritisierte", not "finden")."""
    verb = re.match(r"[a-zäöüß]+", rest)
    if verb is None or verb.group(0).endswith("en") or lexicon is None or lemma_of is None:
        return False
    if re.match(r"(?:will|wollte|möchte|würde)\s+(?:gerne?\s+)?(?:wissen|erfahren)\b", rest):
        return True  # "Mohr will wissen, wie …": a question
    if verb.group(0) in ("sei", "habe", "werde", "wäre", "hätte", "würde"):
        return False  # indirect speech about a thing: "Vorrangiges Ziel sei die Registrierung …"
    return bool(lemma_of(verb.group(0), rest[verb.end() :]) in lexicon)


def names_someone(text: str) -> bool:
    return bool(re.search(rf"\b{ADDRESS}\s+[A-ZÄÖÜ]|\b(?:{ROLE})\s+[A-ZÄÖÜ][a-zäöüß]", text))
